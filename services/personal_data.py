"""Personal-data rights for one client: everything held about them as a file, erasure, and
anonymisation (design section 6; GDPR articles 15, 17 and 20, and their Spanish and Latin
American counterparts).

Anonymising keeps the ledger figures (dates, units, amounts, invoice references) that the
business must keep for its accounts, and the evaluation scores and verdicts, but nothing that
says who the client was: name, contact details, notes, tags, the free-text reasons and
comments, and the letters (whose PDFs hold the name and address).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from models import Client, Evaluation, Letter
from services.about import APP_NAME, VERSION
from services.errors import ClientelaError, NotFoundError
from services.ledger_change import ledger_change
from services.letter_files import FileState
from services.progress import Sessions
from services.revenue_ranking import IN_CHUNK

FORMAT_VERSION = 1
# Stored text, written in the language of the owner who anonymises (one language at a time).
ANONYMOUS_NAMES = {"es": "Cliente anonimizado {id}", "en": "Anonymised client {id}"}


def anonymous_name(client_id: int, language: str = "en") -> str:
    """The name an anonymised client keeps: ``Cliente anonimizado 16``."""
    return ANONYMOUS_NAMES.get(language, ANONYMOUS_NAMES["en"]).format(id=client_id)


_PERSONAL_TEXT = (
    "legal_name",
    "tax_id",
    "contact_person",
    "email",
    "phone",
    "address",
    "postal_code",
    "city",
    "country",
    "notes",
)


class PersonalDataError(ClientelaError):
    """The export file cannot be written (code ``export_unwritable``)."""


@dataclass
class ErasureReport:
    letter_files_removed: list[str] = field(default_factory=list)
    # Files that could not be removed, or were changed since Clientela wrote them (left alone:
    # the owner decides), with the reason: FileState.CHANGED, or the system's error message.
    letter_files_left: list[tuple[str, str]] = field(default_factory=list)
    # Combined PDFs of a campaign that also hold other clients' letters: kept, since deleting
    # them would take those letters too, although this client's letter is still inside.
    combined_files_kept: list[str] = field(default_factory=list)


def _plain(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _columns(row: object, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {
        attr.key: _plain(getattr(row, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in skip
    }


def _json_text(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def _load(session: Session, client_id: int) -> Client:
    client = session.scalar(
        select(Client)
        .options(
            selectinload(Client.tags),
            selectinload(Client.sales),
            selectinload(Client.payments),
            selectinload(Client.returns),
            selectinload(Client.evaluations).selectinload(Evaluation.answers),
            selectinload(Client.letters),
        )
        .where(Client.id == client_id)
    )
    if client is None:
        raise NotFoundError()
    return client


def client_data(sessions: Sessions, client_id: int) -> dict[str, Any]:
    """Everything held about the client, as plain JSON-ready data."""
    with sessions() as session:
        client = _load(session, client_id)
        evaluations = []
        for evaluation in sorted(client.evaluations, key=lambda e: (e.evaluated_at, e.id)):
            item = _columns(evaluation, skip=("reasons_json", "metrics_json"))
            item["reasons"] = _json_text(evaluation.reasons_json)
            item["metrics"] = _json_text(evaluation.metrics_json)
            item["answers"] = [
                {**_columns(a, skip=("evidence",)), "evidence": _json_text(a.evidence)}
                for a in evaluation.answers
            ]
            evaluations.append(item)
        return {
            "format": "clientela-personal-data",
            "format_version": FORMAT_VERSION,
            "exported_by": f"{APP_NAME} {VERSION}",
            "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "client": {
                **_columns(client, skip=("sort_name", "search_text")),
                "tags": [t.tag for t in client.tags],
            },
            "sales": [_columns(s) for s in sorted(client.sales, key=lambda s: s.id)],
            "payments": [_columns(p) for p in sorted(client.payments, key=lambda p: p.id)],
            "returns": [_columns(r) for r in sorted(client.returns, key=lambda r: r.id)],
            "evaluations": evaluations,
            "letters": [_columns(letter) for letter in sorted(client.letters, key=lambda x: x.id)],
        }


def export_client_data(sessions: Sessions, client_id: int, path: Path | str) -> Path:
    """Write client_data() as UTF-8 JSON (machine-readable, as data portability asks)."""
    path = Path(path)
    text = json.dumps(client_data(sessions, client_id), ensure_ascii=False, indent=2)
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise PersonalDataError(
            "export_unwritable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    return path


def _letter_files(
    session: Session, client_id: int, letters: list[Letter], report: ErasureReport
) -> list[tuple[str, str]]:
    """The client's own letter files, to remove; the combined PDFs that other clients'
    letters are recorded in too go to ``report.combined_files_kept`` instead."""
    files = dict.fromkeys((x.file_path, x.file_sha256) for x in letters if x.file_path)
    paths = sorted({name for name, _ in files})
    shared: set[str] = set()
    for start in range(0, len(paths), IN_CHUNK):
        shared.update(
            session.scalars(
                select(Letter.file_path)
                .where(Letter.file_path.in_(paths[start : start + IN_CHUNK]))
                .where(Letter.client_id != client_id)
                .distinct()
            )
        )
    report.combined_files_kept.extend(sorted(shared))
    return [(name, sha256) for name, sha256 in files if name not in shared]


def _remove_files(files: list[tuple[str, str]], report: ErasureReport) -> None:
    """Remove each letter PDF that is still the one Clientela wrote (same SHA-256)."""
    for name, sha256 in files:
        path = Path(name)
        try:
            if not path.is_file():
                continue
            if sha256 and hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
                report.letter_files_left.append((name, FileState.CHANGED))
                continue
            path.unlink()
            report.letter_files_removed.append(name)
        except OSError as exc:
            report.letter_files_left.append((name, exc.strerror or str(exc)))


def erase_client(sessions: Sessions, client_id: int) -> ErasureReport:
    """Delete the client with their ledger, evaluations and letters, and the letters' PDFs.

    The files go only after the database change is committed: a failure leaves both intact.
    A campaign's combined PDF that holds other clients' letters too is not theirs alone:
    it stays, and the report says that it still holds this client's letter.
    """
    report = ErasureReport()
    # Their revenue leaves the book's ranking; their ranking row goes by foreign key, unseen
    # client by client: the ranking goes stale for one rebuild.
    with sessions.begin() as session, ledger_change(session, whole_book=True):
        client = _load(session, client_id)
        files = _letter_files(session, client_id, client.letters, report)
        session.delete(client)
    _remove_files(files, report)
    return report


def anonymise_client(sessions: Sessions, client_id: int, language: str = "en") -> ErasureReport:
    """Keep the client as a nameless record with their ledger figures and verdicts."""
    report = ErasureReport()
    with sessions.begin() as session:
        client = _load(session, client_id)
        client.name = anonymous_name(client.id, language)
        for name in _PERSONAL_TEXT:
            setattr(client, name, "")
        client.tags = []
        for entry in client.returns:
            entry.reason = ""
        for evaluation in client.evaluations:
            evaluation.override_reason = ""
            for answer in evaluation.answers:
                answer.comment = ""
        files = _letter_files(session, client_id, client.letters, report)
        client.letters = []
    _remove_files(files, report)
    return report
