"""Who is making the evaluations and letters recorded in this run of the app.

On a shared book several people evaluate clients and write letters; each record keeps its
author. By default the computer's user name; the person may set another in Settings (the UI
calls ``set_author`` at start and after saving). Kept per process, like the interface
language: it describes who sits at this computer, not the book.
"""

from __future__ import annotations

import getpass
import unicodedata

AUTHOR_LENGTH = 120  # Evaluation.evaluator and Letter.author are String(120)

_chosen = ""


def system_user() -> str:
    """The operating system's name for whoever runs the app; "" when it has none."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a container, a service)
        return ""


def set_author(name: str) -> None:
    """The name to record from now on; "" goes back to the system user."""
    global _chosen
    _chosen = unicodedata.normalize("NFC", name).strip()[:AUTHOR_LENGTH]


def current_author() -> str:
    return _chosen or system_user()[:AUTHOR_LENGTH]
