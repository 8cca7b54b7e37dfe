"""Ledger imports work out what the client column holds from the rows and the book."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Sale
from services.clients import ClientInput, save_client
from services.database import Database
from services.importing import (
    ImportOptions,
    Kind,
    MatchBy,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.importing.detection import SAMPLE_VALUES, by_shape
from ui.import_labels import client_match_text, describe_row_problems

BOOK = (
    ClientInput(
        name="Distribuciones Puntual S.L.", tax_id="B-1234567.8", email="pedidos@puntual.es"
    ),
    ClientInput(name="Muñoz Peña", tax_id="12345678Z", email="ana@munoz.es"),
    ClientInput(name="Talleres Gómez", tax_id="A87654321", email="taller@gomez.es"),
    ClientInput(name="Beta", tax_id="B22222222", email="uno@beta.es"),
    ClientInput(name="BETA", tax_id="B33333333", email="dos@beta.es"),
)


@pytest.fixture
def ids(db: Database) -> list[int]:
    return [save_client(db.sessions, data).id for data in BOOK]


def sales_file(tmp_path: Path, header: str, clients: list[str]):
    lines = [f"{header};Fecha;Importe"]
    lines += [f"{client};0{n % 9 + 1}/03/2025;10,50" for n, client in enumerate(clients)]
    path = tmp_path / "ventas.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inspect_table(path)


def imported(db: Database, info, match_by: MatchBy = MatchBy.AUTO, dry_run: bool = False):
    mapping = suggest_mapping(info.headers, Kind.SALES, match_by)
    options = ImportOptions(Kind.SALES, mapping, match_by=match_by)
    return run_import(db.sessions, info, options, dry_run=dry_run)


def sales_of(db: Database) -> dict[int, int]:
    with db.sessions() as session:
        rows = session.execute(select(Sale.client_id, func.count()).group_by(Sale.client_id))
        return dict(rows.all())


@pytest.mark.parametrize(
    ("header", "clients", "expected"),
    [
        # What a small business's sales list has: names, written as people write them.
        ("Cliente", ["distribuciones puntual s.l.", "MUNOZ PENA", "Talleres Gómez"], MatchBy.NAME),
        ("Cliente", ["B12345678", "12345678-z", "A87654321"], MatchBy.TAX_ID),
        ("Cliente", ["PEDIDOS@puntual.es", "ana@munoz.es", "taller@gomez.es"], MatchBy.EMAIL),
    ],
)
def test_the_client_column_is_recognised_from_the_rows(
    db: Database, ids: list[int], tmp_path: Path, header, clients, expected
) -> None:
    info = sales_file(tmp_path, header, clients)
    result = imported(db, info)
    assert result.client_match is not None
    assert (result.client_match.by, result.client_match.detected) == (expected, True)
    assert (result.client_match.matched, result.client_match.sampled) == (3, 3)
    assert (result.inserted, result.rejected) == (3, 0)
    assert sales_of(db) == {ids[0]: 1, ids[1]: 1, ids[2]: 1}


def test_client_numbers_from_an_export_are_recognised(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    info = sales_file(tmp_path, "Client ID", [str(ids[2]), str(ids[0]), str(ids[2])])
    result = imported(db, info)
    assert result.client_match.by == MatchBy.ID
    assert sales_of(db) == {ids[0]: 1, ids[2]: 2}


def test_the_key_that_names_most_sampled_values_wins(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    # One name that is also written as a tax id does not turn a list of names into tax ids.
    info = sales_file(tmp_path, "Cliente", ["Muñoz Peña", "Talleres Gomez", "B12345678", "Nuevo"])
    result = imported(db, info, dry_run=True)
    assert result.client_match.by == MatchBy.NAME
    assert result.client_match.counts[MatchBy.NAME] == 2
    assert result.client_match.counts[MatchBy.TAX_ID] == 1
    assert result.client_match.sampled == 4


def test_detection_reads_a_bounded_sample_of_a_long_file(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    clients = [f"Nuevo {n}" for n in range(SAMPLE_VALUES + 50)] + ["Muñoz Peña"] * 10
    result = imported(db, sales_file(tmp_path, "Cliente", clients), dry_run=True)
    assert result.client_match.sampled == SAMPLE_VALUES
    assert result.client_match.matched == 0
    assert result.client_match.by == MatchBy.NAME  # from the values' shape
    assert result.inserted == 10  # rows past the sample still find their client


def test_a_value_shared_by_several_clients_is_reported_on_its_row(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    info = sales_file(tmp_path, "Cliente", ["Muñoz Peña", "beta", "Talleres Gómez"])
    result = imported(db, info)
    assert result.client_match.by == MatchBy.NAME
    assert (result.inserted, result.rejected) == (2, 1)
    (issue,) = result.issues
    assert issue.line == 3
    problem = issue.problems[0].problem
    assert problem.code == "ambiguous_client"
    assert problem.params["count"] == 2
    assert problem.params["clients"] == f"Beta (#{ids[3]}), BETA (#{ids[4]})"
    cli = describe_row_problems(issue.problems, cli=True)
    assert cli == (
        f"Client: beta matches 2 clients: Beta (#{ids[3]}), BETA (#{ids[4]}). "
        "Use a column that tells them apart: --match-by id or --match-by tax_id."
    )


def test_match_by_forces_the_key_and_a_miss_suggests_the_one_that_fits(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    info = sales_file(tmp_path, "Cliente", ["Distribuciones Puntual S.L.", "B12345678"])
    result = imported(db, info, MatchBy.TAX_ID)
    assert (result.client_match.by, result.client_match.detected) == (MatchBy.TAX_ID, False)
    assert (result.inserted, result.rejected) == (1, 1)
    problem = result.issues[0].problems[0].problem
    assert (problem.code, problem.params["other"]) == ("unknown_client", "name")
    assert describe_row_problems(result.issues[0].problems, cli=True) == (
        "Client: No client has Distribuciones Puntual S.L. as their tax id. "
        "It is a client's name: use --match-by name."
    )
    assert client_match_text(result.client_match, cli=True) == (
        "Clients found by tax id (as --match-by says)."
    )


def test_a_client_not_in_the_book_gets_advice_that_fits(db: Database, tmp_path: Path) -> None:
    info = sales_file(tmp_path, "Cliente", ["Acme", "Zeta"])
    result = imported(db, info)  # an empty book: nothing to match, the shape says names
    assert result.client_match.by == MatchBy.NAME
    assert describe_row_problems(result.issues[0].problems) == (
        "Client: No client has Acme as their name. "
        "Your book has no clients yet: import the client list first."
    )
    save_client(db.sessions, ClientInput(name="Other"))
    result = imported(db, info)
    assert describe_row_problems(result.issues[0].problems).endswith(
        "Check how it is written, or add the client first."
    )


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["ana@x.es", "b@y.com"], MatchBy.EMAIL),
        (["12", "1040"], MatchBy.ID),
        (["B12345678", "20-12345678-9", "X1234567L"], MatchBy.TAX_ID),
        (["Acme S.L.", "Zeta", "Ferretería 2000"], MatchBy.NAME),
        ([], MatchBy.NAME),
    ],
)
def test_with_nothing_to_match_the_values_shape_decides(values, expected) -> None:
    assert by_shape(values) == expected


def test_client_numbers_of_another_book_give_way_to_its_names(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    # An export of another book: its numbers exist here too, but belong to other clients.
    rows = [(ids[1], "Talleres Gómez", "A87654321"), (ids[2], "Muñoz Peña", "12345678Z")]
    text = "Nº cliente;Cliente;NIF cliente;Fecha factura;Importe\n" + "".join(
        f"{number};{name};{tax};01/03/2025;10\n" for number, name, tax in rows
    )
    path = tmp_path / "ventas.csv"
    path.write_text(text, encoding="utf-8")
    info = inspect_table(path)
    assert suggest_mapping(info.headers, Kind.SALES)[0] == "client"  # the number, at first
    result = imported(db, info)
    assert result.client_match.by == MatchBy.TAX_ID
    assert result.client_match.column == 2
    assert sales_of(db) == {ids[2]: 1, ids[1]: 1}
    assert result.preview[0].values["client"] == "A87654321"


def test_client_numbers_that_agree_with_the_names_are_used(
    db: Database, ids: list[int], tmp_path: Path
) -> None:
    text = "Nº cliente;Cliente;Fecha factura;Importe\n" + "".join(
        f"{ids[n]};{BOOK[n].name};01/03/2025;10\n" for n in (0, 3, 4)
    )
    path = tmp_path / "ventas.csv"
    path.write_text(text, encoding="utf-8")
    result = imported(db, inspect_table(path))
    assert (result.client_match.by, result.client_match.column) == (MatchBy.ID, 0)
    assert result.rejected == 0  # the two clients called Beta told apart by their numbers
    assert sales_of(db) == {ids[0]: 1, ids[3]: 1, ids[4]: 1}
