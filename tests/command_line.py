"""Running the command line as a user's script would: a separate process of main.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli_environment(data_dir: Path) -> dict[str, str]:
    """This process's environment for a run on ``data_dir``, without a book named by
    CLIENTELA_DB, and in UTF-8 whatever the machine's locale, so accented names compare
    exactly."""
    env = {key: value for key, value in os.environ.items() if key != "CLIENTELA_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", CLIENTELA_DATA_DIR=str(data_dir), PYTHONUTF8="1")
    env["XDG_CONFIG_HOME"] = str(data_dir.parent / "user-config")  # QSettings: not the user's
    return env


def clientela(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=cli_environment(data_dir),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
