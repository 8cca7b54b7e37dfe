"""Export the client book (or the clients the list shows) to CSV or Excel.

For the owner's spreadsheet in the interface's language by default (export_conventions), or,
ticked, in the machine form another program expects.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from services.about import APP_NAME
from services.client_list import ClientQuery
from services.export_conventions import MACHINE, ExportStyle, for_language
from services.exporting import ExportFormat, ExportSummary, Sheet, export_book
from services.progress import Sessions
from ui import message_box, operations
from ui.i18n import interface_language
from ui.operations import Operation, failure_text


class ExportDialog(QDialog):
    def __init__(
        self,
        sessions: Sessions,
        query: ClientQuery | None,
        parent: QWidget | None = None,
        *,
        shown_count: int | None = None,
        selected: bool = False,
    ) -> None:
        """``query``: the clients the list shows, or, with ``selected``, those selected in it."""
        super().__init__(parent)
        self._sessions = sessions
        self._query = query
        self.summary: ExportSummary | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("export_dialog")

        self.format = QComboBox()
        self.format.setObjectName("export_format")
        self.format.addItem(self.tr("Excel workbook (.xlsx), one sheet per table"), "xlsx")
        self.format.addItem(self.tr("CSV files, one per table"), "csv")
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("export_delimiter")
        self.delimiter.addItem(self.tr("Comma (,)"), ",")
        self.delimiter.addItem(self.tr("Semicolon (;), as Spanish Excel expects"), ";")
        self._style = for_language(interface_language())
        self.delimiter.setCurrentIndex(self.delimiter.findData(self._style.delimiter))
        self.machine = QCheckBox(
            self.tr(
                "For another &program, not a person: English headers and codes; in CSV, "
                "commas, ISO dates (2025-12-31) and decimal points"
            )
        )
        self.machine.setObjectName("export_machine")
        self.machine.toggled.connect(self._machine_toggled)
        self.whole = QRadioButton(self.tr("The &whole book"))
        self.whole.setObjectName("scope_whole")
        if selected:
            shown = self.tr("Only the clients &selected in the list ({count})").format(
                count=shown_count
            )
        elif shown_count is not None:
            shown = self.tr("Only the clients the list &shows now ({count})").format(
                count=shown_count
            )
        else:
            shown = self.tr("Only the clients the list &shows now")
        self.filtered = QRadioButton(shown)
        self.filtered.setObjectName("scope_filtered")
        self.filtered.setEnabled(query is not None)
        (self.filtered if query is not None else self.whole).setChecked(True)
        self.sheets: dict[Sheet, QCheckBox] = {}
        tables = QVBoxLayout()
        for sheet, text in (
            (Sheet.CLIENTS, self.tr("Clients, with their latest verdict and score")),
            (Sheet.SALES, self.tr("Sales (invoices)")),
            (Sheet.PAYMENTS, self.tr("Payments")),
            (Sheet.RETURNS, self.tr("Returns")),
        ):
            box = QCheckBox(text)
            box.setObjectName(f"sheet_{sheet.value}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._update_ok())
            self.sheets[sheet] = box
            tables.addWidget(box)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.textChanged.connect(lambda _t: self._update_ok())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        note = QLabel(
            self.tr(
                "Text a spreadsheet would run as a formula (starting with =, +, - or @) is "
                "written with an apostrophe in front, so opening the file runs nothing."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Delimiter:"), self.delimiter)
        form.addRow("", self.machine)
        form.addRow(self.tr("Clients:"), self.whole)
        form.addRow("", self.filtered)
        form.addRow(self.tr("Tables:"), tables)
        form.addRow(self.tr("&Save to:"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._format_changed()

    def _fmt(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def export_style(self) -> ExportStyle:
        """How cells are written: the machine form, or the interface language's with the
        delimiter chosen."""
        if self.machine.isChecked():
            return MACHINE
        return replace(self._style, delimiter=self.delimiter.currentData())

    def _machine_toggled(self, machine: bool) -> None:
        delimiter = (MACHINE if machine else self._style).delimiter
        self.delimiter.setCurrentIndex(self.delimiter.findData(delimiter))
        self._format_changed()

    def _format_changed(self) -> None:
        machine = self.machine.isChecked()
        self.delimiter.setEnabled(self._fmt() == ExportFormat.CSV and not machine)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self._fmt().value)))
        self._update_ok()

    def _chosen_sheets(self) -> tuple[Sheet, ...]:
        return tuple(sheet for sheet, box in self.sheets.items() if box.isChecked())

    def _update_ok(self) -> None:
        ok = bool(self.path.text().strip()) and bool(self._chosen_sheets())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        suffix = self._fmt().value
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text() or f"clientela.{suffix}",
            self.tr("Excel (*.xlsx)") if suffix == "xlsx" else self.tr("CSV (*.csv)"),
        )
        if path:
            self.path.setText(path)

    def export(self) -> None:
        path = Path(self.path.text().strip())
        query = self._query if self.filtered.isChecked() else None
        sheets = self._chosen_sheets()
        style, fmt = self.export_style(), self._fmt()  # read here: the work never touches a widget
        operations.start(
            self,
            Operation(
                lambda progress: export_book(
                    self._sessions,
                    path,
                    fmt,
                    query=query,
                    sheets=sheets,
                    style=style,
                    progress=progress,
                ),
                self.tr("Exporting…"),
                on_success=self._exported,
                on_failure=lambda error: self.inform(failure_text(error)),
            ),
        )

    def _exported(self, summary: ExportSummary) -> None:
        self.summary = summary
        files = "\n".join(str(p) for p in summary.files)
        rows = sum(summary.counts.values())
        text = self.tr("Exported {rows} rows to:\n{files}").format(rows=rows, files=files)
        if summary.cleaned:
            text += "\n\n" + self.tr(
                "{count} cells held control characters, which an Excel file cannot hold: "
                "they were left out."
            ).format(count=summary.cleaned)
        self.inform(text)
        self.accept()

    def inform(self, text: str) -> None:
        message_box.information(self, APP_NAME, text)
