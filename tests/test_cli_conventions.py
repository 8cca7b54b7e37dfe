"""The command line writes money as the interface's locale does (Babel's CLDR data)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from services.business_profile import get_profile, save_profile
from services.database import open_database
from services.demo_data import load_demo_data
from tests.test_cli import clientela


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
