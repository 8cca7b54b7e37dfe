"""The collector pause is counted: overlapping pauses on different threads, ended in any
order, leave the collector as the first one found it."""

import gc
import threading

import pytest

from services.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    before = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if before else gc.disable)()


def _pause_in_thread(begun: threading.Event, end: threading.Event) -> threading.Thread:
    def hold() -> None:
        with collector_paused():
            begun.set()
            end.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert begun.wait(10)
    return thread


def test_overlapping_pauses_ended_first_to_last_turn_the_collector_back_on() -> None:
    first_begun, first_end = threading.Event(), threading.Event()
    second_begun, second_end = threading.Event(), threading.Event()
    first = _pause_in_thread(first_begun, first_end)
    second = _pause_in_thread(second_begun, second_end)

    first_end.set()
    first.join()
    assert not gc.isenabled(), "the second pause still runs"

    second_end.set()
    second.join()
    assert gc.isenabled()


def test_a_pause_nested_in_another_keeps_it_off_until_the_outer_one_ends() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_ended_by_an_error_still_turns_the_collector_back_on() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the work failed")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
