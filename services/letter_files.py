"""Letter PDFs on disk follow the database: written out of sight, moved into place only once
the letters are recorded, and what a killed run left behind cleaned by the next one.

A PDF is first written under a hidden name in the folder it is meant for (the same file
system, so the move into place is a rename): ``.clientela-<pid>-<random>.pdf.part`` for one
letter, or a whole campaign in a hidden folder ``.clientela-staging-<pid>-<random>``. A
Cancel or an error removes them at once; a killed process cannot, so every write first
removes those whose process is gone. New files get the user's normal mode (0666 less the
umask, as any program's), not tempfile's private 0600.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import secrets
import shutil
import time
from pathlib import Path


class FileState(enum.StrEnum):
    """A written PDF compared with what its record says was written."""

    OK = "ok"  # still the file Clientela wrote
    MISSING = "missing"  # moved or deleted
    CHANGED = "changed"  # edited since (its SHA-256 differs)


PREFIX = ".clientela-"
STAGING = PREFIX + "staging-"
_OURS = re.compile(r"^\.clientela-(?:staging-)?(\d+)-[0-9a-f]+(?:\.pdf\.part)?$")
# Earlier versions named their temporary files with tempfile's random letters, no pid.
_OLD_PART = re.compile(r"^\.clientela-[a-z0-9_]{8}\.pdf\.part$")
STALE_AFTER_SECONDS = 24 * 3600  # where the writer cannot be told: only files that old


def part_path(folder: Path) -> Path:
    """A hidden name in ``folder`` for one PDF being written."""
    return folder / f"{PREFIX}{os.getpid()}-{secrets.token_hex(4)}.pdf.part"


def staging_folder(folder: Path) -> Path:
    """A new hidden folder in ``folder`` for a campaign's PDFs until they are recorded."""
    staging = folder / f"{STAGING}{os.getpid()}-{secrets.token_hex(4)}"
    staging.mkdir()
    return staging


def create_file(path: Path) -> None:
    """An empty new file with the user's normal mode (the umask applies), for a renderer
    that then writes it (opening it again keeps its mode)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def discard(path: Path) -> None:
    """Remove a staging folder or a part file; a failure here must not hide the first one."""
    with contextlib.suppress(OSError):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def clean_stale(folder: Path) -> list[Path]:
    """Remove what killed writes left in ``folder``: staging folders and part files whose
    process is gone. Returns what was removed."""
    removed: list[Path] = []
    try:
        names = [name for name in os.listdir(folder) if name.startswith(PREFIX)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        match = _OURS.match(name)
        if match and os.name == "nt":  # os.kill would end the process there: age only
            stale = _older_than(path, STALE_AFTER_SECONDS)
        elif match:
            stale = not _running(int(match[1]))
        else:
            stale = bool(_OLD_PART.match(name)) and _older_than(path, STALE_AFTER_SECONDS)
        if stale:
            discard(path)
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True  # this process: another of its writes, under way
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process, running
        return True
    return True


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False
