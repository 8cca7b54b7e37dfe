"""Benchmark: the packaged app's budgets.

    make package && .venv/bin/python -m bench.bundle

(The bundle must be built from the current source: the benchmark makes its demo book with it.)

Prints the one-folder bundle's size, the .deb's size, the frozen app's time from start to its
first window (offscreen, on a small demo book; the first start, then the median of the
others) and the time of the frozen self-test. Targets on the reference machine (2 cores):
bundle under 150 MB, .deb under 60 MB, first window under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from services.about import APP_ID
from services.business_profile import ProfileData, save_profile
from services.database import open_database
from services.demo_data import load_demo_data
from ui.start_probe import ENV_VAR, MARKER

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
BUNDLE_TARGET_MB = 150
DEB_TARGET_MB = 60
FIRST_WINDOW_TARGET_S = 1.0
START_TIMEOUT_S = 30


def folder_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*"))


def verdict(value: float, target: float) -> str:
    return "ok" if value < target else "OVER TARGET"


def prepare_book(folder: Path) -> Path:
    """A configured database (so no welcome dialog) holding the demo clients."""
    path = folder / "bench.sqlite3"
    db = open_database(path)
    try:
        save_profile(db.sessions, ProfileData(name="Bench S.L."))
        load_demo_data(db.sessions, date.today())
    finally:
        db.close()
    return path


def isolated_env(folder: Path) -> dict[str, str]:
    # HOME too: Qt's settings file and the day's backup stay in the scratch folder.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(folder))
    env["CLIENTELA_DATA_DIR"] = str(folder / "data")
    return env


def time_to_first_window(executable: Path, book: Path, env: dict[str, str]) -> float:
    started = time.time()
    try:
        result = subprocess.run(
            [str(executable), "--db", str(book), "--lang", "en"],
            env={**env, ENV_VAR: "1"},
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        # Offscreen, a message box waits unseen: typically a bundle older than the source
        # that made the book (a newer schema). Rebuild it with `make bundle`.
        raise SystemExit(
            f"no window within {START_TIMEOUT_S} s: is the bundle built from this source?"
        ) from None
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARKER)]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"the app did not show its window:\n{result.stdout}{result.stderr}")
    return float(lines[0].removeprefix(MARKER)) - started


def time_self_test(executable: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), "self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    if result.returncode != 0:
        raise SystemExit(f"the self-test failed:\n{result.stdout}{result.stderr}")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_ID)
    parser.add_argument("--starts", type=int, default=6, help="how many starts to time")
    args = parser.parse_args(argv)
    executable = args.bundle / APP_ID
    if not executable.is_file():
        print(f"no bundle at {args.bundle}: run `make bundle` first", file=sys.stderr)
        return 1

    size = folder_bytes(args.bundle) / MB
    print(
        f"bundle {args.bundle}: {size:.1f} MB (target < {BUNDLE_TARGET_MB} MB) "
        f"{verdict(size, BUNDLE_TARGET_MB)}"
    )
    debs = sorted((ROOT / "dist").glob(f"{APP_ID}_*.deb"))
    if debs:
        deb = debs[-1].stat().st_size / MB
        print(
            f"package {debs[-1].name}: {deb:.1f} MB (target < {DEB_TARGET_MB} MB) "
            f"{verdict(deb, DEB_TARGET_MB)}"
        )
    else:
        print("package: no dist/clientela_*.deb (run `make package`)")

    with tempfile.TemporaryDirectory(prefix="clientela-bench-") as name:
        folder = Path(name)
        book = prepare_book(folder)
        env = isolated_env(folder)
        starts = [time_to_first_window(executable, book, env) for _ in range(args.starts)]
        later = statistics.median(starts[1:]) if len(starts) > 1 else starts[0]
        print(
            f"start to first window: first {starts[0]:.2f} s, then median {later:.2f} s "
            f"of {len(starts) - 1} (target < {FIRST_WINDOW_TARGET_S:.0f} s) "
            f"{verdict(later, FIRST_WINDOW_TARGET_S)}"
        )
        print(f"self-test: {time_self_test(executable, env):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
