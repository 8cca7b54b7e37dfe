"""Campaign dialog: the segment counts, a sample shows, and the run writes and records."""

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from models import Letter
from services.clients import ClientInput, save_client
from tests.demo_book import evaluated_demo_book
from tests.pdf import pdf_text
from tests.ui.waiting import wait_for_operations
from ui.campaign_dialog import CampaignDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def book(db):
    return evaluated_demo_book(db, TODAY)


def _dialog(qtbot, db, **kwargs):
    dialog = CampaignDialog(db.sessions, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _letters(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Letter))


def test_the_kind_picks_its_verdict_and_the_count_and_sample_follow(qtbot, db, book):
    dialog = _dialog(qtbot, db)
    dialog.kind.setCurrentIndex(dialog.kind.findData("termination"))
    assert dialog.verdict.currentData() == "let_go"
    # Ibáñez is class A: boundaries. Reformas Ordóñez was let go already: listed, unticked.
    assert len(dialog.client_ids) == 3
    assert dialog.count.text() == (
        "2 letter(s) to write; 1 held back by the ledger or the verdict (unticked)."
    )
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1)
    dialog.by_stage.click()
    dialog.stage.setCurrentIndex(dialog.stage.findData("prospect"))
    assert len(dialog.client_ids) == 1
    assert dialog.count.text() == "1 letter(s) to write."


def test_a_retain_campaign_runs_and_sums_up(qtbot, db, book, tmp_path, messages, monkeypatch):
    dialog = _dialog(qtbot, db)
    # Hospital San Rafael pays late: boundaries, not a loyalty letter.
    assert dialog.kind.currentData() == "loyalty" and len(dialog.client_ids) == 2
    dialog.recipients.select_all.click()  # and any held back, knowingly
    monkeypatch.setattr("ui.campaign_dialog.ask", lambda *a: True)
    dialog.combined_path.setText(str(tmp_path / "navidad.pdf"))
    dialog.per_client.setChecked(True)
    dialog.folder_path.setText(str(tmp_path / "one-each"))
    dialog.run_button.click()
    wait_for_operations(qtbot, dialog)  # the letters are written in the background
    assert len(PdfReader(tmp_path / "navidad.pdf").pages) == 2
    assert len(list((tmp_path / "one-each").glob("*.pdf"))) == 2
    assert "Ferretería Núñez e Hijos" in pdf_text(tmp_path / "navidad.pdf")
    assert "Hospital San Rafael" not in pdf_text(tmp_path / "navidad.pdf")
    assert _letters(db) == 2
    assert messages and messages[0].startswith("2 letter(s) written, 2 page(s) in all.")
    assert str(tmp_path / "navidad.pdf") in messages[0]


def test_the_clients_shown_in_the_list_can_be_the_segment(qtbot, db, book, tmp_path, messages):
    extra = save_client(db.sessions, ClientInput(name="Sin dirección"))
    shown = (extra.id,)
    dialog = _dialog(qtbot, db, shown_ids=shown)
    dialog.by_selection.click()
    assert dialog.client_ids == [extra.id]
    dialog.combined_path.setText(str(tmp_path / "x.pdf"))
    dialog.run_button.click()
    wait_for_operations(qtbot, dialog)  # the letters are written in the background
    assert "no page" in messages[0].lower() or "nothing" in messages[0].lower()
    assert not (tmp_path / "x.pdf").exists()
    assert _letters(db) == 0


def test_without_an_output_the_run_button_is_disabled(qtbot, db, book):
    dialog = _dialog(qtbot, db)
    dialog.combined.setChecked(False)
    dialog.per_client.setChecked(False)
    assert not dialog.run_button.isEnabled()
    dialog.per_client.setChecked(True)
    assert dialog.run_button.isEnabled()


def test_output_names_follow_the_letter_until_the_owner_picks_a_place(qtbot, db, book, keyboard):
    dialog = _dialog(qtbot, db)
    assert dialog.combined_path.text().endswith("Thank you and loyalty 2026-11-23.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("welcome"))
    assert dialog.folder_path.text().endswith("Welcome 2026-11-23")
    dialog.folder_path.clear()
    keyboard.type(dialog.folder_path, "/tmp/mine")
    dialog.kind.setCurrentIndex(dialog.kind.findData("termination"))
    assert dialog.folder_path.text() == "/tmp/mine"


def test_an_existing_combined_file_is_replaced_only_when_the_owner_agrees(
    qtbot, db, book, tmp_path, messages, monkeypatch
):
    existing = tmp_path / "navidad.pdf"
    existing.write_bytes(b"last year's letters")
    dialog = _dialog(qtbot, db)
    dialog.combined_path.setText(str(existing))
    monkeypatch.setattr("ui.campaign_dialog.ask", lambda *a: False)
    dialog.run_button.click()
    wait_for_operations(qtbot, dialog)  # the letters are written in the background
    assert existing.read_bytes() == b"last year's letters" and _letters(db) == 0
    monkeypatch.setattr("ui.campaign_dialog.ask", lambda *a: True)
    dialog.run_button.click()
    wait_for_operations(qtbot, dialog)  # the letters are written in the background
    assert len(PdfReader(existing).pages) == len(dialog.ticked_ids())


def test_the_dialog_keeps_qts_result(qtbot, db):
    """What the campaign did must not shadow QDialog.result()."""
    from PySide6.QtWidgets import QDialog

    dialog = _dialog(qtbot, db)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.campaign_result is None
