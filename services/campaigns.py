"""A campaign: one kind of letter for a whole segment of the book, in one go.

The output is one combined PDF ready to print and/or one PDF per client in a folder. Each file
is written under a temporary name and moved into place when complete; a Cancel or a failure
removes what this campaign wrote, and the letters are recorded in one transaction only once
every file is in place, so the history never lists a letter that does not exist.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Select, select

from models import Client, ClientTag
from services.business_profile import get_profile
from services.errors import ClientelaError
from services.file_names import FileNamer
from services.letter_files import clean_stale, create_file, discard, staging_folder
from services.letter_guard import Concern, contradictions
from services.letter_pdf import LetterContent, render
from services.letters import (
    LetterOptions,
    LetterStamp,
    PreparedLetter,
    prepare_letters,
    record_letters,
    require_sender,
)
from services.payment_reminder import overdue_client_ids
from services.progress import Cancelled, Progress, Sessions


@dataclass(frozen=True)
class Segment:
    """Which clients a campaign writes to; empty fields do not narrow it."""

    verdict: str | None = None
    stage: str | None = None
    tag: str | None = None
    client_ids: tuple[int, ...] | None = None  # a selection made in the list
    overdue: bool = False  # clients with an invoice past its due date still open
    today: date | None = None  # what "past its due date" is measured against


@dataclass(frozen=True)
class Skipped:
    client_name: str
    reason: str  # "no_address", "nothing_overdue"


@dataclass(frozen=True)
class HeldBack:
    """A client of the segment the letter would contradict (services.letter_guard)."""

    client_id: int
    client_name: str
    concerns: tuple[Concern, ...]


@dataclass
class CampaignResult:
    letters: int = 0
    pages: int = 0
    combined: Path | None = None
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    held_back: list[HeldBack] = field(default_factory=list)


def _segment_query(segment: Segment) -> Select:
    query = select(Client.id).order_by(Client.sort_name, Client.id)
    if segment.verdict:
        query = query.where(Client.latest_verdict == segment.verdict)
    if segment.stage:
        query = query.where(Client.stage == segment.stage)
    if segment.tag:
        tagged = select(ClientTag.client_id).where(ClientTag.tag == segment.tag)
        query = query.where(Client.id.in_(tagged))
    return query


def segment_ids(sessions: Sessions, segment: Segment) -> list[int]:
    """The clients in ``segment``, in the list's alphabetical order."""
    if segment.overdue:
        ids = overdue_client_ids(sessions, segment.today or date.today())
    else:
        with sessions() as session:
            ids = list(session.scalars(_segment_query(segment)))
    if segment.client_ids is not None:
        chosen = set(segment.client_ids)
        ids = [client_id for client_id in ids if client_id in chosen]
    return ids


def known_tags(sessions: Sessions) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(ClientTag.tag).distinct().order_by(ClientTag.tag)))


def held_back(
    sessions: Sessions, client_ids: Sequence[int], kind: str, today: date
) -> list[HeldBack]:
    """The clients a ``kind`` letter would contradict, in ``client_ids``' order, with why."""
    found = contradictions(sessions, client_ids, kind, today)
    if not found:
        return []
    with sessions() as session:
        names = dict(
            session.execute(select(Client.id, Client.name).where(Client.id.in_(found))).all()
        )
    return [HeldBack(c, names.get(c, ""), found[c]) for c in client_ids if c in found]


def campaign_name(kind: str, now: datetime) -> str:
    return f"{kind} {now:%Y-%m-%d %H:%M}"


class _Run:
    """One campaign's progress, and the Cancel it may bring."""

    def __init__(self, steps: int, progress: Progress | None) -> None:
        self.steps, self.done = steps, 0
        self.progress = progress

    def step(self) -> None:
        if self.progress is not None and not self.progress(self.done, self.steps):
            raise Cancelled()
        self.done += 1


def run_campaign(
    sessions: Sessions,
    client_ids: Sequence[int],
    options: LetterOptions,
    *,
    folder: Path | None = None,
    combined: Path | None = None,
    campaign: str = "",
    progress: Progress | None = None,
    include_held_back: bool = False,
) -> CampaignResult:
    """Write ``options.kind`` letters for ``client_ids``: one file each in ``folder`` and/or
    all of them in ``combined``. Raises Cancelled when ``progress`` says stop.

    Clients the letter would contradict (a thank-you to a late payer, a goodbye to a client
    already let go) are held back and listed in the result, unless ``include_held_back``:
    the owner has seen why and wants them anyway. When every client is held back, nothing
    is written."""
    if folder is None and combined is None:
        raise ClientelaError("no_campaign_output")
    if not client_ids:
        raise ClientelaError("empty_segment")
    require_sender(get_profile(sessions))  # before anything is held back, written or asked
    result = CampaignResult()
    if not include_held_back:
        result.held_back = held_back(sessions, client_ids, options.kind, options.today)
        kept = {h.client_id for h in result.held_back}
        client_ids = [c for c in client_ids if c not in kept]
        if not client_ids:
            return result
    passes = (folder is not None) + (combined is not None)
    run = _Run(len(client_ids) * passes, progress)

    def letters() -> Iterator[PreparedLetter]:
        for letter in prepare_letters(sessions, client_ids, options):
            if letter.skip_reason:
                result.skipped.append(Skipped(letter.client_name, letter.skip_reason))
                run.step()
                continue
            if len(letter.content.recipient) < 2:  # only a name: nowhere to send it
                result.skipped.append(Skipped(letter.client_name, "no_address"))
                run.step()
                continue
            yield letter

    written: list[tuple[LetterStamp, Path, int]] = []
    # Each PDF is written into a hidden staging folder beside its place and moved there only
    # once the letters are recorded: a Cancel, an error or a kill leaves no letter on disk
    # that the database does not hold (services/letter_files.py).
    staging: list[Path] = []
    staged: dict[Path, Path] = {}  # where each file goes -> where it is written meanwhile

    def stage(target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(target.parent)  # what a killed campaign left there
        folder_of = next((s for s in staging if s.parent == target.parent), None)
        if folder_of is None:
            folder_of = staging_folder(target.parent)
            staging.append(folder_of)
        staged[target] = folder_of / target.name
        create_file(staged[target])  # the user's normal file mode
        return staged[target]

    try:
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            namer = FileNamer(os.listdir(folder))
            for letter in letters():
                run.step()
                path = folder / namer.name_for(letter.client_name)
                pages = render([letter.content], str(stage(path)), language=letter.language).pages
                written.append((letter.stamp, path, pages))
            result.files = [path for _, path, _ in written]
        if combined is not None:
            result.skipped.clear()  # the per-client pass, if any, already listed them
            stamps: list[LetterStamp] = []

            def tracked() -> Iterator[LetterContent]:
                for letter in letters():
                    stamps.append(letter.stamp)
                    yield letter.content

            try:
                outcome = render(
                    tracked(),
                    str(stage(combined)),
                    title=campaign,
                    author=get_profile(sessions).name,
                    language=options.language or "",
                    on_letter=lambda _n: run.step(),
                )
            except ValueError as exc:  # every client was skipped: no page to print
                raise ClientelaError("nothing_to_write") from exc
            result.combined = combined
            if folder is None:
                written = list(
                    zip(stamps, [combined] * len(stamps), outcome.page_counts, strict=True)
                )
        with sessions.begin() as session:
            record_letters(session, written, campaign, staged)
        for target, source in staged.items():  # recorded: into place
            os.replace(source, target)
    finally:
        for folder_of in staging:
            discard(folder_of)
    result.letters = len(written)
    result.pages = sum(pages for _, _, pages in written)
    return result
