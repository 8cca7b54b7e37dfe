"""The import wizard: file -> options -> columns -> preview -> duplicates -> confirm -> done.

Nothing is written before the Confirm page's Import button; then every accepted row goes in
one transaction, in the background, with a Cancel that leaves the book as it was.
"""

from __future__ import annotations

import contextlib
import html
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from services.about import APP_NAME
from services.business_profile import get_profile
from services.errors import ClientelaError
from services.importing import (
    FIELDS,
    Duplicates,
    ImportOptions,
    ImportResult,
    Kind,
    MatchBy,
    TableInfo,
    ValueFormat,
    guess_value_format,
    inspect_table,
    missing_fields,
    run_import,
    suggest_mapping,
    write_rejected_rows,
)
from services.importing.table import iter_rows
from services.progress import Sessions
from ui import message_box, operations
from ui.formatting import babel_locale, format_date, format_quantity
from ui.import_labels import (
    client_match_text,
    describe_row_problems,
    duplicate_headers_text,
    field_label,
    padded_postal_codes_text,
)
from ui.labels import language_label, stage_label
from ui.messages import describe_error
from ui.operations import Operation, failure_text
from ui.screen_fit import fit_on_screen

SAMPLE_ROWS = 3  # values shown beside each column on the mapping page
SHOWN_WARNINGS = 10  # rows worth checking listed on the last page
# Rows listed on the preview page: the summary above counts them all, and a file of a million
# bad rows must not become a million table rows.
LISTED_ON_PREVIEW = 500
_ERROR_STYLE = "color: #b00020;"
_NOTE_STYLE = "color: #555;"


def kind_label(kind: Kind) -> str:
    return {
        Kind.CLIENTS: QCoreApplication.translate("ImportWizard", "Clients"),
        Kind.SALES: QCoreApplication.translate("ImportWizard", "Sales (invoices)"),
        Kind.PAYMENTS: QCoreApplication.translate("ImportWizard", "Payments"),
        Kind.RETURNS: QCoreApplication.translate("ImportWizard", "Returns"),
    }[kind]


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(" ".join(text.split())))
    table.resizeColumnsToContents()


def _more_rows(count: int) -> list[list[str]]:
    """The last row of a list cut short: how many rows it leaves out."""
    if count <= 0:
        return []
    more = QCoreApplication.translate("ImportWizard", "%n more row(s) not listed", "", count)
    return [["…", more]]


_DATE_FIELDS = ("invoice_date", "due_date", "paid_on", "returned_on")


def _shown(field: str, value: str) -> str:
    """A stored value as the rest of the app shows it ("Active", not "active")."""
    if field == "stage":
        return stage_label(value)
    if field == "language":
        return language_label(value)
    if field in _DATE_FIELDS and value:
        with contextlib.suppress(ValueError):
            return format_date(date.fromisoformat(value))
    if field in ("amount", "units") and value:
        with contextlib.suppress(ArithmeticError):
            number = Decimal(value)
            if field == "units":
                return format_quantity(number)
            # As the ledger shows money, without a symbol: the file's currency is not known.
            return format_decimal(number, "#,##0.00", locale=babel_locale(QLocale()))
    if field == "strategic":
        return (
            QCoreApplication.translate("ImportWizard", "Yes")
            if value == "True"
            else QCoreApplication.translate("ImportWizard", "No")
        )
    return value


def import_summary(inserted: int, updated: int, rejected: int, skipped: int) -> str:
    """'3 new, 1 updated. 1 row could not be imported; 2 duplicates were skipped.'

    Each count has a phrase of its own, so each is singular or plural as it needs (%n).
    """
    return "{new}, {updated}. {rejected}; {skipped}.".format(
        new=QCoreApplication.translate("ImportWizard", "%n new", "", inserted),
        updated=QCoreApplication.translate("ImportWizard", "%n updated", "", updated),
        rejected=QCoreApplication.translate(
            "ImportWizard", "%n rows could not be imported", "", rejected
        ),
        skipped=QCoreApplication.translate(
            "ImportWizard", "%n duplicates were skipped", "", skipped
        ),
    )


