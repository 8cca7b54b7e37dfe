"""Kill a process with SIGKILL at a chosen point of its work, then look at what it left.

For crash-safety tests (migrations, restores, imports, campaigns). The work is a Python script
that calls ``checkpoint("name")`` where a crash is worth testing; it runs in a separate
process, which prints the name and waits there. The test kills it at the point it asked for
with SIGKILL (nothing more runs: no finally, no atexit, no flush, as in a power cut) and lets
it go on at every other point. A point can sit inside library code: the script wraps that
function before starting the work (see tests/services/test_crash_safety.py).

    run = run_killed_at(SCRIPT, "half-imported", args=[str(db_path)])
    assert run.killed
    assert integrity_problems(db_path) is None

A fresh interpreter loading SQLAlchemy and Alembic takes over a second, so the work processes
are forked from one process that loaded them once (POSIX only): a run costs milliseconds. A
script sees ``sys.argv[1:]`` = ``args``, and ``__main__.checkpoint`` for code it loads (a
synthetic migration, say).
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRELOAD = ("sqlalchemy", "alembic.command", "services.database", "services.backups")
_EXIT = "__exit__ "

# The forking process. It reads one JSON request per line: the script, its arguments and two
# FIFOs; forks; answers the child's pid. The child talks to the test through the FIFOs.
_SERVER = r"""
import json, os, signal, sys, traceback
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
for name in sys.argv[1:]:
    __import__(name)

def checkpoint(name):
    print(name, flush=True)
    if sys.stdin.readline().strip() != "go":
        os._exit(3)

for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid:
        print(pid, flush=True)
        continue
    out = os.open(request["stdout"], os.O_WRONLY)
    inp = os.open(request["stdin"], os.O_RDONLY)
    err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    for fd, target in ((inp, 0), (out, 1), (err, 2)):
        os.dup2(fd, target)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    sys.argv = ["crash-work", *request["args"]]
    code = 0
    try:
        exec(compile(request["script"], "<crash work>", "exec"), {"__name__": "__work__",
             "checkpoint": checkpoint})
    except BaseException:
        traceback.print_exc()
        code = 1
    print("__exit__ %d" % code, flush=True)
    sys.stderr.flush()
    os._exit(code)
"""


@dataclass(frozen=True)
class Run:
    killed: bool  # killed at the point asked for
    returncode: int | None  # how the script ended when not killed (1: it raised)
    points: list[str]  # the checkpoints reached, in order
    stderr: str


class _Forker:
    def __init__(self, preload: tuple[str, ...]) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, *preload],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        atexit.register(self.close)

    def fork(self, request: dict) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


_forker: _Forker | None = None


def _get_forker() -> _Forker:
    global _forker
    if _forker is None or _forker.proc.poll() is not None:
        _forker = _Forker(PRELOAD)
    return _forker


def run_killed_at(
    script: str, point: str | None, *, args: list[str] | None = None, timeout: float = 60
) -> Run:
    """Run ``script``; SIGKILL it when it reaches ``point`` (None: let it finish)."""
    with tempfile.TemporaryDirectory(prefix="crash-") as folder:
        to_child, from_child, errors = (Path(folder) / n for n in ("in", "out", "err"))
        os.mkfifo(to_child)
        os.mkfifo(from_child)
        pid = _get_forker().fork(
            {
                "script": script,
                "args": args or [],
                "stdin": str(to_child),
                "stdout": str(from_child),
                "stderr": str(errors),
            }
        )
        deadline = time.monotonic() + timeout
        points: list[str] = []
        killed = False
        returncode = None
        # Same order as the child (its stdout, then its stdin): neither open blocks forever.
        with (
            open(from_child, encoding="utf-8") as reading,
            open(to_child, "w", encoding="utf-8") as writing,
        ):
            for line in reading:
                name = line.rstrip("\n")
                if name.startswith(_EXIT):
                    returncode = int(name.removeprefix(_EXIT))
                    break
                points.append(name)
                if name == point or time.monotonic() > deadline:
                    os.kill(pid, signal.SIGKILL)
                    killed = name == point
                    break
                writing.write("go\n")
                writing.flush()
        _wait_gone(pid, deadline)
        stderr = errors.read_text(encoding="utf-8") if errors.exists() else ""
    return Run(killed, returncode, points, stderr)


def _wait_gone(pid: int, deadline: float) -> None:
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.002)


def integrity_problems(path: Path) -> str | None:
    """None when SQLite's full integrity check passes on the file as a new process sees it.

    Opened read-write, as the app would open it: a WAL left by the killed process is recovered.
    """
    conn = sqlite3.connect(path)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:5])
