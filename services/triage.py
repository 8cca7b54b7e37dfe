"""Triage: the ledger metrics over the whole book, to know whom to evaluate first.

Only what the ledger can tell is used: red flags and the verdict the ledger alone would point
to (owner judgement questions left as "don't know"). Nothing is stored; the owner's own
evaluation is what counts.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import sessionmaker

from models import Client, Stage, Verdict
from services.business_profile import get_profile
from services.collector import collector_paused
from services.criteria import load_catalogue
from services.database import connect, location_of
from services.metrics import book_chunks, chunk_facts, report_progress
from services.progress import Progress, Sessions
from services.revenue_ranking import (
    BookRanking,
    book_ranking,
    from_cents,
    rebuild_stale_ranking,
    to_cents,
)
from services.scoring import LedgerVerdicts, Reason
from services.worker_processes import (
    WORKERS,
    Event,
    WorkerPool,
    WorkersUnavailable,
    worker_event,
)

# Below this many clients, starting worker processes (about a second) costs more than the
# second processor core saves.
PROCESS_MIN_CLIENTS = 20_000
_workers_failed = False  # set once worker processes could not be used in this session
# A worker waits this long at most for the ranking it needs: making it ready takes about
# a second at 100,000 clients; past this, something went wrong and it says so.
RANKING_WAIT_SECONDS = 300
RANKING_FILE = "ranking.pickle"


@dataclass(frozen=True)
class FlaggedClient:
    client_id: int
    name: str
    flags: tuple[Reason, ...]


@dataclass(frozen=True)
class TriageResult:
    flagged: tuple[FlaggedClient, ...]  # clients with red flags, most flags first, then by name
    suggested: dict[str, int]  # how many clients the ledger alone points to each verdict
    clients: int
    # How many worker processes did the work; 0: this process (not part of the result).
    worker_processes: int = field(default=0, compare=False)


def triage(
    sessions: Sessions,
    today: date,
    progress: Progress | None = None,
    *,
    in_processes: bool | None = None,
) -> TriageResult:
    """Raises services.progress.Cancelled when ``progress`` returns False.

    ``in_processes``: judge the book in worker processes (services.worker_processes); by
    default, when the book has PROCESS_MIN_CLIENTS or more. An in-memory database is always
    judged here: no other process can open it. When the workers cannot start (or one dies,
    or there is no scratch folder for the ranking), the book is judged here instead, from
    the start, and the rest of the session does not try them again.
    """
    with collector_paused():
        return _triage_once(sessions, today, progress, in_processes)


def _triage_once(
    sessions: Sessions, today: date, progress: Progress | None, in_processes: bool | None
) -> TriageResult:
    global _workers_failed
    if in_processes is None:
        with sessions() as session:
            clients = session.scalar(select(func.count()).select_from(Client)) or 0
        in_processes = clients >= PROCESS_MIN_CLIENTS
    if in_processes and not _workers_failed and location_of(sessions.kw["bind"]) is not None:
        try:
            return _triage(sessions, today, progress, in_processes=True)
        except WorkersUnavailable:
            _workers_failed = True  # the same work in this process, slower
    return _triage(sessions, today, progress, in_processes=False)


def _triage(
    sessions: Sessions,
    today: date,
    progress: Progress | None,
    *,
    in_processes: bool,
) -> TriageResult:
    done = total = 0

    def still_wanted() -> None:  # while a worker's chunk is awaited: Cancel is seen at once
        report_progress(progress, done, total)

    judging = _in_processes if in_processes else _here
    with judging(sessions, today, still_wanted) as (chunks, judged):
        total = chunks + 1  # and the end
        with sessions() as session:  # while the workers work
            clients = session.connection().execute(
                select(Client.id, Client.name).order_by(Client.sort_name)
            )
            names = {client_id: name for client_id, name in clients}
        suggested: Counter[str] = Counter()
        flagged: list[tuple[int, tuple[Reason, ...]]] = []
        book_cents = 0
        for counts, chunk_flagged, revenue_cents in judged:
            still_wanted()
            suggested.update(counts)
            flagged.extend(chunk_flagged)
            book_cents += revenue_cents
            done += 1
    report_progress(progress, done, total)
    # Checks the kept ranking against the ledger's revenue just summed: a ledger write that
    # bypassed services.ledger_change is set right here, for the next triage.
    rebuild_stale_ranking(sessions, today, book=from_cents(book_cents))
    order = {client_id: n for n, client_id in enumerate(names)}  # by name
    found = [FlaggedClient(c, names[c], flags) for c, flags in flagged if c in names]
    found.sort(key=lambda f: (-len(f.flags), order[f.client_id]))
    by_verdict = {v.value: suggested.get(v.value, 0) for v in Verdict}
    workers = WORKERS if in_processes else 0
    return TriageResult(tuple(found), by_verdict, sum(by_verdict.values()), workers)


# The number of chunks, and their judgements in order.
_Judging = Iterator[tuple[int, Iterator["_Judged"]]]


@contextlib.contextmanager
def _here(sessions: Sessions, today: date, _waiting: Callable[[], None]) -> _Judging:
    """The chunks judged in this process, each as its result is read (so nothing is ever
    waited for: progress is reported between chunks)."""
    verdict_for = _ledger_verdicts(sessions)
    chunks = book_chunks(sessions)
    rebuild_stale_ranking(sessions, today)
    with sessions() as session:
        ranking = book_ranking(session)
    yield len(chunks), (_judge(sessions, verdict_for, lambda: ranking, (today, c)) for c in chunks)


@contextlib.contextmanager
def _in_processes(sessions: Sessions, today: date, waiting: Callable[[], None]) -> _Judging:
    """The chunks judged by worker processes, started before anything else: each takes about
    a second to start (importing the services), time this process uses to prepare."""
    location = location_of(sessions.kw["bind"])
    ready = worker_event()
    try:
        scratch = tempfile.TemporaryDirectory(
            prefix="clientela-triage-", ignore_cleanup_errors=True
        )
    except OSError as exc:  # no temporary folder to be had
        raise WorkersUnavailable(str(exc)) from exc
    with (
        scratch as folder,
        WorkerPool(_judge_in_worker, _start_worker, (location, ready, folder)) as workers,
    ):
        chunks = book_chunks(sessions)
        # The workers start on their chunks' figures at once; meanwhile the ranking is made
        # ready and read here, once, and left in a file for when they rank their clients.
        judged = workers.map([(today, chunk) for chunk in chunks], waiting=waiting)
        try:
            rebuild_stale_ranking(sessions, today)
            with sessions() as session:
                _leave_ranking(folder, book_ranking(session))
        except OSError as exc:  # the scratch folder: full or gone
            raise WorkersUnavailable(str(exc)) from exc
        finally:
            ready.set()  # even after an error: the workers then find no ranking, and say so
        yield len(chunks), judged


def _leave_ranking(folder: str, ranking: BookRanking) -> None:
    path = Path(folder) / RANKING_FILE
    partial = path.with_suffix(".partial")
    partial.write_bytes(pickle.dumps(ranking, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)  # whole or absent: a worker never reads half of it


def _ledger_verdicts(sessions: Sessions) -> LedgerVerdicts:
    catalogue = load_catalogue()
    criteria = {stage.value: catalogue.for_stage(stage.value) for stage in Stage}
    return LedgerVerdicts(criteria, get_profile(sessions))


# -- one chunk of the book, here or in a worker process ---------------------------------------

_STAGES = {stage.value: stage for stage in Stage}  # an unknown one stays text, as when read
_Task = tuple[date, Sequence[int]]  # a chunk of book_chunks
# The chunk's suggested verdicts, its clients with red flags, its revenue in cents.
_Judged = tuple[Counter[str], list[tuple[int, tuple[Reason, ...]]], int]


def _judge(
    sessions: Sessions,
    verdict_for: LedgerVerdicts,
    ranking: Callable[[], BookRanking],
    task: _Task,
) -> _Judged:
    today, chunk = task
    metrics = chunk_facts(sessions, today, chunk, ranking)
    with sessions() as session:
        rows = session.connection().execute(
            # The stage as its text, made a Stage below: the column type's Stage(value) per
            # row was a thirtieth of a triage's time.
            select(Client.id, type_coerce(Client.stage, String), Client.strategic).where(
                Client.id.between(chunk[0], chunk[-1])
            )
        )
        clients = rows.all()
    suggested: Counter[str] = Counter()
    flagged = []
    for client_id, stage, strategic in clients:
        if client_id not in metrics:
            continue  # added since the chunks were listed: the next triage sees it
        verdict, flags = verdict_for(_STAGES.get(stage, stage), strategic, metrics[client_id])
        suggested[verdict.value] += 1
        ledger_flags = tuple(f for f in flags if f.code != "flag_owner_no")
        if ledger_flags:
            flagged.append((client_id, ledger_flags))
    revenue_cents = sum(to_cents(m.revenue_12m) for m in metrics.values())
    return suggested, flagged, revenue_cents


@dataclass
class _Worker:
    """What a worker process keeps between its chunks (the pool lives for one triage)."""

    sessions: Sessions
    verdict_for: LedgerVerdicts
    ranking_ready: Event
    folder: str  # where the parent leaves the ranking
    ranking: BookRanking | None = None

    def read_ranking(self) -> BookRanking:
        if self.ranking is None:
            path = Path(self.folder) / RANKING_FILE
            if not self.ranking_ready.wait(RANKING_WAIT_SECONDS) or not path.exists():
                raise RuntimeError("the triage stopped before the revenue ranking was ready")
            self.ranking = pickle.loads(path.read_bytes())
        return self.ranking


_worker: _Worker | None = None  # in a worker process: its own


def _start_worker(location: str, ranking_ready: Event, folder: str) -> None:
    global _worker
    # A worker lives for one triage and makes next to no reference cycles; the collector
    # only walked its growing heap again and again (a twentieth of a chunk's time).
    gc.disable()
    sessions = sessionmaker(connect(location))
    _worker = _Worker(sessions, _ledger_verdicts(sessions), ranking_ready, folder)


def _judge_in_worker(task: _Task) -> _Judged:
    worker = _worker
    assert worker is not None, "started by _start_worker"
    return _judge(worker.sessions, worker.verdict_for, worker.read_ranking, task)