def read_summary(
    rows: int, accepted: int, rejected: int, duplicates: int, *, ledger: bool = False
) -> str:
    """The preview's count: how many rows were read, and what becomes of them."""
    return "{read}: {accepted}, {rejected}, {duplicates}.".format(
        read=QCoreApplication.translate("ImportWizard", "%n rows read", "", rows),
        accepted=QCoreApplication.translate("ImportWizard", "%n can be imported", "", accepted),
        rejected=QCoreApplication.translate("ImportWizard", "%n cannot", "", rejected),
        duplicates=QCoreApplication.translate(
            "ImportWizard",
            "%n are entries already in the ledger or earlier in the file and will be skipped",
            "",
            duplicates,
        )
        if ledger
        else QCoreApplication.translate(
            "ImportWizard",
            "%n look like clients already in your book or earlier in the file",
            "",
            duplicates,
        ),
    )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "A CSV file (from a spreadsheet, Google Contacts, Outlook or your accounting "
                "program) or an Excel workbook (.xlsx). Nothing is stored until you confirm.",
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("file_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # file names, headers
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        layout = QVBoxLayout(self)
        file_label = QLabel(QCoreApplication.translate("ImportWizard", "&File:"))
        file_label.setBuddy(self.path_edit)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Import from"),
            self.path_edit.text(),
            QCoreApplication.translate(
                "ImportWizard", "Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self._wizard.table = inspect_table(self.path_edit.text().strip())
        except ClientelaError as exc:
            self.error.setText(describe_error(exc))
            return False
        self.error.clear()
        return True


class OptionsPage(QWizardPage):
    ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "mac_roman")
    DELIMITERS = ((",", ","), (";", ";"), ("\t", "Tab"), ("|", "|"))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "What the file holds"))
        self.kind = QComboBox()
        self.kind.setObjectName("import_kind")
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.match_by = QComboBox()
        self.match_by.setObjectName("match_by")
        for value, text in (
            (
                MatchBy.AUTO,
                QCoreApplication.translate("ImportWizard", "Detect it from the rows and your book"),
            ),
            (MatchBy.TAX_ID, QCoreApplication.translate("ImportWizard", "Tax id")),
            (MatchBy.EMAIL, QCoreApplication.translate("ImportWizard", "Email")),
            (MatchBy.NAME, QCoreApplication.translate("ImportWizard", "Name")),
            (
                MatchBy.ID,
                QCoreApplication.translate(
                    "ImportWizard", "Clientela client number (from an export)"
                ),
            ),
        ):
            self.match_by.addItem(text, value.value)
        self.match_label = QLabel(
            QCoreApplication.translate("ImportWizard", "Find each row's client &by:")
        )
        self.match_label.setBuddy(self.match_by)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_match())
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiter")
        for delimiter, text in self.DELIMITERS:
            self.delimiter.addItem(text, delimiter)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        self.encoding.setEditable(True)
        self.encoding.addItems(self.ENCODINGS)
        self.columns = QLabel()
        self.columns.setObjectName("columns_found")
        self.columns.setTextFormat(Qt.TextFormat.PlainText)  # file names, headers
        self.columns.setWordWrap(True)
        # Several columns with the same header: said here, as only the first gets a field.
        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicate_headers")
        self.duplicates.setTextFormat(Qt.TextFormat.PlainText)  # headers
        self.duplicates.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        form = QFormLayout(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # file names, headers
        form.addRow(QCoreApplication.translate("ImportWizard", "&Contents:"), self.kind)
        form.addRow(self.match_label, self.match_by)
        form.addRow(QCoreApplication.translate("ImportWizard", "&Sheet:"), self.sheet)
        form.addRow(QCoreApplication.translate("ImportWizard", "&Delimiter:"), self.delimiter)
        form.addRow(QCoreApplication.translate("ImportWizard", "&Encoding:"), self.encoding)
        form.addRow(QCoreApplication.translate("ImportWizard", "Columns found:"), self.columns)
        form.addRow(self.duplicates)
        form.addRow(self.error)
        for combo in (self.sheet, self.delimiter, self.encoding):
            combo.activated.connect(lambda _i: self._reread())

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        is_csv = table.format == "csv"
        for widget in (self.delimiter, self.encoding):
            widget.setEnabled(is_csv)
        self.sheet.setEnabled(not is_csv and len(table.sheets) > 1)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(table.delimiter)))
        if table.encoding and self.encoding.findText(table.encoding) < 0:
            self.encoding.addItem(table.encoding)
        self.encoding.setCurrentText(table.encoding)
        self._show_columns()
        self._show_match()

    def _show_match(self) -> None:
        ledger = Kind(self.kind.currentData()) != Kind.CLIENTS
        self.match_by.setVisible(ledger)
        self.match_label.setVisible(ledger)

    def _show_columns(self) -> None:
        table = self._wizard.table
        self.columns.setText(", ".join(table.headers) if table else "")
        self.duplicates.setText(duplicate_headers_text(table.duplicate_headers) if table else "")
        self.duplicates.setVisible(bool(self.duplicates.text()))

    def _reread(self) -> None:
        table = self._wizard.table
        assert table is not None
        try:
            self._wizard.table = inspect_table(
                table.path,
                encoding=self.encoding.currentText() if table.format == "csv" else "",
                delimiter=self.delimiter.currentData() if table.format == "csv" else "",
                sheet=self.sheet.currentText() if table.format == "xlsx" else "",
            )
            self.error.clear()
        except ClientelaError as exc:
            self.error.setText(describe_error(exc))
        self._show_columns()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.error.text()

    def validatePage(self) -> bool:
        self._wizard.kind = Kind(self.kind.currentData())
        self._wizard.match_by = MatchBy(self.match_by.currentData())
        return True


