"""Reading import files: dialects, encodings, broken files, header suggestions, values."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from services.importing import (
    ImportFileError,
    Kind,
    MatchBy,
    ValueFormat,
    guess_value_format,
    inspect_table,
    missing_fields,
    suggest_mapping,
)
from services.importing.table import MAX_CELL_CHARS, iter_batches, iter_rows
from services.importing.values import parse_amount, parse_date, split_tags, unneutralise


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    return [(row.line, row.cells) for row in iter_rows(inspect_table(path))]


def test_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "\ufeffName,City\nMuñoz,León\n".encode())
    info = inspect_table(path)
    assert (info.encoding, info.delimiter, info.headers) == ("utf-8-sig", ",", ("Name", "City"))
    assert rows(path) == [(2, ("Muñoz", "León"))]


def test_latin1_semicolons_as_a_spanish_excel_writes(tmp_path: Path) -> None:
    text = "Nombre;Población;Importe\nPeña Ibáñez;Cádiz;1.234,50 €\n"
    path = write(tmp_path, "excel.csv", text.encode("cp1252"))
    info = inspect_table(path)
    assert info.encoding == "cp1252"
    assert info.delimiter == ";"
    assert rows(path) == [(2, ("Peña Ibáñez", "Cádiz", "1.234,50 €"))]


def test_tabs_and_quoted_line_breaks_keep_file_line_numbers(tmp_path: Path) -> None:
    text = 'Name\tNotes\nA\t"first\nsecond\nthird"\n\nB\tplain\n'
    path = write(tmp_path, "tabs.txt", text.encode())
    assert inspect_table(path).delimiter == "\t"
    # A starts on line 2 and spans three lines; the blank line 5 is skipped; B is on line 6.
    assert rows(path) == [(2, ("A", "first\nsecond\nthird")), (6, ("B", "plain"))]


@pytest.mark.parametrize("size", [1, 2, 3, 5000])
def test_line_numbers_hold_across_batches_whatever_the_line_breaks(
    tmp_path: Path, size: int
) -> None:
    """Rows are read a batch at a time; a row's line must not depend on where batches end."""
    text = (
        "Name;Notes\r\n"  # line 1
        'A;"one\r\ntwo"\r\n'  # lines 2-3: a Windows line break inside quotes
        "\r\n"  # line 4: blank
        'B;"cr\ronly"\r\n'  # lines 5-6: an old Mac line break inside quotes
        "C;plain\r\n"  # line 7
        'D;"x\ny\nz"\r\n'  # lines 8-10
        'E;"cr\r";"\nlf"\r\n'  # lines 11-13: a CR ending one cell, an LF starting the next
        "F;last"  # line 14, no line break at the end
    )
    path = write(tmp_path, "breaks.csv", text.encode())
    batches = list(iter_batches(inspect_table(path), size))
    found = [(row.line, row.cells[0]) for batch in batches for row in batch]
    assert found == [(2, "A"), (5, "B"), (7, "C"), (8, "D"), (11, "E"), (14, "F")]
    assert all(0 < len(batch) <= size for batch in batches)


def test_an_unreadable_row_is_named_by_the_line_it_starts_on(tmp_path: Path) -> None:
    # The stray quote on line 4 opens a field that runs on to the end of the file.
    lines = ["Name;Notes", "A;fine", "B;fine", 'C;"stray', *[f"R{n};x" for n in range(20)]]
    path = write(tmp_path, "stray.csv", ("\n".join(lines) + '\n"x').encode())
    info = inspect_table(path)
    with pytest.raises(ImportFileError) as unreadable:
        csv.field_size_limit(50)  # a real file hits the 1 MB limit; this one sooner
        try:
            list(iter_batches(info, 5000))
        finally:
            csv.field_size_limit(MAX_CELL_CHARS)
    # The field runs on until it is too long for a cell: said so, with where it began.
    assert unreadable.value.code == "import_cell_too_large"
    assert unreadable.value.params["line"] == 4


def test_empty_file_only_headers_and_binary_file_are_explained(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as empty:
        inspect_table(write(tmp_path, "empty.csv", b"  \n\n"))
    assert empty.value.code == "import_empty"
    with pytest.raises(ImportFileError) as headers:
        inspect_table(write(tmp_path, "headers.csv", b"Name;City\n"))
    assert headers.value.code == "import_no_rows"
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ImportFileError) as binary:
        inspect_table(write(tmp_path, "photo.csv", png))
    assert binary.value.code == "import_not_a_table"
    with pytest.raises(ImportFileError) as missing:
        inspect_table(tmp_path / "nowhere.csv")
    assert missing.value.code == "import_unreadable"


