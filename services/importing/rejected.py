"""The rows an import did not take, saved as a CSV to fix and import again.

The file has the original columns, then the file's line number and the reason. Services do
not translate, so the caller passes ``describe`` to turn a row's problems into words.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from services.importing.rows import RowProblem
from services.importing.run import RowIssue

Describe = Callable[[tuple[RowProblem, ...]], str]


def write_rejected_rows(
    path: Path | str,
    headers: tuple[str, ...],
    issues: Iterable[RowIssue],
    describe: Describe,
    *,
    line_header: str = "line",
    reason_header: str = "reason",
) -> int:
    """Write the rows with a line and a reason column; returns how many rows were written.

    UTF-8 with a BOM and the original delimiter's usual partner: Excel opens it correctly.
    """
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([*headers, line_header, reason_header])
        width = len(headers)
        for issue in issues:
            cells = list(issue.cells[:width]) + [""] * (width - len(issue.cells))
            writer.writerow([*cells, issue.line, describe(issue.problems)])
            count += 1
    return count
