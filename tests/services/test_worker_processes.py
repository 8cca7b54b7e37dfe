"""The worker pool runs tasks in other processes and gives back results and errors in order."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time

import pytest

from services.worker_processes import WorkerPool

_offset = 0  # set in each worker by _start


def _start(offset: int) -> None:
    global _offset
    _offset = offset


def _work(n: int) -> tuple[int, int]:
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n + _offset, os.getpid()


def test_results_come_back_in_the_order_of_the_tasks_from_other_processes():
    with WorkerPool(_work, _start, (100,)) as pool:
        results = list(pool.map(list(range(12))))
    assert [value for value, _ in results] == [100 + n for n in range(12)]
    assert os.getpid() not in {pid for _, pid in results}


def test_a_workers_exception_is_raised_when_its_result_is_reached():
    with WorkerPool(_work, _start, (0,)) as pool:
        results = pool.map([1, 2, -3, 4])
        assert next(results)[0] == 1
        assert next(results)[0] == 2
        with pytest.raises(ValueError, match="negative: -3"):
            next(results)


class _Stop(Exception):
    pass


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_leaving_early_ends_the_worker_processes_without_waiting_for_their_tasks():
    started = time.monotonic()
    with pytest.raises(_Stop), WorkerPool(_sleep, _start, (0,)) as pool:

        def stop() -> None:
            raise _Stop  # what a Cancel does from ``waiting``

        results = pool.map([60.0, 60.0], waiting=stop)
        next(results)
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []
    assert time.monotonic() - started < 30  # nowhere near the tasks' 60 s


ORPHANED = """
import multiprocessing, os, signal, sys
sys.path[:0] = {path!r}
from services.worker_processes import WorkerPool
from test_worker_processes import _sleep, _start

if __name__ == "__main__":
    with WorkerPool(_sleep, _start, (0,)) as pool:
        results = pool.map([60.0, 60.0])
        while len(multiprocessing.active_children()) < 2:
            pass
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # a crash: no clean-up of any kind
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:  # a zombie has exited, only not been reaped
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to see the workers")
def test_workers_of_a_killed_parent_end_instead_of_waiting_forever(tmp_path):
    script = tmp_path / "orphan.py"
    here = os.path.dirname(__file__)
    script.write_text(ORPHANED.format(path=[here, os.getcwd()]), encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    pids = [int(pid) for pid in run.stdout.split()]
    assert len(pids) == 2, run.stderr
    deadline = time.monotonic() + 15
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, pids))
