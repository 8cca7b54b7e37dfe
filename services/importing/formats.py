"""Guessing how a file writes dates and amounts from its first rows.

'03/04/2025' says nothing, but '25/03/2025' can only be day first; '1.234,50' and '12,5'
can only use a decimal comma. Without such evidence: day first, and a decimal comma when the
file is semicolon-separated (what a Spanish Excel writes), else a point.
"""

from __future__ import annotations

import itertools
import re
from contextlib import closing

from services.importing.table import TableInfo, iter_rows
from services.importing.values import ValueFormat

SAMPLE_ROWS = 500
_DATE_FIELDS = {"invoice_date", "due_date", "paid_on", "returned_on"}
_NUMBER_FIELDS = {"amount", "units"}
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}")
_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}$|\d\.\d{3},\d+$")
_POINT_DECIMAL = re.compile(r"\d\.\d{1,2}$|\d,\d{3}\.\d+$")


def guess_value_format(table: TableInfo, mapping: dict[int, str]) -> ValueFormat:
    date_columns = [i for i, name in mapping.items() if name in _DATE_FIELDS]
    number_columns = [i for i, name in mapping.items() if name in _NUMBER_FIELDS]
    day_first: bool | None = None
    decimal_comma: bool | None = None
    if date_columns or number_columns:
        with closing(iter_rows(table)) as rows:
            sample = list(itertools.islice(rows, SAMPLE_ROWS))
        for row in sample:
            for i in date_columns:
                match = _DMY.match(row.cells[i].strip()) if i < len(row.cells) else None
                if match and day_first is None:
                    first, second = int(match.group(1)), int(match.group(2))
                    day_first = True if first > 12 else False if second > 12 else None
            for i in number_columns:
                text = row.cells[i].strip() if i < len(row.cells) else ""
                if decimal_comma is None and _COMMA_DECIMAL.search(text):
                    decimal_comma = True
                elif decimal_comma is None and _POINT_DECIMAL.search(text):
                    decimal_comma = False
            if day_first is not None and decimal_comma is not None:
                break
    return ValueFormat(
        day_first=True if day_first is None else day_first,
        decimal_comma=table.delimiter == ";" if decimal_comma is None else decimal_comma,
    )
