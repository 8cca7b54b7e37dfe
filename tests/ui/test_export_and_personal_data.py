"""File → Import/Export and Client → export data / erase / anonymise, from the main window."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from models import Client
from services.client_list import ClientQuery
from services.clients import ClientInput, save_client
from ui import personal_data_actions
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow


def seed(db) -> None:
    for name, city, stage in (
        ("Ferretería Núñez", "Sevilla", "active"),
        ("Talleres Ibáñez", "Bilbao", "active"),
        ("Greenleaf Bakery", "London", "prospect"),
    ):
        save_client(db.sessions, ClientInput(name=name, city=city, stage=stage, tax_id=name[:3]))


def menu_texts(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text() == title:
            return [a.text() for a in action.menu().actions() if a.text()]
    raise AssertionError(title)


def names(db) -> list[str]:
    with db.sessions() as session:
        return sorted(session.scalars(select(Client.name)))


def test_the_menus_offer_import_export_and_the_personal_data_actions(shown, db, settings):
    seed(db)
    window = MainWindow(db, settings)
    shown(window)
    file_menu = menu_texts(window, "&File")
    assert "&Import…" in file_menu and "E&xport…" in file_menu
    client_menu = menu_texts(window, "&Client")
    for text in ("E&xport client data…", "E&rase client…", "&Anonymise client…"):
        assert text in client_menu
    window.table.clearSelection()
    assert not window.act_erase.isEnabled()
    window.table.selectRow(0)
    assert window.act_erase.isEnabled()


def test_export_dialog_writes_only_the_filtered_clients(qtbot, db, tmp_path, monkeypatch, settle):
    seed(db)
    dialog = ExportDialog(db.sessions, ClientQuery(stage="active"), shown_count=2)
    qtbot.addWidget(dialog)
    told = []
    monkeypatch.setattr(dialog, "inform", told.append)
    assert dialog.filtered.isChecked() and "(2)" in dialog.filtered.text()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    for sheet in ("sales", "payments", "returns"):
        dialog.sheets[next(s for s in dialog.sheets if s.value == sheet)].setChecked(False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no file chosen yet
    dialog.path.setText(str(tmp_path / "active.xlsx"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.text().endswith("active.csv")
    ok.click()
    settle(dialog)
    assert told and told[0].startswith("Exported 2 rows to:")
    with (tmp_path / "active.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert sorted(row["Name"] for row in rows) == ["Ferretería Núñez", "Talleres Ibáñez"]


def select_client(window: MainWindow, name: str) -> int:
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, model.COL_NAME).data() == name:
            window.table.selectRow(row)
            return model.client_id(row)
    raise AssertionError(name)


def test_erase_asks_saying_what_happens_then_erases(shown, db, settings, monkeypatch):
    seed(db)
    window = MainWindow(db, settings)
    shown(window)
    asked, told = [], []
    monkeypatch.setattr(personal_data_actions, "confirm", lambda _p, q: asked.append(q) or False)
    monkeypatch.setattr(personal_data_actions, "inform", lambda _p, text: told.append(text))
    select_client(window, "Talleres Ibáñez")
    window.act_erase.trigger()
    assert "Erase Talleres Ibáñez completely?" in asked[0]
    assert "cannot be undone" in asked[0] and "Anonymise instead" in asked[0]
    assert "Talleres Ibáñez" in names(db)  # answered No
    monkeypatch.setattr(personal_data_actions, "confirm", lambda _p, q: True)
    window.act_erase.trigger()
    assert "Talleres Ibáñez" not in names(db)
    assert told == ["Talleres Ibáñez was erased."]
    assert window.model.rowCount() == 2


def test_anonymise_and_export_client_data(shown, db, settings, monkeypatch, tmp_path: Path):
    seed(db)
    window = MainWindow(db, settings)
    shown(window)
    asked = []
    monkeypatch.setattr(personal_data_actions, "confirm", lambda _p, q: asked.append(q) or True)
    monkeypatch.setattr(personal_data_actions, "inform", lambda _p, text: None)
    target = tmp_path / "data.json"
    monkeypatch.setattr(personal_data_actions, "choose_save_path", lambda _p, s: str(target))
    client_id = select_client(window, "Greenleaf Bakery")
    window.act_client_data.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["client"]["name"] == "Greenleaf Bakery"
    window.act_anonymise.trigger()
    assert "Their name becomes “Anonymised client" in asked[0]
    assert "Kept for your records" in asked[0]
    assert f"Anonymised client {client_id}" in names(db)
    assert window.selected_client_id() == client_id


def test_import_action_opens_the_wizard_and_refreshes_after(
    shown, db, settings, monkeypatch, settle, tmp_path: Path
):
    from ui.import_wizard import ImportWizard

    window = MainWindow(db, settings)
    shown(window)
    opened = []
    path = tmp_path / "clients.csv"
    path.write_text("Name,City\nImported,Sevilla\n", encoding="utf-8")

    def import_the_file(wizard):
        opened.append(wizard)
        wizard.show()
        wizard.file_page.path_edit.setText(str(path))
        for _page in ("options", "mapping", "preview", "confirm", "import"):
            wizard.next()
            settle(wizard)
        assert wizard.currentId() == ImportWizard.PAGE_SUMMARY
        return 1

    monkeypatch.setattr(ImportWizard, "exec", import_the_file)
    window.act_import.trigger()
    assert opened and window.model.rowCount() == 1


@pytest.fixture
def spanish_interface():
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


def test_export_dialog_writes_for_a_spanish_excel_or_for_a_program(
    qtbot, db, tmp_path, monkeypatch, spanish_interface, settle
):
    seed(db)
    dialog = ExportDialog(db.sessions, None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "inform", lambda _text: None)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.delimiter.currentData() == ";"  # what a Spanish Excel expects
    assert not dialog.machine.isChecked()
    for sheet in ("sales", "payments", "returns"):
        dialog.sheets[next(s for s in dialog.sheets if s.value == sheet)].setChecked(False)
    dialog.path.setText(str(tmp_path / "clientes.csv"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(dialog)
    with (tmp_path / "clientes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert {row["Nombre"]: row["Etapa"] for row in rows}["Greenleaf Bakery"] == "Potencial"

    dialog = ExportDialog(db.sessions, None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "inform", lambda _text: None)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.machine.setChecked(True)
    assert dialog.delimiter.currentData() == "," and not dialog.delimiter.isEnabled()
    dialog.path.setText(str(tmp_path / "clients.csv"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(dialog)
    with (tmp_path / "clients.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {row["Name"]: row["Stage"] for row in rows}["Greenleaf Bakery"] == "prospect"
    dialog.machine.setChecked(False)
    assert dialog.delimiter.currentData() == ";" and dialog.delimiter.isEnabled()


def test_erasing_says_which_campaign_files_still_hold_the_letter(
    shown, db, settings, monkeypatch, tmp_path: Path
):
    from datetime import date

    from services.business_profile import ProfileData, save_profile
    from services.campaigns import Segment, run_campaign, segment_ids
    from services.letters import LetterOptions
    from tests.sender import SENDER

    seed(db)
    save_profile(db.sessions, ProfileData(name="Suministros Aranda", city="Zaragoza", **SENDER))
    combined = tmp_path / "campaign.pdf"
    ids = segment_ids(db.sessions, Segment())
    run_campaign(db.sessions, ids, LetterOptions("welcome", date(2026, 11, 23)), combined=combined)
    window = MainWindow(db, settings)
    shown(window)
    told = []
    monkeypatch.setattr(personal_data_actions, "confirm", lambda _p, q: True)
    monkeypatch.setattr(personal_data_actions, "inform", lambda _p, text: told.append(text))
    select_client(window, "Talleres Ibáñez")
    window.act_erase.trigger()
    assert combined.exists()
    assert "hold other clients' letters too, so they were kept" in told[0]
    assert str(combined) in told[0]


def test_in_spanish_the_anonymised_name_is_spanish_too(db):
    from PySide6.QtCore import QLocale

    from services.clients import ClientInput, save_client
    from services.personal_data import anonymise_client

    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    client_id = save_client(db.sessions, ClientInput(name="Begoña")).id
    assert f"“Cliente anonimizado {client_id}”" in personal_data_actions.anonymise_question(
        "Begoña", client_id
    )
    anonymise_client(db.sessions, client_id, "es")
    assert f"Cliente anonimizado {client_id}" in names(db)
