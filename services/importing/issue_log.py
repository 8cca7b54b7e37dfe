"""The rows an import did not take (or took with a warning), in line order, in bounded memory.

A spreadsheet of a million bad rows must not hold a million records in memory (#16.4): the
log keeps the latest few thousand in a list and writes each full list, sorted, to a temporary
file as one run. Reading merges the runs by line, one record per run in memory at a time: an
external merge sort. Rows mostly arrive in line order; the few that do not (a row found
damaged while reading, a duplicate seen at the end) still come out where they belong.
"""

from __future__ import annotations

import heapq
import itertools
import os
import pickle
import struct
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, overload

if TYPE_CHECKING:
    from services.importing.run import RowIssue

IN_MEMORY = 5000  # records held before a run goes to disk
_LENGTH = struct.Struct("<I")  # each record on disk: its pickled size, then the pickle


class IssueLog(Sequence["RowIssue"]):
    """A list of RowIssue sorted by line whose bulk waits on disk; counts are kept as it fills."""

    def __init__(self, in_memory: int | None = None) -> None:
        self._in_memory = in_memory or IN_MEMORY
        self._recent: list[RowIssue] = []
        self._runs: list[tuple[int, int]] = []  # (start, end) byte offsets in the spill file
        self._spill: IO[bytes] | None = None
        self._count = 0
        self.skipped = 0  # rows left out by choice (duplicates); the rest were rejected

    def append(self, issue: RowIssue) -> None:
        self._recent.append(issue)
        self._count += 1
        self.skipped += issue.skipped
        if len(self._recent) >= self._in_memory:
            self._write_run()

    @property
    def rejected(self) -> int:
        return self._count - self.skipped

    @property
    def spilled(self) -> bool:
        """Whether part of the log is on disk (tests check the bound holds)."""
        return bool(self._runs)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[RowIssue]:
        recent = sorted(self._recent, key=_line)
        if not self._runs:
            return iter(recent)
        runs = [self._read_run(start, end) for start, end in self._runs]
        return heapq.merge(*runs, recent, key=_line)  # stable: earlier runs first on a tie

    @overload
    def __getitem__(self, index: int) -> RowIssue: ...
    @overload
    def __getitem__(self, index: slice) -> list[RowIssue]: ...
    def __getitem__(self, index: int | slice) -> RowIssue | list[RowIssue]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            return (
                list(itertools.islice(self, start, stop, step)) if step > 0 else list(self)[index]
            )
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return next(itertools.islice(self, index, None))

    def first(self, count: int, *, skipped: bool = False) -> list[RowIssue]:
        """The first ``count`` rows rejected (or, ``skipped``, left out by choice): what a
        summary lists, read without loading the rest."""
        chosen = (issue for issue in self if issue.skipped == skipped)
        return list(itertools.islice(chosen, count))

    def __repr__(self) -> str:
        return f"IssueLog({self._count} rows, {self.rejected} rejected)"

    def _write_run(self) -> None:
        if self._spill is None:
            # Open as long as the log lives: closed by close() or when the log is collected.
            self._spill = tempfile.TemporaryFile(prefix="clientela-import-")  # noqa: SIM115
        spill = self._spill
        spill.seek(0, os.SEEK_END)
        start = spill.tell()
        for issue in sorted(self._recent, key=_line):
            data = pickle.dumps(issue, protocol=pickle.HIGHEST_PROTOCOL)
            spill.write(_LENGTH.pack(len(data)) + data)
        spill.flush()
        self._runs.append((start, spill.tell()))
        self._recent = []

    def _read_run(self, start: int, end: int) -> Iterator[RowIssue]:
        """One run's records. Each read seeks to where this run stopped, so runs can be
        merged side by side from the one file (runs of rows in line order are read whole,
        one after the other, so the file's buffer serves them)."""
        assert self._spill is not None
        spill = self._spill
        position = start
        while position < end:
            spill.seek(position)
            (size,) = _LENGTH.unpack(spill.read(_LENGTH.size))
            record = spill.read(size)
            position += _LENGTH.size + size
            yield pickle.loads(record)  # our own temporary file, written by _write_run

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill = None


def _line(issue: RowIssue) -> int:
    return issue.line
