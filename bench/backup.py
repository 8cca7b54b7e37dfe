"""Benchmark: backing up, checking and restoring the book of bench.metrics.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.backup [--clients N] [--db FILE]

Builds the database of ``bench.metrics`` (100,000 clients, about 1,000,000 ledger rows, about
130 MB) unless ``--db`` names one already built, then times (median of 3 runs):

- a backup as Back up now, ``backup`` and the exit backup make it: copy and quick check of
  the copy (target: under 2 s);
- the copy alone, as the daily backup makes it right after the start-up check;
- the start-up quick check of the database (runs in the background, not before the window);
- the full integrity check a backup gets before it is restored, and a whole restore.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.metrics import build_database
from services.backups import check_backup, make_backup, restore_backup
from services.integrity import quick_check

RUNS = 3


def timed(work: Callable[[], object]) -> float:
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def measure(path: Path) -> None:
    size_mb = path.stat().st_size / 1e6
    folder = path.parent / "bench-backups"
    # Also warms the page cache, as a running app has it; a folder of its own escapes rotation.
    backup = make_backup(path, folder=path.parent / "kept")
    print(f"database: {size_mb:.0f} MB")
    full = timed(lambda: make_backup(path, folder=folder, keep=2))
    print(f"backup (copy + quick check of the copy): {full:.2f} s (target < 2 s)")
    copy = timed(lambda: make_backup(path, folder=folder, keep=2, verify=False))
    print(f"backup, copy only (the daily one, after the start-up check): {copy:.2f} s")
    check = timed(lambda: quick_check(path))
    print(f"start-up quick check (background): {check:.2f} s")
    integrity = timed(lambda: check_backup(backup.path))
    print(f"integrity check of a backup before restoring it: {integrity:.2f} s")
    target = path.parent / "restored.sqlite3"
    shutil.copyfile(path, target)
    started = time.perf_counter()
    restore_backup(target, backup.path, keep=2)
    print(f"restore (check, keep the current file, replace): {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing database to measure instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        if args.db:
            shutil.copyfile(args.db, path)
        else:
            started = time.perf_counter()
            rows = build_database(path, args.clients)
            print(
                f"built {args.clients:,} clients, {rows:,} ledger rows in "
                f"{time.perf_counter() - started:.1f} s"
            )
        measure(path)


if __name__ == "__main__":
    main()
