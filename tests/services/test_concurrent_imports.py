"""Two imports of the same file at once, in two real processes, leave one copy of each client.

On a server this is what team mode is for: the owner imports the shop's client list while an
assistant, not knowing, imports the same file from another computer.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Client
from services.database import location_of

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 3000

# Each process gets everything ready, waits for the starting signal (a file appearing), then
# imports: both look at the book at the same moment.
IMPORTER = """
import sys, time
from pathlib import Path
from services.database import open_database
from services.importing import Kind, inspect_table, run_import, suggest_mapping
from services.importing.run import ImportOptions

url, source, go = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
db = open_database(url, upgrade=False)
info = inspect_table(source)
options = ImportOptions(Kind.CLIENTS, suggest_mapping(info.headers, Kind.CLIENTS))
print("ready", flush=True)
while not go.exists():
    time.sleep(0.005)
result = run_import(db.sessions, info, options)
print(result.inserted, result.skipped, flush=True)
db.close()
"""


def test_two_imports_of_one_file_at_once_store_each_client_once(db, tmp_path, request):
    if request.config.getoption("engine") != "postgresql":
        pytest.skip(
            "a SQLite book has one writer: the instance lock keeps a second app or "
            "command-line import out (tests/ui/test_instance_lock.py)"
        )
    source = tmp_path / "clients.csv"
    with source.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Name", "Email", "City"])
        for n in range(CLIENTS):
            writer.writerow([f"Client {n}", f"client{n}@example.com", "Madrid"])
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, location_of(db.engine), str(source), str(go)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
    go.touch()
    outcomes = []
    deadline = time.monotonic() + 120
    for process in processes:
        out, err = process.communicate(timeout=max(1, deadline - time.monotonic()))
        assert process.returncode == 0, err
        outcomes.append(tuple(int(n) for n in out.split()))
    # One stored them all; the other found every one already there and skipped it.
    assert sorted(outcomes) == [(0, CLIENTS), (CLIENTS, 0)]
    with db.sessions() as session:
        assert session.scalar(select(func.count(Client.id))) == CLIENTS
        assert session.scalar(select(func.count(func.distinct(Client.email)))) == CLIENTS
