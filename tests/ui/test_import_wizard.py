"""The import wizard, driven as a user would: file, options, mapping, preview, import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QRadioButton
from sqlalchemy import select

from models import Client, Sale
from services.clients import ClientInput, save_client
from ui import import_wizard as import_wizard_module
from ui.import_wizard import ImportWizard

GOOGLE = (
    "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Address 1 - City,"
    "Organization 1 - Name,Group Membership\n"
    ",Ana,López,ANA@X.ES,600 111 222,Cádiz,Talleres López,* myContacts ::: VIP\n"
    ",Luis,Gil,luis@y.es,12,Toledo,,* myContacts\n"
    ",Old,Client,old@x.es,,Madrid,,\n"
)


@pytest.fixture
def wizard(qtbot, db, tmp_path):
    def make(text: str, name: str = "contacts.csv", encoding: str = "utf-8") -> ImportWizard:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        created = ImportWizard(db.sessions, path=str(path))
        qtbot.addWidget(created)
        created.show()
        return created

    return make


def go_to_mapping(wizard: ImportWizard, kind_index: int = 0) -> None:
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_OPTIONS
    wizard.options_page.kind.setCurrentIndex(kind_index)
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING


def mapped(wizard: ImportWizard) -> dict[str, str]:
    page = wizard.mapping_page
    return {
        page.table.item(row, 0).text(): page.combos[row].currentData()
        for row in range(page.table.rowCount())
        if page.combos[row].currentData()
    }


def test_google_contacts_columns_are_suggested_and_required_fields_checked(wizard) -> None:
    w = wizard(GOOGLE)
    go_to_mapping(w)
    assert mapped(w) == {
        "Name": "name",
        "Given Name": "given_name",
        "Family Name": "family_name",
        "E-mail 1 - Value": "email",
        "Phone 1 - Value": "phone",
        "Address 1 - City": "city",
        "Organization 1 - Name": "legal_name",
        "Group Membership": "tags",
    }
    page = w.mapping_page
    assert page.table.item(1, 1).text() == "Ana | Luis | Old"  # first values beside the column
    assert page.isComplete()
    for row in (0, 1, 2, 6):  # nothing left to make a name from
        page.combos[row].setCurrentIndex(0)
    assert not page.isComplete()
    assert "Choose a column for: Name" in page.missing.text()
    page.combos[3].setCurrentIndex(page.combos[3].findData("name"))
    assert page.isComplete()
    page.combos[4].setCurrentIndex(page.combos[4].findData("name"))
    assert not page.isComplete()
    assert "Only one column can be stored as Name" in page.missing.text()


def test_options_show_the_detected_dialect_and_reread_on_change(wizard) -> None:
    w = wizard("Nombre;Población\nPeña;Cádiz\n", name="excel.csv", encoding="cp1252")
    w.next()
    page = w.options_page
    assert page.delimiter.currentData() == ";"
    assert page.encoding.currentText() == "cp1252"
    assert page.columns.text() == "Nombre, Población"
    assert not page.sheet.isEnabled()
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    page.delimiter.activated.emit(page.delimiter.currentIndex())
    assert page.columns.text() == "Nombre;Población"  # one column: the owner sees it is wrong


def test_preview_shows_rows_as_stored_and_rejected_rows_with_line_and_reason(wizard, db) -> None:
    save_client(db.sessions, ClientInput(name="Old Client", city="Madrid"))
    w = wizard(GOOGLE)
    go_to_mapping(w)
    w.next()
    assert w.currentId() == ImportWizard.PAGE_PREVIEW
    page = w.preview_page
    headers = [page.rows.horizontalHeaderItem(c).text() for c in range(page.rows.columnCount())]
    assert headers[:4] == ["Line", "Name", "Company (legal name)", "Tax id"]
    row = {headers[c]: page.rows.item(0, c).text() for c in range(len(headers))}
    assert row["Line"] == "2"
    assert row["Name"] == "Talleres López"
    assert row["Contact person"] == "Ana López"
    assert row["Email"] == "ana@x.es"  # stored lower-case
    assert row["Stage"] == "Active"
    assert row["Tags"] == "VIP"
    assert page.rejected.rowCount() == 1
    assert page.rejected.item(0, 0).text() == "3"
    assert page.rejected.item(0, 1).text().startswith("Phone: A phone number has 6 to 15 digits")
    assert "1 can be imported, 1 cannot, 1 look like clients already" in page.summary.text()
    with db.sessions() as session:  # the preview wrote nothing
        assert session.scalars(select(Client.name)).all() == ["Old Client"]


def test_import_updates_duplicates_when_chosen_and_saves_rejected_rows(
    wizard, db, tmp_path
) -> None:
    save_client(db.sessions, ClientInput(name="Old Client", city="Madrid"))
    w = wizard(GOOGLE)
    go_to_mapping(w)
    w.next()
    w.next()
    assert w.currentId() == ImportWizard.PAGE_DUPLICATES
    w.duplicates_page.findChild(QRadioButton, "duplicates_update").setChecked(True)
    w.next()
    assert w.currentId() == ImportWizard.PAGE_CONFIRM
    assert "Import <b>2</b> rows of clients from contacts.csv" in w.confirm_page.text.text()
    w.next()  # Import
    assert w.currentId() == ImportWizard.PAGE_SUMMARY
    assert w.summary_page.text.text().startswith("1 new, 1 updated. 1 rows could not")
    with db.sessions() as session:
        stored = {c.name: c for c in session.scalars(select(Client))}
        assert set(stored) == {"Old Client", "Talleres López"}
        assert stored["Old Client"].email == "old@x.es"
    target = tmp_path / "fix-me.csv"
    w.choose_save_path = lambda suggested: str(target)
    w.summary_page.save.click()
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][-2:] == ["line", "reason"]
    assert rows[1][:-1] == ["", "Luis", "Gil", "luis@y.es", "12", "Toledo", "", "* myContacts", "3"]
    assert rows[1][-1].startswith("Phone: A phone number")


def test_ledger_rows_skip_the_duplicates_page(wizard, db) -> None:
    client_id = save_client(db.sessions, ClientInput(name="Acme", tax_id="B123")).id
    w = wizard("NIF;Fecha;Importe\nB123;25/03/2025;1.234,50\n", name="ventas.csv")
    w.next()
    assert not w.options_page.match_by.isVisibleTo(w.options_page)  # clients: no key needed
    go_kind = w.options_page.kind
    go_kind.setCurrentIndex(go_kind.findData("sales"))
    assert w.options_page.match_by.isVisibleTo(w.options_page)
    w.next()
    assert mapped(w) == {"NIF": "client", "Fecha": "invoice_date", "Importe": "amount"}
    assert w.mapping_page.decimal_comma.currentData() is True
    assert w.mapping_page.day_first.currentData() is True
    w.next()
    assert (
        w.preview_page.rows.item(0, 2).text() == "25/03/2025"
    )  # as the interface writes dates, not as stored
    w.next()
    assert w.currentId() == ImportWizard.PAGE_CONFIRM
    w.next()
    with db.sessions() as session:
        sale = session.scalars(select(Sale)).one()
        assert (sale.client_id, str(sale.amount)) == (client_id, "1234.50")


def test_unreadable_file_is_explained_on_the_first_page(wizard, tmp_path: Path) -> None:
    w = wizard("Name\n", name="headers-only.csv")
    w.next()
    assert w.currentId() == ImportWizard.PAGE_FILE
    assert "has column headers but no rows" in w.file_page.error.text()


def test_cancelling_the_import_says_nothing_changed_and_stays(wizard, db, monkeypatch) -> None:
    import ui.import_wizard as module
    from ui.background import Cancelled

    w = wizard("Name,City\nAcme,Sevilla\n")
    go_to_mapping(w)
    w.next()
    w.next()
    assert w.currentId() == ImportWizard.PAGE_CONFIRM  # no duplicates: no duplicates page

    def cancelled(*_args):
        raise Cancelled()

    monkeypatch.setattr(module, "run_with_progress", cancelled)
    told = []
    monkeypatch.setattr(w, "inform", told.append)
    w.next()
    assert told == ["Import cancelled. Nothing was changed in your book."]
    assert w.currentId() == ImportWizard.PAGE_CONFIRM
    with db.sessions() as session:
        assert session.scalars(select(Client)).all() == []


def test_the_wizard_detects_a_client_column_of_names_and_shows_it(wizard, db) -> None:
    client_id = save_client(db.sessions, ClientInput(name="Distribuciones Puntual S.L.")).id
    save_client(db.sessions, ClientInput(name="Otra"))
    w = wizard("Cliente;Fecha;Importe\ndistribuciones puntual s.l.;25/03/2025;10\n", "v.csv")
    w.next()
    options = w.options_page
    options.kind.setCurrentIndex(options.kind.findData("sales"))
    assert options.match_by.currentData() == "auto"  # the default: detected
    assert options.match_by.currentText() == "Detect it from the rows and your book"
    w.next()
    w.next()
    shown = w.preview_page.notes
    assert shown.isVisibleTo(w.preview_page)
    assert shown.text() == (
        "Clients found by name in column “Cliente”: detected, 1 of the first 1 values "
        "match a client's name."
    )
    assert w.dry_run is not None and w.dry_run.rejected == 0
    w.next()
    w.next()
    assert "Clients found by name" in w.summary_page.text.text()
    with db.sessions() as session:
        assert session.scalars(select(Sale.client_id)).all() == [client_id]


def test_the_wizard_can_still_force_the_key_and_explains_a_miss(wizard, db) -> None:
    save_client(db.sessions, ClientInput(name="Acme", tax_id="B123"))
    w = wizard("Cliente;Fecha;Importe\nAcme;25/03/2025;10\n", "v.csv")
    w.next()
    options = w.options_page
    options.kind.setCurrentIndex(options.kind.findData("sales"))
    options.match_by.setCurrentIndex(options.match_by.findData("tax_id"))
    w.next()
    w.next()
    assert w.preview_page.notes.text() == "Clients found by tax id, as you chose."
    reason = w.preview_page.rejected.item(0, 1).text()
    assert reason == (
        "Client: No client has Acme as their tax id. It is a client's name: on the second "
        "page, find each row's client by name."
    )


def test_padded_postal_codes_are_a_warning_in_the_preview_and_summary(wizard, db) -> None:
    w = wizard("Nombre;Código postal;País\nUno;8001;España\nDos;28001;España\n")
    go_to_mapping(w)
    w.next()
    note = (
        "1 Spanish postal code(s) had 4 digits and were given their leading zero "
        "(8001 -> 08001); check them: line(s) 2."
    )
    assert w.preview_page.notes.text() == note
    w.next()
    w.next()
    assert w.summary_page.text.text().endswith(note)
    with db.sessions() as session:
        assert sorted(session.scalars(select(Client.postal_code))) == ["08001", "28001"]


def test_repeated_headers_and_a_stray_byte_are_explained(wizard, db) -> None:
    data = "Name,City,city\nMuñoz,León,\n".encode() + b"Caf\xe9,Vigo,\n"
    w = wizard(data.decode("latin-1"), encoding="latin-1")  # the bytes exactly as above
    w.next()
    note = w.options_page.duplicates
    assert note.isVisible()
    assert note.text().startswith("Several columns have the same name: “City” (columns 2, 3).")
    assert "choose its field on the next page" in note.text()
    w.next()
    w.next()
    page = w.preview_page
    assert page.rejected.rowCount() == 1
    assert page.rejected.item(0, 0).text() == "3"
    assert (
        page.rejected.item(0, 1)
        .text()
        .startswith("Line 3 holds a byte (0xE9) that is not UTF-8 text, shown here as �")
    )


def test_a_ledger_file_imported_twice_is_skipped_the_second_time(wizard, db) -> None:
    save_client(db.sessions, ClientInput(name="Acme", tax_id="B123"))
    text = "NIF;Fecha;Factura;Importe\nB123;25/03/2025;F-1;1.234,50\n"
    for attempt in range(2):
        w = wizard(text, name="ventas.csv")
        w.next()
        w.options_page.kind.setCurrentIndex(w.options_page.kind.findData("sales"))
        w.next()
        w.next()
        if attempt:
            summary = w.preview_page.summary.text()
            assert "0 can be imported" in summary
            assert "1 are entries already in the ledger" in summary
            assert w.preview_page.rejected.rowCount() == 0  # skipped, not refused
        w.next()
        w.next()
        if attempt:
            assert "1 duplicates were skipped" in w.summary_page.text.text()
    with db.sessions() as session:
        assert len(session.scalars(select(Sale)).all()) == 1


def test_implausible_ledger_rows_are_warned_in_the_preview_and_summary(wizard, db) -> None:
    save_client(db.sessions, ClientInput(name="Acme", tax_id="B123"))
    w = wizard("NIF;Fecha;Factura;Importe\nB123;25/03/1985;F-1;10\n", name="ventas.csv")
    w.next()
    w.options_page.kind.setCurrentIndex(w.options_page.kind.findData("sales"))
    w.next()
    w.next()
    assert w.preview_page.warned.isVisibleTo(w.preview_page)
    assert w.preview_page.warned.item(0, 0).text() == "2"
    assert "is before 1990. Is the year right?" in w.preview_page.warned.item(0, 1).text()
    w.next()
    w.next()
    assert "Imported, but worth checking: 1." in w.summary_page.text.text()
    assert "is before 1990" in w.summary_page.text.text()
    with db.sessions() as session:
        assert len(session.scalars(select(Sale)).all()) == 1


def test_the_wizard_keeps_qts_result_and_options(wizard):
    """Our attributes must not shadow QDialog.result() and QWizard.options()."""
    from PySide6.QtWidgets import QDialog, QWizard

    created = wizard(GOOGLE)
    created.setOption(QWizard.WizardOption.NoCancelButton)
    assert created.options() & QWizard.WizardOption.NoCancelButton
    created.reject()
    assert created.result() == QDialog.DialogCode.Rejected
    assert created.import_result is None and not created.imported()


def test_the_preview_lists_the_first_rejected_rows_and_counts_the_rest(wizard, monkeypatch) -> None:
    monkeypatch.setattr(import_wizard_module, "LISTED_ON_PREVIEW", 3)
    w = wizard("Nombre;Población\n" + ";Cádiz\n" * 5 + "Peña;Soria\n", name="c.csv")
    w.next()
    w.next()
    w.next()
    assert w.currentId() == ImportWizard.PAGE_PREVIEW
    page = w.preview_page
    assert page.rejected.rowCount() == 4  # three listed, then how many more
    assert [page.rejected.item(r, 0).text() for r in range(4)] == ["2", "3", "4", "…"]
    assert page.rejected.item(3, 1).text() == "2 more row(s) not listed"
    assert "1 can be imported, 5 cannot" in page.summary.text()
