"""Starting the GUI: application identity, language, database, first-run welcome."""

from __future__ import annotations

import argparse
import sys
from typing import cast

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from services.about import APP_NAME, ORGANIZATION, VERSION
from services.criteria import load_catalogue
from services.database import Database, open_database
from services.errors import ClientelaError
from services.paths import is_server_url
from services.server_connection import (
    OTHER,
    PASSWORD_NEEDED,
    WRONG_PASSWORD,
    ServerAddress,
    ServerCheck,
    classify_failure,
)
from services.server_password import store_password
from ui import message_box
from ui.database_choice import choose_location, chosen_server
from ui.garbage_collection import collect_on_ui_thread
from ui.i18n import choose_language, install_translators
from ui.instance_lock import lock_database
from ui.messages import describe_error
from ui.start_probe import quit_when_shown_if_asked


def create_application(argv: list[str]) -> QApplication:
    # The only application this program makes is a QApplication (a test's, or this one).
    app = cast(QApplication, QApplication.instance() or QApplication(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(VERSION)
    collect_on_ui_thread(app)  # never from a worker thread: see ui/garbage_collection.py
    return app


def open_or_explain(location: str, address: ServerAddress | None = None) -> Database | None:
    """The database, or None after telling the user, in their language, why it cannot open.

    A damaged file is offered its latest good backup instead (ui/safety_checks.py); the server
    chosen in Settings (``address``) asks for its password when it needs one.
    """
    from ui.safety_checks import offer_backup_for_damaged

    try:
        return open_database(location)
    except ClientelaError as exc:
        reason = classify_failure(exc) if is_server_url(location) else None
        if address is not None and reason in (PASSWORD_NEEDED, WRONG_PASSWORD):
            return _ask_password_and_open(address, wrong=reason == WRONG_PASSWORD)
        if reason is not None and reason != OTHER:
            # A server's failure in the words Test connection uses: unreachable, no database...
            from ui.server_check_text import describe_server_check

            message_box.critical(None, APP_NAME, describe_server_check(ServerCheck(reason)))
            return None
        restored = offer_backup_for_damaged(location, exc)
        if restored is None:
            message_box.critical(None, APP_NAME, describe_error(exc))
        elif restored:
            return open_or_explain(location)
        return None


def _ask_password_and_open(address: ServerAddress, *, wrong: bool) -> Database | None:
    from ui.password_dialog import PasswordDialog

    dialog = PasswordDialog(address, wrong=wrong)
    try:
        if not dialog.exec():
            return None
        password, remember = dialog.password.text(), dialog.remember.isChecked()
    finally:
        delete_now(dialog)
    db = open_or_explain(address.url(password), address)
    if db is not None and remember:
        store_password(address, password)  # only once the server accepted it
    return db


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    settings = QSettings()
    install_translators(app, choose_language(args.lang, settings))
    location = choose_location(args.db, settings)
    address = chosen_server(args.db, settings)
    try:
        lock = lock_database(location)  # one writer per file: a second window is refused
    except ClientelaError as exc:
        message_box.critical(None, APP_NAME, describe_error(exc))
        return 2
    try:
        return _run_with_database(app, settings, location, address)
    finally:
        if lock is not None:
            lock.release()


def _run_with_database(
    app: QApplication, settings: QSettings, location: str, address: ServerAddress | None
) -> int:
    db = open_or_explain(location, address)
    if db is None:
        return 2
    try:
        load_catalogue()  # a damaged criteria file is reported now, not mid-evaluation
    except ClientelaError as exc:
        db.close()
        message_box.critical(None, APP_NAME, describe_error(exc))
        return 2

    from services.business_profile import is_configured
    from ui.author_setting import apply_author
    from ui.main_window import MainWindow
    from ui.safety_checks import back_up_on_exit, start_checks

    apply_author(settings)
    if not is_configured(db.sessions):
        from ui.welcome_dialog import WelcomeDialog

        welcome = WelcomeDialog(db.sessions)
        welcome.exec()
        delete_now(welcome)
    window = MainWindow(db, settings)
    window.show()
    quit_when_shown_if_asked(app)  # only under bench/bundle.py
    start_checks(window, db, settings)  # integrity check, then the day's backup
    try:
        return app.exec()
    finally:
        window.operations.wait()  # the check's connection uses the book about to close
        back_up_on_exit(db, settings)
        db.close()
        delete_now(window)


def delete_now(widget: QWidget) -> None:
    """Delete a window, and with it every dialog it parents, now, while the app exists.

    Left to Python, a window kept alive by its own signal connections (lambdas that hold
    ``self``) is destroyed only at interpreter exit, after the QApplication, with the Python
    side of its dialogs already gone: PySide6 then crashed in ~QWidget after main() returned
    (New client, Cancel, Quit: a segmentation fault every time).
    """
    if shiboken6.isValid(widget):
        shiboken6.delete(widget)
