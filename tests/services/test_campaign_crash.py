"""SIGKILL in the middle of a letter campaign: the database passes its integrity check and
records all of the campaign's letters or none of them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from services.business_profile import ProfileData, save_profile
from services.campaigns import Segment, run_campaign, segment_ids
from services.clients import ClientInput, save_client
from services.database import open_database
from services.letters import LetterOptions
from tests.crash_harness import integrity_problems, run_killed_at
from tests.sender import SENDER

CLIENTS = 6

CAMPAIGN_WORK = """
import sys
from datetime import date
from pathlib import Path
import services.campaigns as campaigns
from services.database import open_database
from services.letters import LetterOptions
from services.letters import LetterOptions

_real_record = campaigns.record_letters

def _record(session, written, campaign="", staged=None):
    checkpoint("before-record")
    ids = _real_record(session, written, campaign, staged)
    checkpoint("recorded-not-committed")
    return ids

campaigns.record_letters = _record

def progress(done, total):
    if done == 2:
        checkpoint("rendering-files")
    if done == total - 2:
        checkpoint("rendering-combined")
    return True

db = open_database(sys.argv[1])
out = Path(sys.argv[2])
ids = campaigns.segment_ids(db.sessions, campaigns.Segment())
campaigns.run_campaign(
    db.sessions, ids, LetterOptions("welcome", date(2026, 11, 23)),
    folder=out / "each", combined=out / "all.pdf", progress=progress,
)
db.close()
checkpoint("done")
"""
POINTS = ["rendering-files", "rendering-combined", "before-record", "recorded-not-committed"]


@pytest.fixture
def book(db_path: Path) -> Path:
    db = open_database(db_path)
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    for n in range(CLIENTS):
        save_client(db.sessions, ClientInput(name=f"Cliente {n}", city="Teruel"))
    db.close()
    return db_path


def _letters(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM letter").fetchone()[0]
    finally:
        conn.close()


def test_the_campaign_run_reaches_every_kill_point(book, tmp_path):
    run = run_killed_at(CAMPAIGN_WORK, None, args=[str(book), str(tmp_path)])
    assert run.returncode == 0, run.stderr
    assert run.points == [*POINTS, "done"]
    assert _letters(book) == CLIENTS


@pytest.mark.parametrize("point", POINTS)
def test_a_campaign_killed_midway_records_no_letter(book, tmp_path, point):
    out = tmp_path / "out"  # the book lives in tmp_path too
    out.mkdir()
    run = run_killed_at(CAMPAIGN_WORK, point, args=[str(book), str(out)])
    assert run.killed, (run.points, run.stderr)
    assert integrity_problems(book) is None
    assert _letters(book) == 0
    # No letter on disk that the database does not hold: nothing but hidden staging.
    combined = out / "all.pdf"
    assert not combined.exists()
    visible = [p.name for p in out.rglob("*") if not _hidden(p, out)]
    assert visible in ([], ["each"]), visible
    # A later campaign runs normally after the crash.
    db = open_database(book)
    try:
        ids = segment_ids(db.sessions, Segment())
        again = run_campaign(
            db.sessions,
            ids,
            LetterOptions("welcome", date(2026, 11, 23)),
            combined=out / "b.pdf",
        )
    finally:
        db.close()
    assert again.letters == CLIENTS and _letters(book) == CLIENTS
    assert len(PdfReader(out / "b.pdf").pages) == CLIENTS


@pytest.mark.parametrize("point", POINTS)
def test_the_next_campaign_cleans_what_a_killed_one_left(book, tmp_path, point):
    out = tmp_path / "out"  # the book lives in tmp_path too
    out.mkdir()
    run = run_killed_at(CAMPAIGN_WORK, point, args=[str(book), str(out)])
    assert run.killed, (run.points, run.stderr)
    db = open_database(book)
    try:
        ids = segment_ids(db.sessions, Segment())
        again = run_campaign(
            db.sessions,
            ids,
            LetterOptions("welcome", date(2026, 11, 23)),
            folder=out / "each",
            combined=out / "all.pdf",
        )
    finally:
        db.close()
    assert again.letters == CLIENTS
    left = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    assert left == ["all.pdf", "each", *[f"each/Cliente {n}.pdf" for n in range(CLIENTS)]]


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
