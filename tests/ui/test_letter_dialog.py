"""Write letter: proposed from the verdict, previewed, and recorded when it leaves the app."""

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from models import Client
from services.business_profile import ProfileData, save_profile
from services.letters import list_letters
from services.paths import default_letters_dir
from tests.demo_book import evaluated_demo_book
from tests.ledger_cases import punctual_and_late
from tests.pdf import pdf_text
from tests.sender import SENDER
from ui.letter_dialog import LetterDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def book(db):
    evaluated_demo_book(db, TODAY)
    with db.sessions() as session:
        return {c.name: c.id for c in session.scalars(select(Client))}


def _dialog(qtbot, db, client_id, settings=None):
    dialog = LetterDialog(db.sessions, client_id, settings=settings, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_the_letter_for_the_latest_verdict_is_proposed_and_previewed(qtbot, db, book):
    dialog = _dialog(qtbot, db, book["Distribuciones Løvgren"])
    assert dialog.kind.currentData() == "boundaries"
    assert "Set boundaries" in dialog.note.text()
    assert dialog.preview.page_count() == 1
    assert dialog.preview.page_label.text() == "Page 1 of 1"
    assert dialog.effective.isEnabled()  # a boundaries letter names the date it applies from
    dialog.kind.setCurrentIndex(dialog.kind.findData("loyalty"))
    qtbot.waitUntil(lambda: not dialog.effective.isEnabled())
    assert dialog._letter.kind == "loyalty"


def test_a_watch_client_gets_no_proposal_but_may_choose_any_letter(qtbot, db, book):
    dialog = _dialog(qtbot, db, book["Estudio Gómez-Ruiz"])
    assert "no letter fits" in dialog.note.text()
    assert dialog.preview.page_count() == 1


def test_save_as_writes_the_pdf_and_records_it(qtbot, db, book, tmp_path, monkeypatch, settings):
    client_id = book["Moda Peñalver"]  # let go: returns a third of what they buy
    dialog = _dialog(qtbot, db, client_id, settings)
    assert dialog.kind.currentData() == "termination"
    target = tmp_path / "chosen" / "carta"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    saved = target.with_suffix(".pdf")
    assert "Moda Peñalver" in pdf_text(saved)
    assert "Fin de nuestra relación comercial" in pdf_text(saved)
    (record,) = list_letters(db.sessions, client_id)
    assert record.file_path == str(saved) and record.kind == "termination"
    assert settings.value("letters/save_folder") == str(target.parent)
    assert str(saved) in dialog.status.text()


def test_changing_language_and_date_changes_the_letter(qtbot, db, book, tmp_path, monkeypatch):
    client_id = book["Reformas Ordóñez"]
    dialog = _dialog(qtbot, db, client_id)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.effective.setDate(dialog.effective.date().addDays(10))
    dialog.refresh_preview()
    dialog.include_anyway.setChecked(True)  # already let go: written again knowingly
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    dialog.save_button.click()
    text = pdf_text(tmp_path / "x.pdf")
    assert "from 2 January 2027" in text and "Kind regards," in text


def test_print_sends_every_page_and_keeps_a_recorded_copy(qtbot, db, book, tmp_path, monkeypatch):
    client_id = book["Ferretería Núñez e Hijos"]
    dialog = _dialog(qtbot, db, client_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog.print_letter(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1
    (record,) = list_letters(db.sessions, client_id)
    assert record.file_path.startswith(str(default_letters_dir()))
    assert "Sent 1 page(s)" in dialog.status.text()


def test_cancelled_print_records_nothing(qtbot, db, book, monkeypatch):
    client_id = book["Hospital San Rafael"]
    dialog = _dialog(qtbot, db, client_id)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog.print_button.click()
    assert list_letters(db.sessions, client_id) == []


def test_open_in_viewer_hands_a_recorded_copy_to_the_system(qtbot, db, book, monkeypatch):
    client_id = book["Café Zoë"]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _dialog(qtbot, db, client_id)
    assert dialog.kind.currentData() == "welcome"
    dialog.open_button.click()
    (url,) = opened
    assert "Café Zoë" in pdf_text(url.toLocalFile())
    assert [r.file_path for r in list_letters(db.sessions, client_id)] == [url.toLocalFile()]


def test_the_client_view_lists_letters_and_opens_them_again(qtbot, db, book, monkeypatch, tmp_path):
    from ui.client_detail import ClientDetailDialog

    client_id = book["Talleres Çelik"]
    detail = ClientDetailDialog(db.sessions, client_id)
    qtbot.addWidget(detail)
    assert detail.letters.model.rowCount() == 0
    assert detail.letters.message.text() == "No letters written yet."

    def write_and_close(dialog: LetterDialog) -> int:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.pdf"), "")
        )
        dialog.save_button.click()
        return 0

    monkeypatch.setattr(LetterDialog, "exec", write_and_close)
    detail.write_letter()
    assert detail.tabs.currentWidget() is detail.letters
    assert detail.letters.model.rowCount() == 1
    assert detail.letters.model.item(0, 1).text() == "Thank you and loyalty"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    detail.letters.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "c.pdf")]
    (tmp_path / "c.pdf").unlink()
    detail.letters.refresh()
    assert "missing" in detail.letters.model.item(0, 4).text()
    detail.letters.open_button.click()
    assert "no longer there" in detail.letters.message.text() and len(opened) == 1


