"""A book is never created where something else already is (issue #16, point 1).

An empty file, a device, a FIFO or a symlink pointing nowhere given as --db: every command
refuses in one line with exit code 2, does not hang, and leaves the thing exactly as it was.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.command_line import clientela


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _device(path: Path) -> None:
    # A null device of our own, never the system's /dev/null: a regression would replace it.
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError) as exc:
        pytest.skip(f"cannot create a device node here: {exc}")


def _dangling_symlink(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere.sqlite3")


def _state(path: Path) -> tuple[int, int, int]:
    info = path.lstat()
    return info.st_mode, info.st_size, info.st_mtime_ns


def _commands(tmp_path: Path, db_path: Path) -> dict[str, list[str]]:
    source = tmp_path / "clients.csv"
    source.write_text("name,city\nAcme,Sevilla\n", encoding="utf-8")
    return {
        "list": ["list"],
        "evaluate": ["evaluate", "--triage"],
        "import": ["import", str(source)],
        "import --dry-run": ["import", "--dry-run", str(source)],
        "export": ["export", str(tmp_path / "out.csv")],
        "backup": ["backup", str(tmp_path)],
        "restore": ["restore", str(db_path)],  # a good book, as a backup to restore
    }


COMMANDS = ["list", "evaluate", "import", "import --dry-run", "export", "backup", "restore"]


def _assert_refused_and_untouched(result, path: Path, before, folder: Path, words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert _state(path) == before
    # Nothing built beside it: no -wal, no .migrating copy, no lock left, no new book.
    leftovers = {p.name for p in folder.iterdir()} - {path.name, "clients.csv"}
    assert leftovers == set(), leftovers


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "make,words",
    [
        pytest.param(_empty_file, "is an empty file", id="empty file"),
        pytest.param(_fifo, "is not a regular file", id="FIFO"),
    ],
)
def test_every_command_refuses_an_empty_file_or_a_fifo_and_leaves_it(
    make, words, command, tmp_path, db_path, data_dir
):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "book.sqlite3"
    make(path)
    before = _state(path)
    args = _commands(folder, db_path)[command]

    result = clientela("--db", str(path), "--lang", "en", *args, data_dir=data_dir)

    _assert_refused_and_untouched(result, path, before, folder, words)
    assert not (folder / "out.csv").exists()


@pytest.mark.parametrize("make", [_device, _dangling_symlink], ids=["device", "dangling symlink"])
@pytest.mark.parametrize("command", ["list", "import"])
def test_a_device_or_a_symlink_to_nothing_is_refused(make, command, tmp_path, db_path, data_dir):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "book.sqlite3"
    make(path)
    before = _state(path)
    args = _commands(folder, db_path)[command]

    result = clientela("--db", str(path), "--lang", "en", *args, data_dir=data_dir)

    _assert_refused_and_untouched(result, path, before, folder, "is not a regular file")
