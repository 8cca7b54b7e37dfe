"""Two people editing one client: the second to save sees both versions and chooses; an open
editor is marked stale when someone else saves its client."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from services.clients import ClientInput, get_client, save_client
from tests.ui.client_editor_driver import open_editor, press_save, type_into
from ui.conflict_dialog import ConflictDialog


@pytest.fixture
def client(db):
    return save_client(db.sessions, ClientInput(name="Ana", city="Bilbao", phone="600111222"))


@pytest.fixture
def conflicts(monkeypatch):
    """Each conflict dialog shown, answered by clicking the button named in ``conflicts.answer``."""

    class Conflicts(list):
        answer = "conflict_reload"

    shown = Conflicts()

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog.differences())
        button = dialog.reload_button if shown.answer == "conflict_reload" else None
        button = button or dialog.overwrite_button
        button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    return shown


def _colleague_saves(db, client, **changes) -> None:
    """Another person, another app: a save of their own, from the version they loaded."""
    fields = {"name": client.name, "city": client.city, "phone": client.phone} | changes
    save_client(db.sessions, ClientInput(**fields), client.id, client.version)


def test_the_second_save_shows_both_versions_and_taking_theirs_loads_them(
    qtbot, keyboard, db, client, conflicts
):
    dialog = open_editor(qtbot, db, client.id)
    _colleague_saves(db, client, city="Madrid")
    type_into(keyboard, dialog, "city", "Sevilla")
    press_save(qtbot, dialog)

    assert conflicts == [[("City", "Madrid", "Sevilla")]]
    assert dialog.isVisible()  # still editing, now showing their version
    assert dialog.findChild(QLineEdit, "city").text() == "Madrid"
    assert get_client(db.sessions, client.id).city == "Madrid"
    type_into(keyboard, dialog, "phone", "600999888")  # edits on top of theirs save normally
    press_save(qtbot, dialog)
    stored = get_client(db.sessions, client.id)
    assert (stored.city, stored.phone) == ("Madrid", "600999888")


def test_saving_mine_over_theirs_is_a_knowing_choice(qtbot, keyboard, db, client, conflicts):
    conflicts.answer = "conflict_overwrite"
    dialog = open_editor(qtbot, db, client.id)
    _colleague_saves(db, client, city="Madrid")
    type_into(keyboard, dialog, "city", "Sevilla")
    press_save(qtbot, dialog)

    assert conflicts == [[("City", "Madrid", "Sevilla")]]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get_client(db.sessions, client.id).city == "Sevilla"


def test_an_open_editor_is_marked_stale_when_someone_else_saves_its_client(qtbot, db, client):
    dialog = open_editor(qtbot, db, client.id)
    dialog.check_for_changes()
    assert not dialog.stale_banner.isVisible()
    _colleague_saves(db, client, city="Madrid")
    dialog.check_for_changes()  # what the timer and regaining focus do
    assert dialog.stale_banner.isVisible()
    qtbot.mouseClick(dialog.stale_reload, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLineEdit, "city").text() == "Madrid"
    assert not dialog.stale_banner.isVisible()
