"""Message boxes show names as text (issue #16, point 13): real boxes, read while they show.

A client called ``<b>Bold</b> & Co`` must read exactly so, never in bold nor without its
ampersand, and the boxes' blank lines between paragraphs must stay.
"""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from services.client_list import count_all
from services.clients import ClientInput, save_client
from ui import app as gui
from ui import personal_data_actions
from ui.main_window import MainWindow

NAME = "<b>Bold</b> & Co"


@pytest.fixture
def _restore_language(qapp):
    yield
    for translator in qapp.findChildren(QTranslator):  # leave the language as other tests expect
        qapp.removeTranslator(translator)
        translator.deleteLater()


class BoxReader:
    """Reads the next message box the moment it shows, then closes it with ``answer``."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.seen: list[tuple[str, Qt.TextFormat]] = []
        QTimer.singleShot(0, self._read)

    def _read(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._read)  # not shown yet
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        self.seen.append((label.text(), label.textFormat()))
        box.done(self.answer)

    @property
    def text(self) -> str:
        assert len(self.seen) == 1, self.seen
        text, text_format = self.seen[0]
        assert text_format == Qt.TextFormat.PlainText, text_format
        return text


def test_the_delete_question_names_the_client_literally_and_keeps_its_paragraphs(
    qtbot, shown, db, settings
):
    save_client(db.sessions, ClientInput(name=NAME))
    window = MainWindow(db, settings)
    shown(window)
    window.table.selectRow(0)

    reader = BoxReader(QMessageBox.StandardButton.No)
    window.act_delete.trigger()

    assert reader.text.startswith(f"Delete {NAME}?\n\nTheir sales")
    assert count_all(db.sessions) == 1  # No keeps the client


def test_the_erase_question_names_the_client_literally(qtbot):
    reader = BoxReader(QMessageBox.StandardButton.No)
    assert not personal_data_actions.confirm(None, personal_data_actions.erase_question(NAME))
    assert reader.text.startswith(f"Erase {NAME} completely?\n\n")


@pytest.mark.usefixtures("_restore_language")
def test_a_start_up_error_shows_a_path_with_markup_literally(qtbot, tmp_path, monkeypatch):
    """The message box ui/app.py shows when the book cannot be used, with the user's path."""
    folder = tmp_path / NAME.replace("/", "")  # "<b>Bold<b> & Co": a legal folder name
    folder.mkdir()
    path = folder / "book.sqlite3"
    path.write_bytes(b"")
    monkeypatch.setattr(
        gui, "QSettings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )

    reader = BoxReader(QMessageBox.StandardButton.Ok)
    assert gui.run_gui(argparse.Namespace(db=str(path), lang="en", command=None)) == 2

    assert reader.text.startswith(f"{path} is an empty file")


def test_the_import_wizard_shows_column_names_with_markup_literally(qtbot, db, tmp_path):
    from ui.import_wizard import ImportWizard

    path = tmp_path / "clients.csv"
    path.write_text(f"{NAME},City\nAcme,Sevilla\n", encoding="utf-8")
    wizard = ImportWizard(db.sessions, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the options page lists the columns found

    label = wizard.findChild(QLabel, "columns_found")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert NAME in label.text()
