"""Benchmark: triage of the whole book and opening the evaluation wizard.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.evaluation [--clients N]

Builds the same synthetic book as bench.metrics (100,000 clients, about 1,000,000 ledger
rows), then prints the time of three triages (metrics, suggestions and verdict rules for
every client, in worker processes: two on 2 cores) and of opening the wizard on one client
(median of 10). Targets: the whole book under 10 s; the wizard open in under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.metrics import TODAY, build_database
from services.database import open_database
from services.triage import triage

RUNS = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.evaluation_wizard import EvaluationWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        rows = build_database(path, args.clients)
        print(
            f"built {args.clients:,} clients, {rows:,} ledger rows in "
            f"{time.perf_counter() - started:.1f} s"
        )
        db = open_database(path)
        try:
            # The first triage after building also builds the kept revenue ranking.
            for run in ("first", "second", "third"):
                started = time.perf_counter()
                result = triage(db.sessions, TODAY)
                print(
                    f"triage ({run} run), {result.clients:,} clients: "
                    f"{time.perf_counter() - started:.2f} s, "
                    f"{len(result.flagged):,} flagged (target < 10 s)"
                )
            client_id = args.clients // 2 + 1
            runs = []
            for _ in range(RUNS):
                started = time.perf_counter()
                wizard = EvaluationWizard(db.sessions, client_id, today=TODAY)
                wizard.show()
                app.processEvents()
                runs.append(time.perf_counter() - started)
                wizard.close()
                wizard.deleteLater()
            print(
                f"wizard open: {statistics.median(runs) * 1000:.0f} ms "
                f"(median of {RUNS}; target < 300 ms)"
            )
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
