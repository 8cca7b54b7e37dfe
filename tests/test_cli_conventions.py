"""The command line writes money as the interface's locale does (Babel's CLDR data)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from services.business_profile import get_profile, save_profile
from services.database import open_database
from services.demo_data import load_demo_data
from tests.command_line import clientela


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "user-data"


@pytest.fixture
def demanding_book(db_path):
    """The demo book, with a yearly minimum no client reaches: each is flagged with money."""
    db = open_database(db_path)
    load_demo_data(db.sessions, date.today())
    profile = get_profile(db.sessions)
    save_profile(
        db.sessions,
        dataclasses.replace(profile, name="Demo", min_revenue_per_year=Decimal("1000000")),
    )
    db.close()
    return db_path


@pytest.mark.parametrize(
    ("language", "minimum"),
    # CLDR keeps the Spanish amount and its symbol together with a no-break space.
    [("es", "1.000.000,00\u00a0€"), ("en", "€1,000,000.00")],
)
def test_triage_writes_amounts_the_way_the_interface_language_does(
    demanding_book, data_dir, language, minimum
):
    result = clientela(
        "--db", str(demanding_book), "--lang", language, "evaluate", "--triage", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert minimum in result.stdout


def test_import_prints_the_rows_kept_with_a_tax_id_warning(db_path, data_dir, tmp_path):
    source = tmp_path / "clientes.csv"
    source.write_text(
        "Nombre;NIF;País\nBien;B41273855;España\nErrata;B41273856;España\n", encoding="utf-8"
    )
    result = clientela(
        "--db", str(db_path), "--lang", "en", "import", str(source), data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert "2 row(s) imported (2 new, 0 updated), 0 rejected" in result.stdout
    assert "Imported with a warning: 1 row(s)." in result.stdout
    assert (
        "line 3: Tax id: The check digit does not match this NIF: check it for a typing mistake."
        in result.stdout
    )
