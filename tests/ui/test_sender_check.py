"""No letter window opens while the business profile lacks what a letter needs: the owner
is told what is missing and offered Settings, and a letter window opened anyway says so."""

import pytest

from services.business_profile import ProfileData, get_profile, save_profile
from services.clients import ClientInput, save_client
from tests.sender import SENDER
from ui import message_box
from ui.letter_dialog import LetterDialog
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


class Questions(list):
    """The questions asked, answered with the next of ``answers`` (No when none is left)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []

    def __call__(self, parent, title, text) -> bool:
        self.append(text)
        return self.answers.pop(0) if self.answers else False


@pytest.fixture
def asked(monkeypatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(message_box, "question", questions)
    return questions


def _window(shown, db, settings) -> MainWindow:
    save_client(db.sessions, ClientInput(name="Ferretería Núñez", city="Sevilla"))
    window = MainWindow(db, settings)
    shown(window)
    window.table.selectRow(0)
    return window


def test_without_address_and_signer_no_letter_opens_and_the_owner_is_told(
    qtbot, shown, db, settings, monkeypatch, asked
):
    save_profile(db.sessions, ProfileData(name="Suministros Aranda"))
    window = _window(shown, db, settings)
    opened = []
    monkeypatch.setattr(LetterDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.write_letter_selected()
    window.open_campaign()
    assert opened == []
    assert len(asked) == 2
    assert "still missing: address, signer" in asked[0]
    assert "Open Settings (Business)" in asked[0]


def test_the_owner_may_fill_them_in_settings_and_go_on_to_the_letter(
    qtbot, shown, db, settings, monkeypatch, asked
):
    save_profile(db.sessions, ProfileData(name="Suministros Aranda"))
    window = _window(shown, db, settings)
    asked.answers.append(True)

    def fill_in(dialog):
        save_profile(db.sessions, ProfileData(name="Suministros Aranda", **SENDER))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_in)
    opened = []
    monkeypatch.setattr(LetterDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.write_letter_selected()
    assert len(opened) == 1
    assert get_profile(db.sessions).signer_name == SENDER["signer_name"]


def test_a_letter_window_opened_anyway_says_what_to_fill_in(qtbot, db):
    save_profile(db.sessions, ProfileData(name="Suministros Aranda"))
    client_id = save_client(db.sessions, ClientInput(name="Ferretería Núñez")).id
    dialog = LetterDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    assert "Letters need your business's name, address" in dialog.status.text()
    assert "Settings" in dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
