from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from services.client_list import count_all
from services.clients import ClientInput, get_client, save_client
from tests.ui.client_editor_driver import open_editor, press_save, type_into
from ui.conflict_dialog import ConflictDialog
from ui.field_message import FieldMessage


def _message(dialog, name: str) -> FieldMessage:
    return dialog.findChild(FieldMessage, f"{name}_message")


def test_typing_a_new_client_and_saving_stores_every_field(qtbot, keyboard, db):
    dialog = open_editor(qtbot, db)
    type_into(keyboard, dialog, "name", "Panadería Ibáñez")
    type_into(keyboard, dialog, "email", "pedidos@ibanez.es")
    type_into(keyboard, dialog, "phone", "+34 944 000 111")
    type_into(keyboard, dialog, "city", "Bilbao")
    type_into(keyboard, dialog, "tags", "bakery, Bilbao")
    keyboard.type(dialog.findChild(QPlainTextEdit, "address"), "Calle Mayor 3")
    stage = dialog.findChild(QComboBox, "stage")
    stage.setCurrentIndex(stage.findData("prospect"))
    dialog.findChild(QCheckBox, "strategic").setChecked(True)
    press_save(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = get_client(db.sessions, dialog.saved.id)
    assert (stored.name, stored.email, stored.city, stored.stage) == (
        "Panadería Ibáñez",
        "pedidos@ibanez.es",
        "Bilbao",
        "prospect",
    )
    assert stored.strategic and stored.address == "Calle Mayor 3"
    assert stored.tags == ("Bilbao", "bakery")


def test_an_invalid_email_shows_the_message_and_saves_nothing(qtbot, keyboard, db):
    dialog = open_editor(qtbot, db)
    type_into(keyboard, dialog, "name", "Ana")
    type_into(keyboard, dialog, "email", "ana-at-example")
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert _message(dialog, "email").isVisible()
    assert "email address" in _message(dialog, "email").text()
    assert count_all(db.sessions) == 0


def test_saving_without_a_name_says_it_is_required(qtbot, keyboard, db):
    dialog = open_editor(qtbot, db)
    press_save(qtbot, dialog)
    assert _message(dialog, "name").text() == "This field is required."
    assert count_all(db.sessions) == 0


def test_a_name_with_control_characters_is_refused_with_a_message(qtbot, db):
    dialog = open_editor(qtbot, db)
    dialog.findChild(QLineEdit, "name").setText("Ana\x01")  # pasted, not typed
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "control characters" in _message(dialog, "name").text()
    assert count_all(db.sessions) == 0


def test_leaving_a_bad_phone_field_shows_the_problem_at_once(qtbot, keyboard, db):
    dialog = open_editor(qtbot, db)
    type_into(keyboard, dialog, "phone", "call me")
    dialog.findChild(QLineEdit, "phone").editingFinished.emit()
    assert _message(dialog, "phone").isVisible()


def test_an_email_another_client_has_is_a_warning_that_does_not_block_saving(qtbot, keyboard, db):
    save_client(db.sessions, ClientInput(name="Talleres Núñez", email="info@nunez.es"))
    dialog = open_editor(qtbot, db)
    type_into(keyboard, dialog, "name", "Núñez (second office)")
    type_into(keyboard, dialog, "email", "info@nunez.es")
    dialog.findChild(QLineEdit, "email").editingFinished.emit()
    assert "Talleres Núñez already has this email address" in _message(dialog, "email").text()

    press_save(qtbot, dialog)
    assert dialog.saved is not None
    assert count_all(db.sessions) == 2


def test_editing_loads_the_client_and_saves_the_change(qtbot, keyboard, db):
    saved = save_client(db.sessions, ClientInput(name="Zoë Müller", city="Zürich", tags=("vip",)))
    dialog = open_editor(qtbot, db, saved.id)
    assert dialog.findChild(QLineEdit, "city").text() == "Zürich"
    assert dialog.findChild(QLineEdit, "tags").text() == "vip"
    type_into(keyboard, dialog, "city", "Basel")
    press_save(qtbot, dialog)
    assert get_client(db.sessions, saved.id).city == "Basel"


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(qtbot, keyboard, db, monkeypatch):
    saved = save_client(db.sessions, ClientInput(name="Ana"))
    dialog = open_editor(qtbot, db, saved.id)
    save_client(db.sessions, ClientInput(name="Ana (changed elsewhere)"), saved.id, saved.version)
    shown = []
    # Both versions shown (tests/ui/test_concurrent_client_edits.py); Cancel decides nothing.
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: shown.append(d.differences()) or 0)
    type_into(keyboard, dialog, "name", "Ana (mine)")
    press_save(qtbot, dialog)
    assert shown == [[("Name", "Ana (changed elsewhere)", "Ana (mine)")]]
    assert dialog.isVisible()
    assert get_client(db.sessions, saved.id).name == "Ana (changed elsewhere)"


def test_the_form_of_address_is_shown_chosen_and_saved(qtbot, db):
    saved = save_client(
        db.sessions, ClientInput(name="Hospital", contact_person="Mercedes", form_of_address="ms")
    )
    dialog = open_editor(qtbot, db, saved.id)
    form = dialog.findChild(QComboBox, "form_of_address")
    assert form.currentData() == "ms" and form.isVisible()
    assert [form.itemData(i) for i in range(form.count())] == ["", "mr", "ms", "dr_m", "dr_f"]
    form.setCurrentIndex(form.findData("dr_f"))
    press_save(qtbot, dialog)
    assert get_client(db.sessions, saved.id).form_of_address == "dr_f"
