"""Search and duplicate detection fold letters that are not accented ASCII (Ł, Ø, ß...)."""

from __future__ import annotations

from pathlib import Path

from services.client_list import ClientQuery, SortKey, fetch_rows, search_ids
from services.clients import ClientInput, save_client
from services.importing import ImportOptions, Kind, inspect_table, run_import, suggest_mapping


def _names(db, query: ClientQuery) -> list[str]:
    ids = search_ids(db.sessions, query)
    rows = fetch_rows(db.sessions, ids)
    return [rows[i].name for i in ids]


def test_search_finds_letters_typed_without_their_strokes_and_ligatures(db):
    for name, city in (
        ("Łuczak Sp. z o.o.", "Kraków"),
        ("Brauerei Straße", "München"),
        ("Øresund Fisk", "Malmö"),
        ("Cœur d'Æther", "Paris"),
        ("Acme", "Madrid"),
    ):
        save_client(db.sessions, ClientInput(name=name, city=city))
    assert _names(db, ClientQuery(text="luczak")) == ["Łuczak Sp. z o.o."]
    assert _names(db, ClientQuery(text="strasse")) == ["Brauerei Straße"]
    assert _names(db, ClientQuery(text="oresund")) == ["Øresund Fisk"]
    assert _names(db, ClientQuery(text="coeur aether")) == ["Cœur d'Æther"]
    assert _names(db, ClientQuery(text="Łuczak")) == ["Łuczak Sp. z o.o."]  # typed as stored


def test_sorting_puts_transliterated_names_among_their_latin_letters(db):
    for name in ("Zeta", "Łuczak", "Mora", "Øresund"):
        save_client(db.sessions, ClientInput(name=name))
    assert _names(db, ClientQuery(sort=SortKey.NAME)) == ["Łuczak", "Mora", "Øresund", "Zeta"]


def test_an_import_sees_the_same_client_written_without_its_special_letters(db, tmp_path: Path):
    save_client(db.sessions, ClientInput(name="Łuczak Straße", city="Łódź"))
    path = tmp_path / "clients.csv"
    path.write_text("Name,City\nLUCZAK STRASSE,Lodz\nSomeone Else,Lodz\n", encoding="utf-8")
    info = inspect_table(path)
    options = ImportOptions(Kind.CLIENTS, suggest_mapping(info.headers, Kind.CLIENTS))
    result = run_import(db.sessions, info, options)
    assert (result.inserted, result.skipped) == (1, 1)
    (issue,) = result.issues
    assert issue.problems[0].problem.code == "duplicate_in_book"
    assert issue.problems[0].problem.params == {"name": "Łuczak Straße"}


def test_headers_and_yes_no_marks_keep_their_meaning_after_folding():
    from services.importing.values import parse_bool

    sales = suggest_mapping(["NIF", "Fecha", "Nº factura", "Importe (€)"], Kind.SALES)
    assert sales == {0: "client", 1: "invoice_date", 2: "reference", 3: "amount"}
    assert parse_bool("✗") is None  # not the "x" that means yes
    assert parse_bool("Sí") is True
