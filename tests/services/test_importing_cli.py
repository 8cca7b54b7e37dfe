"""``import`` and ``export`` on the command line, run as a script would: a separate process."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from models import Client
from services.database import open_database
from services.errors import ClientelaError
from services.importing import ImportFileError, Kind, MatchBy, inspect_table
from tests.command_line import clientela
from ui.cli_data import _mapping
from ui.messages import describe_error


def names(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        with db.sessions() as session:
            return list(session.scalars(select(Client.name).order_by(Client.name)))
    finally:
        db.close()


def test_import_partial_dry_run_and_map(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "clientes.csv"
    source.write_bytes(
        "Cliente;Correo;Móvil\nPeña SL;pena@x.es;600 111 222\nMal;no-email;\nBien;;\n".encode(
            "cp1252"
        )
    )
    data = tmp_path / "data"
    dry = clientela("--db", str(db_path), "import", str(source), "--dry-run", data_dir=data)
    assert dry.returncode == 3, dry.stderr
    assert "2 row(s) would be imported, 1 rejected" in dry.stdout
    assert "line 3: Email: This does not look like an email address" in dry.stdout
    assert names(db_path) == []

    run = clientela(
        "--db", str(db_path), "import", str(source), "--map", "Móvil=phone", data_dir=data
    )
    assert run.returncode == 3, run.stderr
    assert "Móvil -> phone" in run.stdout
    assert "2 row(s) imported (2 new, 0 updated), 1 rejected" in run.stdout
    assert names(db_path) == ["Bien", "Peña SL"]
    rejected = tmp_path / "clientes-rejected.csv"
    with rejected.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Cliente", "Correo", "Móvil", "line", "reason"]
    assert rows[1][:4] == ["Mal", "no-email", "", "3"]

    out = tmp_path / "out.xlsx"
    exported = clientela("--db", str(db_path), "export", str(out), data_dir=data)
    assert exported.returncode == 0, exported.stderr
    assert "clients: 2 row(s)" in exported.stdout
    assert out.exists()


def test_map_overrides_suggestions_and_names_bad_columns_and_fields() -> None:
    headers = ("Nombre", "Correo", "Notas")
    mapping = _mapping(headers, Kind.CLIENTS, MatchBy.TAX_ID, ["3=email", "Correo=", "1=name"])
    assert mapping == {0: "name", 2: "email"}
    for bad, code in (("Nope=name", "import_unknown_column"), ("1=colour", "import_unknown_field")):
        try:
            _mapping(headers, Kind.CLIENTS, MatchBy.TAX_ID, [bad])
        except ClientelaError as error:
            assert error.code == code
        else:
            raise AssertionError(bad)


def test_an_unreadable_file_is_one_translated_line(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    try:
        inspect_table(binary)
    except ImportFileError as error:
        assert "is not a table Clientela can read" in describe_error(error)
    else:
        raise AssertionError("read a binary file")


def test_a_sales_list_naming_its_clients_imports_without_flags(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)
    try:
        from services.clients import ClientInput, save_client

        for name in ("Distribuciones Puntual S.L.", "Beta", "Beta"):
            save_client(db.sessions, ClientInput(name=name))
    finally:
        db.close()
    source = tmp_path / "ventas.csv"
    source.write_text(
        "Cliente;Fecha;Importe\ndistribuciones  puntual s.l.;01/03/2025;10\n"
        "DISTRIBUCIONES PUNTUAL S.L.;02/03/2025;10\nBeta;03/03/2025;5\nNadie;04/03/2025;1\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    run = clientela("--db", str(db_path), "import", str(source), "--kind", "sales", data_dir=data)
    assert run.returncode == 3, run.stderr
    assert (
        "Clients found by name in column “Cliente”: detected, 3 of the first 4 values match"
        in run.stdout
    )
    assert "2 row(s) imported (2 new, 0 updated), 2 rejected" in run.stdout
    assert "line 5: Client: No client has Nadie as their name. Check how" in run.stdout
    assert "line 4: Client: Beta matches 2 clients: Beta (#2), Beta (#3). " in run.stdout
    assert "--match-by id or --match-by tax_id" in run.stdout

    forced = clientela(
        "--db",
        str(db_path),
        "import",
        str(source),
        "--kind",
        "sales",
        "--match-by",
        "tax_id",
        "--dry-run",
        data_dir=data,
    )
    assert "Clients found by tax id (as --match-by says)." in forced.stdout
    assert "It is a client's name: use --match-by name." in forced.stdout


def test_export_follows_the_interface_language_or_the_machine_form(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)
    try:
        from services.clients import ClientInput, save_client

        save_client(db.sessions, ClientInput(name="Peña SL", stage="lost", strategic=True))
    finally:
        db.close()
    data = tmp_path / "data"
    spanish = tmp_path / "clientes.csv"
    run = clientela(
        "--db",
        str(db_path),
        "--lang",
        "es",
        "export",
        str(spanish),
        "--only",
        "clients",
        data_dir=data,
    )
    assert run.returncode == 0, run.stderr
    with spanish.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert (rows[0]["Nombre"], rows[0]["Etapa"], rows[0]["Estratégico"]) == (
        "Peña SL",
        "Perdido",
        "Sí",
    )
    machine = tmp_path / "clients.csv"
    run = clientela(
        "--db",
        str(db_path),
        "--lang",
        "es",
        "export",
        str(machine),
        "--only",
        "clients",
        "--machine",
        data_dir=data,
    )
    assert run.returncode == 0, run.stderr
    with machine.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert (rows[0]["Name"], rows[0]["Stage"], rows[0]["Strategic"]) == ("Peña SL", "lost", "yes")
    # Both go back in without a word about their form; the Spanish one into a fresh book.
    other = tmp_path / "other.sqlite3"
    open_database(other).close()
    run = clientela("--db", str(other), "import", str(spanish), data_dir=data)
    assert run.returncode == 0, run.stdout + run.stderr
    assert names(other) == ["Peña SL"]


def test_repeated_headers_and_a_stray_byte_are_explained(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "clientes.csv"
    source.write_bytes("Nombre;Correo;correo\nMuñoz;m@x.es;\n".encode() + b"Caf\xe9;;\n")
    data = tmp_path / "data"
    run = clientela("--db", str(db_path), "--lang", "en", "import", str(source), data_dir=data)
    assert run.returncode == 3, run.stderr
    assert (
        "Several columns have the same name: “Correo” (columns 2, 3). Only the first of each "
        "is suggested for a field; to import another, map it by its number (--map 5=FIELD)."
    ) in run.stdout
    assert "line 3: Line 3 holds a byte (0xE9) that is not UTF-8 text" in run.stdout
    assert names(db_path) == ["Muñoz"]


def test_every_bound_on_a_file_is_one_sentence_naming_the_file() -> None:
    for code, params in (
        ("import_cell_too_large", {"line": 4, "limit": 1048576}),
        ("import_line_too_long", {"line": 3, "limit": 16}),
        ("import_row_too_large", {"line": 9, "limit": 16}),
        ("import_too_many_columns", {"line": 2, "count": 16384, "limit": 1024}),
        ("import_too_many_rows", {"limit": 2000000}),
        ("import_part_too_large", {"part": "xl/sharedStrings.xml", "size": 900, "limit": 128}),
    ):
        text = describe_error(ImportFileError(code, path="/tmp/x.xlsx", **params))
        assert text.startswith("/tmp/x.xlsx"), text
        assert "{" not in text and str(params["limit"]) in text, text


def test_importing_a_sales_file_twice_skips_the_second_time(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    try:
        from services.clients import ClientInput, save_client

        save_client(db.sessions, ClientInput(name="Alfa", tax_id="A111"))
    finally:
        db.close()
    source = tmp_path / "ventas.csv"
    source.write_text(
        "NIF;Fecha;Factura;Importe\nA111;01/03/2025;F-1;10\nA111;02/03/2025;F-2;10\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    command = ("--db", str(db_path), "import", str(source), "--kind", "sales")
    first = clientela(*command, data_dir=data)
    assert "2 row(s) imported (2 new, 0 updated), 0 rejected, 0 duplicate(s)" in first.stdout
    second = clientela(*command, data_dir=data)
    assert second.returncode == 0, second.stderr
    assert "0 row(s) imported (0 new, 0 updated), 0 rejected, 2 duplicate(s)" in second.stdout
    anyway = clientela(*command, "--duplicates", "new", data_dir=data)
    assert "2 row(s) imported (2 new, 0 updated), 0 rejected, 0 duplicate(s)" in anyway.stdout


def test_implausible_ledger_rows_are_imported_and_listed_as_warnings(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)
    try:
        from services.clients import ClientInput, save_client

        save_client(db.sessions, ClientInput(name="Alfa", tax_id="A111"))
    finally:
        db.close()
    source = tmp_path / "ventas.csv"
    source.write_text(
        "NIF;Fecha;Factura;Importe\nA111;01/03/2025;F-1;10\nA111;02/03/1985;F-2;10\n",
        encoding="utf-8",
    )
    run = clientela(
        "--db", str(db_path), "import", str(source), "--kind", "sales", data_dir=tmp_path / "d"
    )
    assert run.returncode == 0, run.stderr
    assert "2 row(s) imported (2 new, 0 updated), 0 rejected" in run.stdout
    assert "Imported with a warning: 1 row(s)." in run.stdout
    assert "line 3: Invoice date: The date " in run.stdout  # written in the user's locale
    assert "1985 is before 1990. Is the year right?" in run.stdout


def test_an_xlsx_export_says_it_left_control_characters_out(db_path: Path, tmp_path: Path) -> None:
    from sqlalchemy import update

    from services.clients import ClientInput, save_client

    db = open_database(db_path)
    try:
        client_id = save_client(db.sessions, ClientInput(name="Ana")).id
        with db.sessions.begin() as session:  # written before names were checked
            session.execute(update(Client).where(Client.id == client_id).values(notes="a\x01b"))
    finally:
        db.close()
    out = tmp_path / "book.xlsx"
    run = clientela("--db", str(db_path), "export", str(out), data_dir=tmp_path / "d")
    assert run.returncode == 0, run.stderr
    assert "1 cell(s) held control characters, which an XLSX file cannot hold" in run.stdout
    assert out.exists()
