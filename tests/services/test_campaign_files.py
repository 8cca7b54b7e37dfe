"""Letters on disk follow the database: a cancelled or killed campaign leaves no PDFs and no
.part files, a stale staging folder is cleaned by the next run, erasing a client keeps the
combined PDFs that hold other clients' letters, and letter files get the user's file mode."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from services.business_profile import ProfileData, save_profile
from services.campaigns import Segment, run_campaign, segment_ids
from services.clients import ClientInput, save_client
from services.database import Database
from services.letters import LetterOptions
from services.personal_data import anonymise_client, erase_client
from services.progress import Cancelled
from tests.sender import SENDER

OPTIONS = LetterOptions("welcome", date(2026, 11, 23))


@pytest.fixture
def clients(db: Database) -> list[int]:
    save_profile(db.sessions, ProfileData(name="Suministros Aranda", city="Zaragoza", **SENDER))
    for n in range(4):
        save_client(db.sessions, ClientInput(name=f"Cliente {n}", city="Teruel"))
    return segment_ids(db.sessions, Segment())


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_erasing_a_client_keeps_the_combined_pdf_others_are_in(
    db: Database, clients: list[int], tmp_path: Path
) -> None:
    own = run_campaign(db.sessions, clients[:1], OPTIONS, folder=tmp_path / "each").files
    run_campaign(db.sessions, clients, OPTIONS, combined=tmp_path / "all.pdf")
    report = erase_client(db.sessions, clients[0])
    assert report.letter_files_removed == [str(own[0])]
    assert not own[0].exists()
    assert report.combined_files_kept == [str(tmp_path / "all.pdf")]
    assert (tmp_path / "all.pdf").exists()
    # The last clients in it: the file is theirs alone once the others are gone.
    for client_id in clients[1:-1]:
        erase_client(db.sessions, client_id)
    last = anonymise_client(db.sessions, clients[-1])
    assert last.combined_files_kept == []
    assert str(tmp_path / "all.pdf") in last.letter_files_removed
    assert not (tmp_path / "all.pdf").exists()


@pytest.mark.parametrize("stop_at", [1, 3, 6])
def test_a_cancelled_campaign_leaves_nothing_on_disk(
    db: Database, clients: list[int], tmp_path: Path, stop_at: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("the owner's own file")

    def progress(done: int, total: int) -> bool:
        return done < stop_at

    with pytest.raises(Cancelled):
        run_campaign(
            db.sessions,
            clients,
            OPTIONS,
            folder=out / "each",
            combined=out / "all.pdf",
            progress=progress,
        )
    assert [p for p in everything_in(out) if p != "each"] == ["mine.txt"]


def test_a_stale_staging_folder_is_cleaned_by_the_next_run(
    db: Database, clients: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "each"
    out.mkdir()
    # What a campaign killed long ago left: its process is gone.
    dead = _dead_pid()
    stale = out / f".clientela-staging-{dead}-0a1b"
    stale.mkdir()
    (stale / "Cliente 0.pdf").write_bytes(b"%PDF half")
    (out / f".clientela-{dead}-1a2b.pdf.part").write_bytes(b"%PDF half")
    run_campaign(db.sessions, clients, OPTIONS, folder=out)
    assert everything_in(out) == [f"Cliente {n}.pdf" for n in range(4)]


def test_letter_files_get_the_users_file_mode(
    db: Database, clients: list[int], tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        result = run_campaign(
            db.sessions, clients, OPTIONS, folder=tmp_path / "each", combined=tmp_path / "a.pdf"
        )
    finally:
        os.umask(old)
    for path in [*result.files, tmp_path / "a.pdf"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


def _dead_pid() -> int:
    """A process id that no running process has."""
    pid = 2**22 - 7
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid -= 1


def test_a_single_letter_gets_the_users_file_mode_and_no_part_file_stays(tmp_path: Path) -> None:
    from services.letter_pdf import RenderResult
    from services.letters import write_pdf_atomically

    def write(temp: str) -> RenderResult:
        Path(temp).write_bytes(b"%PDF-1.4")
        return RenderResult(page_counts=[1])

    old = os.umask(0o027)
    try:
        write_pdf_atomically(tmp_path / "one.pdf", write)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "one.pdf").stat().st_mode) == 0o640
    assert everything_in(tmp_path) == ["one.pdf"]
