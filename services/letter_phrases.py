"""The few words a letter needs in its own language: dates, page numbers, facts.

A letter is written in the client's language, which need not be the language the app is shown
in, so these come from resources/letters/<language>/phrases.json rather than Qt's translators.
Dates, numbers, money and plurals follow the CLDR locale that file names, through Babel: a
new language needs its sentences translated, not its month names or separators.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from services.resources import resource_path
from services.scoring import Reason

# Which stored reasons a boundaries letter may state to the client, and the phrase for each.
# Only ledger facts: the owner's judgements ("demands too much") never go into a letter.
_FACT_PHRASES = {
    "flag_late_payer": "payment_delay",
    "payment_delay": "payment_delay",
    "flag_returns": "returns",
    "return_rate": "returns",
}
# Percentages in a letter: one decimal at most, and none when it is whole ("10 %", "12,5 %").
_PERCENT_PATTERN = "#,##0.#"


@dataclass(frozen=True)
class Phrases:
    locale: Locale
    place_and_date: str
    page: str
    attention: str
    sample_client: str
    tax_id: str
    # Greetings by FormOfAddress value, plus "person" (no form chosen) and "company" (no one
    # to name): "Estimada Dra. {name}:", "Dear {name},", "Dear Sir or Madam,".
    salutations: Mapping[str, str]
    days_forms: Mapping[str, str]  # CLDR plural category -> "{count} days"
    facts: Mapping[str, str]

    def date(self, day: dt.date) -> str:
        """``22 de noviembre de 2026`` / ``22 November 2026``."""
        return format_date(day, "long", locale=self.locale)

    def dateline(self, place: str, day: dt.date) -> str:
        written = self.date(day)
        return self.place_and_date.format(place=place, date=written) if place else written

    def salutation(self, form: str, person: str) -> str:
        """The greeting line: ``person`` with their form of address, a neutral greeting when
        none is chosen, or the one for a company when there is no one to name."""
        if not person:
            return self.salutations["company"]
        return self.salutations.get(form or "person", self.salutations["person"]).format(
            name=person
        )

    def number(self, value: object) -> str:
        return format_decimal(Decimal(str(value)), _PERCENT_PATTERN, locale=self.locale)

    def money(self, amount: Decimal, currency: str) -> str:
        """``2.400,00 €`` / ``€2,400.00``."""
        return format_currency(amount, currency, locale=self.locale)

    def days(self, count: int) -> str:
        """``1 day`` / ``30 days``, by the language's plural rules."""
        category = self.locale.plural_form(count)
        form = self.days_forms.get(category) or self.days_forms["other"]
        return form.format(count=format_decimal(count, locale=self.locale))


@cache
def phrases(language: str) -> Phrases:
    data = json.loads(resource_path("letters", language, "phrases.json").read_text("utf-8"))
    return Phrases(
        locale=Locale.parse(data["locale"]),
        place_and_date=data["place_and_date"],
        page=data["page"],
        attention=data["attention"],
        sample_client=data["sample_client"],
        tax_id=data["tax_id"],
        salutations=dict(data["salutation"]),
        days_forms=dict(data["days"]),
        facts=dict(data["facts"]),
    )


def letter_facts(
    reasons: Iterable[Reason], payment_term_days: int, language: str, currency: str = "EUR"
) -> list[str]:
    """The ledger facts behind a verdict, as sentences to the client, each said once."""
    words = phrases(language)
    said: dict[str, str] = {}
    for reason in reasons:
        params = reason.params
        overdue = Decimal(str(params.get("overdue") or 0))  # only the evidence of payment
        if overdue > 0 and "overdue" not in said:
            said["overdue"] = words.facts["overdue"].format(amount=words.money(overdue, currency))
        phrase = _FACT_PHRASES.get(reason.code)
        if phrase is None or phrase in said:
            continue
        if phrase == "payment_delay":
            said[phrase] = words.facts[phrase].format(
                term=words.days(payment_term_days),
                average=words.days(round(float(str(params["average"])))),
            )
        else:
            said[phrase] = words.facts[phrase].format(
                rate=words.number(params["rate"]), max=words.number(params["max"])
            )
    # The overdue amount reads best after the payment terms it follows from.
    if "overdue" in said:
        said["overdue"] = said.pop("overdue")
    return list(said.values())
