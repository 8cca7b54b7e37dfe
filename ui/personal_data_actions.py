"""Client menu: export a client's data, erase them, or anonymise them (personal-data rights).

Each action says plainly what will happen before it does anything irreversible.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from services.about import APP_NAME
from services.errors import ClientelaError
from services.file_names import safe_stem
from services.personal_data import (
    ErasureReport,
    anonymise_client,
    anonymous_name,
    erase_client,
    export_client_data,
)
from services.progress import Sessions
from ui import message_box
from ui.i18n import interface_language
from ui.messages import describe_error
from ui.questions import ask


# Seams for tests, which cannot click through native dialogs.
def choose_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonalData", "Export client data"),
        suggested,
        QCoreApplication.translate("PersonalData", "JSON files (*.json)"),
    )
    return path


def inform(parent: QWidget | None, text: str) -> None:
    message_box.information(parent, APP_NAME, text)


def confirm(parent: QWidget | None, question: str) -> bool:
    return ask(parent, APP_NAME, question)


def erase_question(name: str) -> str:
    return QCoreApplication.translate(
        "PersonalData",
        "Erase {name} completely?\n\n"
        "Their record, sales, payments, returns, evaluations and letters are deleted, and the "
        "letter PDFs Clientela wrote for them are removed from disk. This cannot be undone.\n\n"
        "If you must keep their sales and payments for your accounts, choose Anonymise instead.",
    ).format(name=name)


def anonymise_question(name: str, client_id: int) -> str:
    return QCoreApplication.translate(
        "PersonalData",
        "Anonymise {name}?\n\n"
        "Their name becomes “{anonymous}”. Tax id, contact person, email, phone, "
        "address, notes, tags, return reasons, evaluation comments and letters (with their "
        "PDFs) are deleted.\n\n"
        "Kept for your records: the dates, units and amounts of their sales, payments and "
        "returns, invoice references, and the scores and verdicts of their evaluations. "
        "This cannot be undone.",
    ).format(name=name, anonymous=anonymous_name(client_id, interface_language()))


def export_data(parent: QWidget | None, sessions: Sessions, client_id: int, name: str) -> bool:
    suggested = str(Path.home() / f"{safe_stem(name, 'client')}.json")
    path = choose_save_path(parent, suggested)
    if not path:
        return False
    try:
        written = export_client_data(sessions, client_id, path)
    except ClientelaError as exc:
        inform(parent, describe_error(exc))
        return False
    inform(
        parent,
        QCoreApplication.translate(
            "PersonalData", "Everything Clientela holds about {name} was saved to\n{path}"
        ).format(name=name, path=written),
    )
    return True


def _left_files(report: ErasureReport) -> str:
    text = ""
    if report.letter_files_left:
        files = "\n".join(path for path, _reason in report.letter_files_left)
        text += "\n\n" + QCoreApplication.translate(
            "PersonalData",
            "These letter files were not removed (changed since Clientela wrote them, or not "
            "removable); delete them yourself if they should go:\n{files}",
        ).format(files=files)
    if report.combined_files_kept:
        files = "\n".join(report.combined_files_kept)
        text += "\n\n" + QCoreApplication.translate(
            "PersonalData",
            "These campaign files hold other clients' letters too, so they were kept; "
            "their letter is still in them:\n{files}",
        ).format(files=files)
    return text


def erase(parent: QWidget | None, sessions: Sessions, client_id: int, name: str) -> bool:
    done = QCoreApplication.translate("PersonalData", "{name} was erased.")
    action = partial(erase_client, sessions, client_id)
    return _confirmed(parent, erase_question(name), action, done.format(name=name))


def anonymise(parent: QWidget | None, sessions: Sessions, client_id: int, name: str) -> bool:
    done = QCoreApplication.translate("PersonalData", "{name} was anonymised.")
    action = partial(anonymise_client, sessions, client_id, interface_language())
    return _confirmed(parent, anonymise_question(name, client_id), action, done.format(name=name))


def _confirmed(
    parent: QWidget | None, question: str, action: Callable[[], ErasureReport], done: str
) -> bool:
    """Ask, act, then say what happened and which letter files are left; False if not done."""
    if not confirm(parent, question):
        return False
    try:
        report = action()
    except ClientelaError as exc:
        inform(parent, describe_error(exc))
        return False
    inform(parent, done + _left_files(report))
    return True
