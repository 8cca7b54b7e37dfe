"""The cyclic garbage collector runs on the UI thread only: never automatically (a worker
would run it on its own thread), always from the event loop, and not during a pause."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from typing import ClassVar

from services.collector import collector_paused
from ui.garbage_collection import INTERVAL_MS


class _Cycle:
    """Garbage only the cyclic collector frees; it notes the thread that freed it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _garbage() -> weakref.ref:
    cycle = _Cycle()
    ref = weakref.ref(cycle)
    del cycle
    return ref


def _collected(ref: weakref.ref, allocated: list) -> Callable[[], bool]:
    """Whether the cycle is gone, allocating between two looks as a working app does: enough
    new live objects to pass the youngest generation's threshold (Python counts objects
    allocated and not yet freed, and the test's own frees could bring the count back down)."""

    def collected() -> bool:
        allocated.extend([] for _ in range(gc.get_threshold()[0] + 10))
        return ref() is None

    return collected


def test_the_automatic_collector_is_off_and_the_ui_thread_collects(qtbot) -> None:
    assert not gc.isenabled()
    _Cycle.freed_on.clear()
    ref = _garbage()
    assert ref() is not None  # nothing collected it on the spot
    qtbot.waitUntil(_collected(ref, []), timeout=5_000)
    assert _Cycle.freed_on == [threading.main_thread().name]


def test_nothing_is_collected_while_the_collector_is_paused(qtbot) -> None:
    allocated: list = []
    with collector_paused():
        ref = _garbage()
        collected = _collected(ref, allocated)
        for _ in range(3):  # three ticks of the UI thread's collector, allocating meanwhile
            qtbot.wait(INTERVAL_MS)
            assert not collected()
    qtbot.waitUntil(collected, timeout=5_000)
