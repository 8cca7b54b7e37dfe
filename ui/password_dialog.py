"""Asking for the team server's password at start, when nothing else supplies it.

The password is kept in memory for this run; with "Remember" ticked it goes to the system
keyring (never to the settings). Without a keyring the box says so and stays unticked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from services.server_connection import ServerAddress
from services.server_password import keyring_available


class PasswordDialog(QDialog):
    def __init__(
        self, address: ServerAddress, *, wrong: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server password"))
        intro = (
            self.tr("The password for {user} on {host} was not accepted. Type it again.")
            if wrong
            else self.tr("Type the password for {user} on {host} (database {database}).")
        )
        label = QLabel(
            intro.format(
                user=address.user, host=address.host or "localhost", database=address.database
            )
        )
        label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember it in the system keyring"))
        self.remember.setObjectName("remember_password")
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no system keyring: Clientela asks at every start.")
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(buttons)
