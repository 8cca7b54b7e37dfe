"""Run as a program on a screen of a given size: opens every window on a demo book and
prints, as JSON, how big each opens and how small it can get.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.laptop_screen LANG

A test runs it in a process of its own, because the screen's size is fixed when Qt starts.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}


def screen_config(folder: Path) -> str:
    """The QT_QPA_PLATFORM value for an offscreen 1366×768 screen."""
    path = folder / "laptop-screen.json"
    path.write_text(json.dumps({"screens": [LAPTOP]}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def measure(language: str, folder: Path) -> dict[str, dict[str, object]]:
    from services.database import open_database
    from tests.ui.every_window import every_window, fill_demo_book
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, language)  # noqa: F841 (kept alive)
    db_path = folder / "book.sqlite3"
    db = open_database(db_path)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    client_id = fill_demo_book(db)
    sizes: dict[str, dict[str, object]] = {}
    for name, make in every_window(db, settings, client_id, db_path):
        window = make()
        window.show()
        app.processEvents()
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        sizes[name] = {
            "size": [window.width(), window.height()],
            "least": [least.width(), least.height()],
        }
        if isinstance(window, MainWindow):
            sizes[name]["hidden_columns"] = _columns_out_of_view(window)
        window.close()
        window.deleteLater()
    db.close()
    return sizes


def _columns_out_of_view(window) -> list[str]:
    """The list's verdict, score and review columns that need scrolling to be seen."""
    from ui.client_table_model import ClientTableModel as Model

    header = window.table.horizontalHeader()
    width = window.table.viewport().width()
    hidden = []
    for column in (Model.COL_VERDICT, Model.COL_SCORE, Model.COL_NEXT_REVIEW):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if header.isSectionHidden(column) or right > width:
            hidden.append(window.model.headerData(column, Qt.Orientation.Horizontal))
    return hidden


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(measure(sys.argv[1], Path(folder))))
