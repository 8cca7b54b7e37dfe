"""The cyclic garbage collector runs on the UI thread only: never automatically (a worker
would run it on its own thread), always from the event loop, and not during a pause."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import ClassVar

from services.collector import collector_paused


class _Cycle:
    """Garbage only the cyclic collector frees; it notes the thread that freed it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _garbage() -> tuple[weakref.ref, list]:
    """The cycle, and enough live allocations to pass the youngest generation's threshold
    (the count is of objects allocated and not yet freed, as for Python's own collector)."""
    cycle = _Cycle()
    ref = weakref.ref(cycle)
    del cycle
    return ref, [[] for _ in range(gc.get_threshold()[0] + 10)]


def test_the_automatic_collector_is_off_and_the_ui_thread_collects(qtbot) -> None:
    assert not gc.isenabled()
    _Cycle.freed_on.clear()
    ref, _allocated = _garbage()
    assert ref() is not None  # nothing collected it on the spot
    qtbot.waitUntil(lambda: ref() is None, timeout=5_000)
    assert _Cycle.freed_on == [threading.main_thread().name]


def test_nothing_is_collected_while_the_collector_is_paused(qtbot) -> None:
    with collector_paused():
        ref, _allocated = _garbage()
        qtbot.wait(600)  # two ticks of the UI thread's collector
        assert ref() is not None
    qtbot.waitUntil(lambda: ref() is None, timeout=5_000)
