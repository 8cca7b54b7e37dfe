"""The writer of an import's batches: on a server a batch is written in a thread of its own
while the next is read, one batch at a time, and nothing is left running when the import
ends, fails or is cancelled (services/importing/batch_writer.py)."""

from __future__ import annotations

import threading
import time

import pytest

from services.importing.batch_writer import BatchWriter

WAIT = 10  # seconds: far more than any step below needs, so a failure is not a hang


class Boom(Exception):
    pass


def test_on_a_server_the_batch_is_written_while_the_caller_goes_on():
    written, next_read = [], threading.Event()

    def write(batch):
        # Finishes only once the caller, not waiting for it, has read the next batch.
        written.append((batch, next_read.wait(WAIT), threading.current_thread()))

    with BatchWriter(overlapped=True) as writer:
        writer.write(write, "batch 1")
        next_read.set()
    [(batch, overlapped, thread)] = written
    assert batch == "batch 1"
    assert overlapped
    assert thread is not threading.current_thread()


def test_batches_are_written_one_at_a_time_and_in_order():
    written, running = [], threading.Lock()

    def write(batch):
        assert running.acquire(blocking=False), "two batches written at once"
        try:
            time.sleep(0.002)  # long enough for another writer, were there one, to come in
            written.append(batch)
        finally:
            running.release()

    with BatchWriter(overlapped=True) as writer:
        for batch in range(50):
            writer.write(write, batch)
        writer.wait()
        assert written == list(range(50))


def test_on_sqlite_the_batch_is_written_before_write_returns_in_the_callers_thread():
    written = []
    with BatchWriter(overlapped=False) as writer:
        writer.write(lambda batch: written.append((batch, threading.current_thread())), 1)
        assert written == [(1, threading.current_thread())]


@pytest.mark.parametrize("overlapped", [True, False])
def test_a_failed_batch_is_raised_and_no_later_batch_is_written(overlapped):
    # On a server by the next call; on SQLite by the write itself.
    with pytest.raises(Boom), BatchWriter(overlapped) as writer:
        writer.write(_fail, "batch 1")
        writer.write(_must_not_run, "batch 2")
        writer.wait()


def test_a_failed_last_batch_is_raised_when_the_block_ends():
    with pytest.raises(Boom), BatchWriter(overlapped=True) as writer:
        writer.write(_fail, "last batch")


def test_an_error_of_the_import_waits_for_the_batch_being_written_and_is_the_one_raised():
    finished, release = threading.Event(), threading.Event()

    def write(batch):
        release.wait(WAIT)
        finished.set()
        raise Boom  # the writer's own failure, after the import's: not the one to report

    with pytest.raises(KeyboardInterrupt), BatchWriter(overlapped=True) as writer:
        writer.write(write, "batch 1")
        threading.Timer(0.05, release.set).start()
        raise KeyboardInterrupt  # a cancel, say, while the batch is still on its way
    # Leaving the block waited: the transaction may roll back, nothing uses the connection.
    assert finished.is_set()


def _fail(batch):
    raise Boom(batch)


def _must_not_run(batch):
    raise AssertionError("a batch was written after one before it failed")
