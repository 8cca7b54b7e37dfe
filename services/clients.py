"""Creating, reading, changing and deleting clients."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, func, inspect, select
from sqlalchemy.orm import Mapper

from models import Client, ClientTag, FormOfAddress, Language, Stage, Verdict
from services.concurrency import check_version, stale_refused
from services.errors import NotFoundError, Problem, ValidationError
from services.ledger_change import ledger_change
from services.progress import Sessions
from services.text_search import fold
from services.validation import (
    Problems,
    check_control_characters,
    check_email,
    check_length,
    check_phone,
)

# The fields search-as-you-type looks in.
SEARCHED_FIELDS = ("name", "legal_name", "contact_person", "email", "city", "tax_id")


@dataclass(frozen=True)
class ClientInput:
    """What the editor (or an import) asks to store about a client."""

    name: str
    legal_name: str = ""
    tax_id: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    # Raw input (a form's or a file's), checked against Language and Stage by validate().
    language: str = Language.SPANISH.value
    stage: str = Stage.ACTIVE.value
    strategic: bool = False
    notes: str = ""
    form_of_address: str = ""  # models.FormOfAddress: of the contact, or of the client
    tags: tuple[str, ...] = ()

    def normalized(self) -> ClientInput:
        """NFC text, no stray spaces, tags de-duplicated: how stored values always look."""
        changes: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = unicodedata.normalize("NFC", value)
                changes[f.name] = value.strip() if f.name not in ("address", "notes") else value
        tags = {unicodedata.normalize("NFC", t).strip() for t in self.tags}
        changes["tags"] = tuple(sorted(t for t in tags if t))
        changes["email"] = str(changes["email"]).lower()
        return replace(self, **changes)


@dataclass(frozen=True)
class ClientRecord(ClientInput):
    """A stored client as the UI sees it: a plain copy, no live ORM object."""

    id: int = 0
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    latest_verdict: Verdict | None = None
    latest_score: Decimal | None = None
    next_review_on: date | None = None
    tags: tuple[str, ...] = field(default=())


MAX_LENGTHS = {
    "name": 200,
    "legal_name": 200,
    "tax_id": 40,
    "contact_person": 200,
    "email": 254,
    "phone": 40,
    "postal_code": 20,
    "city": 120,
    "country": 120,
}


# Every free text of a client, checked for control characters (check_control_characters).
TEXT_FIELDS = (*MAX_LENGTHS, "address", "notes")

LANGUAGES = frozenset(lang.value for lang in Language)
STAGES = frozenset(stage.value for stage in Stage)
FORMS_OF_ADDRESS = frozenset(form.value for form in FormOfAddress)


def validate_client(data: ClientInput) -> dict[str, list[Problem]]:
    """Problems that block saving, by field name. Empty when the client can be stored."""
    problems = Problems()

    if not data.name.strip():
        problems.add("name", Problem("required"))
    for name, maximum in MAX_LENGTHS.items():
        problems.add(name, check_length(getattr(data, name), maximum))
    for name in TEXT_FIELDS:
        problems.add(name, check_control_characters(getattr(data, name)))
    problems.add("email", check_email(data.email))
    problems.add("phone", check_phone(data.phone))
    if data.language not in LANGUAGES:
        problems.add("language", Problem("invalid_choice"))
    if data.stage not in STAGES:
        problems.add("stage", Problem("invalid_choice"))
    if data.form_of_address not in FORMS_OF_ADDRESS:
        problems.add("form_of_address", Problem("invalid_choice"))
    return problems


def find_duplicates(
    sessions: Sessions, data: ClientInput, client_id: int | None = None
) -> dict[str, list[Problem]]:
    """Warnings, not errors: another client already has this tax id or email."""
    data = data.normalized()
    warnings = Problems()
    with sessions() as session:
        for name, code in (("tax_id", "duplicate_tax_id"), ("email", "duplicate_email")):
            value = getattr(data, name)
            if not value:
                continue
            column = getattr(Client, name)
            query = select(Client.name).where(func.lower(column) == value.lower()).limit(1)
            if client_id is not None:
                query = query.where(Client.id != client_id)
            other = session.scalar(query)
            if other is not None:
                warnings.add(name, Problem(code, {"name": other}))
    return warnings


def search_text_for(data: ClientInput | Client) -> str:
    return fold(" ".join(getattr(data, name) for name in SEARCHED_FIELDS))


def search_columns(data: ClientInput | Client) -> tuple[str, str]:
    """The client's sort name and search text (Client.sort_name, Client.search_text)."""
    return fold(data.name), search_text_for(data)


