from PySide6.QtCore import QLocale

from ui.i18n import LANGUAGE_SETTING, choose_language


def test_command_line_language_wins_over_the_settings(settings):
    settings.setValue(LANGUAGE_SETTING, "en")
    assert choose_language("es", settings) == "es"


def test_settings_override_wins_over_the_system_language(settings):
    settings.setValue(LANGUAGE_SETTING, "es")
    assert choose_language(None, settings) == "es"


def test_without_a_choice_the_system_language_is_followed_or_english(settings, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert choose_language(None, settings) == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert choose_language(None, settings) == "en"
