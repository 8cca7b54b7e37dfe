"""``letters`` and ``letter`` on the command line: the same letters as the GUI, recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Letter
from services.business_profile import ProfileData, save_profile
from services.database import open_database
from tests.command_line import clientela
from tests.demo_book import evaluated_demo_book
from tests.pdf import pdf_text


@pytest.fixture
def demo(db_path: Path) -> Path:
    db = open_database(db_path)
    evaluated_demo_book(db, date.today())
    db.close()
    return db_path


def test_a_let_go_campaign_from_the_command_line(demo, tmp_path):
    out, combined = tmp_path / "each", tmp_path / "all.pdf"
    run = clientela(
        "--db", str(demo), "letters", "--kind", "termination", "--verdict", "let_go",
        "--out", str(out), "--combined", str(combined), "--from-date", "2027-01-15",
        data_dir=tmp_path / "data",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    # Reformas Ordóñez, already let go, is held back and listed with the reason; Construcciones
    # Ibáñez is class A: boundaries first, so not let go.
    assert "2 letters written, 2 page(s) in all." in run.stdout
    assert "Held back: Reformas Ordóñez: already let go (stage Former)" in run.stdout
    assert len(list(out.glob("*.pdf"))) == 2
    assert len(PdfReader(combined).pages) == 2
    assert "a partir del 15 de enero de 2027" in pdf_text(out / "Moda Peñalver.pdf")


def test_one_letter_for_one_client_by_name(demo, tmp_path):
    target = tmp_path / "zoe"
    run = clientela(
        "--db", str(demo), "letter", "café zoë", "--kind", "welcome", "--out", str(target),
        data_dir=tmp_path / "data",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Wrote" in run.stdout and "(1 page)" in run.stdout
    assert "Café Zoë" in pdf_text(target.with_suffix(".pdf"))
    db = open_database(demo)
    with db.sessions() as session:
        recorded = session.scalars(select(Letter.file_path)).all()
    db.close()
    assert recorded == [str(target.with_suffix(".pdf"))]


@pytest.mark.parametrize(
    ("client", "message"),
    [("Nadie Conocido", "No client is called Nadie Conocido."), ("a", "clients match a")],
)
def test_an_unknown_or_ambiguous_client_is_a_clear_error(demo, tmp_path, client, message):
    run = clientela(
        "--db", str(demo), "letter", client, "--kind", "welcome", "--out", str(tmp_path / "x.pdf"),
        data_dir=tmp_path / "data",
    )  # fmt: skip
    assert run.returncode == 1
    assert message in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_campaign_needs_an_output(demo, tmp_path):
    run = clientela("--db", str(demo), "letters", "--kind", "loyalty", data_dir=tmp_path / "d")
    assert run.returncode == 1
    assert "Choose where the letters go" in run.stderr


@pytest.mark.parametrize("command", ["letter", "letters"])
def test_no_letter_from_the_command_line_without_address_and_signer(demo, tmp_path, command):
    db = open_database(demo)
    save_profile(db.sessions, ProfileData(name="Suministros Aranda", city="Zaragoza"))
    db.close()
    target = ["café zoë", "--out", str(tmp_path / "x.pdf")]
    if command == "letters":
        target = ["--out", str(tmp_path / "each"), "--combined", str(tmp_path / "x.pdf")]
    run = clientela(
        "--db", str(demo), command, *target, "--kind", "welcome", data_dir=tmp_path / "data"
    )  # fmt: skip
    assert run.returncode == 1
    assert "Letters need your business's name, address" in run.stderr
    assert "Settings" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "each").exists()
