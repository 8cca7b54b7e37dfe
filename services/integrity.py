"""Is a SQLite file whole? SQLite's own checks, asked without changing the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def quick_check(path: Path, *, immutable: bool = False) -> str | None:
    """None when SQLite's quick check passes; otherwise what SQLite found wrong.

    The quick check reads every page and checks the structure of every table and index (not
    that indexes match their tables): O(size of the file), about a second per 130 MB.
    ``immutable`` is for files nothing else writes (backups): no locks, no side files.
    """
    return _check(path, "quick_check", immutable=immutable)


def integrity_check(path: Path, *, immutable: bool = False) -> str | None:
    """As quick_check, and also that every index matches its table: slower, thorough."""
    return _check(path, "integrity_check", immutable=immutable)


def _check(path: Path, pragma: str, *, immutable: bool) -> str | None:
    flags = "immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"file:{path}?{flags}", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    # SQLite lists up to 100 problems; the first few say enough.
    return None if rows == ["ok"] else "; ".join(rows[:5])
