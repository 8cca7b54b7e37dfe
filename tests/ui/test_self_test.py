"""The self-test: one line per step, a temporary database only, exit 0 only when all passed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from services.paths import DATA_DIR_ENV_VAR, DB_ENV_VAR
from ui.self_test import (
    STEPS,
    SelfTestFailure,
    SelfTestRun,
    Step,
    app_commands,
    run_both_executables,
    self_test,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_passes_from_source_and_leaves_the_user_data_alone(tmp_path):
    user_data = tmp_path / "user-data"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        **{DATA_DIR_ENV_VAR: str(user_data)},
    )
    env.pop(DB_ENV_VAR, None)
    result = subprocess.run(
        [sys.executable, "main.py", "self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [" ".join(line.split(" (")[0].split()) for line in lines[:-1]] == [
        f"ok {n}/{len(STEPS)} {step.name}" for n, step in enumerate(STEPS, start=1)
    ]
    assert "12 evaluated" in result.stdout
    assert "12 clients, 2 flagged, the same in worker processes" in result.stdout
    assert lines[-1] == "self-test passed"
    assert not user_data.exists()


def test_a_failing_step_stops_the_run_and_the_rest_are_skipped():
    ran = []

    def passes(run: SelfTestRun) -> str:
        ran.append("first")
        return "fine"

    def fails(run: SelfTestRun) -> str:
        raise SelfTestFailure("the PDF has 0 pages")

    def never(run: SelfTestRun) -> str:
        ran.append("third")
        return ""

    out = io.StringIO()
    steps = (Step("first", passes), Step("letters", fails), Step("window", never))
    assert self_test(out, steps) is False
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok   1/3 first (") and lines[0].endswith("): fine")
    assert lines[1].startswith("FAIL 2/3 letters (")
    assert lines[1].endswith("): the PDF has 0 pages")
    assert lines[2:] == ["skip 3/3 window", "self-test FAILED"]
    assert ran == ["first"]


def test_an_unexpected_error_is_a_failure_with_its_traceback():
    def crashes(run: SelfTestRun) -> str:
        raise KeyError("no_such_font")

    out = io.StringIO()
    assert self_test(out, (Step("fonts", crashes),)) is False
    text = out.getvalue()
    assert "FAIL 1/1 fonts" in text and "KeyError('no_such_font')" in text
    assert "Traceback" in text


def test_steps_see_only_the_temporary_folder_which_is_removed_afterwards(monkeypatch):
    monkeypatch.setenv(DB_ENV_VAR, "/home/someone/real.sqlite3")
    seen = {}

    def look(run: SelfTestRun) -> str:
        seen["folder"] = run.folder
        seen["data"] = os.environ[DATA_DIR_ENV_VAR]
        seen["db"] = os.environ[DB_ENV_VAR]
        return ""

    assert self_test(io.StringIO(), (Step("look", look),)) is True
    folder = seen["folder"]
    assert Path(seen["data"]).is_relative_to(folder)
    assert Path(seen["db"]).is_relative_to(folder)
    assert not folder.exists()
    assert os.environ[DB_ENV_VAR] == "/home/someone/real.sqlite3"


def _fake_bundle(folder: Path, monkeypatch, programs: dict[str, str]) -> None:
    """A bundle folder of shell scripts, and sys pretending to be its frozen executable."""
    for name, body in programs.items():
        script = folder / name
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "clientela"))


@pytest.mark.sqlite_file
@pytest.mark.skipif(sys.platform == "win32", reason="the fake bundle is shell scripts")
def test_in_a_bundle_both_executables_must_list_the_book(tmp_path, monkeypatch, db):
    prints = 'echo "Hospital San Rafael"'
    _fake_bundle(tmp_path, monkeypatch, {"clientela": "exit 0", "clientela-cli": prints})
    run = SelfTestRun(folder=tmp_path, today=date(2026, 11, 23), db=db)
    assert app_commands() == {
        "clientela": [str(tmp_path / "clientela")],
        "clientela-cli": [str(tmp_path / "clientela-cli")],
    }
    assert run_both_executables(run) == "clientela, clientela-cli: listed the demo book"

    # A console executable that prints nothing is what a windowed one does on Windows.
    _fake_bundle(tmp_path, monkeypatch, {"clientela-cli": "exit 0"})
    with pytest.raises(SelfTestFailure, match="clientela-cli list printed: ''"):
        run_both_executables(run)
    (tmp_path / "clientela-cli").unlink()
    with pytest.raises(SelfTestFailure, match="clientela-cli is missing"):
        run_both_executables(run)


def test_the_command_line_runs_both_executables_as_a_step():
    assert STEPS[-1].run is run_both_executables
