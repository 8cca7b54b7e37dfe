"""Benchmark: letter campaigns and the letter preview.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.letters

Builds a book of 5,000 clients with addresses, then, each in a fresh process so its peak
memory is its own: a 1,000-letter campaign as one combined PDF and as one file per client,
and the combined campaign at 5,000 letters to show memory stays flat. Then the time from
opening Write letter to the preview shown (median of 10). Targets: at least 100 letters/s
combined, 50 letters/s as separate files, preview under 500 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from services.business_profile import ProfileData, save_profile
from services.campaigns import Segment, run_campaign, segment_ids
from services.clients import ClientInput, new_client
from services.database import open_database
from services.letters import LetterOptions

TODAY = date(2026, 11, 23)
BOOK = 5_000
RUNS = 10


def build_book(path: Path, clients: int) -> None:
    db = open_database(path)
    save_profile(
        db.sessions,
        ProfileData(
            name="Suministros Aranda S.L.",
            address="Calle del Coso, 42",
            city="Zaragoza",
            tax_id="B50123456",
            signer_name="María Aranda",
            signer_role="Gerente",
            loyalty_offer_es="un 5 % de descuento en sus pedidos del primer trimestre",
        ),
    )
    with db.sessions.begin() as session:
        session.add_all(
            new_client(
                ClientInput(
                    name=f"Cliente Ñandú {n:05d}",
                    contact_person=f"Begoña Núñez {n}",
                    address=f"Calle Feria, {n % 200 + 1}",
                    postal_code="41003",
                    city="Sevilla",
                    language="es" if n % 3 else "en",
                )
            )
            for n in range(clients)
        )
    db.close()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_one(path: Path, mode: str, letters: int, out: Path) -> None:
    """One campaign in this process; prints letters/s and this process's peak memory."""
    db = open_database(path)
    ids = segment_ids(db.sessions, Segment())[:letters]
    options = LetterOptions("loyalty", TODAY)
    started = time.perf_counter()
    if mode == "combined":
        result = run_campaign(db.sessions, ids, options, combined=out / "all.pdf")
    else:
        result = run_campaign(db.sessions, ids, options, folder=out / "each")
    elapsed = time.perf_counter() - started
    target = 100 if mode == "combined" else 50
    print(
        f"campaign {mode:>8}, {result.letters:,} letters, {result.pages:,} pages: "
        f"{elapsed:.2f} s = {result.letters / elapsed:.0f} letters/s (target >= {target}); "
        f"peak memory {_peak_mb():.0f} MB"
    )
    db.close()


def preview_time(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.letter_dialog import LetterDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(path)
    runs = []
    for n in range(RUNS):
        started = time.perf_counter()
        dialog = LetterDialog(db.sessions, n + 1, today=TODAY)
        dialog.show()
        app.processEvents()
        runs.append(time.perf_counter() - started)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    print(
        f"Write letter opened with its preview: median {statistics.median(runs) * 1000:.0f} ms, "
        f"worst {max(runs) * 1000:.0f} ms (target < 500 ms)"
    )
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", nargs=4, metavar=("DB", "MODE", "LETTERS", "OUT"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.one:
        db, mode, letters, out = args.one
        run_one(Path(db), mode, int(letters), Path(out))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        build_book(path, BOOK)
        for mode, letters in (("combined", 1_000), ("files", 1_000), ("combined", 5_000)):
            with tempfile.TemporaryDirectory() as out:
                command = [sys.executable, "-m", "bench.letters", "--one"]
                subprocess.run([*command, str(path), mode, str(letters), out], check=True)
        preview_time(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