class MappingPage(QWizardPage):
    IGNORE = ""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Which column holds what"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "Suggested from the column names; change any that is wrong."
            )
        )
        self.table = _table(
            [
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "First values"),
                QCoreApplication.translate("ImportWizard", "Store as"),
            ],
            "mapping",
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        self.day_first = QComboBox()
        self.day_first.setObjectName("day_first")
        self.day_first.addItem(
            QCoreApplication.translate("ImportWizard", "day/month/year (31/12/2025)"), True
        )
        self.day_first.addItem(
            QCoreApplication.translate("ImportWizard", "month/day/year (12/31/2025)"), False
        )
        self.decimal_comma = QComboBox()
        self.decimal_comma.setObjectName("decimal_comma")
        self.decimal_comma.addItem(
            QCoreApplication.translate("ImportWizard", "1.234,50 (decimal comma)"), True
        )
        self.decimal_comma.addItem(
            QCoreApplication.translate("ImportWizard", "1,234.50 (decimal point)"), False
        )
        self.missing = QLabel()
        self.missing.setObjectName("missing_fields")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(_ERROR_STYLE)
        formats = QFormLayout()
        formats.addRow(
            QCoreApplication.translate("ImportWizard", "&Dates are written:"), self.day_first
        )
        formats.addRow(
            QCoreApplication.translate("ImportWizard", "&Amounts are written:"), self.decimal_comma
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(formats)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:
        table, kind = self._wizard.table, self._wizard.kind
        assert table is not None
        suggested = suggest_mapping(table.headers, kind, self._wizard.match_by)
        samples: list[tuple[str, ...]] = []
        rows = iter_rows(table)
        try:
            for row in rows:
                samples.append(row.cells)
                if len(samples) >= SAMPLE_ROWS:
                    break
        finally:
            rows.close()
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            self.table.setItem(index, 0, QTableWidgetItem(header))
            values = [" ".join(r[index].split()) for r in samples if index < len(r)]
            self.table.setItem(index, 1, QTableWidgetItem(" | ".join(v for v in values if v)))
            combo = QComboBox()
            combo.setObjectName(f"map_{index}")
            combo.addItem(
                QCoreApplication.translate("ImportWizard", "— do not import —"), self.IGNORE
            )
            for name in FIELDS[kind]:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(suggested.get(index, self.IGNORE))))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self._guess_formats()
        self._changed()

    def _guess_formats(self) -> None:
        table = self._wizard.table
        assert table is not None
        guessed = guess_value_format(table, self.mapping())
        self.day_first.setCurrentIndex(self.day_first.findData(guessed.day_first))
        self.decimal_comma.setCurrentIndex(self.decimal_comma.findData(guessed.decimal_comma))

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _changed(self) -> None:
        missing = missing_fields(self.mapping(), self._wizard.kind)
        used: dict[str, int] = {}
        for field in self.mapping().values():
            used[field] = used.get(field, 0) + 1
        twice = sorted(field for field, n in used.items() if n > 1)
        parts = []
        if missing:
            names = [" / ".join(field_label(f) for f in group) for group in missing]
            parts.append(
                QCoreApplication.translate("ImportWizard", "Choose a column for: {fields}.").format(
                    fields=", ".join(names)
                )
            )
        if twice:
            twice_names = ", ".join(field_label(f) for f in twice)
            parts.append(
                QCoreApplication.translate(
                    "ImportWizard", "Only one column can be stored as {fields}."
                ).format(fields=twice_names)
            )
        self.missing.setText(" ".join(parts))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.missing.text()

    def value_format(self) -> ValueFormat:
        return ValueFormat(
            day_first=bool(self.day_first.currentData()),
            decimal_comma=bool(self.decimal_comma.currentData()),
        )


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Preview"))
        self._checking = 0
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "The first rows as they will be stored, and the rows that cannot be.",
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # file names, headers
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("import_notes")
        self.notes.setWordWrap(True)
        self.rows = _table([], "preview_rows")
        self.rejected = _table(
            [
                QCoreApplication.translate("ImportWizard", "Line"),
                QCoreApplication.translate("ImportWizard", "Why it cannot be imported"),
            ],
            "rejected_rows",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.rows, 2)
        layout.addWidget(QLabel(QCoreApplication.translate("ImportWizard", "Rows not taken:")))
        layout.addWidget(self.rejected, 1)
        # Rows that will be imported, with a value worth a second look (a mistyped tax id).
        self.warned = _table(
            [
                QCoreApplication.translate("ImportWizard", "Line"),
                QCoreApplication.translate("ImportWizard", "What to check"),
            ],
            "warned_rows",
        )
        self.warned_label = QLabel(
            QCoreApplication.translate("ImportWizard", "Imported, but worth checking:")
        )
        layout.addWidget(self.warned_label)
        layout.addWidget(self.warned, 1)

    def initializePage(self) -> None:
        """The check runs in the background; the page fills in (and Next opens) when done."""
        wizard = self._wizard
        options = wizard.import_options(Duplicates.SKIP)
        table = wizard.table
        assert table is not None
        wizard.dry_run = None
        self._checking += 1
        checking = self._checking  # a check overtaken by Back and Next again is ignored
        self.summary.setText("")
        self.notes.setText("")
        for rows in (self.rows, self.rejected, self.warned):
            _fill(rows, [])
        self.completeChanged.emit()

        def done(result: ImportResult | None) -> None:
            if checking == self._checking:
                self._show(result)

        def failed(error: BaseException) -> None:
            if checking == self._checking:
                self.summary.setText(failure_text(error))
                self._show(None)

        operations.start(
            self,
            Operation(
                lambda progress: run_import(
                    wizard.sessions, table, options, dry_run=True, progress=progress
                ),
                QCoreApplication.translate("ImportWizard", "Checking every row…"),
                on_success=done,
                on_failure=failed,
                on_cancel=lambda: done(None),
            ),
        )

    def _show(self, result: ImportResult | None) -> None:
        wizard = self._wizard
        table = wizard.table
        assert table is not None
        wizard.dry_run = result
        notes = (
            [
                client_match_text(result.client_match, table.headers),
                padded_postal_codes_text(result.padded_postal_codes),
            ]
            if result
            else []
        )
        self.notes.setText(" ".join(note for note in notes if note))
        self.notes.setVisible(bool(self.notes.text()))
        if result is None:
            if not self.summary.text():
                self.summary.setText(
                    QCoreApplication.translate(
                        "ImportWizard", "The check was cancelled. Go back to run it again."
                    )
                )
            _fill(self.rows, [])
            _fill(self.rejected, [])
            _fill(self.warned, [])
            self.completeChanged.emit()
            return
        self.summary.setText(
            read_summary(
                result.rows,
                result.accepted,
                result.rejected,
                result.skipped,
                ledger=wizard.kind != Kind.CLIENTS,
            )
        )
        fields = [
            f for f in FIELDS[wizard.kind] if f not in ("given_name", "family_name", "province")
        ]
        self.rows.setColumnCount(len(fields) + 1)
        self.rows.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ImportWizard", "Line"), *map(field_label, fields)]
        )
        shown = [row for row in result.preview if row.values]
        cells = [
            [str(row.line), *(_shown(f, row.values.get(f, "")) for f in fields)] for row in shown
        ]
        _fill(self.rows, cells)
        rejected = result.issues.first(LISTED_ON_PREVIEW)
        _fill(
            self.rejected,
            [[str(issue.line), describe_row_problems(issue.problems)] for issue in rejected]
            + _more_rows(result.rejected - len(rejected)),
        )
        listed = result.warnings[:LISTED_ON_PREVIEW]
        warned = [[str(w.line), describe_row_problems(w.problems)] for w in listed]
        warned += _more_rows(len(result.warnings) - len(listed))
        _fill(self.warned, warned)
        self.warned.setVisible(bool(warned))
        self.warned_label.setVisible(bool(warned))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.dry_run is not None

    def nextId(self) -> int:
        wizard = self._wizard
        has_duplicates = wizard.dry_run is not None and wizard.dry_run.skipped > 0
        if wizard.kind == Kind.CLIENTS and has_duplicates:
            return ImportWizard.PAGE_DUPLICATES
        return ImportWizard.PAGE_CONFIRM


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Clients you may already have"))
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        for value, text, note in (
            (
                Duplicates.SKIP,
                QCoreApplication.translate("ImportWizard", "&Skip them"),
                QCoreApplication.translate(
                    "ImportWizard",
                    "Keep the client you already have; the row is listed as not taken.",
                ),
            ),
            (
                Duplicates.UPDATE,
                QCoreApplication.translate("ImportWizard", "&Update the existing client"),
                QCoreApplication.translate(
                    "ImportWizard",
                    "The file's non-empty values replace the stored ones; tags are added.",
                ),
            ),
            (
                Duplicates.NEW,
                QCoreApplication.translate("ImportWizard", "Import them as &new clients"),
                QCoreApplication.translate(
                    "ImportWizard", "You will have two clients with the same details."
                ),
            ),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"duplicates_{value.value}")
            button.setProperty("choice", value.value)
            self.choice.addButton(button)
            hint = QLabel(note)
            hint.setStyleSheet(_NOTE_STYLE)
            hint.setIndent(24)
            layout.addWidget(button)
            layout.addWidget(hint)
            if value == Duplicates.SKIP:
                button.setChecked(True)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.dry_run
        count = result.skipped if result else 0
        self.count.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "%n rows have the same tax id, email, or name and city as a client in "
                "your book or an earlier row of the file.",
                "",
                count,
            )
        )

    def selected(self) -> Duplicates:
        button = self.choice.checkedButton()
        return Duplicates(button.property("choice")) if button else Duplicates.SKIP


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Ready to import"))
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, QCoreApplication.translate("ImportWizard", "&Import")
        )
        self.text = QLabel()
        self.text.setObjectName("confirm_text")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self._wizard
        result = wizard.dry_run
        assert result is not None and wizard.table is not None
        self.text.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "<p>Import <b>{count}</b> rows of {kind} from {file}.</p><p>All of them go in "
                "together: if anything fails or you cancel, your book stays exactly as it is "
                "now. Rows that cannot be imported are listed at the end, and you can save "
                "them to fix and import again.</p>",
            ).format(
                count=result.inserted + (result.skipped if wizard.duplicates() != "skip" else 0),
                kind=html.escape(kind_label(wizard.kind).lower()),
                file=html.escape(wizard.table.path.name),
            )
        )

    def validatePage(self) -> bool:
        """Import starts the import in the background and stays on this page; the wizard
        moves on to the summary once the rows are in (a change: see ui/operations.py)."""
        wizard = self._wizard
        if wizard.import_result is not None:
            return True
        options = wizard.import_options(wizard.duplicates())
        table = wizard.table
        assert table is not None

        def done(result: ImportResult) -> None:
            wizard.import_result = result
            wizard.next()

        operations.start(
            self,
            Operation(
                lambda progress: run_import(wizard.sessions, table, options, progress=progress),
                QCoreApplication.translate("ImportWizard", "Importing…"),
                on_success=done,
                on_failure=lambda error: wizard.inform(failure_text(error)),
                on_cancel=lambda: wizard.inform(
                    QCoreApplication.translate(
                        "ImportWizard", "Import cancelled. Nothing was changed in your book."
                    )
                ),
                changes_book=True,
            ),
        )
        return False


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import finished"))
        self.text = QLabel()
        self.text.setObjectName("summary_text")
        self.text.setWordWrap(True)
        self.save = QPushButton(QCoreApplication.translate("ImportWizard", "&Save rows not taken…"))
        self.save.setObjectName("save_rejected")
        self.save.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.import_result
        assert result is not None
        self.text.setText(
            import_summary(result.inserted, result.updated, result.rejected, result.skipped)
            + (
                " " + client_match_text(result.client_match, self._wizard.table.headers)
                if result.client_match and self._wizard.table
                else ""
            )
            + (
                " " + padded_postal_codes_text(result.padded_postal_codes)
                if result.padded_postal_codes
                else ""
            )
        )
        if result.warnings:
            line = QCoreApplication.translate("ImportWizard", "Line {line}: {reason}")
            self.text.setText(
                "\n".join(
                    [
                        self.text.text(),
                        QCoreApplication.translate(
                            "ImportWizard", "Imported, but worth checking: {count}."
                        ).format(count=len(result.warnings)),
                        *(
                            line.format(line=w.line, reason=describe_row_problems(w.problems))
                            for w in result.warnings[:SHOWN_WARNINGS]
                        ),
                    ]
                )
            )
        self.save.setVisible(bool(result.issues))

    def _save(self) -> None:
        wizard = self._wizard
        assert wizard.import_result is not None and wizard.table is not None
        source = wizard.table.path
        path = wizard.choose_save_path(str(source.with_name(f"{source.stem}-rejected.csv")))
        if not path:
            return
        write_rejected_rows(
            path,
            wizard.table.headers,
            wizard.import_result.issues,
            describe_row_problems,
            line_header=QCoreApplication.translate("ImportWizard", "line"),
            reason_header=QCoreApplication.translate("ImportWizard", "reason"),
        )
        wizard.saved_rejected = Path(path)


