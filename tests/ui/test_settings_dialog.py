from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel

from services.business_profile import ProfileData, get_profile, save_profile
from ui.i18n import LANGUAGE_SETTING
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def configured(db):
    save_profile(db.sessions, ProfileData(name="Ferretería Núñez e Hijos", city="Sevilla"))


def settings_dialog(qtbot, db, ini) -> SettingsDialog:
    dialog = SettingsDialog(db.sessions, ini)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_language(qtbot, dialog: SettingsDialog, label: str) -> None:
    """Pick from the combo with the keyboard, as a user tabbing through would."""
    dialog.tabs.setCurrentIndex(1)
    dialog.language.setFocus()
    for _ in range(dialog.language.count()):
        if dialog.language.currentText() == label:
            return
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    raise AssertionError(label)


def type_number(qtbot, spin_box, text: str) -> None:
    spin_box.setFocus()
    spin_box.selectAll()
    qtbot.keyClicks(spin_box, text)


def test_settings_show_the_stored_profile_and_language(qtbot, db, ini, configured):
    ini.setValue(LANGUAGE_SETTING, "en")
    dialog = settings_dialog(qtbot, db, ini)
    assert dialog.form.data() == get_profile(db.sessions)
    assert dialog.language.currentText() == "English"


def test_saving_stores_a_changed_threshold_and_the_language(qtbot, db, ini, configured):
    dialog = settings_dialog(qtbot, db, ini)
    type_number(qtbot, dialog.form.field("review_interval_days"), "90")
    type_number(qtbot, dialog.form.field("max_return_rate_percent"), "12.5")
    choose_language(qtbot, dialog, "Español")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = get_profile(db.sessions)
    assert (profile.review_interval_days, str(profile.max_return_rate_percent)) == (90, "12.50")
    assert profile.city == "Sevilla"  # untouched fields are kept
    reread = QSettings(ini.fileName(), QSettings.Format.IniFormat)
    assert reread.value(LANGUAGE_SETTING) == "es"


def test_system_default_is_stored_as_an_empty_language(qtbot, db, ini, configured):
    ini.setValue(LANGUAGE_SETTING, "es")
    dialog = settings_dialog(qtbot, db, ini)
    dialog.language.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ini.value(LANGUAGE_SETTING) == ""


def test_cancel_changes_neither_the_profile_nor_the_language(qtbot, keyboard, db, ini, configured):
    dialog = settings_dialog(qtbot, db, ini)
    keyboard.type(dialog.form.field("city"), " y Huelva")
    choose_language(qtbot, dialog, "English")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_profile(db.sessions).city == "Sevilla"
    assert ini.value(LANGUAGE_SETTING) is None


def test_an_invalid_profile_keeps_the_dialog_open_on_the_business_tab(
    qtbot, keyboard, db, ini, configured
):
    dialog = settings_dialog(qtbot, db, ini)
    keyboard.type(dialog.form.field("email"), "nope")
    choose_language(qtbot, dialog, "English")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0
    assert "email address" in dialog.form.findChild(QLabel, "email_message").text()
    assert get_profile(db.sessions).email == ""
    assert ini.value(LANGUAGE_SETTING) is None  # nothing is stored until everything is valid


def test_the_revenue_minimum_shows_the_business_currency(qtbot, db, ini, configured):
    dialog = settings_dialog(qtbot, db, ini)
    currency = dialog.form.field("currency")
    currency.selectAll()
    qtbot.keyClicks(currency, "mxn")
    assert dialog.form.field("min_revenue_per_year").suffix() == " MXN"


def test_an_offer_typed_for_each_letter_language_is_stored_for_that_language(
    qtbot, db, ini, configured
):
    dialog = settings_dialog(qtbot, db, ini)
    for name, text in (
        ("loyalty_offer_es", "un cafe gratis"),
        ("loyalty_offer_en", "a free coffee"),
    ):
        field = dialog.form.field(name)
        field.setFocus()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    profile = get_profile(db.sessions)
    assert (profile.loyalty_offer_es, profile.loyalty_offer_en) == (
        "un cafe gratis",
        "a free coffee",
    )
    assert (profile.loyalty_offer("es"), profile.loyalty_offer("en")) == (
        "un cafe gratis",
        "a free coffee",
    )


def test_the_name_recorded_on_evaluations_and_letters_is_set_here(
    qtbot, keyboard, db, ini, configured, monkeypatch
):
    from services import authorship
    from ui.author_setting import AUTHOR_SETTING

    monkeypatch.setattr(authorship, "_chosen", "")
    dialog = settings_dialog(qtbot, db, ini)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.author.placeholderText() == authorship.system_user()
    keyboard.type(dialog.author, "María Pérez")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert QSettings(ini.fileName(), QSettings.Format.IniFormat).value(AUTHOR_SETTING) == (
        "María Pérez"
    )
    assert authorship.current_author() == "María Pérez"


@pytest.mark.parametrize(
    ("button", "stored"), [("reload_button", "Huelva"), ("overwrite_button", "Cádiz")]
)
def test_a_profile_saved_elsewhere_meanwhile_shows_both_and_the_choice_decides(
    qtbot, keyboard, db, ini, configured, monkeypatch, button, stored
):
    from ui.conflict_dialog import ConflictDialog

    shown = []

    def answer(conflict: ConflictDialog) -> int:
        shown.append(conflict.differences())
        getattr(conflict, button).click()
        return conflict.result()

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    dialog = settings_dialog(qtbot, db, ini)
    colleague = get_profile(db.sessions)
    save_profile(db.sessions, ProfileData(**{**vars(colleague), "city": "Huelva"}), 1)
    city = dialog.form.field("city")
    city.clear()
    keyboard.type(city, "Cádiz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and ("Huelva", "Cádiz") in [row[1:] for row in shown[0]]
    if button == "reload_button":
        assert dialog.isVisible() and city.text() == "Huelva"
    else:
        assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_profile(db.sessions).city == stored
