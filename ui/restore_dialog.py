"""Choosing the backup to restore: this database's backups, newest first, or any file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.backups import (
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    DAILY,
    EXIT,
    MANUAL,
    Backup,
    list_backups,
)
from services.paths import backup_dir_for
from ui.screen_fit import fit_on_screen


class RestoreDialog(QDialog):
    """``chosen`` is the file picked, once the dialog is accepted."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Your current database is copied to the "
                "backups folder first, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setObjectName("backup_list")
        for backup in list_backups(db_path):
            item = QListWidgetItem(self._describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        self.backups.itemDoubleClicked.connect(lambda _item: self._choose_selected())
        empty = QLabel(
            self.tr("There are no backups in {folder} yet.").format(folder=backup_dir_for(db_path))
        )
        empty.setVisible(self.backups.count() == 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.other_button = QPushButton(self.tr("&Other file…"))
        self.other_button.setObjectName("other_file_button")
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._choose_selected)
        self.other_button.clicked.connect(self._choose_other)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        fit_on_screen(self, 560, 360)

    def _describe(self, backup: Backup) -> str:
        locale = QLocale()
        when = locale.toString(  # type: ignore[call-overload]  # PySide6 takes a datetime
            backup.taken_at.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat
        )
        size = locale.formattedDataSize(backup.size)
        return f"{when}  —  {self._kind_label(backup.kind)}  —  {size}"

    def _kind_label(self, kind: str) -> str:
        labels = {
            MANUAL: self.tr("made by you"),
            DAILY: self.tr("daily"),
            EXIT: self.tr("on closing"),
            BEFORE_RESTORE: self.tr("before a restore"),
        }
        if kind.startswith(BEFORE_MIGRATION):
            return self.tr("before an update")
        return labels.get(kind, kind)

    def _choose_selected(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _choose_other(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(backup_dir_for(self._db_path)),
            self.tr("Clientela databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
