"""The rows an import did not take wait on disk, not in memory (issue 16, point 4)."""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest

from services.database import Database
from services.errors import Problem
from services.importing import ImportOptions, Kind, inspect_table, run_import, write_rejected_rows
from services.importing import issue_log as issue_log_module
from services.importing.issue_log import IssueLog
from services.importing.rows import RowProblem
from services.importing.run import RowIssue


def issue(line: int, *, skipped: bool = False, tag: str = "") -> RowIssue:
    return RowIssue(line, (f"cell {line}{tag}",), (RowProblem("name", Problem("x")),), skipped)


def test_the_log_gives_rows_back_in_line_order_across_runs_on_disk() -> None:
    log = IssueLog(in_memory=3)
    # Mostly in order, as a file is read; a damaged row and a late duplicate arrive late.
    lines = [2, 3, 5, 6, 8, 9, 4, 11, 12, 7, 13]
    for line in lines:
        log.append(issue(line, skipped=line in (4, 7)))
    log.append(issue(5, tag=" again"))  # the same line twice keeps the order they came in
    assert log.spilled
    assert [i.line for i in log] == sorted([*lines, 5])
    assert [i.cells[0] for i in log if i.line == 5] == ["cell 5", "cell 5 again"]
    assert (len(log), log.rejected, log.skipped) == (12, 10, 2)
    assert (log[0].line, log[-1].line, log[6].line) == (2, 13, 7)
    assert [i.line for i in log[2:5]] == [4, 5, 5]
    assert [i.line for i in log.first(3)] == [2, 3, 5]
    assert [i.line for i in log.first(5, skipped=True)] == [4, 7]
    with pytest.raises(IndexError):
        log[12]
    log.close()


def test_an_empty_log_and_one_that_never_spills() -> None:
    log = IssueLog(in_memory=10)
    assert (len(log), list(log), log.first(5), log[:3], bool(log)) == (0, [], [], [], False)
    log.append(issue(9))
    log.append(issue(1))
    assert not log.spilled
    assert [i.line for i in log] == [1, 9]


def test_a_file_of_bad_rows_is_imported_in_bounded_memory_and_all_are_saved(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 20,000 rows with no name: every one rejected, with its cells kept for the CSV (a long
    # note in a column not imported makes each one weigh).
    path = tmp_path / "clientes.csv"
    padding = "x" * 400
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Ciudad", "Notas"])
        writer.writerows(["", "Soria", f"{padding} {n}"] for n in range(20_000))
    table = inspect_table(path)

    def peak_of_an_import(in_memory: int) -> tuple[int, object]:
        monkeypatch.setattr(issue_log_module, "IN_MEMORY", in_memory)
        tracemalloc.start()
        try:
            result = run_import(
                db.sessions, table, ImportOptions(kind=Kind.CLIENTS, mapping={0: "name", 1: "city"})
            )
            return tracemalloc.get_traced_memory()[1], result
        finally:
            tracemalloc.stop()

    peak, result = peak_of_an_import(1000)
    assert result.rejected == 20_000
    rejected = tmp_path / "rechazadas.csv"
    written = write_rejected_rows(rejected, table.headers, result.issues, lambda ps: "sin nombre")
    assert written == 20_000
    with rejected.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1] == ["", "Soria", f"{padding} 0", "2", "sin nombre"]
    assert rows[-1] == ["", "Soria", f"{padding} 19999", "20001", "sin nombre"]
    # The same import holding every row in memory, as before (what is left is one batch:
    # about 9 MB against 22 MB here, and the gap grows with the file).
    peak_in_memory, _ = peak_of_an_import(10**9)
    assert peak < peak_in_memory * 0.6, (peak, peak_in_memory)