def test_the_preview_pages_and_zooms(qtbot, db, book):
    profile = ProfileData(
        **SENDER, name="Suministros Aranda", city="Zaragoza", loyalty_offer_es="x " * 3000
    )
    save_profile(db.sessions, profile)
    dialog = _dialog(qtbot, db, book["Talleres Çelik"])  # retained: the long loyalty offer
    preview = dialog.preview
    assert preview.page_count() >= 2
    assert preview.page_label.text() == f"Page 1 of {preview.page_count()}"
    assert not preview.previous_page.isEnabled()
    preview.next_page.click()
    assert preview.page_label.text() == f"Page 2 of {preview.page_count()}"
    assert preview.previous_page.isEnabled()
    before = preview.zoom()
    preview.zoom_in.click()
    assert preview.zoom() == pytest.approx(before * 1.25)
    preview.zoom_out.click()
    preview.zoom_out.click()
    assert preview.zoom() < before


def test_the_from_date_follows_the_template_not_a_list_of_kinds(qtbot, db, book):
    from services.letter_templates import save_template

    save_template(
        db.sessions, "loyalty", "es", "Oferta", "Válida desde el {effective_date}.\n\nSaludos,"
    )
    dialog = _dialog(qtbot, db, book["Talleres Çelik"])
    assert dialog.kind.currentData() == "loyalty"
    assert dialog.effective.isEnabled()  # this owner's loyalty letter names a date
    dialog.kind.setCurrentIndex(dialog.kind.findData("welcome"))
    qtbot.waitUntil(lambda: not dialog.effective.isEnabled())


def test_a_thank_you_to_a_late_payer_is_held_back_until_the_owner_says_they_know(
    qtbot, db, tmp_path, monkeypatch
):
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    _punctual, late = punctual_and_late(db, TODAY)
    dialog = _dialog(qtbot, db, late)
    assert dialog.kind.currentData() == "loyalty"
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1)
    assert dialog.held_note.isVisibleTo(dialog)
    assert "late payer: pays on average" in dialog.held_note.text()
    assert "overdue" in dialog.held_note.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.include_anyway.setChecked(True)
    assert dialog.save_button.isEnabled()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "knowingly.pdf"), "")
    )
    dialog.save_button.click()
    assert len(list_letters(db.sessions, late)) == 1


def test_a_clean_client_is_not_held_back(qtbot, db, book):
    dialog = _dialog(qtbot, db, book["Ferretería Núñez e Hijos"])
    assert dialog.kind.currentData() == "loyalty"
    assert not dialog.held_note.isVisibleTo(dialog) and dialog.save_button.isEnabled()


def test_the_dialog_can_open_on_a_payment_reminder_dated_in_fifteen_days(qtbot, db):
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    _punctual, late = punctual_and_late(db, TODAY)
    dialog = LetterDialog(db.sessions, late, today=TODAY, kind="payment_reminder")
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "payment_reminder"
    assert dialog.effective.date().toPython() == date(2026, 12, 8)
    assert dialog.effective.isEnabled() and dialog.save_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("termination"))
    assert dialog.effective.date().toPython() == date(2026, 12, 23)
