"""The import's bulk insert stores what the ORM would, on both engines (COPY on PostgreSQL):
text that COPY would read as markup (tabs, line breaks, backslashes, "\\N"), exact money,
enums, empty dates, and times with their zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from models import Client, ClientTag, Sale, Stage
from services.clients import ClientInput
from services.importing.bulk import BulkInsert
from services.importing.client_columns import STORED_FIELDS, stored_values

AWKWARD = ["tab\there", "two\nlines", "back\\slash", "\\N", "crlf\r\n", "Łuczak Gómez ", ""]
NOW = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
CONSTANTS = {"created_at": NOW, "updated_at": NOW, "version": 1}


def _clients(session, given: list[ClientInput]) -> None:
    columns = ("id", *STORED_FIELDS, "sort_name", "search_text")
    rows = [(i + 1, *stored_values(data)) for i, data in enumerate(given)]
    BulkInsert(session.connection(), Client.__table__, columns, CONSTANTS).execute(rows)


def test_awkward_text_enums_and_times_come_back_as_given(db) -> None:
    given = [
        ClientInput(name=f"Cliente {i}", notes=text, stage="former" if i % 2 else "active")
        for i, text in enumerate(AWKWARD)
    ]
    with db.sessions.begin() as session:
        _clients(session, given)
        BulkInsert(session.connection(), ClientTag.__table__, ("client_id", "tag")).execute(
            [(1, text or "-") for text in AWKWARD[:5]]
        )
    with db.sessions() as session:
        stored = session.scalars(select(Client).order_by(Client.id)).all()
        assert [c.notes for c in stored] == AWKWARD
        assert [c.stage for c in stored] == [Stage(d.stage) for d in given]
        assert all(c.created_at == NOW and c.version == 1 for c in stored)
        assert all(c.next_review_on is None and c.latest_score is None for c in stored)
        tags = set(session.scalars(select(ClientTag.tag)))
    assert tags == {text or "-" for text in AWKWARD[:5]}


def test_money_stays_exact_to_the_cent(db) -> None:
    with db.sessions.begin() as session:
        _clients(session, [ClientInput(name="Uno")])
        BulkInsert(
            session.connection(),
            Sale.__table__,
            ("client_id", "invoice_date", "due_date", "reference", "units", "amount"),
            {"created_at": NOW, "version": 1},
        ).execute(
            [
                (1, date(2026, 1, 1), date(2026, 1, 31), "F-1", Decimal(1), Decimal("0.10")),
                (1, date(2026, 2, 1), date(2026, 3, 3), "F-2", Decimal(3), Decimal("1234567.89")),
            ]
        )
    with db.sessions() as session:
        amounts = session.scalars(select(Sale.amount).order_by(Sale.id)).all()
    assert amounts == [Decimal("0.10"), Decimal("1234567.89")]