# The one place the ORM keeps the two columns in step with the fields they copy, whoever
# writes the client (the editor, an import's update, anonymising); a mapper event, so the
# same on SQLite and PostgreSQL. The bulk import's Core INSERTs are not seen: they store
# stored_values() (services.importing.client_columns), computed column by column the same way.
@event.listens_for(Client, "before_insert")
def _search_columns_of_new(_mapper: Mapper, _connection: Connection, client: Client) -> None:
    client.sort_name, client.search_text = search_columns(client)


@event.listens_for(Client, "before_update")
def _search_columns_kept(_mapper: Mapper, _connection: Connection, client: Client) -> None:
    state = inspect(client)
    if any(state.attrs[name].history.has_changes() for name in SEARCHED_FIELDS):
        client.sort_name, client.search_text = search_columns(client)


def _apply(client: Client, data: ClientInput) -> None:
    for f in fields(ClientInput):
        if f.name != "tags":
            setattr(client, f.name, getattr(data, f.name))
    current = {t.tag for t in client.tags}
    wanted = set(data.tags)
    client.tags = [t for t in client.tags if t.tag in wanted] + [
        ClientTag(tag=tag) for tag in sorted(wanted - current)
    ]


def new_client(data: ClientInput) -> Client:
    """An unsaved ORM client built from validated input; for bulk loaders (demo data, import)."""
    data = data.normalized()
    problems = validate_client(data)
    if problems:
        raise ValidationError(problems)
    client = Client()
    client.tags = []
    _apply(client, data)
    return client


def save_client(
    sessions: Sessions,
    data: ClientInput,
    client_id: int | None = None,
    expected_version: int | None = None,
) -> ClientRecord:
    """Create (no ``client_id``) or update a client. Raises ValidationError with field problems,
    ConcurrentEditError when ``expected_version`` is stale, NotFoundError if it was deleted."""
    data = data.normalized()
    problems = validate_client(data)
    if problems:
        raise ValidationError(problems)
    with stale_refused("client"), sessions.begin() as session:
        if client_id is None:
            client = Client()
            client.tags = []
            session.add(client)
        else:
            stored = session.get(Client, client_id)
            if stored is None:
                raise NotFoundError()
            client = stored
            check_version(client.version, expected_version, "client")
        _apply(client, data)
        session.flush()
        return to_record(client)


def client_version(sessions: Sessions, client_id: int) -> int | None:
    """The stored version of a client (None once deleted): a cheap look, for an editor
    that wants to know whether someone else saved the client it shows."""
    with sessions() as session:
        return session.scalar(select(Client.version).where(Client.id == client_id))


def get_client(sessions: Sessions, client_id: int) -> ClientRecord:
    with sessions() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError()
        return to_record(client)


def delete_client(sessions: Sessions, client_id: int) -> None:
    """Delete a client with its whole ledger, evaluations and letters."""
    with sessions.begin() as session, ledger_change(session):  # its ledger goes with it
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError()
        session.delete(client)


def to_record(client: Client) -> ClientRecord:
    values = {f.name: getattr(client, f.name) for f in fields(ClientInput) if f.name != "tags"}
    return ClientRecord(
        **values,
        tags=tuple(t.tag for t in client.tags),
        id=client.id,
        version=client.version,
        created_at=client.created_at,
        updated_at=client.updated_at,
        latest_verdict=client.latest_verdict,
        latest_score=client.latest_score,
        next_review_on=client.next_review_on,
    )
