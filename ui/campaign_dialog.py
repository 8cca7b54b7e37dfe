"""Letter campaign: one kind of letter for a segment of the book, printed in one go.

The owner picks the letter and the clients (by latest verdict, stage, tag, or the clients the
list shows after a search or filter), sees how many letters that makes and a sample, and gets
one combined PDF and/or one file per client. The work runs in the background with progress
and Cancel.
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
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from models import Language, LetterKind, Stage, Verdict
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
    prepare_letter,
    render_letter,
)
from services.paths import default_letters_dir
from ui.background import Cancelled, run_with_progress
from ui.labels import language_label, letter_kind_label, stage_label, verdict_label
from ui.letter_dialog import effective_date_edit
from ui.messages import describe_error
from ui.pdf_preview import PdfPreview
from ui.questions import ask

PREVIEW_DELAY_MS = 200
VERDICT_FOR_KIND = {kind: verdict for verdict, kind in KIND_FOR_VERDICT.items()}


class CampaignDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        *,
        shown_ids: tuple[int, ...] = (),
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter campaign"))
        self._sessions = sessions
        self._shown = shown_ids
        self._today = today or date.today()
        self._preview_dir = tempfile.TemporaryDirectory(prefix="clientela-campaign-")
        self._previews = 0
        self.client_ids: list[int] = []
        self.result: CampaignResult | None = None

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
        self.by_selection = QRadioButton(
            self.tr("The %n client(s) shown in the list", "", len(shown_ids))
        )
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
                (self.by_selection, None),
            )
        ):
            self._segment_buttons.addButton(button, row)
            grid.addWidget(button, row, 0)
            if combo is not None:
                grid.addWidget(combo, row, 1)
        self.by_verdict.setChecked(True)

        self.language = QComboBox()
        self.language.setObjectName("campaign_language")
        self.language.addItem(self.tr("Each client's own language"), None)
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        self.effective = effective_date_edit(self._today)

        self.count = QLabel()
        self.count.setObjectName("campaign_count")
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
        form.addRow(self.tr("L&anguage:"), self.language)
        form.addRow(self.tr("&From date:"), self.effective)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(segment_box)
        side.addWidget(self.count)
        side.addWidget(output)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(480)

        self.preview = PdfPreview(self)
        sample = QVBoxLayout()
        sample_label = QLabel(self.tr("Sample: the first letter of the campaign"))
        sample.addWidget(sample_label)
        sample.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addLayout(sample, 1)

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
        self.resize(1180, 760)

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
        self._kind_changed()

    # -- choices ----------------------------------------------------------------------------

    def _default_name(self) -> str:
        kind = letter_kind_label(self.kind.currentData() or LetterKind.LOYALTY.value)
        return safe_stem(f"{kind} {self._today:%Y-%m-%d}")

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
        verdict = VERDICT_FOR_KIND.get(LetterKind(kind))
        if verdict is not None:
            self.verdict.setCurrentIndex(self.verdict.findData(verdict.value))
        self.refresh_segment()

    def segment(self) -> Segment:
        checked = self._segment_buttons.checkedButton()
        if checked is self.by_stage:
            return Segment(stage=self.stage.currentData())
        if checked is self.by_tag:
            return Segment(tag=self.tag.currentText())
        if checked is self.by_selection:
            return Segment(client_ids=self._shown)
        return Segment(verdict=self.verdict.currentData())

    def options(self) -> LetterOptions:
        return LetterOptions(
            kind=self.kind.currentData(),
            today=self._today,
            effective_date=self.effective.date().toPython(),
            language=self.language.currentData(),
        )

    def refresh_segment(self) -> None:
        self.client_ids = segment_ids(self._sessions, self.segment())
        self.count.setText(self.tr("%n letter(s) to write.", "", len(self.client_ids)))
        self._update_run_button()
        self._timer.start()

    def _update_run_button(self) -> None:
        wanted = self.combined.isChecked() or self.per_client.isChecked()
        self.run_button.setEnabled(bool(self.client_ids) and wanted)

    def refresh_preview(self) -> None:
        self._timer.stop()
        if not self.client_ids:
            self.preview.clear()
            return
        self._previews += 1
        path = Path(self._preview_dir.name) / f"sample-{self._previews % 2}.pdf"
        try:
            sample = prepare_letter(self._sessions, self.client_ids[0], self.options())
            render_letter(sample, path)
        except ClientelaError as error:
            self.preview.clear()
            self.count.setText(describe_error(error))
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
        options, ids = self.options(), list(self.client_ids)
        name = campaign_name(options.kind, datetime.now())
        label = self.tr("Writing %n letter(s)…", "", len(ids))
        try:
            self.result = run_with_progress(
                self,
                label,
                lambda progress: run_campaign(
                    self._sessions,
                    ids,
                    options,
                    folder=folder,
                    combined=combined,
                    campaign=name,
                    progress=progress,
                ),
            )
        except Cancelled:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Cancelled: no letter was written or recorded.")
            )
            return
        except ClientelaError as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        QMessageBox.information(self, self.windowTitle(), self.summary(self.result))
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
        if result.skipped:
            lines.append(self.tr("Skipped, with no postal address:"))
            lines += [f"  • {skipped.client_name}" for skipped in result.skipped]
        return "\n".join(lines)

    def done(self, result: int) -> None:
        self._preview_dir.cleanup()
        super().done(result)
