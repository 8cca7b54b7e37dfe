"""Importing into a real database: validation with line numbers, duplicates, ledger links,
all or nothing, and the rejected-rows file."""

from __future__ import annotations

import csv
import gc
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Client, ClientTag, LedgerVersion, Payment, Return, RevenueRankingState, Sale
from services.clients import ClientInput, get_client, save_client, search_text_for
from services.database import Database
from services.importing import (
    Duplicates,
    ImportOptions,
    Kind,
    MappingError,
    MatchBy,
    ValueFormat,
    run_import,
    suggest_mapping,
    write_rejected_rows,
)
from services.ledger import SaleInput, add_sale, list_payments, list_sales
from services.metrics import book_metrics, client_metrics
from services.progress import Cancelled
from services.revenue_ranking import rebuild_stale_ranking
from services.text_search import fold
from tests.import_files import csv_table, row_count

TODAY = date(2026, 11, 23)


def auto(info, kind: Kind = Kind.CLIENTS, **options) -> ImportOptions:
    match_by = options.get("match_by", MatchBy.TAX_ID)
    return ImportOptions(kind, suggest_mapping(info.headers, kind, match_by), **options)


def names(db: Database) -> list[str]:
    with db.sessions() as session:
        return list(session.scalars(select(Client.name).order_by(Client.id)))


def test_clients_are_stored_like_the_editor_stores_them(db: Database, tmp_path: Path) -> None:
    info = csv_table(
        tmp_path,
        "Nombre;NIF;Correo;Población;Etapa;Idioma;Etiquetas;Estratégico\n"
        "  Muñoz Peña SL ;B-123;INFO@MUNOZ.ES;Cádiz;prospecto;English;VIP, Sur;sí\n",
        encoding="cp1252",
    )
    result = run_import(db.sessions, info, auto(info))
    assert (result.inserted, result.rejected, result.skipped) == (1, 0, 0)
    with db.sessions() as session:
        client = session.scalars(select(Client)).one()
        assert (client.name, client.email, client.city) == (
            "Muñoz Peña SL",
            "info@munoz.es",
            "Cádiz",
        )
        assert (client.stage, client.language, client.strategic) == ("prospect", "en", True)
        assert (client.sort_name, client.version) == ("munoz pena sl", 1)
        assert "cadiz" in client.search_text and "b-123" in client.search_text
        # The import's own (faster) folding gives exactly what the editor stores.
        stored = get_client(db.sessions, client.id)
        assert client.search_text == search_text_for(stored)
        assert client.sort_name == fold(stored.name)
        assert sorted(t.tag for t in client.tags) == ["Sur", "VIP"]
    # The new client can then be edited like any other.
    record = get_client(db.sessions, client.id)
    save_client(db.sessions, ClientInput(name="Muñoz"), record.id, record.version)


def test_google_contacts_person_becomes_name_and_contact(db: Database, tmp_path: Path) -> None:
    info = csv_table(
        tmp_path,
        "Name,Given Name,Family Name,E-mail 1 - Value,Organization 1 - Name,Group Membership\n"
        ",Ana,López,ana@x.es,Talleres López,* myContacts ::: Clientes\n"
        ",Luis,Gil,luis@y.es,,* myContacts\n",
    )
    run_import(db.sessions, info, auto(info))
    with db.sessions() as session:
        rows = session.execute(
            select(Client.name, Client.legal_name, Client.contact_person).order_by(Client.id)
        ).all()
        tags = list(session.scalars(select(ClientTag.tag)))
    assert rows == [("Talleres López", "Talleres López", "Ana López"), ("Luis Gil", "", "")]
    assert tags == ["Clientes"]


