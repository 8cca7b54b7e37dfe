"""The few words a letter needs in its own language: dates, page numbers, facts.

A letter is written in the client's language, which need not be the language the app is shown
in, so these come from resources/letters/<language>/phrases.json rather than Qt's translators.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

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


@dataclass(frozen=True)
class Phrases:
    months: tuple[str, ...]
    long_date: str
    place_and_date: str
    page: str
    attention: str
    sample_client: str
    tax_id: str
    decimal_separator: str
    facts: Mapping[str, str]

    def date(self, day: date) -> str:
        """``22 de noviembre de 2026`` / ``22 November 2026``."""
        return self.long_date.format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def dateline(self, place: str, day: date) -> str:
        written = self.date(day)
        return self.place_and_date.format(place=place, date=written) if place else written

    def number(self, value: object) -> str:
        number = Decimal(str(value)).quantize(Decimal("0.1")).normalize()
        text = f"{number:f}"
        return text.replace(".", self.decimal_separator)


@cache
def phrases(language: str) -> Phrases:
    data = json.loads(resource_path("letters", language, "phrases.json").read_text("utf-8"))
    return Phrases(
        months=tuple(data["months"]),
        long_date=data["long_date"],
        place_and_date=data["place_and_date"],
        page=data["page"],
        attention=data["attention"],
        sample_client=data["sample_client"],
        tax_id=data["tax_id"],
        decimal_separator=data["decimal_separator"],
        facts=dict(data["facts"]),
    )


def letter_facts(reasons: Iterable[Reason], payment_term_days: int, language: str) -> list[str]:
    """The ledger facts behind a verdict, as sentences to the client, each said once."""
    words = phrases(language)
    said: dict[str, str] = {}
    for reason in reasons:
        phrase = _FACT_PHRASES.get(reason.code)
        if phrase is None or phrase in said:
            continue
        params = reason.params
        if phrase == "payment_delay":
            said[phrase] = words.facts[phrase].format(
                term=payment_term_days, average=round(float(str(params["average"])))
            )
        else:
            said[phrase] = words.facts[phrase].format(
                rate=words.number(params["rate"]), max=words.number(params["max"])
            )
    return list(said.values())
