"""Test connection's answers, in plain words (services/server_connection.py names them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services import server_connection as sc


def describe_server_check(check: sc.ServerCheck) -> str:
    texts = {
        sc.BOOK_READY: QCoreApplication.translate(
            "ServerCheck", "Connected: this is a Clientela book, ready to use."
        ),
        sc.BOOK_TO_UPDATE: QCoreApplication.translate(
            "ServerCheck",
            "Connected: this is a book of an older Clientela; it is updated when Clientela "
            "opens it.",
        ),
        sc.EMPTY_DATABASE: QCoreApplication.translate(
            "ServerCheck",
            "Connected: the database is empty; Clientela creates the book in it at the next start.",
        ),
        sc.UNREACHABLE: QCoreApplication.translate(
            "ServerCheck",
            "The server cannot be reached. Check the server name and port, that the server is "
            "running, and that this computer may connect to it (network, firewall).",
        ),
        sc.WRONG_PASSWORD: QCoreApplication.translate(
            "ServerCheck",
            "The server refused the user name or the password. Check both and try again.",
        ),
        sc.PASSWORD_NEEDED: QCoreApplication.translate(
            "ServerCheck",
            "The server asks for a password: type it here, or keep it in the system keyring or "
            "in the password file (~/.pgpass).",
        ),
        sc.NO_SUCH_DATABASE: QCoreApplication.translate(
            "ServerCheck",
            "The server has no database with this name. Check the name, or ask whoever runs "
            "the server to create it.",
        ),
        sc.NOT_CLIENTELA: QCoreApplication.translate(
            "ServerCheck",
            "This database belongs to another program, not to Clientela. Choose another "
            "database; nothing was changed in it.",
        ),
        sc.NEWER_SCHEMA: QCoreApplication.translate(
            "ServerCheck",
            "This book was updated by a newer version of Clientela. Update Clientela on this "
            "computer to use it.",
        ),
        sc.SSL_FAILED: QCoreApplication.translate(
            "ServerCheck",
            "The secure connection (SSL) failed. Check the SSL mode, or ask whoever runs the "
            "server which one it needs.",
        ),
    }
    text = texts.get(check.code)
    if text is None:
        return QCoreApplication.translate("ServerCheck", "The connection failed: {detail}").format(
            detail=check.detail
        )
    return text
