"""Before a letter is written: the business name, address and signer are set, or the owner
is told which are missing and offered Settings to fill them in.

The services refuse such letters too (services.letters.require_sender); asking here, before
a letter or campaign window opens, saves the owner choosing clients for nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from services.business_profile import get_profile, missing_sender_details
from services.progress import Sessions
from ui import message_box


def _field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("SenderCheck", "business name"),
        "address": QCoreApplication.translate("SenderCheck", "address"),
        "signer_name": QCoreApplication.translate("SenderCheck", "signer"),
    }


def letters_can_be_written(
    parent: QWidget | None,
    sessions: Sessions,
    settings: QSettings | None = None,
) -> bool:
    """True when letters can be written now, after Settings if the owner chose to open it."""
    missing = missing_sender_details(get_profile(sessions))
    if not missing:
        return True
    labels = _field_labels()
    text = QCoreApplication.translate(
        "SenderCheck",
        "A letter needs your business's name, address and the name of who signs it; "
        "still missing: %1.\n\nOpen Settings (Business) to fill them in now?",
    ).replace("%1", ", ".join(labels[name] for name in missing))
    title = QCoreApplication.translate("SenderCheck", "Letters")
    if not message_box.question(parent, title, text):
        return False
    from ui.settings_dialog import SettingsDialog  # loaded on first use

    SettingsDialog(sessions, settings or QSettings(), parent).exec()
    return not missing_sender_details(get_profile(sessions))
