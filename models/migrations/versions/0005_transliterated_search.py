"""Search and sort columns folded again, now transliterating: 'luczak' finds 'Łuczak'.

Revision ID: 0005_transliterated_search
Revises: 0004_sale_settlement
Create Date: 2026-12-02 19:30:00

services.text_search.fold used to take accents off by Unicode decomposition, which leaves
Ł, Ø, ß, Æ, Œ and other scripts as they are; it now transliterates with anyascii. The stored
``sort_name`` and ``search_text`` of every client are folded again the new way, a batch of
clients at a time so a book of 100,000 is never held at once. Plain SELECT and UPDATE: the same
statements on SQLite and PostgreSQL.

The fold is copied here, not imported: a migration must keep doing what it did when it was
written, whatever later becomes of the service.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from anyascii import anyascii

revision: str = "0005_transliterated_search"
down_revision: str | None = "0004_sale_settlement"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
# services.clients.SEARCHED_FIELDS as of this revision, in its order.
SEARCHED = ("name", "legal_name", "contact_person", "email", "city", "tax_id")

client = sa.table(
    "client",
    sa.column("id", sa.Integer),
    sa.column("sort_name", sa.String),
    sa.column("search_text", sa.Text),
    *(sa.column(name, sa.Text) for name in SEARCHED),
)


class _Transliteration(dict):
    """Letters, digits and marks transliterated; symbols and punctuation kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = char if unicodedata.category(char)[0] in "SP" else anyascii(char)
        return self[code]


_TRANSLITERATION = _Transliteration()


def _fold(text: str) -> str:
    if not text.isascii():
        text = text.translate(_TRANSLITERATION)
    return " ".join(text.lower().split())


def upgrade() -> None:
    connection = op.get_bind()
    read = sa.select(client.c.id, client.c.sort_name, client.c.search_text, *client.c[SEARCHED])
    write = (
        client.update()
        .where(client.c.id == sa.bindparam("client_id"))
        .values(sort_name=sa.bindparam("new_sort"), search_text=sa.bindparam("new_search"))
    )
    last_id = 0
    while True:
        rows = connection.execute(
            read.where(client.c.id > last_id).order_by(client.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        changed = []
        for row in rows:
            sort_name = _fold(row.name or "")
            search_text = _fold(" ".join(getattr(row, name) or "" for name in SEARCHED))
            if (sort_name, search_text) != (row.sort_name, row.search_text):
                changed.append(
                    {"client_id": row.id, "new_sort": sort_name, "new_search": search_text}
                )
        if changed:
            connection.execute(write, changed)


def downgrade() -> None:
    # Not undone: folding the old way needs the old code. Words typed in plain ASCII still
    # find these rows with it, and upgrading again folds them anew.
    pass
