"""Rows read column by column: exactly the rows the row-by-row path takes, the same way.

services.importing.ledger_columns and client_columns read whole batches at once and send
every row they do not find plainly valid back to rows.ledger_from_row or client_from_row.
These tests throw rows of every kind of trouble at both and require the same answer for
each: the same values for a row both take, and no row taken by one and not the other.
"""

from __future__ import annotations

import random
import unicodedata
from itertools import islice

import pytest

from services.importing.client_columns import ClientColumns, stored_values
from services.importing.fields import FIELDS, Kind
from services.importing.ledger_columns import LedgerColumns
from services.importing.matching import AMBIGUOUS, duplicate_keys
from services.importing.rows import client_from_row, ledger_from_row, mapped_values
from services.importing.values import ValueFormat
from services.ledger import PaymentInput, ReturnInput, SaleInput

CLIENTS = {"B1": 1, "B2": 2, "MUÑOZ": 3, "TWICE": AMBIGUOUS}
TERM_DAYS = 30

# What a cell may hold, by the kind of field it is in: plain values and every kind of trouble.
DATES = [
    "2025-03-01", "01/03/2025", "1/3/25", " 28/02/2024 ", "31/02/2025", "2025-13-01",
    "31/12/9999", "01/01/1899", "31/12/2999", "2025-03-01 00:00:00", "ayer", "", "'2025-03-01",
]  # fmt: skip
AMOUNTS = [
    "12,50", "12.50", "1.234,56", "1,234.56", "0", "0,00", "-5", "12,345", "7", " 3 ",
    "999999999999.99", "1000000000000", "1e3", "NaN", "12 €", "€", "abc", "", "'=1+1", "5,5",
]  # fmt: skip
TEXTS = ["F-1", " F-2 ", "Cafe\u0301", "'+34 600", "x" * 60, "y" * 61, "", "Ñandú"]
KEYS = ["B1", "b2", " B1 ", "MUN\u0303OZ", "TWICE", "NOBODY", "", "'B1"]

FIELD_VALUES = {
    "client": KEYS,
    "invoice_date": DATES,
    "due_date": DATES,
    "paid_on": DATES,
    "returned_on": DATES,
    "units": AMOUNTS,
    "amount": AMOUNTS,
    "reference": TEXTS,
    "invoice": TEXTS,
    "reason": TEXTS,
}
ENTRY_TYPES = {Kind.SALES: SaleInput, Kind.PAYMENTS: PaymentInput, Kind.RETURNS: ReturnInput}


def lookup(text: str) -> int | None:
    return CLIENTS.get(unicodedata.normalize("NFC", text).upper())


def row_by_row(kind: Kind, cells: list[str], mapping: dict[int, str], fmt: ValueFormat):
    """What run.py's row-by-row path takes from the row, or None."""
    parsed, _ = ledger_from_row(kind, mapped_values(cells, mapping), fmt, TERM_DAYS)
    if parsed is None:
        return None
    client_id = lookup(parsed.client_key)
    if client_id is None or client_id == AMBIGUOUS:
        return None
    names = [f.name for f in ENTRY_TYPES[kind].__dataclass_fields__.values()]
    return parsed.invoice, (client_id, *[getattr(parsed.entry, name) for name in names])


def random_rows(kind: Kind, rnd: random.Random, count: int) -> tuple[list, dict[int, str]]:
    fields = list(FIELDS[kind])
    rnd.shuffle(fields)
    mapping = dict(enumerate(fields))
    rows = []
    for _ in range(count):
        cells = [rnd.choice(FIELD_VALUES[field]) for field in fields]
        if rnd.random() < 0.5:  # most rows plainly valid, as in a real file
            cells = [FIELD_VALUES[field][rnd.randrange(2)] for field in fields]
        if rnd.random() < 0.05:  # a short row: the last cells missing
            cells = cells[: rnd.randrange(len(cells))]
        rows.append(cells)
    return rows, mapping


@pytest.mark.parametrize("kind", list(Kind)[1:])
@pytest.mark.parametrize("day_first, decimal_comma", [(True, True), (False, False)])
@pytest.mark.parametrize("seed", range(4))
def test_columns_take_what_rows_take(
    kind: Kind, day_first: bool, decimal_comma: bool, seed: int
) -> None:
    rnd = random.Random(seed)
    fmt = ValueFormat(day_first=day_first, decimal_comma=decimal_comma)
    rows, mapping = random_rows(kind, rnd, 3000)
    columns = LedgerColumns(kind, mapping, fmt, TERM_DAYS, lookup)
    found = []
    batches = iter(rows)
    # Batches of varied sizes: what a batch remembers must not leak into the next wrongly.
    while batch := list(islice(batches, rnd.choice([1, 7, 500]))):
        found.extend(columns.read(batch))
    expected = [row_by_row(kind, cells, mapping, fmt) for cells in rows]
    for cells, got, wanted in zip(rows, found, expected, strict=True):
        assert repr(got) == repr(wanted), cells  # repr: Decimal("1E+3") is not 1000 here
    taken = sum(1 for read in expected if read is not None)
    assert 0.3 * len(rows) < taken < len(rows)  # the test saw both kinds of row


