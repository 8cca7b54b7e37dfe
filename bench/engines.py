"""Benchmark: team mode beside one computer, in one run. The client list's search keystroke,
the triage of the whole book and the import of 100,000 clients, on SQLite and on PostgreSQL.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.engines [--clients N] [--only search]

The PostgreSQL side runs on a throwaway cluster of this machine (tools/test-server: loopback,
a socket in a temporary folder, durability off like the test server), so it measures
Clientela's SQL and the driver, not a network. Each benchmark's server book is dropped before
the next begins, so none measures the server cleaning up after another. Targets on PostgreSQL
(2 cores): search keystroke median under 50 ms, triage under 10 s, import under 10 s.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
SERVER_TOOL = ROOT / "tools" / "test-server"


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """A PostgreSQL cluster for the length of the benchmark; yields its base URL."""
    folder = tempfile.mkdtemp(prefix="clientela-bench-pg-")
    started = subprocess.run(
        [str(SERVER_TOOL), "start", folder], capture_output=True, text=True, check=False
    )
    if started.returncode != 0:
        raise SystemExit(f"no PostgreSQL server could be started: {started.stderr.strip()}")
    url = started.stdout.strip().replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield url
    finally:
        subprocess.run([str(SERVER_TOOL), "stop", folder], check=False)


def new_server_book(base: str, name: str) -> str:
    """An empty database called ``name`` on the server; returns its URL (open_database
    migrates it)."""
    admin = create_engine(make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_server_books(base: str, names: list[str]) -> None:
    """Drop the books of earlier benchmarks, and write their pages out: the autovacuum and the
    checkpoint that follow a large book's building would otherwise run beside the next
    benchmark, on the same two cores (an import measured 13.7 s beside them, 8.7 s alone)."""
    admin = create_engine(make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text("CHECKPOINT"))
    admin.dispose()


# The search's other figures, by engine, printed under its line.
_SEARCH_DETAILS: dict[str, dict[str, float]] = {}


def _search(engine: str, location: str, clients: int) -> float:
    from bench import client_list

    client_list.build_database(location, clients)
    result = client_list.measure(location)
    _SEARCH_DETAILS[engine] = result
    return result["median"]


def _triage(location: str, clients: int) -> float:
    from bench.metrics import TODAY, build_database
    from services.database import open_database
    from services.triage import triage

    build_database(location, clients)
    db = open_database(location)
    try:
        triage(db.sessions, TODAY)  # the first also builds the kept revenue ranking
        started = time.perf_counter()
        triage(db.sessions, TODAY)
        return time.perf_counter() - started
    finally:
        db.close()


def _import(location: str, clients: int, folder: Path) -> float:
    from bench import importing
    from services.database import open_database

    source = folder / "clientes.csv"
    if not source.exists():
        importing.write_clients(source, clients)
    open_database(location).close()
    return importing.measure("clients", source, location)["seconds"]


def _print_search_details() -> None:
    for engine, result in _SEARCH_DETAILS.items():
        print(
            f"  {engine:<11} keystroke worst {result['worst'] * 1000:6.1f} ms, this process's "
            f"CPU {result['cpu'] * 1000:5.1f} ms median; count of matches after the rows "
            f"{result['count'] * 1000:5.1f} ms median, {result['count_worst'] * 1000:.1f} ms "
            f"worst; server CPU {result['server_cpu'] * 1000:.1f} ms a keystroke, count "
            f"included (load average {os.getloadavg()[0]:.2f})",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument(
        "--only", choices=("search", "triage", "import"), help="run this benchmark alone"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="clientela-bench-") as folder,
        throwaway_server() as base,
    ):
        root = Path(folder)
        books = {
            "SQLite": lambda name: str(root / f"{name}.sqlite3"),
            "PostgreSQL": lambda name: new_server_book(base, name),
        }
        for name, label, unit, target, measure in (
            (
                "search",
                "search keystroke (median)",
                "ms",
                50,
                lambda engine: _search(engine, books[engine]("search"), args.clients) * 1000,
            ),
            (
                "triage",
                "triage of the whole book",
                "s",
                10,
                lambda engine: _triage(books[engine]("triage"), args.clients),
            ),
            (
                "import",
                f"import of {args.clients:,} clients",
                "s",
                10,
                lambda engine: _import(books[engine]("import"), args.clients, root),
            ),
        ):
            if args.only and name != args.only:
                continue
            figures = {engine: measure(engine) for engine in books}
            drop_server_books(base, [name])
            rows.append((label, unit, target, figures))
            print(
                f"{label:<32} SQLite {figures['SQLite']:8.1f} {unit}   PostgreSQL "
                f"{figures['PostgreSQL']:8.1f} {unit}   (target on PostgreSQL < {target} {unit})",
                flush=True,
            )
            if name == "search":
                _print_search_details()
    return 0 if all(f["PostgreSQL"] < target for _l, _u, target, f in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
