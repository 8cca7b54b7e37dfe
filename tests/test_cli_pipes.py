"""The command line in a pipe whose reader goes away (``import … | head``): the import's
work is not lost and its own exit code is kept (issue 16, point 10)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.command_line import ROOT, cli_environment
from tests.services.test_importing_cli import names


def clientela_into_closed_pipe(*args: str, data_dir: Path, buffered: bool) -> int:
    """Runs the command with its stdout a pipe nobody reads any more: the reader's end is
    closed before the command writes anything, as when ``head`` has already finished."""
    env = cli_environment(data_dir)
    if not buffered:  # every write goes out at once, and fails at once
        env["PYTHONUNBUFFERED"] = "1"
    else:
        env.pop("PYTHONUNBUFFERED", None)
    reader, writer = os.pipe()
    os.close(reader)
    try:
        process = subprocess.run(
            [sys.executable, "main.py", *args],
            cwd=ROOT,
            env=env,
            stdout=writer,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    finally:
        os.close(writer)
    assert b"Traceback" not in process.stderr, process.stderr.decode()
    assert b"Exception ignored" not in process.stderr, process.stderr.decode()
    return process.returncode


@pytest.mark.sqlite_file
@pytest.mark.parametrize("buffered", [False, True])
def test_an_import_into_a_closed_pipe_writes_its_rejected_rows_and_keeps_its_code(
    db_path: Path, tmp_path: Path, buffered: bool
) -> None:
    source = tmp_path / "clientes.csv"
    lines = ["Nombre;Correo", "Bien;bien@x.es", *(f"Mal {n};no-email" for n in range(30))]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = clientela_into_closed_pipe(
        "--db", str(db_path), "--lang", "en", "import", str(source),
        data_dir=tmp_path / "data", buffered=buffered,
    )  # fmt: skip
    assert code == 3  # some rows rejected: the import's own code, not a pipe failure
    assert names(db_path) == ["Bien"]
    with (tmp_path / "clientes-rejected.csv").open(encoding="utf-8-sig", newline="") as f:
        rejected = list(csv.reader(f))
    assert [row[0] for row in rejected[1:]] == [f"Mal {n}" for n in range(30)]


def test_an_import_into_head_keeps_its_code(db_path: Path, tmp_path: Path) -> None:
    """The same through a real shell pipe: ``head -n 1`` leaves after the first line."""
    source = tmp_path / "clientes.csv"
    lines = ["Nombre;Correo", "Bien;bien@x.es", *(f"Mal {n};no-email" for n in range(30))]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "CLIENTELA_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", CLIENTELA_DATA_DIR=str(tmp_path / "data"))
    env.update(PYTHONUTF8="1", PYTHONUNBUFFERED="1")
    command = (
        f'"{sys.executable}" main.py --db "{db_path}" --lang en import "{source}" | head -n 1;'
        ' exit "${PIPESTATUS[0]}"'
    )
    process = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert process.stdout.startswith("Columns:")
    assert "Traceback" not in process.stderr, process.stderr
    assert process.returncode == 3, process.stderr
    assert (tmp_path / "clientes-rejected.csv").exists()