def test_a_sale_without_due_date_is_due_after_the_payment_term() -> None:
    mapping = {0: "client", 1: "invoice_date", 2: "amount", 3: "due_date"}
    columns = LedgerColumns(Kind.SALES, mapping, ValueFormat(), TERM_DAYS, lookup)
    read = columns.read([["B1", "2025-03-01", "10", ""], ["B1", "2025-03-01", "10", "2025-02-01"]])
    assert read[0] is not None
    _, (client_id, invoice_date, due_date, *_) = read[0]
    assert (client_id, invoice_date.isoformat(), due_date.isoformat()) == (
        1,
        "2025-03-01",
        "2025-03-31",
    )
    assert read[1] is None  # due before the invoice: left for the row-by-row path to explain


@pytest.mark.parametrize("invoice_date, term", [("31/12/9999", TERM_DAYS), ("01/01/0001", -30)])
def test_a_due_date_past_the_calendar_is_refused_not_crashed_on(invoice_date, term) -> None:
    values = {"client": "B1", "invoice_date": invoice_date, "amount": "5"}
    parsed, problems = ledger_from_row(Kind.SALES, values, ValueFormat(), term)
    assert parsed is None
    assert {p.field for p in problems} == {"invoice_date", "due_date"}


def test_a_superscript_digit_is_not_a_number() -> None:
    """ "²".isdigit() is True, but Decimal("²") raises: the row is refused, not the import."""
    values = {"client": "B1", "invoice_date": "2025-03-01", "units": "²", "amount": "5"}
    parsed, problems = ledger_from_row(Kind.SALES, values, ValueFormat(), TERM_DAYS)
    assert parsed is None
    assert [(p.field, p.problem.code) for p in problems] == [("units", "not_a_number")]
    columns = LedgerColumns(Kind.SALES, dict(enumerate(values)), ValueFormat(), TERM_DAYS, lookup)
    assert columns.read([list(values.values())]) == [None]


# -- clients ----------------------------------------------------------------------------------

CLIENT_VALUES = {
    "name": ["Ferretería Sol", "ACME", "", "  ", "n" * 201, "Peña\u0303", "'=Bad"],
    "legal_name": ["", "Sol S.L.", "l" * 201],
    "given_name": ["", "Ana", "José"],
    "family_name": ["", "Núñez", "Ibáñez"],
    "contact_person": ["", "Luis", "c" * 201],
    "tax_id": ["B12345678", "", "b-1234.567", "t" * 41],
    "email": ["ana@example.com", "", "ANA@Example.COM", "not-an-email", "a@b.c"],
    "phone": ["+34 600 000 000", "", "12", "phone?", "1" * 16],
    "address": ["", "Calle Mayor 1\nPiso 2", "a" * 500],
    "postal_code": ["28001", "", "p" * 21],
    "city": ["Cádiz", "", "LEÓN", "Leo\u0301n", "x" * 121],
    "country": ["España", "", "c" * 121],
    "language": ["", "es", "English", "es-ES", "klingon"],
    "stage": ["", "activo", "Prospect", "lost", "nonsense"],
    "strategic": ["", "sí", "no", "X", "maybe"],
    "tags": ["", "wholesale, Madrid", "* myContacts ::: Friends", "t" * 61, "b;a;b"],
    "notes": ["", "Cliente desde 2001", "'+34 is a phone"],
}


def client_row_by_row(cells: list[str], mapping: dict[int, str], language: str):
    parsed, _ = client_from_row(mapped_values(cells, mapping), language)
    if parsed is None:
        return None
    data = parsed.data
    keys = duplicate_keys(data.name, data.city, data.tax_id, data.email)
    return stored_values(data), data.tags, keys


@pytest.mark.parametrize("language", ["es", "xx"])
@pytest.mark.parametrize("seed", range(4))
def test_client_columns_take_what_rows_take(language: str, seed: int) -> None:
    rnd = random.Random(seed)
    fields = list(CLIENT_VALUES)
    rnd.shuffle(fields)
    fields = fields[: rnd.randrange(4, len(fields) + 1)]  # not every file has every column
    if "name" not in fields:
        fields.append("name")
    mapping = dict(enumerate(fields))
    rows = []
    for _ in range(2000):
        cells = [rnd.choice(CLIENT_VALUES[field]) for field in fields]
        if rnd.random() < 0.6:  # most rows plainly valid, as in a real file
            cells = [CLIENT_VALUES[field][rnd.randrange(2)] for field in fields]
        if rnd.random() < 0.05:
            cells = cells[: rnd.randrange(len(cells))]
        rows.append(cells)
    columns = ClientColumns(mapping, language)
    found = []
    batches = iter(rows)
    while batch := list(islice(batches, rnd.choice([1, 7, 500]))):
        found.extend(columns.read(batch))
    expected = [client_row_by_row(cells, mapping, language) for cells in rows]
    for cells, got, wanted in zip(rows, found, expected, strict=True):
        assert repr(got) == repr(wanted), cells  # repr: True is not 1 here
    taken = sum(1 for read in expected if read is not None)
    if language == "es":
        assert 0.3 * len(rows) < taken < len(rows)  # the test saw both kinds of row
    else:
        assert taken == 0 or "language" in fields  # no valid language to fall back on
