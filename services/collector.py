"""One process-wide pause of Python's cyclic garbage collector, counted across threads.

The collector is paused for two reasons:

- Speed: the triage and the import make millions of small objects that live a while and
  next to no reference cycles; the collector walked them again and again (0.7 s of the
  triage's 1.7 s at 100,000 clients, a fifth of a million-row import).
- Safety: a collection runs on whichever thread happens to allocate. One run from a worker
  thread frees the UI thread's garbage there, and a Qt object destroyed off its thread
  crashes the process (seen as a segfault in CI).

Pauses overlap (a triage inside a worker, two workers at once), so they are counted: the
collector comes back on when the last one ends, if it was on when the first began. Two
uncounted pauses interleaved across threads could leave it off for good.

The window's process goes further (ui/garbage_collection.py): the automatic collector is off
for good there, and the UI thread collects, except while a pause lasts (``is_paused``).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def is_paused() -> bool:
    return _pauses > 0