class ImportWizard(QWizard):
    PAGE_FILE, PAGE_OPTIONS, PAGE_MAPPING, PAGE_PREVIEW = range(4)
    PAGE_DUPLICATES, PAGE_CONFIRM, PAGE_SUMMARY = range(4, 7)

    def __init__(self, sessions: Sessions, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import"))
        self.setObjectName("import_wizard")
        fit_on_screen(self, 820, 580)
        self.table: TableInfo | None = None
        self.kind = Kind.CLIENTS
        self.match_by = MatchBy.AUTO
        self.dry_run: ImportResult | None = None
        self.import_result: ImportResult | None = None
        self.saved_rejected: Path | None = None
        self.file_page = FilePage(self)
        self.options_page = OptionsPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.confirm_page = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.options_page,
                self.mapping_page,
                self.preview_page,
                self.duplicates_page,
                self.confirm_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.file_page.path_edit.setText(path)

    def import_options(self, duplicates: Duplicates) -> ImportOptions:
        profile = get_profile(self.sessions)
        return ImportOptions(
            kind=self.kind,
            mapping=self.mapping_page.mapping(),
            value_format=self.mapping_page.value_format(),
            duplicates=duplicates,
            match_by=self.match_by,
            default_language=profile.default_language,
            home_country=profile.country,
            payment_term_days=profile.payment_term_days,
            currency=profile.currency,
        )

    def duplicates(self) -> Duplicates:
        if self.kind != Kind.CLIENTS:
            return Duplicates.SKIP
        return self.duplicates_page.selected()

    def imported(self) -> bool:
        return self.import_result is not None and self.import_result.accepted > 0

    # Seams for tests, which cannot click through native dialogs.
    def inform(self, text: str) -> None:
        message_box.information(self, APP_NAME, text)

    def choose_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Save rows not taken"),
            suggested,
            QCoreApplication.translate("ImportWizard", "CSV files (*.csv)"),
        )
        return path
