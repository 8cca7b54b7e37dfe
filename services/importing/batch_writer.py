"""An import's batches written to a server while the next batch is read.

On PostgreSQL the server does half of a client import's work (checking, storing, indexing
each row of the COPY) in a process of its own; done one after the other, the app waited for
the server's half of each batch, then the server for the app's reading of the next: a
100,000-client import took 11 to 12 s, 4.5 s of it this process's CPU. Here a batch is
written by one thread while the import's own thread reads the next, so each side works while
the other does. The connection is used by one thread at a time: ``write`` waits for the
batch before it, and so does leaving the block, even on an error or a cancel, before the
import's transaction goes on or rolls back.

Only for a server: on SQLite both halves run in this process, which only one thread runs
Python in at a time, and the batch is written in the calling thread as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any


class BatchWriter:
    def __init__(self, overlapped: bool) -> None:
        self._pool = (
            ThreadPoolExecutor(1, thread_name_prefix="clientela-import-writer")
            if overlapped
            else None
        )
        self._pending: Future[None] | None = None

    def write(self, write: Callable[..., None], *args: Any) -> None:
        """Run ``write(*args)`` once the batch before it is written; on a server, in the
        writer's thread, returning at once. Its error, if any, is raised by the next call
        (``write``, ``wait`` or leaving the block)."""
        self.wait()
        if self._pool is None:
            write(*args)
        else:
            self._pending = self._pool.submit(write, *args)

    def wait(self) -> None:
        """Return when every batch given is written; raise the error of one that failed."""
        pending = self._pending
        if pending is None:
            return
        try:
            pending.result()
        finally:
            if pending.done():  # not when interrupted (Ctrl+C): leaving the block waits again
                self._pending = None

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.wait()
            else:  # the import's own error (or cancel) is the one to report
                with contextlib.suppress(Exception):
                    self.wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown()
