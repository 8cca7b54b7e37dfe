"""Help → About: version, data folder, and the licences of the app, its fonts and libraries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, QUrl
from PySide6.QtGui import QDesktopServices

from services.about import COMPONENTS, VERSION, shipped_font_families
from ui.about_dialog import AboutDialog
from ui.main_window import MainWindow


def test_the_about_page_gives_the_version_the_data_folder_and_the_database(qtbot, tmp_path):
    dialog = AboutDialog("/srv/books/clientela.sqlite3")
    qtbot.addWidget(dialog)
    assert f"Clientela {VERSION}" in dialog.summary.text()
    assert "MIT" in dialog.summary.text()
    # conftest points the data folder into the test's own folder.
    assert str(tmp_path / "user-data") in dialog.data_label.text()
    assert "/srv/books/clientela.sqlite3" in dialog.data_label.text()


def test_the_licences_name_every_library_the_fonts_and_how_to_replace_qt(qtbot):
    dialog = AboutDialog("db")
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    for component in COMPONENTS:
        assert component.name in text
    assert shipped_font_families()  # the fonts the letters embed
    for family in shipped_font_families():
        assert family in text
    assert "SIL Open Font Licence 1.1" in text and "Apache License 2.0" in text
    assert "GNU Lesser General Public License version 3" in text
    assert QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath) in text


def test_the_full_licence_texts_are_shown(qtbot):
    dialog = AboutDialog("db")
    qtbot.addWidget(dialog)
    text = dialog.licence_texts.toPlainText()
    assert "Copyright (c) 2026 Clientela contributors" in text
    assert "Permission is hereby granted, free of charge" in text
    assert "SIL Open Font License, Version 1.1" in text
    assert "Apache License" in text and "Droid Sans Fallback" in text  # the CJK font's own


def test_open_data_folder_opens_it_in_the_file_manager(qtbot, tmp_path, monkeypatch):
    (tmp_path / "user-data").mkdir()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog("db")
    qtbot.addWidget(dialog)
    assert dialog.open_folder.isEnabled()
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "user-data"))]


def test_open_data_folder_is_disabled_before_the_folder_exists(qtbot):
    dialog = AboutDialog("db")
    qtbot.addWidget(dialog)
    assert not dialog.open_folder.isEnabled()


@pytest.mark.sqlite_file
def test_help_about_opens_the_dialog_on_the_database_in_use(qtbot, db, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.act_about.trigger()
    assert len(shown) == 1
    assert str(db.path) in shown[0].data_label.text()
