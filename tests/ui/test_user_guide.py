"""Help → User guide: shipped in both languages, opened from the menu, the wizard's pages
(F1 on a page opens the section on its questions) and the thresholds in Settings."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWhatsThis, QWidget, QWizard

from services.client_list import ClientQuery, search_ids
from services.criteria import load_catalogue
from services.demo_data import load_demo_data
from services.resources import resource_path
from ui.evaluation_wizard import EvaluationWizard
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.user_guide import UserGuide

LANGUAGES = ("es", "en")
# The anchors the app links to; the groups' come from the checklist itself.
APP_ANCHORS = {"start", "checklist", "verdicts", "letters"}


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.links: set[str] = set()
        self.images: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("name"):
            self.names.add(attrs["name"])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.add(attrs["href"][1:])
        if tag == "img":
            self.images.add(attrs["src"])


def _parsed(language: str) -> _Anchors:
    parser = _Anchors()
    parser.feed(resource_path("guide", f"guide_{language}.html").read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_has_every_section_the_app_links_to_and_its_pictures(language):
    guide = _parsed(language)
    groups = {f"group-{group.id}" for group in load_catalogue().groups}
    assert APP_ANCHORS | groups <= guide.names
    assert guide.links <= guide.names  # its own table of contents
    assert guide.images, "an illustrated guide"
    for image in guide.images:
        assert resource_path("guide", image).is_file(), image


def test_the_spanish_guide_names_the_menus_as_the_spanish_app_does():
    text = resource_path("guide", "guide_es.html").read_text(encoding="utf-8")
    for words in ("Archivo &rarr; Preferencias", "Fidelizar", "Poner límites", "Dejar ir"):
        assert words in text
    assert not re.search(r"\b(Settings|Retain|Let go)\b", text)


def _guide() -> UserGuide:
    (guide,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, UserGuide) and w.isVisible()
    ]
    return guide


def test_f1_in_the_main_window_opens_the_guide(qtbot, db, settings, shown):
    window = MainWindow(db, settings)
    shown(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _guide()
    qtbot.addWidget(guide)
    assert guide.isVisible()
    assert "The checklist" in guide.browser.toPlainText()
    assert window.act_whats_this.shortcut().toString() == "Shift+F1"


def test_the_guide_speaks_the_interface_language(qtbot):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.show_section("verdicts")
    assert guide.browser.source().fileName() == "guide_es.html"
    assert "La lista de comprobación" in guide.browser.toPlainText()


def test_f1_on_a_wizard_page_opens_the_guide_at_that_page_s_questions(qtbot, db, shown):
    load_demo_data(db.sessions, date.today())
    client_id = search_ids(db.sessions, ClientQuery())[0]
    wizard = EvaluationWizard(db.sessions, client_id, today=date.today())
    shown(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    guide = _guide()
    qtbot.addWidget(guide)
    assert guide.browser.source().fragment() == f"group-{page.group_id}"
    while wizard.currentPage() is not wizard.result_page:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.HelpButton), Qt.MouseButton.LeftButton)
    assert _guide() is guide, "one guide window, moved to the new section"
    assert guide.browser.source().fragment() == "verdicts"


def test_every_threshold_explains_itself_and_links_to_the_guide(qtbot, db, settings):
    dialog = SettingsDialog(db.sessions, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in (
        "payment_term_days",
        "tolerated_delay_days",
        "hard_limit_days",
        "max_return_rate_percent",
        "min_units_per_year",
        "min_revenue_per_year",
        "review_interval_days",
    ):
        field = dialog.findChild(QWidget, name)
        assert field is not None, name
        assert len(field.whatsThis()) > 60, name
    assert "160 days" in dialog.findChild(QWidget, "hard_limit_days").whatsThis()
    dialog.findChild(QLabel, "thresholds_guide_link").linkActivated.emit("#start")
    guide = _guide()
    qtbot.addWidget(guide)
    assert guide.browser.source().fragment() == "start"


def test_shift_f1_in_settings_asks_what_a_field_is(qtbot, db, settings, shown):
    dialog = SettingsDialog(db.sessions, settings)
    shown(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    try:
        assert QWhatsThis.inWhatsThisMode()
    finally:
        QWhatsThis.leaveWhatsThisMode()
