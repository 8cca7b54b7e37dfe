"""File → Settings → Database: the team's server is chosen there, tested, kept without its
password; the first start on an empty server database creates the book."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from services.business_profile import ProfileData, save_profile
from services.server_connection import ServerAddress
from tests import server
from tests.server import socket_address
from ui import app as gui
from ui import message_box
from ui.database_choice import choose_location, server_address
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.welcome_dialog import WelcomeDialog


@pytest.fixture
def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, db, ini) -> SettingsDialog:
    save_profile(db.sessions, ProfileData(name="Ferretería Núñez", city="Sevilla"))
    dialog = SettingsDialog(db.sessions, ini)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    return dialog


def _fill(dialog: SettingsDialog, address: ServerAddress, password: str = "") -> None:
    dialog.use_server.setChecked(True)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)
    dialog.ssl_mode.setCurrentIndex(dialog.ssl_mode.findData(address.ssl_mode))
    dialog.password.setText(password)


def test_the_server_is_kept_in_the_settings_and_its_password_in_the_keyring(
    qtbot, db, ini, tmp_path, system_keyring
):
    dialog = _dialog(qtbot, db, ini)
    assert dialog.use_file.isChecked() and not dialog.host.isEnabled()
    office = ServerAddress("db.office.lan", "book", "ana", 5433, "require")
    _fill(dialog, office, "S3cret-pw")
    dialog.save_button.click()
    ini.sync()
    assert server_address(ini) == office
    assert "S3cret-pw" not in (tmp_path / "s.ini").read_text()
    assert list(system_keyring.kept.values()) == ["S3cret-pw"]
    # The next start connects with the keyring's password; --db and $CLIENTELA_DB still win.
    assert make_url(choose_location(None, ini, env={})).password == "S3cret-pw"
    assert choose_location("/tmp/own.sqlite3", ini, env={}) == "/tmp/own.sqlite3"
    assert choose_location(None, ini, env={"CLIENTELA_DB": "/tmp/env.sqlite3"}).endswith(
        "env.sqlite3"
    )
    again = _dialog(qtbot, db, ini)
    assert again.use_server.isChecked() and again.host.text() == "db.office.lan"
    assert again.password.text() == ""
    again.use_file.setChecked(True)
    again.save_button.click()
    assert server_address(ini) is None


def test_test_connection_answers_in_the_background_and_says_when_no_server_listens(qtbot, db, ini):
    dialog = _dialog(qtbot, db, ini)
    _fill(dialog, ServerAddress("127.0.0.1", "book", "ana", 1, "disable"), "S3cret-pw")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    # The click returned before the server answered: the dialog says so and waits.
    assert not dialog.test_button.isEnabled()
    assert dialog.connection_result.text() == "Connecting…"
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=15_000)
    assert "cannot be reached" in dialog.connection_result.text()
    assert "S3cret-pw" not in dialog.connection_result.text()


def test_test_connection_says_the_database_is_missing(qtbot, db, ini, server_url):
    dialog = _dialog(qtbot, db, ini)
    _fill(dialog, socket_address(server_url, "no_such_book"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert "no database with this name" in dialog.connection_result.text()


def test_test_connection_says_the_password_was_refused(qtbot, db, ini, password_server):
    dialog = _dialog(qtbot, db, ini)
    _fill(dialog, socket_address(password_server, "postgres"), "not-the-one")
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert "refused the user name or the password" in dialog.connection_result.text()
    assert "not-the-one" not in dialog.connection_result.text()


@pytest.fixture
def started(qapp, monkeypatch, tmp_path):
    shown = {"errors": [], "windows": []}
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setattr(gui, "delete_now", lambda _widget: None)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    monkeypatch.setattr(message_box, "critical", lambda _p, _t, text: shown["errors"].append(text))
    monkeypatch.setattr(MainWindow, "show", lambda self: shown["windows"].append(self))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(gui, "QSettings", lambda: settings)
    shown["settings"] = settings
    yield shown
    for window in shown["windows"]:
        window._db.close()
        window.deleteLater()


def test_the_first_start_on_the_chosen_server_asks_the_password_and_creates_the_book(
    started, monkeypatch, password_server, system_keyring
):
    from sqlalchemy import create_engine, text

    from services.server_connection import check_server
    from ui.password_dialog import PasswordDialog

    admin = create_engine(
        make_url(password_server).set(password=server.PASSWORD, database="postgres"),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS first_start"))
        conn.execute(text("CREATE DATABASE first_start"))
    admin.dispose()
    address = socket_address(password_server, "first_start")
    from ui.database_choice import save_server_address

    save_server_address(started["settings"], address)
    asked = []

    def type_password(dialog: PasswordDialog) -> int:
        asked.append(dialog)
        dialog.password.setText(server.PASSWORD)
        dialog.remember.setChecked(True)
        return 1

    monkeypatch.setattr(PasswordDialog, "exec", type_password)
    args = argparse.Namespace(db=None, lang="en", command=None)
    assert gui.run_gui(args) == 0
    assert started["errors"] == [] and len(asked) == 1 and len(started["windows"]) == 1
    assert list(system_keyring.kept.values()) == [server.PASSWORD]
    assert check_server(address.url(server.PASSWORD)).code == "book_ready"


def test_a_start_on_a_missing_server_database_says_so_in_plain_words(started, server_url):
    from ui.database_choice import save_server_address

    save_server_address(started["settings"], socket_address(server_url, "no_such_book"))
    args = argparse.Namespace(db=None, lang="en", command=None)
    assert gui.run_gui(args) == 2
    assert len(started["errors"]) == 1
    assert "no database with this name" in started["errors"][0]
    assert started["windows"] == []
