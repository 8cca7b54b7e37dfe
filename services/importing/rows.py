"""One file row -> what would be stored, or the problems that keep it out.

Only the row's own content is checked here; what needs the database (duplicates, which
client a ledger row belongs to, which invoice a payment settles) is settled in run.py.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from models import Stage
from services.clients import ClientInput, validate_client
from services.errors import Problem
from services.importing.fields import Kind
from services.importing.values import (
    ValueFormat,
    parse_amount,
    parse_bool,
    parse_date,
    parse_form_of_address,
    parse_language,
    parse_stage,
    split_tags,
    unneutralise,
)
from services.ledger import (
    EARLIEST_DATE,
    LATEST_DATE,
    PaymentInput,
    ReturnInput,
    SaleInput,
    validate_payment,
    validate_return,
    validate_sale,
)
from services.text_search import fold

DEFAULT_STAGE = Stage.ACTIVE.value  # of a client whose row names none
TAG_LENGTH = 60  # models.ClientTag.tag is String(60)


@dataclass(frozen=True)
class RowProblem:
    field: str  # the field (not the column) at fault; "client"/"invoice" for ledger links
    problem: Problem


@dataclass(frozen=True)
class ClientRowData:
    data: ClientInput
    values: dict[str, str]  # the row's mapped cells, for provided_fields()


@dataclass(frozen=True)
class LedgerRowData:
    client_key: str
    entry: SaleInput | PaymentInput | ReturnInput
    invoice: str  # the invoice reference a payment or return points at; "" if none


def mapped_values(cells: Sequence[str], mapping: dict[int, str]) -> dict[str, str]:
    """Field -> the cell's text as clean_cell gives it."""
    return {
        field: clean_cell(cells[index]) if index < len(cells) else ""
        for index, field in mapping.items()
    }


def clean_cell(cell: str) -> str:
    """A cell's text as it is stored: NFC like every stored text, stripped, and with the
    export's formula guard taken off."""
    if not cell.isascii():  # plain ASCII is NFC already
        cell = unicodedata.normalize("NFC", cell)
    cell = cell.strip()
    return unneutralise(cell) if cell[:1] == "'" else cell


def clean_column(cells: list[str]) -> list[str]:
    """clean_cell of each, a step at a time over the whole column."""
    joined = "".join(cells)
    # A file's text is NFC already, as a rule; checked at once for the whole column ("\n"
    # composes with nothing, so it is NFC exactly when every cell is).
    if not joined.isascii() and not unicodedata.is_normalized("NFC", "\n".join(cells)):
        cells = [unicodedata.normalize("NFC", cell) for cell in cells]
    cells = list(map(str.strip, cells))
    if "'" in joined:
        cells = [unneutralise(cell) if cell[:1] == "'" else cell for cell in cells]
    return cells


def city_with_province(city: str, province: str) -> str:
    """'Alcalá de Henares' in 'Madrid' -> 'Alcalá de Henares (Madrid)'; the city alone when
    the province says nothing more (Sevilla in Sevilla), the province when there is no city."""
    if not province or fold(province) in fold(city):
        return city
    return f"{city} ({province})" if city else province


def client_from_row(
    values: dict[str, str], default_language: str
) -> tuple[ClientRowData | None, list[RowProblem]]:
    """Written for speed (it runs once per row of a 100,000-client file): no closures, and
    ClientInput built already normalized."""
    get = values.get
    problems: list[RowProblem] = []
    given, family = get("given_name", ""), get("family_name", "")
    person = f"{given} {family}".strip() if given or family else ""
    name = get("name") or get("legal_name") or person
    contact = get("contact_person") or (person if person != name else "")
    language, stage, strategic = default_language, DEFAULT_STAGE, False
    raw = get("language")
    if raw:
        language = parse_language(raw) or _invalid("language", problems, default_language)
    raw = get("stage")
    if raw:
        stage = parse_stage(raw) or _invalid("stage", problems, stage)
    raw = get("strategic")
    if raw:
        parsed = parse_bool(raw)
        strategic = _invalid("strategic", problems, False) if parsed is None else parsed
    raw = get("form_of_address")
    form = ""
    if raw:
        form = parse_form_of_address(raw) or _invalid("form_of_address", problems, "")
    raw = get("tags")
    tags: tuple[str, ...] = ()
    if raw:
        tags = tags_in(raw)
        if too_long(tags):
            problems.append(RowProblem("tags", Problem("too_long", {"max": TAG_LENGTH})))
    # Built already normalized (NFC, stripped, email lower-case, tags sorted): the same value
    # ClientInput.normalized() gives, at a cost a 100,000-row import notices.
    data = ClientInput(
        name=name,
        legal_name=get("legal_name", ""),
        tax_id=get("tax_id", ""),
        contact_person=contact,
        email=get("email", "").lower(),
        phone=get("phone", ""),
        address=get("address", ""),
        postal_code=get("postal_code", ""),
        city=city_with_province(get("city", ""), get("province", "")),
        country=get("country", ""),
        language=language,
        stage=stage,
        strategic=strategic,
        notes=get("notes", ""),
        form_of_address=form,
        tags=tags,
    )
    for field, found in validate_client(data).items():
        problems.extend(RowProblem(field, problem) for problem in found)
    if problems:
        return None, problems
    return ClientRowData(data, values), []


