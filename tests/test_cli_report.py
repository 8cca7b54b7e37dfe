"""``report --out FILE.pdf``: the portfolio report from the command line, a reading command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from services.business_profile import ProfileData, save_profile
from services.criteria import load_catalogue
from services.database import open_database
from services.demo_data import load_demo_data
from services.demo_evaluations import evaluate_demo_book
from services.portfolio import portfolio
from tests.command_line import clientela
from tests.pdf import pdf_text
from ui.instance_lock import holding_database


@pytest.fixture
def demo(db_path: Path) -> Path:
    db = open_database(db_path)
    save_profile(db.sessions, ProfileData(name="Suministros Aranda", city="Zaragoza"))
    load_demo_data(db.sessions, date.today())
    evaluate_demo_book(db.sessions, load_catalogue(), date.today())
    db.close()
    return db_path


def test_report_writes_the_figures_to_a_pdf(demo, tmp_path):
    db = open_database(demo)
    figures = portfolio(db.sessions, date.today())
    db.close()
    out = tmp_path / "portfolio"  # .pdf is added
    run = clientela(
        "--db", str(demo), "--lang", "en", "report", "--out", str(out), data_dir=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert "Wrote" in run.stdout
    text = " ".join(pdf_text(tmp_path / "portfolio.pdf").split())
    assert "Suministros Aranda" in text
    assert "Portfolio report" in text
    assert f"{date.today():%-d %B %Y}" in text
    assert f"{figures.clients} clients" in text
    assert f"{round(figures.pareto.top20_share * 100)} %" in text
    let_go = next(row for row in figures.at_stake if row.verdict == "let_go")
    assert f"Let go · {let_go.clients}" in text


def test_report_is_a_reading_command_that_runs_beside_the_app(demo, tmp_path):
    with holding_database(str(demo)):  # the app has the book open
        run = clientela(
            "--db",
            str(demo),
            "--lang",
            "es",
            "report",
            "--out",
            str(tmp_path / "r.pdf"),
            data_dir=tmp_path,
        )
    assert run.returncode == 0, run.stderr
    assert "Informe de la cartera" in pdf_text(tmp_path / "r.pdf")


def test_report_to_an_unwritable_place_says_so(demo, tmp_path):
    out = tmp_path / "missing" / "folder" / "r.pdf"
    run = clientela("--db", str(demo), "report", "--out", str(out), data_dir=tmp_path)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert str(out) in run.stderr
