"""The name recorded on this person's evaluations and letters, kept per computer (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from services.authorship import set_author

AUTHOR_SETTING = "team/author"


def apply_author(settings: QSettings) -> None:
    """At start and after Settings: what the services record as the author from now on."""
    set_author(str(settings.value(AUTHOR_SETTING, "") or ""))