def test_outlook_export_is_imported_with_company_and_person(db: Database, tmp_path: Path) -> None:
    info = csv_table(
        tmp_path,
        "First Name,Middle Name,Last Name,Company,Business City,Business Phone,Mobile Phone,"
        "E-mail Address,Categories\n"
        "Ana,,Ruiz,Ruiz Hermanos,Vigo,+34 986 000 000,600 000 000,ana@ruiz.es,Clientes;Norte\n"
        "Pedro,,Sanz,,Soria,,,pedro@sanz.es,\n",
    )
    result = run_import(db.sessions, info, auto(info))
    assert (result.inserted, result.rejected) == (2, 0)
    with db.sessions() as session:
        rows = session.execute(
            select(Client.name, Client.contact_person, Client.phone, Client.city).order_by(
                Client.id
            )
        ).all()
        tags = sorted(session.scalars(select(ClientTag.tag)))
    assert rows == [
        ("Ruiz Hermanos", "Ana Ruiz", "+34 986 000 000", "Vigo"),
        ("Pedro Sanz", "", "", "Soria"),
    ]
    assert tags == ["Clientes", "Norte"]


def test_bad_rows_are_rejected_with_line_and_reason_and_good_ones_go_in(
    db: Database, tmp_path: Path
) -> None:
    lines = ["Name,Email,Phone,Stage"]
    for n in range(90):
        lines.append(f"Client {n},c{n}@example.com,600 000 {n:03d},active")
    bad = [
        ",nobody@example.com,,",  # no name
        "Bad email,not-an-email,,",
        "Bad phone,,12,",
        "Bad stage,,,sleeping",
        '"Multi\nline name",broken@,,',  # a bad row spanning two lines
    ] * 2
    lines[10:10] = bad
    info = csv_table(tmp_path, "\n".join(lines) + "\n")
    result = run_import(db.sessions, info, auto(info))
    assert (result.rows, result.inserted, result.rejected) == (100, 90, 10)
    first = result.issues[:5]
    assert [issue.line for issue in first] == [11, 12, 13, 14, 15]
    assert [(p.field, p.problem.code) for issue in first for p in issue.problems] == [
        ("name", "required"),
        ("email", "invalid_email"),
        ("phone", "invalid_phone"),
        ("stage", "invalid_choice"),
        ("email", "invalid_email"),
    ]
    assert result.issues[5].line == 17  # the multi-line row took lines 15 and 16
    assert row_count(db, Client) == 90


def test_rejected_rows_file_has_original_columns_line_and_reason(
    db: Database, tmp_path: Path
) -> None:
    info = csv_table(tmp_path, "Name;Email\nGood;g@x.es\nBad;nope\n")
    result = run_import(db.sessions, info, auto(info))
    out = tmp_path / "rejected.csv"
    written = write_rejected_rows(
        out, info.headers, result.issues, lambda ps: "; ".join(p.problem.code for p in ps)
    )
    assert written == 1
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["Name", "Email", "line", "reason"],
            ["Bad", "nope", "3", "invalid_email"],
        ]


def test_mapping_without_a_name_is_refused(db: Database, tmp_path: Path) -> None:
    info = csv_table(tmp_path, "Email\na@b.es\n")
    with pytest.raises(MappingError) as error:
        run_import(db.sessions, info, ImportOptions(Kind.CLIENTS, {0: "email"}))
    assert error.value.code == "import_missing_fields"


def existing(db: Database) -> int:
    record = save_client(
        db.sessions,
        ClientInput(name="Old Name", tax_id="B12345678", email="old@x.es", city="Madrid"),
    )
    return record.id


DUPLICATES = (
    "Name,Tax ID,Email,City,Phone\n"
    "New Name,b-1234567.8,,Sevilla,600 111 222\n"  # same tax id as the book's client
    "Other,,OLD@x.es,,\n"  # same email
    "old name,,,MADRID,\n"  # same name and city
    "Twin,,,Toledo,\n"
    "Twin,,,Toledo,600 999 999\n"  # same as the line before, inside the file
)


