from decimal import Decimal

from PySide6.QtCore import Qt

from services.business_profile import get_profile, is_configured
from services.client_list import count_all
from ui.i18n import LANGUAGE_SETTING
from ui.settings_dialog import SettingsDialog
from ui.welcome_dialog import WelcomeDialog


def _welcome(qtbot, db) -> WelcomeDialog:
    dialog = WelcomeDialog(db.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_welcome_starts_with_the_sensible_default_thresholds(qtbot, db):
    dialog = _welcome(qtbot, db)
    data = dialog.form.data()
    assert (data.payment_term_days, data.tolerated_delay_days, data.hard_limit_days) == (
        30,
        30,
        160,
    )
    assert data.max_return_rate_percent == Decimal("10.0")
    assert data.review_interval_days == 180


def test_typing_the_business_and_pressing_start_saves_the_profile(qtbot, keyboard, db):
    dialog = _welcome(qtbot, db)
    keyboard.type(dialog.form._edits["name"], "Carpintería Ñandú")
    keyboard.type(dialog.form._edits["signer_name"], "Begoña Ruiz")
    dialog.form.hard_limit_days.setValue(150)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    profile = get_profile(db.sessions)
    assert (profile.name, profile.signer_name, profile.hard_limit_days) == (
        "Carpintería Ñandú",
        "Begoña Ruiz",
        150,
    )
    assert count_all(db.sessions) == 0  # no demo unless asked


def test_start_without_a_business_name_shows_the_message_and_saves_nothing(qtbot, db):
    dialog = _welcome(qtbot, db)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form._messages["name"].text() == "This field is required."
    assert not is_configured(db.sessions)


def test_ticking_demo_loads_the_demo_clients(qtbot, keyboard, db):
    dialog = _welcome(qtbot, db)
    keyboard.type(dialog.form._edits["name"], "Demo S.L.")
    dialog.demo.setChecked(True)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.demo_loaded == count_all(db.sessions) == 12


def test_settings_save_a_threshold_and_the_interface_language(qtbot, keyboard, db, settings):
    dialog = SettingsDialog(db.sessions, settings)
    qtbot.addWidget(dialog)
    keyboard.type(dialog.form._edits["name"], "Ferretería Núñez")
    dialog.form.review_interval_days.setValue(90)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.save()
    assert get_profile(db.sessions).review_interval_days == 90
    assert settings.value(LANGUAGE_SETTING) == "es"


def test_settings_cancelled_change_nothing(qtbot, keyboard, db, settings):
    dialog = SettingsDialog(db.sessions, settings)
    qtbot.addWidget(dialog)
    keyboard.type(dialog.form._edits["name"], "Never saved")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert not is_configured(db.sessions)
    assert settings.value(LANGUAGE_SETTING) is None


def test_settings_with_an_invalid_email_stay_open_and_store_nothing(qtbot, keyboard, db, settings):
    dialog = SettingsDialog(db.sessions, settings)
    qtbot.addWidget(dialog)
    keyboard.type(dialog.form._edits["name"], "X")
    keyboard.type(dialog.form._edits["email"], "nope")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "email address" in dialog.form._messages["email"].text()
    assert not is_configured(db.sessions)
