"""Every window opens whole on a 1366×768 laptop, in both languages."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.laptop_screen import screen_config
from ui.screen_fit import SIDE_FRAMES, TASKBAR, TITLE_BAR

ROOT = Path(__file__).resolve().parents[2]
# The inner size a window may have: the screen, less its title bar, frame and the taskbar.
ROOM = (1366 - SIDE_FRAMES, 768 - TITLE_BAR - TASKBAR)


@pytest.fixture(scope="module", params=["en", "es"])
def sizes(request, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp(f"laptop-{request.param}")
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(folder))
    env["CLIENTELA_DATA_DIR"] = str(folder / "user-data")
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.laptop_screen", request.param],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def _too_big(width: int, height: int) -> bool:
    return width > ROOM[0] or height > ROOM[1]


def test_every_window_opens_within_the_screen(sizes):
    assert {name: size["size"] for name, size in sizes.items() if _too_big(*size["size"])} == {}


def test_no_window_needs_more_than_the_screen_to_show_its_contents(sizes):
    assert {name: size["least"] for name, size in sizes.items() if _too_big(*size["least"])} == {}


def test_the_list_shows_verdict_score_and_next_review_without_scrolling(sizes):
    assert sizes["main window"]["hidden_columns"] == []
