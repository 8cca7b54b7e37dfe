"""Choosing the interface language and loading Qt's and Clientela's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from services.resources import resource_path

SUPPORTED_LANGUAGES = ("es", "en")
LANGUAGE_SETTING = "ui/language"


def choose_language(cli_language: str | None, settings: QSettings | None) -> str:
    """--lang wins, then the Settings override, then the system language, else English."""
    if cli_language in SUPPORTED_LANGUAGES:
        return cli_language
    if settings is not None:
        chosen = str(settings.value(LANGUAGE_SETTING, "") or "")
        if chosen in SUPPORTED_LANGUAGES:
            return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else "en"


def interface_language() -> str:
    """The language the interface speaks now (install_translators made it Qt's default)."""
    language = QLocale().name().split("_")[0]
    return language if language in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings (button boxes, dialogs) and ours; returns them to keep alive."""
    locale = QLocale(language) if language != QLocale.system().name()[:2] else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    candidates = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("clientela", str(resource_path("translations"))),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
