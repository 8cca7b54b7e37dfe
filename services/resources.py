"""Where the files Clientela ships (translations, templates, fonts...) are found.

From source they sit in ./resources; in the PyInstaller bundle the same relative layout is
kept under the bundle's folder, so one rule serves both.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
