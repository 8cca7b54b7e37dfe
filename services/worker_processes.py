"""Worker processes for work over the whole book, so that it uses both processor cores.

Threads do not get there: only one thread runs Python at a time, and the database driver's
share of a triage is too small to keep the other core busy (measured on 2 cores: two threads
1.3-1.5x faster than one, two processes 1.8x). The processes are spawned, never forked, on
every platform: a fork of a process with running threads (Qt's, SQLAlchemy's pool) can
deadlock. The packaged app calls multiprocessing.freeze_support() first thing (main.py), so
that a spawned copy of it runs the worker instead of the GUI.

Starting the processes costs about a second (each imports the services), so callers use
them only for work large enough to win that back, and start them before their own
preparations so that both go on at once.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")

WORKERS = 2


def _ready() -> None:
    """Nothing: submitted once per worker so that each starts now, not at the first task."""


class WorkerPool(Generic[Task, Result]):
    """``with WorkerPool(work, initializer, initargs) as pool: for r in pool.map(tasks): ...``

    ``work``, ``initializer`` and every task and result must be picklable (module-level
    functions, plain data). Leaving the ``with`` early (Cancel, an error) starts no more
    tasks and does not wait for the running ones: their processes end when those finish.
    """

    def __init__(
        self,
        work: Callable[[Task], Result],
        initializer: Callable[..., None],
        initargs: tuple[Any, ...] = (),
        workers: int = WORKERS,
    ) -> None:
        self._work = work
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=initializer,
            initargs=initargs,
        )
        # The executor spawns a process when a task finds no idle one: one task each.
        for _ in range(workers):
            self._executor.submit(_ready)

    def map(self, tasks: Sequence[Task]) -> Iterator[Result]:
        """Start every task now; the iterator gives the results in the order of ``tasks``,
        raising a worker's exception when its turn comes."""
        pending: list[Future[Result]] = [self._executor.submit(self._work, t) for t in tasks]
        return (future.result() for future in pending)

    def __enter__(self) -> WorkerPool[Task, Result]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._executor.shutdown(wait=kind is None, cancel_futures=True)
