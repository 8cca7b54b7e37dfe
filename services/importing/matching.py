"""Finding who a row is about: duplicate clients, and the client a ledger row belongs to.

Duplicates are the same tax id, or the same email, or the same name and city, compared the
way people mean them: 'B-1234567.8' is 'b12345678', 'Muñoz' is 'MUNOZ'.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sqlalchemy import Connection, select

from models import Client, Sale
from services.clients import ClientInput
from services.importing.fields import MatchBy
from services.text_search import fold

_TAX_ID_NOISE = re.compile(r"[\s.\-/]")
_NOT_LETTERS_OR_DIGITS = re.compile(r"[\W_]+")


def tax_key(tax_id: str) -> str:
    if tax_id.isalnum():
        return tax_id.upper()  # nothing to take out: the usual case, without a regex
    return _TAX_ID_NOISE.sub("", tax_id).upper()


def duplicate_keys(name: str, city: str, tax_id: str, email: str) -> list[str]:
    return folded_duplicate_keys(fold(name), fold(city), tax_id, email)


def folded_duplicate_keys(name: str, city: str, tax_id: str, email: str) -> list[str]:
    """duplicate_keys of a name and city already folded."""
    keys = []
    if tax_id:
        keys.append("tax:" + tax_key(tax_id))
    if email:
        keys.append("email:" + email.lower())
    keys.append("name:" + name + "\x1f" + city)
    return keys


class Existing(NamedTuple):  # a tuple, not a dataclass: made for every client imported
    """A client already in the book (``client_id``) or an earlier row of the file (``line``)."""

    name: str
    client_id: int | None = None
    line: int | None = None


class DuplicateIndex:
    """Every client of the book and every row accepted so far, by duplicate key."""

    def __init__(self) -> None:
        self._by_key: dict[str, Existing] = {}

    @classmethod
    def of_book(cls, connection: Connection) -> DuplicateIndex:
        index = cls()
        rows = connection.execute(
            select(Client.id, Client.name, Client.city, Client.tax_id, Client.email).order_by(
                Client.id
            )
        )
        for client_id, name, city, tax_id, email in rows:
            index._remember(duplicate_keys(name, city, tax_id, email), Existing(name, client_id))
        return index

    @staticmethod
    def keys(data: ClientInput) -> list[str]:
        return duplicate_keys(data.name, data.city, data.tax_id, data.email)

    def is_empty(self) -> bool:
        """No client in the book, and no row taken from the file yet."""
        return not self._by_key

    def find(self, keys: list[str]) -> Existing | None:
        for key in keys:
            found = self._by_key.get(key)
            if found is not None:
                return found
        return None

    def add(self, keys: list[str], name: str, line: int) -> None:
        self._remember(keys, Existing(name, line=line))

    def claim(self, keys: list[str], name: str, line: int) -> Existing | None:
        """find(keys), and when nothing is found, add the row: one call for the usual case."""
        by_key = self._by_key
        for key in keys:
            found = by_key.get(key)
            if found is not None:
                return found
        existing = Existing(name, None, line)
        for key in keys:
            by_key[key] = existing  # none was there: found would have said
        return None

    def _remember(self, keys: list[str], existing: Existing) -> None:
        for key in keys:
            self._by_key.setdefault(key, existing)  # the first one stays the one to match


AMBIGUOUS = -1


class ClientKeys:
    """Client id by the chosen key, for matching ledger rows; AMBIGUOUS when several share it."""

    def __init__(self, connection: Connection, match_by: MatchBy) -> None:
        self.match_by = match_by
        self._ids: dict[str, int] = {}
        self._shared: dict[str, list[int]] = {}  # the clients of each AMBIGUOUS key
        if match_by == MatchBy.ID:
            return  # ids are checked against the book batch by batch (see ids_present)
        column = {
            MatchBy.TAX_ID: Client.tax_id,
            MatchBy.EMAIL: Client.email,
            MatchBy.NAME: Client.name,
        }[match_by]
        ids = self._ids
        statement = select(Client.id, column).where(column != "").order_by(Client.id)
        for client_id, value in connection.execute(statement):
            key = self.key(value)
            found = ids.get(key)
            if found is None:
                ids[key] = client_id
            else:  # rare: kept apart so that a row can say which clients share its key
                self._shared.setdefault(key, [] if found == AMBIGUOUS else [found])
                self._shared[key].append(client_id)
                ids[key] = AMBIGUOUS

    def sharing(self, text: str) -> list[int]:
        """The ids of the clients that share the key of ``text`` (lookup said AMBIGUOUS)."""
        return self._shared.get(self.key(text), [])

    def key(self, text: str) -> str:
        if self.match_by == MatchBy.TAX_ID:
            return tax_key(text)
        if self.match_by == MatchBy.EMAIL:
            return text.strip().lower()
        # A name as a sales list writes it: "Distribuciones Puntual, S.L." is the book's
        # "Distribuciones Puntual SL"; only letters and digits, folded, are compared.
        folded = fold(text)
        return _NOT_LETTERS_OR_DIGITS.sub("", folded) or folded  # "?" stays itself

    def lookup(self, text: str) -> int | None:
        """The client's id, AMBIGUOUS, or None when no client has this key."""
        if self.match_by == MatchBy.ID:
            return int(text) if text.strip().isdecimal() else None
        return self._ids.get(self.key(text))


def existing_ids(connection: Connection, ids: set[int]) -> set[int]:
    found: set[int] = set()
    chunk = sorted(ids)
    for start in range(0, len(chunk), 5000):
        part = chunk[start : start + 5000]
        found.update(connection.scalars(select(Client.id).where(Client.id.in_(part))))
    return found


def invoice_ids(connection: Connection, wanted: set[tuple[int, str]]) -> dict[tuple[int, str], int]:
    """(client id, invoice reference) -> the sale's id, the oldest when a reference repeats."""
    found: dict[tuple[int, str], int] = {}
    clients = sorted({client_id for client_id, _ in wanted})
    references = sorted({reference for _, reference in wanted})
    for start in range(0, len(clients), 5000):
        part = clients[start : start + 5000]
        statement = (
            select(Sale.client_id, Sale.reference, Sale.id)
            .where(Sale.client_id.in_(part), Sale.reference.in_(references))
            .order_by(Sale.id.desc())
        )
        for client_id, reference, sale_id in connection.execute(statement):
            if (client_id, reference) in wanted:
                found[(client_id, reference)] = sale_id
    return found
