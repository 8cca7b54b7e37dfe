"""Worker processes for work over the whole book, so that it uses every processor core.

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
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.synchronize import Event
from types import TracebackType
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")

# One per processor core, at least two (the target machine has two) and at most four: each
# worker holds its own copy of the services, about 100 MB.
WORKERS = max(2, min(4, os.cpu_count() or 2))
POLL_SECONDS = 0.1  # how soon a Cancel is seen while a task runs
STOP_SECONDS = 2  # how long a stopped worker is given to be gone
_SPAWN = multiprocessing.get_context("spawn")


class WorkersUnavailable(Exception):
    """The worker processes could not be started, or one of them died: the caller may do
    the work in its own process instead."""


def worker_event() -> Event:
    """A flag the workers can wait on; give it to them in ``initargs``."""
    try:
        return _SPAWN.Event()
    except (OSError, NotImplementedError) as exc:  # no semaphores here (some sandboxes)
        raise WorkersUnavailable(str(exc)) from exc


def _ready() -> None:
    """Nothing: submitted once per worker so that each starts now, not at the first task."""


def _start_worker(initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    # A worker whose parent is killed (a crash, a forced quit) would otherwise wait for
    # tasks forever: it follows its parent out instead.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_after, args=(parent,), daemon=True).start()
    initializer(*initargs)


def _exit_after(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(1)


class WorkerPool(Generic[Task, Result]):
    """``with WorkerPool(work, initializer, initargs) as pool: for r in pool.map(tasks): ...``

    ``work``, ``initializer`` and every task and result must be picklable (module-level
    functions, plain data). Leaving the ``with`` early (Cancel, an error) starts no more
    tasks and ends the worker processes at once, without waiting for the running ones.
    Raises WorkersUnavailable when the processes cannot start or one dies.
    """

    def __init__(
        self,
        work: Callable[[Task], Result],
        initializer: Callable[..., None],
        initargs: tuple[Any, ...] = (),
        workers: int = WORKERS,
    ) -> None:
        self._work = work
        try:
            self._executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=_SPAWN,
                initializer=_start_worker,
                initargs=(initializer, initargs),
            )
        except (OSError, NotImplementedError) as exc:  # no semaphores or pipes to be had
            raise WorkersUnavailable(str(exc)) from exc
        try:
            # The executor spawns a process when a task finds no idle one: one task each.
            for _ in range(workers):
                self._executor.submit(_ready)
        except (OSError, BrokenProcessPool) as exc:
            self._stop()
            raise WorkersUnavailable(str(exc)) from exc

    def map(
        self, tasks: Sequence[Task], *, waiting: Callable[[], None] | None = None
    ) -> Iterator[Result]:
        """Start every task now; the iterator gives the results in the order of ``tasks``,
        raising a worker's exception when its turn comes.

        ``waiting`` is called every POLL_SECONDS while a result is awaited: it may raise to
        stop (a Cancel), which it then does at once rather than when the task ends.
        """
        try:
            pending = [self._executor.submit(self._work, t) for t in tasks]
        except BrokenProcessPool as exc:
            raise WorkersUnavailable(str(exc)) from exc
        return (_result(future, waiting) for future in pending)

    def __enter__(self) -> WorkerPool[Task, Result]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self._executor.shutdown()
        else:  # Cancel or an error: the running tasks' results are not wanted
            self._stop()

    def _stop(self) -> None:
        """End the processes now rather than let them work on in the background."""
        terminate = getattr(self._executor, "terminate_workers", None)  # Python 3.14+
        if terminate is not None:
            terminate()
            return
        # Before 3.14 the processes are only reachable through this private dict, which
        # shutdown() empties: taken first.
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:  # gone before the caller removes files they may hold open
            process.join(timeout=STOP_SECONDS)


def _result(future: Future[Result], waiting: Callable[[], None] | None) -> Result:
    if waiting is not None:
        while not wait([future], timeout=POLL_SECONDS).done:
            waiting()
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise WorkersUnavailable(str(exc)) from exc
