"""``letters`` and ``letter`` hold back whom the letter would contradict, unless told to include
them; ``letters --overdue`` writes payment reminders to the clients with overdue invoices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from services.business_profile import ProfileData, save_profile
from services.database import open_database
from tests.command_line import clientela
from tests.ledger_cases import client, punctual_and_late
from tests.pdf import pdf_text
from tests.sender import SENDER


@pytest.fixture
def book(db_path: Path) -> Path:
    db = open_database(db_path)
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    punctual_and_late(db, date.today())
    client(db, "Sin facturas")
    db.close()
    return db_path


def test_a_retain_campaign_holds_back_the_late_payer_and_says_why(book, tmp_path):
    combined = tmp_path / "gracias.pdf"
    run = clientela(
        "--db", str(book), "letters", "--kind", "loyalty", "--verdict", "retain",
        "--combined", str(combined), data_dir=tmp_path / "data",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "1 letter written" in run.stdout
    assert "Held back: Tardía, S.A.: late payer: pays on average" in run.stdout
    assert "--include-held-back" in run.stdout
    assert "Tardía" not in pdf_text(combined)


def test_include_held_back_writes_to_them_knowingly(book, tmp_path):
    combined = tmp_path / "gracias.pdf"
    run = clientela(
        "--db", str(book), "letters", "--kind", "loyalty", "--verdict", "retain",
        "--combined", str(combined), "--include-held-back", data_dir=tmp_path / "data",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "2 letters written" in run.stdout and "Held back" not in run.stdout
    assert "Tardía" in pdf_text(combined)


def test_one_thank_you_letter_to_a_late_payer_is_refused_unless_included(book, tmp_path):
    target = tmp_path / "one.pdf"
    args = ("--db", str(book), "letter", "Tardía, S.A.", "--kind", "loyalty", "--out", str(target))
    refused = clientela(*args, data_dir=tmp_path / "data")
    assert refused.returncode == 1 and "Held back: Tardía, S.A.: late payer" in refused.stdout
    assert not target.exists()
    written = clientela(*args, "--include-held-back", data_dir=tmp_path / "data")
    assert written.returncode == 0, written.stderr
    assert target.exists()


def test_a_reminder_campaign_over_the_clients_with_overdue_invoices(book, tmp_path):
    combined = tmp_path / "recordatorios.pdf"
    run = clientela(
        "--db", str(book), "letters", "--kind", "payment_reminder", "--overdue",
        "--combined", str(combined), data_dir=tmp_path / "data",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "1 letter written" in run.stdout
    text = pdf_text(combined)
    assert "Tardía" in text and "F-2026-031" in text and "10.400,00" in text
