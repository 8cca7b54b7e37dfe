"""Benchmark: the portfolio dashboard's figures and the printable report on a big book.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.portfolio [--clients N] [--postgresql]

Builds the synthetic book of bench.metrics (100,000 clients, about 1,000,000 ledger rows),
gives a third of the clients an evaluation (verdict, score, review date, as an evaluation
keeps them) and a few hundred letters, then prints:

- the dashboard's refresh (services.portfolio, what its worker thread runs), warm: the
  kept revenue ranking and receivables are current (median of 5); right after an import
  left them stale: the background upkeep brings them up to date (ui/ranking_upkeep.py),
  which the dashboard waits for before it reads; and a read that does not wait (the same
  figures summed from the ledger);
- the report's rendering to PDF (services.portfolio_report), figures included (median of 3);
- a drill-down: the ids of the largest age band (median of 5).

Each line also shows the process's own processor time: on a shared machine the wall clock
counts the time other programs held the processor. With ``--postgresql`` the book is on a
throwaway local server (bench.engines), and the processor time is the benchmark's plus the
server's (its processes' user and system time, from /proc).

Targets: refresh under 1 s, report under 3 s.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, insert, text, update

from bench.engines import new_server_book, throwaway_server
from bench.metrics import TODAY, build_database
from models import Client, Evaluation, Letter, Verdict
from services.database import Database, open_database
from services.portfolio import portfolio
from services.portfolio_selection import Selection, selection_ids
from services.revenue_ranking import mark_ledger_changed, rebuild_stale_ranking

EVALUATED_EVERY = 3  # one client in three has been evaluated
CHUNK = 20_000


def evaluate_some(db: Database, clients: int) -> int:
    """Verdicts, scores and review dates on a third of the clients, with their evaluations."""
    verdicts = list(Verdict)
    rows = []
    for client_id in range(1, clients + 1, EVALUATED_EVERY):
        verdict = verdicts[client_id % len(verdicts)].value
        evaluated = TODAY - timedelta(days=client_id % 400)
        rows.append(
            {
                "client_id": client_id,
                "evaluated_at": datetime(
                    evaluated.year, evaluated.month, evaluated.day, tzinfo=UTC
                ),
                "stage": "active",
                "score": client_id % 101,
                "recommended_verdict": verdict,
                "chosen_verdict": verdict,
                "next_review_on": evaluated + timedelta(days=180),
            }
        )
    with db.sessions.begin() as session:
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(Evaluation), rows[start : start + CHUNK])
        for row in rows[::50]:  # a campaign's worth of letters
            session.add(
                Letter(
                    client_id=row["client_id"],
                    kind="loyalty",
                    language="es",
                    created_at=row["evaluated_at"],
                )
            )
        session.connection().execute(
            update(Client).where(Client.id == bindparam("cid")),
            [
                {
                    "cid": row["client_id"],
                    "latest_verdict": row["chosen_verdict"],
                    "latest_score": row["score"],
                    "next_review_on": row["next_review_on"],
                }
                for row in rows
            ],
        )
    return len(rows)


def _server_cpu() -> float:
    """The processor time of the PostgreSQL server's processes so far (0 on SQLite)."""
    if SERVER_PID is None:
        return 0.0
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if stat.parent.name == str(SERVER_PID):
            # utime, stime, and those of its children that have ended (parallel workers)
            ticks += sum(int(field) for field in fields[11:15])
        elif int(fields[1]) == SERVER_PID:
            ticks += int(fields[11]) + int(fields[12])  # a running child: utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _cpu_now() -> float:
    return time.process_time() + _server_cpu()


def _median(call: Callable[[], object], runs: int) -> tuple[float, float]:
    """The median and worst wall-clock time; the median processor time goes to CPU_TIMES."""
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), _cpu_now()
        call()
        times.append(time.perf_counter() - started)
        cpu.append(_cpu_now() - cpu_started)
    CPU_TIMES.append(statistics.median(cpu))
    return statistics.median(times), max(times)


CPU_TIMES: list[float] = []
SERVER_PID: int | None = None  # the PostgreSQL server's main process, with --postgresql


def _cpu() -> str:
    return f"cpu {CPU_TIMES[-1] * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--postgresql", action="store_true", help="on a throwaway server")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        if args.postgresql:
            base = stack.enter_context(throwaway_server())
            location: str | Path = new_server_book(base, "portfolio")
        else:
            location = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        rows = build_database(location, args.clients)
        db = open_database(location)

        def refresh() -> None:
            """What the dashboard's worker does: it only reads."""
            portfolio(db.sessions, TODAY)

        try:
            if args.postgresql:
                _find_server(db)
            evaluated = evaluate_some(db, args.clients)
            print(
                f"built {args.clients:,} clients ({evaluated:,} evaluated), {rows:,} ledger rows "
                f"in {time.perf_counter() - started:.1f} s"
            )
            rebuild_stale_ranking(db.sessions, TODAY)  # builds the kept ranking and receivables
            refresh()  # warms the page cache
            warm, worst = _median(refresh, 5)
            print(
                f"dashboard refresh, warm: {warm * 1000:.0f} ms "
                f"(median of 5, worst {worst * 1000:.0f} ms, {_cpu()}; target < 1000 ms)"
            )

            def import_done() -> None:
                with db.sessions.begin() as session:
                    mark_ledger_changed(session)  # what a broad import does: all goes stale

            def after_import() -> None:
                import_done()
                refresh()

            def waited() -> None:
                import_done()
                rebuild_stale_ranking(db.sessions, TODAY)  # the upkeep, in the background
                refresh()  # the dashboard's read once it ended

            took, _worst = _median(waited, 3)
            print(
                f"dashboard refresh after an import (upkeep, then read): "
                f"{took * 1000:.0f} ms ({_cpu()})"
            )

            def upkeep() -> None:
                import_done()
                rebuild_stale_ranking(db.sessions, TODAY)

            rebuilt, _worst = _median(upkeep, 3)
            print(
                f"  the background upkeep alone (ranking and receivables rebuilt): "
                f"{rebuilt * 1000:.0f} ms ({_cpu()})"
            )

            stale, _worst = _median(after_import, 3)
            print(
                f"  a read that does not wait (kept data stale, summed from the ledger): "
                f"{stale * 1000:.0f} ms ({_cpu()})"
            )
            rebuild_stale_ranking(db.sessions, TODAY)  # current again for what follows
            band = Selection("band", "not_due")
            drill, _worst = _median(lambda: selection_ids(db.sessions, TODAY, band), 5)
            count = len(selection_ids(db.sessions, TODAY, band))
            print(
                f"drill-down to an age band ({count:,} clients): {drill * 1000:.0f} ms ({_cpu()})"
            )
            _report(db, Path(folder))
        finally:
            db.close()
    return 0


def _find_server(db: Database) -> None:
    """Note the server's main process: the parent of the process serving this connection."""
    global SERVER_PID
    with db.sessions() as session:
        backend = session.scalar(text("SELECT pg_backend_pid()"))
    stat = Path(f"/proc/{backend}/stat").read_text()
    SERVER_PID = int(stat.rsplit(")", 1)[1].split()[1])


def _report(db: Database, folder: Path) -> None:
    from services.portfolio_report import write_report

    out = folder / "report.pdf"
    took, worst = _median(lambda: write_report(db.sessions, TODAY, out), 3)
    print(
        f"report PDF ({out.stat().st_size // 1024} KB): {took * 1000:.0f} ms "
        f"(median of 3, worst {worst * 1000:.0f} ms, {_cpu()}; target < 3000 ms)"
    )


if __name__ == "__main__":
    sys.exit(main())
