"""Write letter: the letter that fits the client's latest verdict, previewed, then printed,
saved or opened; whatever leaves the app is recorded in the client's history."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Language, LetterKind
from services.business_profile import get_profile
from services.campaigns import HeldBack, held_back
from services.clients import get_client
from services.errors import ClientelaError
from services.file_names import FileNamer, safe_stem
from services.letters import (
    LetterOptions,
    LetterRecord,
    PreparedLetter,
    default_effective_date,
    kind_for_verdict,
    prepare_letter,
    render_letter,
    write_letter,
)
from services.paths import default_letters_dir
from services.progress import Sessions
from ui.concerns import describe_concerns
from ui.formatting import date_edit_format, python_date, to_qdate
from ui.labels import language_label, letter_kind_label, verdict_label
from ui.ledger_widget import WARNING_COLOR
from ui.messages import describe_error
from ui.pdf_preview import PdfPreview, open_in_viewer, print_document
from ui.screen_fit import fit_on_screen

PREVIEW_DELAY_MS = 150
SAVE_FOLDER_KEY = "letters/save_folder"


def effective_date_edit(today: date, kind: str = LetterKind.BOUNDARIES.value) -> QDateEdit:
    """The date a boundaries or termination letter takes effect, or by which a reminder asks
    to be paid: the usual notice for ``kind`` by default."""
    edit = QDateEdit()
    edit.setObjectName("effective_date")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format(QLocale()))
    edit.setDate(to_qdate(default_effective_date(kind, today)))
    return edit


def letter_file_name(letter: PreparedLetter) -> str:
    return f"{letter.client_name} - {letter_kind_label(letter.kind)}"


class LetterDialog(QDialog):
    def __init__(
        self,
        sessions: Sessions,
        client_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
        kind: str | None = None,
    ) -> None:
        """``kind``: the letter to open with (default: the one the latest verdict calls for)."""
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self._client_id = client_id
        self._today = today or date.today()
        self._letter: PreparedLetter | None = None
        self._preview_dir = tempfile.TemporaryDirectory(prefix="clientela-preview-")
        self.recorded: list[LetterRecord] = []
        self._held: list[HeldBack] = []
        self._previews = 0
        client = get_client(sessions, client_id)
        self._client_language = client.language
        self.setWindowTitle(self.tr("Letter to %1").replace("%1", client.name))

        self.kind = QComboBox()
        self.kind.setObjectName("letter_kind")
        for value in LetterKind:
            self.kind.addItem(letter_kind_label(value), value.value)
        proposed = kind_for_verdict(client.latest_verdict)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
            note = ""
        elif proposed is not None:
            self.kind.setCurrentIndex(self.kind.findData(proposed.value))
            note = self.tr("Proposed for the latest verdict: %1.")
        elif client.latest_verdict:
            note = self.tr("The latest verdict is %1: no letter fits it, choose one.")
        else:
            note = self.tr("This client has not been evaluated yet: choose the letter.")
        self.note = QLabel(note.replace("%1", verdict_label(client.latest_verdict)))
        self.note.setObjectName("letter_note")
        self.note.setWordWrap(True)

        self.language = QComboBox()
        self.language.setObjectName("letter_language")
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        self.language.setCurrentIndex(self.language.findData(client.language))

        self.effective = effective_date_edit(self._today, self.kind.currentData())

        # Shown when the ledger contradicts the letter (services.letter_guard): the letter is
        # previewed, but leaves the app only once the owner says they know.
        self.held_note = QLabel()
        self.held_note.setObjectName("held_back_note")
        self.held_note.setWordWrap(True)
        self.held_note.setStyleSheet(f"color: {WARNING_COLOR};")
        self.include_anyway = QCheckBox(self.tr("&Write it all the same: I know"))
        self.include_anyway.setObjectName("include_held_back")
        self.include_anyway.toggled.connect(lambda _on: self._update_buttons())
        for widget in (self.held_note, self.include_anyway):
            widget.hide()

        self.status = QLabel()
        self.status.setObjectName("letter_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Letter:"), self.kind)
        form.addRow("", self.note)
        form.addRow(self.tr("L&anguage:"), self.language)
        form.addRow(self.tr("&From date:"), self.effective)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.held_note)
        side.addWidget(self.include_anyway)
        side.addStretch(1)
        side.addWidget(self.status)

        self.preview = PdfPreview(self)
        body = QHBoxLayout()
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(340)
        body.addWidget(side_widget)
        body.addWidget(self.preview, 1)

        buttons = QDialogButtonBox()
        self.print_button = self._add_button(
            buttons, self.tr("&Print…"), QKeySequence.StandardKey.Print
        )
        self.save_button = self._add_button(
            buttons, self.tr("&Save as…"), QKeySequence.StandardKey.Save
        )
        self.open_button = self._add_button(buttons, self.tr("&Open in PDF viewer"), None)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        fit_on_screen(self, 1000, 760)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self._timer.start)
        self.effective.dateChanged.connect(self._timer.start)
        self.refresh_preview()

    def _add_button(self, box: QDialogButtonBox, text: str, keys) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)  # Enter should not start printing
        if keys is not None:
            button.setShortcut(QKeySequence(keys))
        return button

    def _kind_changed(self) -> None:
        # Each letter names its own date: a notice for boundaries, days to pay for a reminder.
        self.effective.setDate(
            to_qdate(default_effective_date(self.kind.currentData(), self._today))
        )
        self._timer.start()

    def options(self) -> LetterOptions:
        kind = self.kind.currentData()
        return LetterOptions(
            kind=kind,
            today=self._today,
            effective_date=python_date(self.effective.date()),
            language=self.language.currentData(),
        )

    def refresh_preview(self) -> None:
        self._timer.stop()
        # A new name each time: the view may still hold the previous file open (Windows).
        self._previews += 1
        path = Path(self._preview_dir.name) / f"preview-{self._previews % 2}.pdf"
        try:
            self._letter = prepare_letter(self._sessions, self._client_id, self.options())
            render_letter(self._letter, path)
        except ClientelaError as error:
            self._letter = None
            self.preview.clear()
            self._say(describe_error(error))
            return
        self.effective.setEnabled(self._letter.dated)
        self.preview.load(str(path))
        self._show_held_back()
        self._say("")

    def _show_held_back(self) -> None:
        options = self.options()
        self._held = held_back(self._sessions, [self._client_id], options.kind, options.today)
        if self._held:
            currency = get_profile(self._sessions).currency
            self.held_note.setText(
                self.tr("Held back: this letter would contradict the client's record: %1.").replace(
                    "%1", describe_concerns(self._held[0].concerns, currency)
                )
            )
        self.held_note.setVisible(bool(self._held))
        self.include_anyway.setVisible(bool(self._held))
        self.include_anyway.setChecked(False)

    def _update_buttons(self) -> None:
        allowed = self._letter is not None and (not self._held or self.include_anyway.isChecked())
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(allowed)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._update_buttons()

    def _keep(self, path: Path) -> LetterRecord | None:
        """Write the letter to ``path`` and record it; tell the user if that fails."""
        if self._letter is None or (self._held and not self.include_anyway.isChecked()):
            return None
        try:
            record = write_letter(self._sessions, self._letter, path)
        except ClientelaError as error:
            self._say(describe_error(error))
            return None
        self.recorded.append(record)
        return record

    def _kept_copy_path(self) -> Path:
        folder = default_letters_dir()
        folder.mkdir(parents=True, exist_ok=True)
        assert self._letter is not None  # a copy is kept of the letter shown
        stem = f"{self._today:%Y-%m-%d} {letter_file_name(self._letter)}"
        return folder / FileNamer(p.name for p in folder.iterdir()).name_for(stem)

    def save_as(self) -> None:
        if self._letter is None:
            return
        remembered = self._settings.value(SAVE_FOLDER_KEY) if self._settings else None
        folder = str(remembered or Path.home())
        suggested = str(Path(folder) / f"{safe_stem(letter_file_name(self._letter))}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save letter"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        if self._keep(path):
            if self._settings is not None:
                self._settings.setValue(SAVE_FOLDER_KEY, str(path.parent))
            self._say(self.tr("Saved to %1.").replace("%1", str(path)))

    def open_in_viewer(self) -> None:
        record = self._keep(self._kept_copy_path()) if self._letter else None
        if record is None:
            return
        failed = open_in_viewer(record.file_path)
        self._say(failed or self.tr("Opened %1.").replace("%1", record.file_path))

    def print_letter(self, printer: QPrinter | None = None) -> None:
        if self._letter is None:
            return
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print letter"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record = self._keep(self._kept_copy_path())
        if record is None:
            return
        sent = print_document(self.preview.document, printer)
        if sent:
            self._say(self.tr("Sent %n page(s) to the printer.", "", sent))
        else:
            self._say(self.tr("The printer could not be started."))

    def done(self, result: int) -> None:
        self._preview_dir.cleanup()
        super().done(result)