def test_a_zip_that_is_not_a_workbook_is_not_a_table(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        inspect_table(write(tmp_path, "book.xlsx", b"PK\x03\x04" + b"\x00" * 100))
    assert error.value.code == "import_not_a_table"


def test_xlsx_first_or_chosen_sheet_with_real_dates_and_numbers(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["Nothing", "here"])
    first.append(["x", "y"])
    sales = book.create_sheet("Ventas")
    sales.append(["Cliente", "Fecha", "Importe", "Unidades"])
    sales.append(["B123", date(2025, 3, 25), 1234.5, 3])
    path = tmp_path / "book.xlsx"
    book.save(path)
    info = inspect_table(path)
    assert (info.format, info.sheets, info.sheet) == ("xlsx", ("Notes", "Ventas"), "Notes")
    chosen = inspect_table(path, sheet="Ventas")
    assert chosen.headers == ("Cliente", "Fecha", "Importe", "Unidades")
    assert [r.cells for r in iter_rows(chosen)] == [("B123", "2025-03-25", "1234.5", "3")]
    with pytest.raises(ImportFileError) as error:
        inspect_table(path, sheet="Missing")
    assert error.value.code == "import_no_sheet"


GOOGLE = (
    "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,"
    "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Street,Address 1 - City,"
    "Address 1 - Postal Code,Address 1 - Country,Organization 1 - Name"
)
OUTLOOK = (
    "First Name,Middle Name,Last Name,Company,Business Street,Business City,"
    "Business Postal Code,Business Country/Region,Business Phone,Mobile Phone,"
    "E-mail Address,Categories,Notes"
)


def mapped(headers: str, kind: Kind = Kind.CLIENTS) -> dict[str, str]:
    names = headers.split(",")
    return {names[i]: field for i, field in suggest_mapping(names, kind).items()}


def test_google_contacts_headers_are_mapped_automatically() -> None:
    assert mapped(GOOGLE) == {
        "Name": "name",
        "Given Name": "given_name",
        "Family Name": "family_name",
        "Notes": "notes",
        "Group Membership": "tags",
        "E-mail 1 - Value": "email",
        "Phone 1 - Value": "phone",
        "Address 1 - Street": "address",
        "Address 1 - City": "city",
        "Address 1 - Postal Code": "postal_code",
        "Address 1 - Country": "country",
        "Organization 1 - Name": "legal_name",
    }


def test_outlook_headers_are_mapped_automatically() -> None:
    assert mapped(OUTLOOK) == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Company": "legal_name",
        "Business Street": "address",
        "Business City": "city",
        "Business Postal Code": "postal_code",
        "Business Country/Region": "country",
        "Business Phone": "phone",  # the first phone column; Mobile Phone stays free
        "E-mail Address": "email",
        "Categories": "tags",
        "Notes": "notes",
    }


def test_spanish_headers_and_ledger_keys() -> None:
    assert mapped("Razón social,NIF,Código Postal,Teléfono,Población") == {
        "Razón social": "legal_name",
        "NIF": "tax_id",
        "Código Postal": "postal_code",
        "Teléfono": "phone",
        "Población": "city",
    }
    assert mapped("Cliente,Fecha,Vencimiento,Nº Factura,Importe", Kind.SALES) == {
        "Cliente": "client",
        "Fecha": "invoice_date",
        "Vencimiento": "due_date",
        "Nº Factura": "reference",
        "Importe": "amount",
    }
    headers = ["Client", "Client tax ID", "Date", "Amount", "Invoice"]
    by_tax = suggest_mapping(headers, Kind.PAYMENTS, MatchBy.TAX_ID)
    assert by_tax == {1: "client", 2: "paid_on", 3: "amount", 4: "invoice"}
    assert suggest_mapping(headers, Kind.PAYMENTS, MatchBy.NAME)[0] == "client"


def test_missing_required_fields_are_named() -> None:
    assert missing_fields({0: "email"}, Kind.CLIENTS) == [
        ("name", "legal_name", "given_name", "family_name")
    ]
    assert missing_fields({0: "client", 1: "amount"}, Kind.SALES) == [("invoice_date",)]


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("2025-03-04", True, date(2025, 3, 4)),
        ("2025-03-04 00:00:00", True, date(2025, 3, 4)),
        ("04/03/2025", True, date(2025, 3, 4)),
        ("4-3-2025", True, date(2025, 3, 4)),
        ("04.03.25", True, date(2025, 3, 4)),
        ("03/04/2025", False, date(2025, 3, 4)),
        ("31/02/2025", True, None),
        ("yesterday", True, None),
    ],
)
def test_dates(text: str, day_first: bool, expected: date | None) -> None:
    assert parse_date(text, ValueFormat(day_first=day_first)) == expected


@pytest.mark.parametrize(
    ("text", "comma", "expected"),
    [
        ("1.234,50", False, Decimal("1234.50")),
        ("1,234.50", True, Decimal("1234.50")),
        ("12,5", False, Decimal("12.5")),
        ("1.234", True, Decimal("1234")),
        ("1,234", False, Decimal("1234")),
        ("1,234", True, Decimal("1.234")),
        ("€ 1 250,00", True, Decimal("1250.00")),
        ("1250.00 EUR", False, Decimal("1250.00")),
        ("abc", False, None),
    ],
)
def test_amounts(text: str, comma: bool, expected: Decimal | None) -> None:
    assert parse_amount(text, ValueFormat(decimal_comma=comma)) == expected


def test_tags_from_google_and_outlook_and_the_formula_guard() -> None:
    assert split_tags("* myContacts ::: Wholesale ::: Madrid") == ("Wholesale", "Madrid")
    assert split_tags("VIP;Norte") == ("VIP", "Norte")
    assert unneutralise("'+34 600 000 000") == "+34 600 000 000"
    assert unneutralise("'quoted") == "'quoted"


def test_value_format_guessed_from_the_rows(tmp_path: Path) -> None:
    text = "Cliente;Fecha;Importe\nA;03/04/2025;100\nB;25/04/2025;12,50\n"
    info = inspect_table(write(tmp_path, "s.csv", text.encode()))
    guessed = guess_value_format(info, {0: "client", 1: "invoice_date", 2: "amount"})
    assert guessed == ValueFormat(day_first=True, decimal_comma=True)
    text = 'Client,Date,Amount\nA,04/25/2025,"1,250.00"\n'
    info = inspect_table(write(tmp_path, "us.csv", text.encode()))
    guessed = guess_value_format(info, {0: "client", 1: "invoice_date", 2: "amount"})
    assert guessed == ValueFormat(day_first=False, decimal_comma=False)
