"""The command line, run as a user's script would run it: a separate process."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from services.clients import ClientInput, save_client
from services.database import open_database
from tests.command_line import clientela


@pytest.fixture
def book(db_path: Path) -> Path:
    """A database with three clients, written through the services as the GUI would."""
    db = open_database(db_path)
    for name, stage, city in (
        ("Ñandú Peña e Hijos", "active", "Cádiz"),
        ("Zoë Müller GmbH", "prospect", "Zürich"),
        ("Acme", "lost", "Sevilla"),
    ):
        save_client(db.sessions, ClientInput(name=name, stage=stage, city=city))
    db.close()
    return db_path


def table_lines(stdout: str) -> list[list[str]]:
    """The client rows of a ``list`` output, each split into its cells."""
    lines = stdout.splitlines()
    return [[cell.strip() for cell in line.split("  ") if cell.strip()] for line in lines[2:-1]]


def test_version_prints_the_name_and_version(data_dir):
    result = clientela("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.strip() == "Clientela 0.1.0"


def test_help_lists_the_list_command(data_dir):
    result = clientela("--help", data_dir=data_dir)
    assert result.returncode == 0
    assert re.search(r"^\s+list\s+\S", result.stdout, re.MULTILINE)  # the command and its help
    assert "--db" in result.stdout


def test_list_prints_every_client_in_name_order_and_the_count(book, data_dir):
    result = clientela("--db", str(book), "--lang", "en", "list", data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Name", "Stage", "City"]
    assert table_lines(result.stdout) == [
        ["Acme", "Lost", "Sevilla"],
        ["Ñandú Peña e Hijos", "Active", "Cádiz"],
        ["Zoë Müller GmbH", "Prospect", "Zürich"],
    ]
    # Aligned: every row's stage starts in the column where the heading "Stage" starts.
    stage_column = lines[0].index("Stage")
    assert [line[stage_column:].split()[0] for line in lines[2:-1]] == [
        "Lost",
        "Active",
        "Prospect",
    ]
    assert lines[-1] == "3 clients"
    assert result.stderr == ""


def test_list_filters_by_search_words_and_by_stage(book, data_dir):
    searched = clientela(
        "--db", str(book), "--lang", "en", "list", "--search", "cadiz", data_dir=data_dir
    )
    assert table_lines(searched.stdout) == [["Ñandú Peña e Hijos", "Active", "Cádiz"]]

    staged = clientela(
        "--db", str(book), "--lang", "en", "list", "--stage", "prospect", data_dir=data_dir
    )
    assert table_lines(staged.stdout) == [["Zoë Müller GmbH", "Prospect", "Zürich"]]


def test_list_reads_the_database_in_the_data_folder_by_default(book, data_dir):
    data_dir.mkdir()
    shutil.copyfile(book, data_dir / "clientela.sqlite3")
    result = clientela("list", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert len(table_lines(result.stdout)) == 3


# --- databases that cannot be opened: exit code 2 and one plain line on stderr ---------------


def _missing_folder(tmp_path: Path, _template: Path) -> Path:
    return tmp_path / "no-such-folder" / "clientela.sqlite3"


def _folder(tmp_path: Path, _template: Path) -> Path:
    (tmp_path / "a-folder").mkdir()
    return tmp_path / "a-folder"


def _text_file(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text("name;city\nÑandú;Cádiz\n", encoding="utf-8")
    return path


def _other_sqlite_database(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
    conn.close()
    return path


def _newer_database(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    return path


def _unreadable_file(tmp_path: Path, template: Path) -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode, so this cannot be tested as root")
    path = tmp_path / "locked.sqlite3"
    shutil.copyfile(template, path)
    path.chmod(0)
    return path


BAD_DATABASES = {
    "missing folder": _missing_folder,
    "a folder": _folder,
    "unreadable file": _unreadable_file,
    "text file": _text_file,
    "another program's SQLite database": _other_sqlite_database,
    "database from a newer Clientela": _newer_database,
}


@pytest.mark.parametrize("kind", BAD_DATABASES)
def test_a_database_that_cannot_be_opened_gives_exit_code_2_and_one_line(
    kind, tmp_path, db_path, data_dir
):
    path = BAD_DATABASES[kind](tmp_path, db_path)

    result = clientela("--db", str(path), "list", data_dir=data_dir)

    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("clientela: ")
    assert "Traceback" not in result.stderr


def test_listing_a_missing_file_does_not_create_a_database(tmp_path, data_dir):
    path = tmp_path / "typo.sqlite3"
    result = clientela("--db", str(path), "list", data_dir=data_dir)
    assert result.returncode == 2
    assert result.stderr.startswith("clientela: ")
    assert str(path) in result.stderr
    assert not path.exists()


def test_evaluate_triage_prints_the_flagged_clients_and_counts_in_spanish(db_path, data_dir):
    from datetime import date

    from services.demo_data import load_demo_data

    db = open_database(db_path)
    load_demo_data(db.sessions, date.today())
    db.close()
    result = clientela(
        "--db", str(db_path), "--lang", "es", "evaluate", "--triage", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    flagged = [line for line in lines if line.startswith(("Construcciones", "Moda"))]
    assert len(flagged) == 2
    assert "160" in next(line for line in flagged if line.startswith("Construcciones"))
    assert "2 clientes con señales de alarma" in result.stdout
    assert re.search(r"^\s+Dejar ir: \d+$", result.stdout, re.MULTILINE)
    with sqlite3.connect(db_path) as conn:  # a triage stores no judgement
        assert conn.execute("SELECT count(*) FROM evaluation").fetchone() == (0,)


def test_evaluate_client_prints_the_stored_explanation(db_path, data_dir):
    from datetime import date

    from services.criteria import load_catalogue
    from services.demo_data import load_demo_data
    from services.demo_evaluations import evaluate_demo_book

    db = open_database(db_path)
    load_demo_data(db.sessions, date.today())
    evaluate_demo_book(db.sessions, load_catalogue(), date.today())
    with db.sessions() as session:
        hospital = session.execute(
            text("SELECT id FROM client WHERE name = 'Hospital San Rafael'")
        ).scalar_one()
    db.close()
    result = clientela(
        "--db", str(db_path), "evaluate", "--client", str(hospital), data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Hospital San Rafael" in out
    assert "your decision: Set boundaries" in out
    assert "Paying late or sending back too much gets boundaries first" in out
    assert "Late payer: pays on average 91 days" in out and "allow 60 days" in out
    assert "What would change it:" in out


def test_evaluate_client_never_evaluated_says_what_the_ledger_alone_says(db_path, data_dir):
    from datetime import date

    from services.demo_data import load_demo_data

    db = open_database(db_path)
    load_demo_data(db.sessions, date.today())
    with db.sessions() as session:
        moda = session.execute(
            text("SELECT id FROM client WHERE name = 'Moda Peñalver'")
        ).scalar_one()
    db.close()
    result = clientela(
        "--db", str(db_path), "--lang", "es", "evaluate", "--client", str(moda), data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert "Dejar ir" in result.stdout
    missing = clientela("--db", str(db_path), "evaluate", "--client", "9999", data_dir=data_dir)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
