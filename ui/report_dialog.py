"""The portfolio report, previewed, then printed, saved or opened: as a letter is
(ui/letter_dialog.py), but nothing is recorded in a client's history."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.file_names import safe_stem
from services.portfolio import Portfolio
from services.progress import Sessions
from ui import operations
from ui.cli_report import report_language
from ui.operations import Operation, failure_text
from ui.pdf_preview import PdfPreview, open_in_viewer, print_document
from ui.screen_fit import fit_on_screen

SAVE_FOLDER_KEY = "reports/save_folder"


class ReportDialog(QDialog):
    def __init__(
        self,
        sessions: Sessions,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
        figures: Portfolio | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self._today = today or date.today()
        self._figures = figures  # the dashboard's, when current: else counted here
        self._folder = tempfile.TemporaryDirectory(prefix="clientela-report-")
        self.path = Path(self._folder.name) / "report.pdf"
        self._closed = False
        self.setWindowTitle(self.tr("Portfolio report"))

        self.preview = PdfPreview(self)
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = self._add(buttons, self.tr("&Print…"), QKeySequence.StandardKey.Print)
        self.save_button = self._add(buttons, self.tr("&Save as…"), QKeySequence.StandardKey.Save)
        self.open_button = self._add(buttons, self.tr("&Open in PDF viewer"), None)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.print_report())
        self.save_button.clicked.connect(lambda: self.save_as())
        self.open_button.clicked.connect(self.open_in_viewer)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_on_screen(self, 900, 700)
        self.write()

    def _add(self, box: QDialogButtonBox, text: str, keys) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        if keys is not None:
            button.setShortcut(QKeySequence(keys))
        return button

    def write(self) -> bool:
        """Write the report in the background; the preview and its buttons follow.

        False when it could not start (another operation refused it).
        """
        from services.portfolio_report import write_report  # brings reportlab

        language = report_language(None)
        self._enable(False)
        return operations.start(
            self,
            Operation(
                lambda _progress: write_report(
                    self._sessions,
                    self._today,
                    self.path,
                    language=language,
                    figures=self._figures,
                ),
                self.tr("Preparing the report…"),
                on_success=lambda _result: self._show(),
                on_failure=lambda error: (
                    None if self._closed else self._failed(failure_text(error))
                ),
            ),
        )

    def _show(self) -> None:
        if self._closed:  # closed while it was written: its folder is gone
            return
        self.preview.load(str(self.path))
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(on)

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        self._enable(False)

    def suggested_name(self) -> str:
        return safe_stem(self.tr("Portfolio report %1").replace("%1", f"{self._today:%Y-%m-%d}"))

    def save_as(self, chosen: str | None = None) -> Path | None:
        if chosen is None:
            remembered = self._settings.value(SAVE_FOLDER_KEY) if self._settings else None
            suggested = Path(str(remembered or Path.home())) / f"{self.suggested_name()}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report"), str(suggested), self.tr("PDF documents (*.pdf)")
            )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        try:
            shutil.copyfile(self.path, path)
        except OSError as error:
            self.status.setText(
                self.tr("The report could not be saved: %1").replace("%1", error.strerror or "")
            )
            return None
        if self._settings is not None:
            self._settings.setValue(SAVE_FOLDER_KEY, str(path.parent))
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return path

    def open_in_viewer(self) -> None:
        kept = Path(tempfile.gettempdir()) / f"{self.suggested_name()}.pdf"
        try:
            shutil.copyfile(self.path, kept)  # outlives the dialog's own folder
        except OSError as error:
            self.status.setText(error.strerror or "")
            return
        failed = open_in_viewer(str(kept))
        self.status.setText(failed or self.tr("Opened %1.").replace("%1", str(kept)))

    def print_report(self, printer: QPrinter | None = None) -> None:
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sent = print_document(self.preview.document, printer)
        if sent:
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", sent))
        else:
            self.status.setText(self.tr("The printer could not be started."))

    def done(self, result: int) -> None:
        self._closed = True
        self.preview.clear()
        self._folder.cleanup()
        super().done(result)