def test_duplicates_skipped_by_default(db: Database, tmp_path: Path) -> None:
    client_id = existing(db)
    info = csv_table(tmp_path, DUPLICATES)
    result = run_import(db.sessions, info, auto(info))
    assert (result.inserted, result.updated, result.skipped) == (1, 0, 4)
    codes = [
        (i.line, i.problems[0].problem.code, i.problems[0].problem.params) for i in result.issues
    ]
    assert codes == [
        (2, "duplicate_in_book", {"name": "Old Name"}),
        (3, "duplicate_in_book", {"name": "Old Name"}),
        (4, "duplicate_in_book", {"name": "Old Name"}),
        (6, "duplicate_in_file", {"line": 5, "name": "Twin"}),
    ]
    assert names(db) == ["Old Name", "Twin"]
    assert get_client(db.sessions, client_id).version == 1


def test_duplicates_update_the_existing_client(db: Database, tmp_path: Path) -> None:
    client_id = existing(db)
    info = csv_table(tmp_path, DUPLICATES)
    result = run_import(db.sessions, info, auto(info, duplicates=Duplicates.UPDATE))
    assert (result.inserted, result.updated, result.skipped) == (1, 4, 0)
    old = get_client(db.sessions, client_id)
    # Non-empty values replace; empty cells leave what was there.
    assert (old.name, old.tax_id, old.email, old.city) == (
        "old name",
        "b-1234567.8",
        "old@x.es",
        "MADRID",
    )
    assert old.phone == "600 111 222"
    assert old.version > 1
    with db.sessions() as session:
        twin = session.scalars(select(Client).where(Client.name == "Twin")).one()
        assert (twin.phone, twin.sort_name) == ("600 999 999", "twin")
        stored = session.get(Client, client_id)
        assert stored.sort_name == "old name" and "madrid" in stored.search_text


def test_duplicates_imported_as_new(db: Database, tmp_path: Path) -> None:
    existing(db)
    info = csv_table(tmp_path, DUPLICATES)
    result = run_import(db.sessions, info, auto(info, duplicates=Duplicates.NEW))
    assert (result.inserted, result.skipped) == (5, 0)
    assert row_count(db, Client) == 6


def test_dry_run_writes_nothing_but_counts_the_same(db: Database, tmp_path: Path) -> None:
    existing(db)
    info = csv_table(tmp_path, DUPLICATES + "Bad,,bad-email,,\n")
    dry = run_import(db.sessions, info, auto(info), dry_run=True)
    assert (dry.inserted, dry.skipped, dry.rejected) == (1, 4, 1)
    assert [row.line for row in dry.preview] == [2, 3, 4, 5, 6, 7]
    assert dry.preview[3].values["name"] == "Twin"
    assert row_count(db, Client) == 1
    real = run_import(db.sessions, info, auto(info))
    assert (real.inserted, real.skipped, real.rejected) == (1, 4, 1)


def test_cancel_leaves_the_book_exactly_as_before(db: Database, tmp_path: Path) -> None:
    existing(db)
    lines = ["Name,City"] + [f"Client {n},Town {n}" for n in range(12_000)]
    info = csv_table(tmp_path, "\n".join(lines) + "\n")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2  # cancel after the first batch was already inserted

    with pytest.raises(Cancelled):
        run_import(db.sessions, info, auto(info), progress=progress)
    assert names(db) == ["Old Name"]


def test_the_garbage_collector_is_paused_only_while_importing(db: Database, tmp_path: Path) -> None:
    """Paused for speed (run.py), it must come back however the import ends."""
    lines = ["Name,City"] + [f"Client {n},Town {n}" for n in range(12_000)]
    info = csv_table(tmp_path, "\n".join(lines) + "\n")
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(gc.isenabled())
        return len(seen) < 2

    assert gc.isenabled()
    with pytest.raises(Cancelled):
        run_import(db.sessions, info, auto(info), progress=progress)
    assert seen == [False, False]
    assert gc.isenabled()
    run_import(db.sessions, info, auto(info))
    assert gc.isenabled()
    gc.disable()  # paused by someone else: the import leaves it paused
    try:
        run_import(db.sessions, info, auto(info), dry_run=True)
        assert not gc.isenabled()
    finally:
        gc.enable()


