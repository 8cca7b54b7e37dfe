"""0005: a book folded the old way (accents off, Ł and ß left) is folded again on opening."""

from __future__ import annotations

import sqlite3

from models.migrations import HEAD_REVISION, MIGRATIONS_DIR
from services.client_list import ClientQuery, fetch_rows, search_ids
from services.database import open_database
from services.migrations import MigrationSet

STAMP = "2026-11-23 00:00:00.000000"
# What the fold of revision 0004 stored: accents gone, but Ł, ß and Ø kept (lower-cased).
OLD_FORMAT = [
    (1, "Łuczak Sp. z o.o.", "Kraków", "łuczak sp. z o.o.", "łuczak sp. z o.o. krakow"),
    (2, "Müller Straße GmbH", "Berlin", "muller straße gmbh", "muller straße gmbh berlin"),
    (3, "Øresund Fisk", "Malmö", "øresund fisk", "øresund fisk malmo"),
    (4, "Acme", "Madrid", "acme", "acme madrid"),
]


def test_opening_an_older_book_folds_its_search_columns_again(tmp_path):
    path = tmp_path / "book.sqlite3"
    before = MigrationSet(MIGRATIONS_DIR, "0004_sale_settlement")
    open_database(path, migrations=before).close()
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO client (id, name, legal_name, tax_id, contact_person, email, phone,"
            " address, postal_code, city, country, language, stage, strategic, notes,"
            " sort_name, search_text, version, created_at, updated_at)"
            " VALUES (?, ?, '', '', '', '', '', '', '', ?, '', 'es', 'active', 0, '',"
            " ?, ?, 1, ?, ?)",
            [(*row, STAMP, STAMP) for row in OLD_FORMAT],
        )

    db = open_database(path)
    try:
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                HEAD_REVISION,
            )
            stored = conn.execute(
                "SELECT sort_name, search_text FROM client ORDER BY id"
            ).fetchall()
        assert stored == [
            ("luczak sp. z o.o.", "luczak sp. z o.o. krakow"),
            ("muller strasse gmbh", "muller strasse gmbh berlin"),
            ("oresund fisk", "oresund fisk malmo"),
            ("acme", "acme madrid"),
        ]
        for typed, found in (("luczak", 1), ("STRASSE", 2), ("oresund", 3), ("Łuczak", 1)):
            ids = search_ids(db.sessions, ClientQuery(text=typed))
            assert ids == [found], typed
        assert fetch_rows(db.sessions, [1])[1].name == "Łuczak Sp. z o.o."  # names untouched
    finally:
        db.close()
