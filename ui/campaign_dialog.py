"""Letter campaign: one kind of letter for a segment of the book, printed in one go.

The owner picks the letter and the clients (by latest verdict, stage, tag, overdue invoices,
or the clients the list shows after a search or filter), sees every recipient with the fact
that put them there and what to watch out for, unticks whoever should get no letter, steps
through the letters one by one, and gets one combined PDF and/or one file per client. Clients
the letter would contradict start unticked (services.letter_guard); ticking them is asked
about once more before the run. The work runs in the background with progress and Cancel.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models import Language, LetterKind, Stage, Verdict
from services.business_profile import get_profile
from services.campaigns import (
    CampaignResult,
    Segment,
    campaign_name,
    known_tags,
    run_campaign,
    segment_ids,
)
from services.errors import ClientelaError
from services.file_names import safe_stem
from services.letters import (
    KIND_FOR_VERDICT,
    LetterOptions,
    default_effective_date,
    prepare_letter,
    render_letter,
)
from services.paths import default_letters_dir
from services.progress import Sessions
from services.recipients import campaign_recipients
from ui import message_box, operations
from ui.concerns import describe_concerns
from ui.formatting import python_date, to_qdate
from ui.labels import language_label, letter_kind_label, stage_label, verdict_label
from ui.letter_dialog import effective_date_edit
from ui.messages import describe_error
from ui.operations import Operation, failure_text
from ui.pdf_preview import PdfPreview
from ui.questions import ask
from ui.recipients_table import RecipientsPanel
from ui.screen_fit import fit_on_screen

PREVIEW_DELAY_MS = 200
VERDICT_FOR_KIND = {kind: verdict for verdict, kind in KIND_FOR_VERDICT.items()}


class CampaignDialog(QDialog):
    def __init__(
        self,
        sessions: Sessions,
        parent: QWidget | None = None,
        *,
        shown_ids: tuple[int, ...] = (),
        selected: bool = False,
        today: date | None = None,
    ) -> None:
        """``shown_ids``: the clients the list shows, or, with ``selected``, the clients
        selected in it; the dialog then starts with exactly them."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter campaign"))
        self._sessions = sessions
        self._shown = shown_ids
        self._selected = selected
        self._today = today or date.today()
        self._preview_dir = tempfile.TemporaryDirectory(prefix="clientela-campaign-")
        self._previews = 0
        self._currency = get_profile(sessions).currency
        self.client_ids: list[int] = []  # the segment's clients; the ticked ones get a letter
        self.shown_client: int | None = None  # whose letter the preview shows
        self.campaign_result: CampaignResult | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("campaign_kind")
        for kind in LetterKind:
            self.kind.addItem(letter_kind_label(kind), kind.value)

        self.by_verdict = QRadioButton(self.tr("Clients whose latest &verdict is"))
        self.verdict = QComboBox()
        for verdict in Verdict:
            self.verdict.addItem(verdict_label(verdict), verdict.value)
        self.by_stage = QRadioButton(self.tr("Clients in &stage"))
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem(stage_label(stage), stage.value)
        self.by_tag = QRadioButton(self.tr("Clients &tagged"))
        self.tag = QComboBox()
        self.tag.addItems(known_tags(sessions))
        self.by_overdue = QRadioButton(self.tr("Clients with &overdue invoices"))
        self.by_overdue.setObjectName("by_overdue")
        self.by_selection = QRadioButton(
            self.tr("The %n client(s) selected in the list", "", len(shown_ids))
            if selected
            else self.tr("The %n client(s) shown in the list", "", len(shown_ids))
        )
        self.by_selection.setObjectName("by_selection")
        self.by_tag.setEnabled(self.tag.count() > 0)
        self.by_selection.setEnabled(bool(shown_ids))
        self._segment_buttons = QButtonGroup(self)
        segment_box = QGroupBox(self.tr("Who receives it"))
        grid = QGridLayout(segment_box)
        for row, (button, combo) in enumerate(
            (
                (self.by_verdict, self.verdict),
                (self.by_stage, self.stage),
                (self.by_tag, self.tag),
                (self.by_overdue, None),
                (self.by_selection, None),
            )
        ):
            self._segment_buttons.addButton(button, row)
            grid.addWidget(button, row, 0)
            if combo is not None:
                grid.addWidget(combo, row, 1)
        (self.by_selection if selected and shown_ids else self.by_verdict).setChecked(True)

        self.language = QComboBox()
        self.language.setObjectName("campaign_language")
        self.language.addItem(self.tr("Each client's own language"), None)
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        self.effective = effective_date_edit(self._today)

        self.recipients = RecipientsPanel(self)
        self.count = self.recipients.count
        self.combined = QCheckBox(self.tr("One &combined PDF, ready to print:"))
        self.combined.setChecked(True)
        self.combined_path = QLineEdit()
        self.per_client = QCheckBox(self.tr("One PDF &per client, in the folder:"))
        self.folder_path = QLineEdit()
        # Named after the letter until the owner picks a place of their own.
        self._chosen_paths = False
        for edit in (self.combined_path, self.folder_path):
            edit.textEdited.connect(lambda _text: setattr(self, "_chosen_paths", True))
        output = QGroupBox(self.tr("Output"))
        out = QGridLayout(output)
        out.addWidget(self.combined, 0, 0, 1, 2)
        out.addWidget(self.combined_path, 1, 0)
        out.addWidget(self._browse(self._choose_combined), 1, 1)
        out.addWidget(self.per_client, 2, 0, 1, 2)
        out.addWidget(self.folder_path, 3, 0)
        out.addWidget(self._browse(self._choose_folder), 3, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Letter:"), self.kind)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.tr("&From date:"), self.effective)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(segment_box)
        side.addWidget(output)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)

        # The letters one by one, as they will print: the preview follows the list's selection,
        # and Previous / Next step through the ticked recipients.
        self.preview = PdfPreview(self)
        self.previous_letter = self._step_button("◀", self.tr("Previous letter"), -1)
        self.next_letter = self._step_button("▶", self.tr("Next letter"), +1)
        self.letter_label = QLabel()
        self.letter_label.setObjectName("letter_label")
        stepper = QHBoxLayout()
        stepper.addWidget(self.previous_letter)
        stepper.addWidget(self.letter_label, 1)
        stepper.addWidget(self.next_letter)
        preview_box = QWidget()
        sample = QVBoxLayout(preview_box)
        sample.setContentsMargins(0, 0, 0, 0)
        sample.addLayout(stepper)
        sample.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(self.recipients)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 380])
        splitter.setChildrenCollapsible(False)
        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addWidget(splitter, 1)

        buttons = QDialogButtonBox()
        self.run_button = buttons.addButton(
            self.tr("&Write letters"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_button.setObjectName("run_campaign")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        # Fits a 1366 x 768 screen with the window's frame and a task bar.
        fit_on_screen(self, 1320, 660)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.verdict, self.stage, self.tag):
            combo.currentIndexChanged.connect(self.refresh_segment)
        self._segment_buttons.idClicked.connect(lambda _id: self.refresh_segment())
        self.language.currentIndexChanged.connect(self._timer.start)
        self.effective.dateChanged.connect(self._timer.start)
        for box in (self.combined, self.per_client):
            box.toggled.connect(self._update_run_button)
        self.recipients.model.ticked_changed.connect(self._ticked_changed)
        self.recipients.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._kind_changed()

    # -- choices ----------------------------------------------------------------------------

    def _default_name(self) -> str:
        kind = letter_kind_label(self.kind.currentData() or LetterKind.LOYALTY.value)
        return safe_stem(f"{kind} {self._today:%Y-%m-%d}")

    def _step_button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda: self.step_letter(step))
        return button

    def _browse(self, slot) -> QPushButton:
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(slot)
        return button

    def _choose_combined(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Combined PDF"), self.combined_path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.combined_path.setText(chosen)
            self.combined.setChecked(True)
            self._chosen_paths = True

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the letters"), self.folder_path.text()
        )
        if chosen:
            self.folder_path.setText(chosen)
            self.per_client.setChecked(True)
            self._chosen_paths = True

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if not self._chosen_paths:
            folder = default_letters_dir() / self._default_name()
            self.combined_path.setText(str(folder) + ".pdf")
            self.folder_path.setText(str(folder))
        self.effective.blockSignals(True)
        self.effective.setDate(to_qdate(default_effective_date(kind, self._today)))
        self.effective.blockSignals(False)
        verdict = VERDICT_FOR_KIND.get(LetterKind(kind))
        if self._selected and self.by_selection.isChecked():
            pass  # the owner chose exactly these clients: the kind does not change them
        elif kind == LetterKind.PAYMENT_REMINDER:
            self.by_overdue.setChecked(True)
        elif verdict is not None:
            self.verdict.setCurrentIndex(self.verdict.findData(verdict.value))
            if self.by_overdue.isChecked():
                self.by_verdict.setChecked(True)
        self.refresh_segment()

    def segment(self) -> Segment:
        checked = self._segment_buttons.checkedButton()
        if checked is self.by_stage:
            return Segment(stage=self.stage.currentData())
        if checked is self.by_tag:
            return Segment(tag=self.tag.currentText())
        if checked is self.by_selection:
            return Segment(client_ids=self._shown)
        if checked is self.by_overdue:
            return Segment(overdue=True, today=self._today)
        return Segment(verdict=self.verdict.currentData())

    def options(self) -> LetterOptions:
        return LetterOptions(
            kind=self.kind.currentData(),
            today=self._today,
            effective_date=python_date(self.effective.date()),
            language=self.language.currentData(),
        )

    def refresh_segment(self) -> None:
        kind = self.kind.currentData()
        self.client_ids = segment_ids(self._sessions, self.segment())
        rows = campaign_recipients(self._sessions, self.client_ids, kind, self._today)
        self.recipients.set_rows(rows, kind, self._currency)
        if self.shown_client not in self.client_ids:
            ticked = self.ticked_ids()
            self.shown_client = ticked[0] if ticked else None
        self._update_run_button()
        self._timer.start()

    def ticked_ids(self) -> list[int]:
        """The clients who will get a letter, in the list's order."""
        return self.recipients.model.ticked_ids()

    def _ticked_changed(self) -> None:
        self._update_run_button()
        self._update_stepper()

    def _update_run_button(self) -> None:
        wanted = self.combined.isChecked() or self.per_client.isChecked()
        self.run_button.setEnabled(bool(self.ticked_ids()) and wanted)

    def _row_chosen(self, current, _previous) -> None:
        rows = self.recipients.model.rows
        if current.isValid() and rows[current.row()].client_id != self.shown_client:
            self.shown_client = rows[current.row()].client_id
            self.refresh_preview()

    def step_letter(self, step: int) -> None:
        """Show the previous (-1) or next (+1) ticked recipient's letter."""
        ticked = self.ticked_ids()
        if not ticked:
            return
        if self.shown_client in ticked:
            position = ticked.index(self.shown_client) + step
        else:  # an unticked client is shown: go to the ticked one nearest in the list
            order = [r.client_id for r in self.recipients.model.rows]
            here = order.index(self.shown_client) if self.shown_client in order else -1
            after = [c for c in ticked if order.index(c) > here]
            before = [c for c in ticked if order.index(c) < here]
            target = (after[:1] if step > 0 else before[-1:]) or ticked[:1]
            position = ticked.index(target[0])
        self.shown_client = ticked[max(0, min(position, len(ticked) - 1))]
        row = [r.client_id for r in self.recipients.model.rows].index(self.shown_client)
        self.recipients.table.selectRow(row)  # refreshes the preview through the selection
        self.refresh_preview()

    def _update_stepper(self) -> None:
        ticked = self.ticked_ids()
        names = {r.client_id: r.name for r in self.recipients.model.rows}
        if self.shown_client is None:
            self.letter_label.setText(self.tr("No letter to show."))
        elif self.shown_client in ticked:
            position = ticked.index(self.shown_client) + 1
            self.letter_label.setText(
                self.tr("Letter %1 of %2: %3")
                .replace("%1", str(position))
                .replace("%2", str(len(ticked)))
                .replace("%3", names.get(self.shown_client, ""))
            )
        else:
            self.letter_label.setText(
                self.tr("%1 (not ticked: gets no letter)").replace(
                    "%1", names.get(self.shown_client, "")
                )
            )
        at = ticked.index(self.shown_client) if self.shown_client in ticked else None
        self.previous_letter.setEnabled(bool(ticked) and (at is None or at > 0))
        self.next_letter.setEnabled(bool(ticked) and (at is None or at < len(ticked) - 1))

    def refresh_preview(self) -> None:
        self._timer.stop()
        self._update_stepper()
        self.recipients.show_details(self.shown_client)
        if self.shown_client is None:
            self.preview.clear()
            return
        self._previews += 1
        path = Path(self._preview_dir.name) / f"sample-{self._previews % 2}.pdf"
        try:
            sample = prepare_letter(self._sessions, self.shown_client, self.options())
            render_letter(sample, path)
        except ClientelaError as error:
            self.preview.clear()
            self.letter_label.setText(describe_error(error))
            return
        self.effective.setEnabled(sample.dated)
        self.preview.load(str(path))

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> None:
        folder = Path(self.folder_path.text()) if self.per_client.isChecked() else None
        combined = Path(self.combined_path.text()) if self.combined.isChecked() else None
        if combined is not None and combined.suffix.lower() != ".pdf":
            combined = combined.with_name(combined.name + ".pdf")
        if combined is not None and combined.exists():
            question = self.tr("%1 already exists. Replace it?").replace("%1", str(combined))
            if not ask(self, self.windowTitle(), question):
                return
        options, ids = self.options(), self.ticked_ids()
        held = self.recipients.held_back_ticked()
        if held:
            lines = [f"• {r.name}: {describe_concerns(r.concerns, self._currency)}" for r in held]
            question = self.tr(
                "This letter contradicts the ledger or the verdict of %n ticked client(s):",
                "",
                len(held),
            )
            question += "\n" + "\n".join(lines) + "\n\n" + self.tr("Write to them all the same?")
            if not ask(self, self.windowTitle(), question):
                return
        name = campaign_name(options.kind, datetime.now())
        label = self.tr("Writing %n letter(s)…", "", len(ids))
        operations.start(
            self,
            Operation(
                lambda progress: run_campaign(
                    self._sessions,
                    ids,
                    options,
                    folder=folder,
                    combined=combined,
                    campaign=name,
                    progress=progress,
                    include_held_back=bool(held),
                ),
                label,
                on_success=self._written,
                on_failure=lambda error: message_box.warning(
                    self, self.windowTitle(), failure_text(error)
                ),
                on_cancel=lambda: message_box.information(
                    self,
                    self.windowTitle(),
                    self.tr("Cancelled: no letter was written or recorded."),
                ),
                changes_book=True,  # the letters are recorded in each client's history
            ),
        )

    def _written(self, result: CampaignResult) -> None:
        self.campaign_result = result
        message_box.information(self, self.windowTitle(), self.summary(result))
        self.accept()

    def summary(self, result: CampaignResult) -> str:
        lines = [self.tr("%n letter(s) written, %1 page(s) in all.", "", result.letters)]
        lines[0] = lines[0].replace("%1", str(result.pages))
        if result.combined is not None:
            lines.append(self.tr("To print: %1").replace("%1", str(result.combined)))
        if result.files:
            lines.append(
                self.tr("One file per client in: %1").replace("%1", str(result.files[0].parent))
            )
        no_address = [s.client_name for s in result.skipped if s.reason == "no_address"]
        if no_address:
            lines.append(self.tr("Skipped, with no postal address:"))
            lines += [f"  • {name}" for name in no_address]
        nothing_due = [s.client_name for s in result.skipped if s.reason == "nothing_overdue"]
        if nothing_due:
            lines.append(self.tr("Skipped, with nothing overdue any more:"))
            lines += [f"  • {name}" for name in nothing_due]
        if result.held_back:
            lines.append(self.tr("Held back, because the ledger contradicts this letter:"))
            lines += [
                f"  • {h.client_name}: {describe_concerns(h.concerns, self._currency)}"
                for h in result.held_back
            ]
        return "\n".join(lines)

    def done(self, result: int) -> None:
        self._preview_dir.cleanup()
        super().done(result)