def ledger_book(db: Database) -> dict[str, int]:
    ids = {}
    for name, tax_id in (("Alfa", "A111"), ("Beta", "B222"), ("Beta", "B333")):
        ids[tax_id] = save_client(db.sessions, ClientInput(name=name, tax_id=tax_id)).id
    return ids


def test_sales_matched_by_tax_id_with_spanish_numbers(db: Database, tmp_path: Path) -> None:
    ids = ledger_book(db)
    info = csv_table(
        tmp_path,
        "NIF;Fecha;Vencimiento;Factura;Unidades;Importe\n"
        "a-111;25/03/2025;;F-1;3;1.234,50\n"
        "B222;01/04/2025;15/05/2025;F-2;;99,9\n"
        "Z999;01/04/2025;;F-3;;10\n"
        "A111;31/02/2025;;F-4;;10\n"
        "A111;01/04/2025;01/03/2025;F-5;;10\n"
        "A111;01/04/2025;;F-6;;12,345\n",
    )
    options = auto(info, Kind.SALES, value_format=ValueFormat(decimal_comma=True))
    result = run_import(db.sessions, info, options)
    assert (result.inserted, result.rejected) == (2, 4)
    assert [(i.line, i.problems[0].field, i.problems[0].problem.code) for i in result.issues] == [
        (4, "client", "unknown_client"),
        (5, "invoice_date", "invalid_date"),
        (6, "due_date", "due_before_invoice"),
        (7, "amount", "too_many_decimals"),
    ]
    [sale] = list_sales(db.sessions, ids["A111"])
    assert (sale.invoice_date, sale.due_date) == (date(2025, 3, 25), date(2025, 4, 24))
    assert (sale.reference, sale.units, sale.amount) == ("F-1", Decimal(3), Decimal("1234.50"))
    assert list_sales(db.sessions, ids["B222"])[0].amount == Decimal("99.90")


def test_the_preview_shows_the_files_first_rows_taken_or_not(db: Database, tmp_path: Path) -> None:
    """Rows taken are previewed when their batch is written, rows refused when read: the
    preview must still be the first rows of the file, not the first refused ones."""
    ledger_book(db)
    good = [f"A111;01/04/2025;;F-{n};1;10" for n in range(5)]
    bad = [f"Z999;01/04/2025;;F-{n};1;10" for n in range(30)]
    info = csv_table(
        tmp_path, "NIF;Fecha;Vencimiento;Factura;Unidades;Importe\n" + "\n".join(good + bad)
    )
    result = run_import(db.sessions, info, auto(info, Kind.SALES), dry_run=True)
    assert [row.line for row in result.preview] == list(range(2, 22))
    assert [row.values["reference"] for row in result.preview[:5]] == [f"F-{n}" for n in range(5)]
    assert result.preview[5].problems[0].problem.code == "unknown_client"


def test_odd_digits_are_refused_rows_not_a_failed_import(db: Database, tmp_path: Path) -> None:
    ids = ledger_book(db)
    info = csv_table(
        tmp_path, "Cliente;Fecha;Importe\n²;01/04/2025;10\n" + f"{ids['A111']};01/04/2025;²\n"
    )
    options = auto(info, Kind.SALES, match_by=MatchBy.ID)
    result = run_import(db.sessions, info, options)
    assert (result.inserted, result.rejected) == (0, 2)
    assert [(i.problems[0].field, i.problems[0].problem.code) for i in result.issues] == [
        ("client", "unknown_client"),
        ("amount", "not_a_number"),
    ]


