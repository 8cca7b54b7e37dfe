"""``init [--demo] [--lang es|en]``: start a new client book from the command line.

For a script or a person moving a spreadsheet into Clientela before ever opening the window:
``init`` then ``import``. It never touches an existing file or a server database that already
holds a Clientela book: creating is the only thing it does.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from models import Language
from services.business_profile import set_default_language
from services.database import connect, driver_message, open_database
from services.demo_data import load_demo_data
from services.errors import DatabaseError
from services.paths import default_data_dir, is_server_url
from services.server_connection import hide_password, masked_url
from ui.database_choice import command_line_location
from ui.i18n import choose_language
from ui.instance_lock import holding_database


def add_init_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo", action="store_true", help="add the dozen demo clients that show every case"
    )
    # Not "lang": a subcommand's default would overwrite the global --lang given before it.
    parser.add_argument(
        "--lang",
        dest="book_language",
        choices=[language.value for language in Language],
        help="the letters' default language (default: the interface's)",
    )


def _refuse_existing(location: str) -> None:
    if is_server_url(location):
        engine = connect(location)
        try:
            tables = set(inspect(engine).get_table_names())
        except SQLAlchemyError as exc:
            detail = hide_password(driver_message(exc), location)
            raise DatabaseError("bad_url", path=masked_url(location), detail=detail) from exc
        finally:
            engine.dispose()
        if tables:
            raise DatabaseError("book_exists", path=masked_url(location))
        return
    path = Path(location).absolute()
    # lexists: a dangling symlink, an empty file or a FIFO is "something there" too.
    if os.path.lexists(path):
        raise DatabaseError("book_exists", path=str(path))
    if path.parent == default_data_dir() and not path.parent.exists():
        path.parent.mkdir(parents=True)  # the default place is ours to create; --db folders not


def run_init(_db: None, args: argparse.Namespace) -> int:
    from ui.cli import EXIT_OK

    location = command_line_location(args.db)
    _refuse_existing(location)  # before the lock, which would open what is there
    with holding_database(location):
        db = open_database(location)  # built beside its place and moved there complete
        try:
            language = args.book_language or choose_language(args.lang, None)
            set_default_language(db.sessions, language)
            demo_clients = load_demo_data(db.sessions, date.today()) if args.demo else 0
            where = db.display_name
        finally:
            db.close()
    translate = QCoreApplication.translate
    print(translate("Cli", "Created a new client book at {path}.").format(path=where))
    if demo_clients:
        print(translate("Cli", "%n demo client(s) added.", None, demo_clients))
    print(
        translate(
            "Cli",
            "Before writing letters, open Clientela and fill in your business in "
            "File → Settings. To add your clients: {command}",
        ).format(command="clientela import FILE")
    )
    sys.stdout.flush()
    return EXIT_OK
