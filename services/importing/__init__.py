"""Importing clients and ledger rows from CSV and XLSX files (design section 6).

The steps, each in its own module: ``table`` reads the file, ``fields`` suggests which column
holds which field, ``values`` parses dates and amounts, ``rows`` checks a row, ``matching``
finds duplicates and the client of a ledger row, ``run`` writes everything in one
transaction, ``rejected`` saves the rows that were not taken.
"""

from services.importing.fields import FIELDS, Kind, MatchBy, missing_fields, suggest_mapping
from services.importing.formats import guess_value_format
from services.importing.rejected import write_rejected_rows
from services.importing.rows import RowProblem
from services.importing.run import (
    Duplicates,
    ImportOptions,
    ImportResult,
    MappingError,
    PreviewRow,
    RowIssue,
    run_import,
)
from services.importing.table import ImportFileError, TableInfo, inspect_table
from services.importing.values import ValueFormat

__all__ = [
    "FIELDS",
    "Duplicates",
    "ImportFileError",
    "ImportOptions",
    "ImportResult",
    "Kind",
    "MappingError",
    "MatchBy",
    "PreviewRow",
    "RowIssue",
    "RowProblem",
    "TableInfo",
    "ValueFormat",
    "guess_value_format",
    "inspect_table",
    "missing_fields",
    "run_import",
    "suggest_mapping",
    "write_rejected_rows",
]