def test_a_sale_keeps_its_amount_even_with_an_invoice_column_mapped(
    db: Database, tmp_path: Path
) -> None:
    """Only payments and returns point at an invoice; a sale's own number is its reference."""
    ids = ledger_book(db)
    add_sale(
        db.sessions,
        ids["A111"],
        SaleInput(date(2025, 3, 1), date(2025, 4, 1), "F-1", Decimal(1), Decimal(50)),
    )
    info = csv_table(tmp_path, "NIF;Fecha;Importe;Factura\nA111;2025-03-02;123.45;F-1\n")
    mapping = {0: "client", 1: "invoice_date", 2: "amount", 3: "invoice"}
    result = run_import(db.sessions, info, ImportOptions(Kind.SALES, mapping))
    assert result.inserted == 1
    amounts = sorted(sale.amount for sale in list_sales(db.sessions, ids["A111"]))
    assert amounts == [Decimal("50.00"), Decimal("123.45")]


def test_payments_and_returns_link_to_the_clients_invoice(db: Database, tmp_path: Path) -> None:
    ids = ledger_book(db)
    sale_id = add_sale(
        db.sessions,
        ids["A111"],
        SaleInput(date(2025, 1, 1), date(2025, 2, 1), "F-1", Decimal(5), Decimal(500)),
    )
    add_sale(  # the same reference at another client must not be picked
        db.sessions,
        ids["B222"],
        SaleInput(date(2025, 1, 1), date(2025, 2, 1), "F-9", Decimal(1), Decimal(10)),
    )
    info = csv_table(
        tmp_path,
        "Client,Payment date,Amount,Invoice\nAlfa,2025-02-01,300,F-1\nAlfa,2025-02-02,50,\n"
        "Alfa,2025-02-03,10,F-9\nBeta,2025-02-03,10,\n",
    )
    options = auto(info, Kind.PAYMENTS, match_by=MatchBy.NAME)
    result = run_import(db.sessions, info, options)
    assert (result.inserted, result.rejected) == (2, 2)
    assert [(i.line, i.problems[0].problem.code) for i in result.issues] == [
        (4, "invoice_not_found"),
        (5, "ambiguous_client"),  # two clients are called Beta
    ]
    payments = list_payments(db.sessions, ids["A111"])
    assert sorted((p.amount, p.sale_id) for p in payments) == [
        (Decimal(50), None),
        (Decimal(300), sale_id),
    ]
    info = csv_table(
        tmp_path,
        f"Client ID,Date,Units,Reason,Invoice\n{ids['A111']},2025-03-01,2,broken,F-1\n"
        "999999,2025-03-01,1,,\n",
        name="returns.csv",
    )
    result = run_import(db.sessions, info, auto(info, Kind.RETURNS, match_by=MatchBy.ID))
    assert (result.inserted, result.rejected) == (1, 1)
    assert result.issues[0].problems[0].problem.code == "unknown_client"
    with db.sessions() as session:
        entry = session.scalars(select(Return)).one()
        assert (entry.sale_id, entry.units, entry.amount, entry.reason) == (
            sale_id,
            Decimal(2),
            Decimal(0),
            "broken",
        )
    assert row_count(db, Payment) == 2
    assert row_count(db, Sale) == 2


def test_a_small_ledger_import_keeps_the_revenue_ranking_valid_and_exact(
    db: Database, tmp_path: Path
) -> None:
    ids = {n: save_client(db.sessions, ClientInput(name=n, tax_id=n)).id for n in "ABCDEFGHIJKL"}
    for n, client_id in ids.items():
        add_sale(db.sessions, client_id, SaleInput(TODAY, TODAY, amount=Decimal(100 + ord(n))))
    rebuild_stale_ranking(db.sessions, TODAY)  # the kept ranking, built for today
    info = csv_table(tmp_path, "NIF;Fecha;Importe\nA;20/11/2026;5000\n")

    result = run_import(db.sessions, info, auto(info, Kind.SALES))

    assert result.inserted == 1
    with db.sessions() as session:
        state = session.get(RevenueRankingState, 1)
        # Kept valid by recomputing client A's row, not left stale for a whole rebuild.
        assert state.ledger_version == session.scalar(select(LedgerVersion.version))
    one_by_one = {c: client_metrics(db.sessions, c, TODAY) for c in ids.values()}
    assert one_by_one == book_metrics(db.sessions, TODAY)
    assert one_by_one[ids["A"]].abc_class == "A"


