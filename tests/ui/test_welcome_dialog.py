import base64
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from services.business_profile import ProfileData, get_profile, is_configured, save_profile
from services.client_list import count_all
from services.clients import ClientInput, save_client
from services.demo_data import load_demo_data
from ui.welcome_dialog import WelcomeDialog

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def welcome(qtbot, db) -> WelcomeDialog:
    dialog = WelcomeDialog(db.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def message(dialog: WelcomeDialog, name: str) -> str:
    label = dialog.form.findChild(QLabel, f"{name}_message")
    return label.text() if label.isVisible() else ""


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_form_opens_with_the_default_thresholds_and_the_cursor_in_the_name(qtbot, db):
    dialog = welcome(qtbot, db)
    assert dialog.form.data() == ProfileData()
    assert dialog.focusWidget() is dialog.form.field("name")
    assert not dialog.demo.isChecked()


def test_typing_the_business_and_pressing_start_saves_the_profile(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Carpintería Ñandú")
    keyboard.type(dialog.form.field("city"), "Logroño")
    keyboard.type(dialog.form.field("signer_name"), "Begoña Ruiz")
    hard_limit = dialog.form.field("hard_limit_days")
    hard_limit.selectAll()
    qtbot.keyClicks(hard_limit, "150")
    click(qtbot, dialog.start_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = get_profile(db.sessions)
    assert (profile.name, profile.city, profile.signer_name, profile.hard_limit_days) == (
        "Carpintería Ñandú",
        "Logroño",
        "Begoña Ruiz",
        150,
    )
    assert dialog.demo_loaded == count_all(db.sessions) == 0  # no demo unless asked


def test_enter_in_the_name_field_starts(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Óptica Peña")
    qtbot.keyClick(dialog.form.field("name"), Qt.Key.Key_Return)
    assert get_profile(db.sessions).name == "Óptica Peña"


def test_start_without_a_business_name_explains_and_saves_nothing(qtbot, db):
    dialog = welcome(qtbot, db)
    click(qtbot, dialog.start_button)
    assert dialog.isVisible()
    assert message(dialog, "name") == "This field is required."
    assert dialog.focusWidget() is dialog.form.field("name")
    assert not is_configured(db.sessions)


def test_a_hard_limit_shorter_than_the_term_is_explained_next_to_it(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Ferretería Núñez")
    dialog.form.field("hard_limit_days").setValue(20)
    click(qtbot, dialog.start_button)
    assert "cannot be shorter than the agreed payment term" in message(dialog, "hard_limit_days")
    assert message(dialog, "name") == ""
    assert not is_configured(db.sessions)


def test_a_corrected_form_saves_and_clears_the_old_messages(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    click(qtbot, dialog.start_button)
    keyboard.type(dialog.form.field("name"), "Müller & Søn Trading")
    keyboard.type(dialog.form.field("email"), "info@")
    click(qtbot, dialog.start_button)
    assert message(dialog, "name") == ""
    assert "email address" in message(dialog, "email")
    keyboard.type(dialog.form.field("email"), "mullerson.co.uk")
    click(qtbot, dialog.start_button)
    assert get_profile(db.sessions).email == "info@mullerson.co.uk"


def test_ticking_demo_loads_the_demo_clients(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Demo S.L.")
    click(qtbot, dialog.demo)
    click(qtbot, dialog.start_button)
    assert dialog.demo.isChecked()
    assert dialog.demo_loaded == count_all(db.sessions) == 12


def test_demo_is_not_offered_when_the_book_already_has_clients(qtbot, db):
    save_client(db.sessions, ClientInput(name="Talleres Ibáñez S.L."))
    dialog = welcome(qtbot, db)
    assert not dialog.demo.isEnabled()


def test_demo_refused_at_the_last_moment_is_explained_and_the_profile_kept(
    qtbot, keyboard, db, monkeypatch
):
    told = []
    dialog = welcome(qtbot, db)
    monkeypatch.setattr(dialog, "inform", told.append)
    keyboard.type(dialog.form.field("name"), "Greenleaf Bakery Ltd.")
    click(qtbot, dialog.demo)
    load_demo_data(db.sessions, date.today())  # someone else filled the book meanwhile
    click(qtbot, dialog.start_button)
    assert told == ["Demo clients can only be loaded into an empty client book."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.demo_loaded == 0
    assert is_configured(db.sessions)


def test_later_saves_nothing(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Never saved")
    click(qtbot, dialog.later_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not is_configured(db.sessions)


def test_a_chosen_logo_is_previewed_and_saved(qtbot, keyboard, db, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Café Zoë")
    assert not dialog.form.logo_preview.isVisible()
    keyboard.type(dialog.form.field("logo_path"), str(logo))
    assert dialog.form.logo_preview.isVisible()
    click(qtbot, dialog.start_button)
    assert get_profile(db.sessions).logo_path == str(logo)


def test_a_profile_saved_earlier_is_shown_again(qtbot, db):
    save_profile(
        db.sessions,
        ProfileData(name="Estudio Gómez-Ruiz", max_return_rate_percent=Decimal("7.5")),
    )
    dialog = welcome(qtbot, db)
    data = dialog.form.data()
    assert (data.name, data.max_return_rate_percent) == ("Estudio Gómez-Ruiz", Decimal("7.5"))


def test_the_dialog_fits_a_small_laptop_screen(qtbot, db):
    dialog = welcome(qtbot, db)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()


def test_the_welcome_asks_for_street_postal_code_and_city_apart(qtbot, keyboard, db):
    dialog = welcome(qtbot, db)
    keyboard.type(dialog.form.field("name"), "Carpintería Ñandú")
    keyboard.type(dialog.form.field("address"), "Calle Portales, 12")
    keyboard.type(dialog.form.field("postal_code"), "26001")
    keyboard.type(dialog.form.field("city"), "Logroño")
    click(qtbot, dialog.start_button)

    profile = get_profile(db.sessions)
    assert (profile.address, profile.postal_code, profile.city) == (
        "Calle Portales, 12",
        "26001",
        "Logroño",
    )
