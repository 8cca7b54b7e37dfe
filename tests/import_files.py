"""Small files to import, written on the spot, and what an import left in the book."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from services.database import Database
from services.importing import TableInfo, inspect_table


def csv_table(
    tmp_path: Path, text: str, name: str = "file.csv", encoding: str = "utf-8"
) -> TableInfo:
    """``text`` written to ``name`` in ``encoding``, and read as an import reads it."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return inspect_table(path)


def row_count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