def test_a_large_ledger_import_leaves_the_ranking_to_be_rebuilt_exactly(
    db: Database, tmp_path: Path
) -> None:
    ids = {n: save_client(db.sessions, ClientInput(name=n, tax_id=n)).id for n in "ABCDEFGHIJKL"}
    rebuild_stale_ranking(db.sessions, TODAY)  # the kept ranking, built for today
    rows = "".join(f"{n};20/11/2026;{100 * (i + 1)}\n" for i, n in enumerate("ABCDEF"))
    info = csv_table(tmp_path, "NIF;Fecha;Importe\n" + rows)

    assert run_import(db.sessions, info, auto(info, Kind.SALES)).inserted == 6

    with db.sessions() as session:  # half the book: cheaper to rebuild than to patch
        state = session.get(RevenueRankingState, 1)
        assert state.ledger_version != session.scalar(select(LedgerVersion.version))
    assert rebuild_stale_ranking(db.sessions, TODAY)  # what the import wizard does after
    one_by_one = {c: client_metrics(db.sessions, c, TODAY) for c in ids.values()}
    assert one_by_one == book_metrics(db.sessions, TODAY)
    assert one_by_one[ids["F"]].abc_class == "A"


def test_a_ledger_import_that_takes_no_row_writes_nothing(db: Database, tmp_path: Path) -> None:
    save_client(db.sessions, ClientInput(name="A", tax_id="A"))
    with db.sessions() as session:
        before = session.scalar(select(LedgerVersion.version))
    info = csv_table(tmp_path, "NIF;Fecha;Importe\nZ;20/11/2026;5000\n")

    result = run_import(db.sessions, info, auto(info, Kind.SALES))

    assert (result.inserted, result.rejected) == (0, 1)
    with db.sessions() as session:
        assert session.scalar(select(LedgerVersion.version)) == before


@pytest.mark.sqlite_file
def test_an_import_into_an_empty_book_leaves_the_same_indexes_and_they_work(
    db: Database, tmp_path: Path
) -> None:
    def indexes() -> set[tuple[str, str]]:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'client' AND type = 'index'"
            )
            return set(rows.all())

    before = indexes()
    info = csv_table(tmp_path, "Name,Tax ID,City\nZeta,Z1,León\nAlfa,A1,Madrid\nAlfa,A1,Madrid\n")
    result = run_import(db.sessions, info, auto(info))
    assert (result.inserted, result.skipped) == (2, 1)
    assert indexes() == before
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM client WHERE tax_id = 'A1'"
        ).all()
    assert "ix_client_tax_id" in str(plan)
    assert names(db) == ["Zeta", "Alfa"]


def test_the_form_of_address_is_imported_and_a_strange_one_refused(
    db: Database, tmp_path: Path
) -> None:
    info = csv_table(
        tmp_path,
        "Nombre;Contacto;Tratamiento\n"
        "Hospital San Rafael;Mercedes Ordóñez;Dra.\n"
        "Talleres Ibáñez;Íñigo Ibáñez;sr\n"
        "Greenleaf Bakery;Chloë Whitfield;Ms\n"
        "Reformas Ordóñez;;\n"
        "Palacio Real;Felipe;Su Majestad\n",
    )
    result = run_import(db.sessions, info, auto(info))
    assert (result.inserted, result.rejected) == (4, 1)
    assert [p.field for p in result.issues[0].problems] == ["form_of_address"]
    with db.sessions() as session:
        forms = session.execute(select(Client.name, Client.form_of_address).order_by(Client.id))
        assert forms.all() == [
            ("Hospital San Rafael", "dr_f"),
            ("Talleres Ibáñez", "mr"),
            ("Greenleaf Bakery", "ms"),
            ("Reformas Ordóñez", ""),
        ]