def tags_in(text: str) -> tuple[str, ...]:
    """A cell's tags as a client keeps them: sorted, each once."""
    return tuple(sorted(set(split_tags(text))))


def too_long(tags: tuple[str, ...]) -> bool:
    return any(len(tag) > TAG_LENGTH for tag in tags)


def _invalid(field: str, problems: list[RowProblem], default: Any) -> Any:
    problems.append(RowProblem(field, Problem("invalid_choice")))
    return default


def provided_fields(row: ClientRowData) -> set[str]:
    """The fields the file gave a value for: what updating an existing client may change."""
    provided = {name for name, value in row.values.items() if value}
    if provided & {"given_name", "family_name"}:
        provided |= {"name", "contact_person"}
    if "legal_name" in provided:
        provided.add("name")
    if "province" in provided:
        provided.add("city")
    provided -= {"given_name", "family_name", "province"}
    return {name for name in provided if getattr(row.data, name, "") not in ("", ())}


def _date(raw: str, field: str, fmt: ValueFormat, problems: list[RowProblem]) -> date | None:
    if not raw:
        return None
    parsed = parse_date(raw, fmt)
    if parsed is None:
        problems.append(RowProblem(field, Problem("invalid_date")))
    return parsed


def _number(
    raw: str, field: str, fmt: ValueFormat, problems: list[RowProblem], default: Decimal | None
) -> Decimal | None:
    if not raw:
        return default
    parsed = parse_amount(raw, fmt)
    if parsed is None:
        problems.append(RowProblem(field, Problem("not_a_number")))
    return parsed


_ZERO = Decimal(0)


@functools.cache
def _days(count: int) -> timedelta:
    return timedelta(days=count)


def ledger_from_row(
    kind: Kind, values: dict[str, str], fmt: ValueFormat, payment_term_days: int
) -> tuple[LedgerRowData | None, list[RowProblem]]:
    problems: list[RowProblem] = []
    key = values.get("client", "")
    if not key:
        problems.append(RowProblem("client", Problem("required")))
    reference = values.get("reference", "")  # already NFC (mapped_values)
    invoice = values.get("invoice", "") if kind is not Kind.SALES else ""  # a sale's own: reference
    entry: SaleInput | PaymentInput | ReturnInput
    get = values.get
    if kind is Kind.SALES:
        invoice_date = _date(get("invoice_date", ""), "invoice_date", fmt, problems)
        due_text = get("due_date", "")
        due_date = _date(due_text, "due_date", fmt, problems)
        if not due_text and invoice_date is not None:
            # No due date in the file: the business's agreed payment term applies. (A date
            # out of range is refused anyway, and the term could overflow year 1 or 9999.)
            due_date = invoice_date
            if EARLIEST_DATE <= invoice_date <= LATEST_DATE:
                due_date += _days(payment_term_days)
        units = _number(get("units", ""), "units", fmt, problems, _ZERO)
        amount = _number(get("amount", ""), "amount", fmt, problems, None)
        entry = SaleInput(invoice_date, due_date, reference, units, amount)
        checks = validate_sale(entry)
    elif kind is Kind.PAYMENTS:
        paid_on = _date(get("paid_on", ""), "paid_on", fmt, problems)
        amount = _number(get("amount", ""), "amount", fmt, problems, None)
        entry = PaymentInput(paid_on, amount, reference)
        checks = validate_payment(entry)
    else:
        returned_on = _date(get("returned_on", ""), "returned_on", fmt, problems)
        units = _number(get("units", ""), "units", fmt, problems, None)
        amount = _number(get("amount", ""), "amount", fmt, problems, _ZERO)
        entry = ReturnInput(returned_on, units, amount, get("reason", ""))
        checks = validate_return(entry)
    if not checks and not problems:
        return LedgerRowData(key, entry, invoice), []
    already = {p.field for p in problems}
    for field, found in checks.items():
        if field not in already:  # "invalid_date" says more than the "required" it causes
            problems.extend(RowProblem(field, problem) for problem in found)
    return None, problems
