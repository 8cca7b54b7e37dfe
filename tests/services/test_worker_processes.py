"""The worker pool runs tasks in other processes and gives back results and errors in order."""

from __future__ import annotations

import os

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
