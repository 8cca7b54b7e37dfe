"""The letter that fits a client: composed from a template, written as PDF, kept on record.

A letter is composed from the client's record, the business profile, the template for its kind
and language (the owner's edited one, else the shipped default) and, for a boundaries letter,
the ledger facts of the client's latest evaluation. Each file written is recorded with the
template version and a hash of the file, so it can be found and checked again later.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Client, Evaluation, FormOfAddress, Language, Letter, LetterKind, Verdict
from services.authorship import current_author
from services.business_profile import ProfileData, get_profile, missing_sender_details
from services.errors import ClientelaError, NotFoundError
from services.letter_files import FileState, clean_stale, create_file, discard, part_path
from services.letter_pdf import (
    LetterContent,
    RenderResult,
    Sender,
    TableBlock,
    render,
    unprintable_character,
)
from services.letter_phrases import letter_facts, phrases
from services.letter_templates import (
    LIST_PLACEHOLDER,
    OPTIONAL,
    TABLE_PLACEHOLDER,
    Template,
    fill,
    get_template,
    used_placeholders,
)
from services.payment_reminder import (
    DEFAULT_PAY_WITHIN_DAYS,
    Overdue,
    invoice_table,
    money,
    overdue_of,
    sample_overdue,
)
from services.postal_address import address_lines
from services.progress import Sessions
from services.scoring import NO, PARTLY, Reason

KIND_FOR_VERDICT = {
    Verdict.RETAIN: LetterKind.LOYALTY,
    Verdict.SET_BOUNDARIES: LetterKind.BOUNDARIES,
    Verdict.RECOVER: LetterKind.WIN_BACK,
    Verdict.LET_GO: LetterKind.TERMINATION,
    Verdict.ACQUIRE: LetterKind.WELCOME,
}
# Notice a boundaries or termination letter gives before it takes effect, unless chosen.
DEFAULT_NOTICE_DAYS = 30


def kind_for_verdict(verdict: str | None) -> LetterKind | None:
    """The letter a verdict calls for; Watch (or no verdict yet) calls for none."""
    try:
        return KIND_FOR_VERDICT.get(Verdict(verdict)) if verdict else None
    except ValueError:
        return None


def default_effective_date(kind: str, today: date) -> date:
    """The date a letter names unless the owner picks one: the notice a boundaries or
    termination letter gives, or the days a payment reminder allows to pay."""
    if kind == LetterKind.PAYMENT_REMINDER:
        return today + timedelta(days=DEFAULT_PAY_WITHIN_DAYS)
    return today + timedelta(days=DEFAULT_NOTICE_DAYS)


@dataclass(frozen=True)
class LetterOptions:
    kind: str
    today: date
    # From when a boundaries or termination letter applies; by when a reminder asks to pay.
    effective_date: date | None = None  # default: default_effective_date
    language: str | None = None  # None: each client's own language

    @property
    def effective(self) -> date:
        return self.effective_date or default_effective_date(self.kind, self.today)


@dataclass(frozen=True)
class LetterStamp:
    """What a letter's record needs: kept for every letter of a campaign until it is recorded,
    so it is small (the letter's text is not kept)."""

    client_id: int
    kind: str
    language: str
    template_version: str
    evaluation_id: int | None


@dataclass(frozen=True)
class PreparedLetter:
    client_id: int
    client_name: str
    kind: str
    language: str
    template_version: str
    evaluation_id: int | None
    content: LetterContent
    # The text names the date from which something changes (boundaries, termination) or by
    # which to pay (a reminder), so the owner should be able to choose that date.
    dated: bool = False
    # Why this letter should not be sent ("nothing_overdue": a reminder with no invoice to
    # list); "" when it can go.
    skip_reason: str = ""

    @property
    def stamp(self) -> LetterStamp:
        return LetterStamp(
            self.client_id, self.kind, self.language, self.template_version, self.evaluation_id
        )


@dataclass(frozen=True)
class LetterRecord:
    id: int
    client_id: int
    kind: LetterKind
    language: Language
    created_at: datetime
    template_version: str
    file_path: str
    file_sha256: str
    page_count: int
    campaign: str
    author: str = ""  # who made it (services.authorship)


class TemplateCache:
    """Templates looked up once per kind and language, for a campaign of many letters."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._templates: dict[tuple[str, str], Template] = {}

    def get(self, kind: str, language: str) -> Template:
        key = (kind, language)
        if key not in self._templates:
            self._templates[key] = get_template(self._sessions, kind, language)
        return self._templates[key]


def require_sender(profile: ProfileData) -> None:
    """Refuses every letter until the business name, address and signer are set."""
    missing = missing_sender_details(profile)
    if missing:
        raise ClientelaError("sender_incomplete", missing=", ".join(missing))


def _language(client_language: str, options: LetterOptions) -> str:
    wanted = options.language or client_language
    return wanted if wanted in {lang.value for lang in Language} else Language.SPANISH.value


def _sender(profile: ProfileData, language: str) -> Sender:
    tax_id = phrases(language).tax_id.format(tax_id=profile.tax_id) if profile.tax_id else ""
    return Sender(
        name=profile.name,
        address=profile.address,
        postal_code=profile.postal_code,
        city=profile.city,
        country=profile.country,
        tax_id_line=tax_id,
        email=profile.email,
        phone=profile.phone,
        logo_path=profile.logo_path,
    )


def _recipient(client: Client, language: str) -> tuple[str, ...]:
    lines = [client.legal_name or client.name]
    if client.contact_person:
        lines.append(phrases(language).attention.format(name=client.contact_person))
    lines += address_lines(client.address, client.postal_code, client.city, client.country)
    return tuple(line.strip() for line in lines if line.strip())


def _addressee(client: Client) -> str:
    """Whom the letter greets by name: the contact; the client itself when a form of address
    says it is a person; no one (a company) otherwise."""
    if client.contact_person:
        return client.contact_person
    return client.name if client.form_of_address else ""


def _problem_facts(evaluation: Evaluation | None) -> list[Reason]:
    """Red flags and the evidence of problem answers in the client's latest evaluation."""
    if evaluation is None:
        return []
    reasons = [Reason.from_json(r) for r in json.loads(evaluation.reasons_json or "[]")]
    for answer in evaluation.answers:
        if answer.value in (NO, PARTLY) and answer.evidence:
            reasons.append(Reason.from_json(json.loads(answer.evidence)))
    return reasons


def compose(
    client: Client,
    evaluation: Evaluation | None,
    profile: ProfileData,
    template: Template,
    options: LetterOptions,
    overdue: Overdue | None = None,
) -> PreparedLetter:
    """One letter, every placeholder filled; paragraphs with nothing to say are left out.

    ``overdue`` is what a payment reminder lists (None: nothing is overdue)."""
    language = template.language
    words = phrases(language)
    values = {
        "client_name": client.name,
        "contact_name": client.contact_person or client.name,
        "salutation": words.salutation(client.form_of_address, _addressee(client)),
        "business_name": profile.name,
        "signer_name": profile.signer_name,
        "signer_role": profile.signer_role,
        "today": words.date(options.today),
        "effective_date": words.date(options.effective),
        "payment_term": str(profile.payment_term_days),
        # The templates end the sentence themselves, whether or not the owner typed a full stop.
        "loyalty_offer": profile.loyalty_offer(language).strip().rstrip(".").rstrip(),
        "facts": "",
        "overdue_invoices": "",
        "overdue_total": money(overdue.total, profile.currency, language) if overdue else "",
        "pay_by_date": words.date(options.effective),
    }
    facts = (
        letter_facts(
            _problem_facts(evaluation), profile.payment_term_days, language, profile.currency
        )
        if LIST_PLACEHOLDER in template.placeholders
        else []
    )
    *paragraphs, closing = template.paragraphs()
    body: list[str | tuple[str, ...] | TableBlock] = []
    for paragraph in paragraphs:
        names = used_placeholders(paragraph)
        if TABLE_PLACEHOLDER in names:
            if overdue is not None:
                body.append(invoice_table(overdue, profile.currency, language))
            continue
        if LIST_PLACEHOLDER in names:
            if facts:
                body.append(tuple(facts))
            continue
        if any(not values[name] for name in names & OPTIONAL):
            continue
        body.append(fill(paragraph, values))
    content = LetterContent(
        language=language,
        sender=_sender(profile, language),
        dateline=words.dateline(profile.city, options.today),
        recipient=_recipient(client, language),
        subject=fill(template.subject, values),
        body=tuple(body),
        closing=fill(closing, values),
        signer_name=profile.signer_name,
        signer_role=profile.signer_role,
        page_label=words.page,
        client_name=client.name,
    )
    character = unprintable_character(content)
    if character:
        raise ClientelaError(
            "unprintable_character",
            name=client.name,
            character=character,
            code_point=f"U+{ord(character):04X}",
        )
    return PreparedLetter(
        client_id=client.id,
        client_name=client.name,
        kind=template.kind,
        language=language,
        template_version=template.version,
        evaluation_id=evaluation.id if evaluation else None,
        content=content,
        dated=bool({"effective_date", "pay_by_date"} & template.placeholders),
        skip_reason="nothing_overdue"
        if TABLE_PLACEHOLDER in template.placeholders and overdue is None
        else "",
    )


def _latest_evaluations(session: Session, client_ids: Sequence[int]) -> dict[int, Evaluation]:
    rows = session.scalars(
        select(Evaluation)
        .options(selectinload(Evaluation.answers))
        .where(Evaluation.client_id.in_(client_ids))
        .order_by(Evaluation.client_id, Evaluation.evaluated_at, Evaluation.id)
    )
    return {evaluation.client_id: evaluation for evaluation in rows}  # the last one wins


def prepare_letters(
    sessions: Sessions,
    client_ids: Iterable[int],
    options: LetterOptions,
    *,
    batch_size: int = 200,
) -> Iterator[PreparedLetter]:
    """Letters for ``client_ids`` in that order, read from the database a batch at a time."""
    profile = get_profile(sessions)
    require_sender(profile)
    templates = TemplateCache(sessions)
    ids = list(client_ids)
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        reminder = options.kind == LetterKind.PAYMENT_REMINDER
        overdue = overdue_of(sessions, batch, options.today) if reminder else {}
        with sessions() as session:
            clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(batch)))}
            uses_facts = options.kind == LetterKind.BOUNDARIES
            evaluations = _latest_evaluations(session, batch) if uses_facts else {}
            for client_id in batch:
                client = clients.get(client_id)
                if client is None:
                    continue  # deleted meanwhile: nothing to write to
                template = templates.get(options.kind, _language(client.language, options))
                yield compose(
                    client,
                    evaluations.get(client_id),
                    profile,
                    template,
                    options,
                    overdue.get(client_id),
                )


def prepare_letter(sessions: Sessions, client_id: int, options: LetterOptions) -> PreparedLetter:
    """One client's letter; ClientelaError when there is nothing it could say."""
    letter = next(prepare_letters(sessions, [client_id], options), None)
    if letter is None:
        raise NotFoundError()
    if letter.skip_reason:
        raise ClientelaError(letter.skip_reason, name=letter.client_name)
    return letter


def sample_letter(sessions: Sessions, template: Template, options: LetterOptions) -> PreparedLetter:
    """``template`` (saved or not) filled for the first client in the book, or for a made-up
    client when the book is empty: what the template editor previews."""
    with sessions() as session:
        client = session.scalars(
            select(Client).where(Client.language == template.language).order_by(Client.sort_name)
        ).first()
        if client is None:
            client = Client(id=0, name=phrases(template.language).sample_client)
            client.legal_name = client.contact_person = client.postal_code = ""
            client.form_of_address = FormOfAddress.NONE
            client.address, client.city, client.country = "", "", ""
        profile = get_profile(sessions)
        return compose(client, None, profile, template, options, sample_overdue(options.today))


class PdfMetadata(TypedDict):
    title: str
    author: str
    subject: str
    language: str


def pdf_metadata(letter: PreparedLetter) -> PdfMetadata:
    return {
        "title": letter.content.subject,
        "author": letter.content.sender.name,
        "subject": letter.client_name,
        "language": letter.language,
    }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def write_pdf_atomically(path: Path, write: Callable[[str], RenderResult]) -> RenderResult:
    """Run ``write(temp_path)`` and move the result into place only if it finished.

    A failure or a Cancel leaves no partial file at ``path`` (nor a stray temporary file).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(path.parent)  # what a killed write left there
    temp = part_path(path.parent)
    create_file(temp)  # the user's normal file mode, not tempfile's 0600
    try:
        result = write(str(temp))
        os.replace(temp, path)
    except BaseException:
        discard(temp)
        raise
    return result


def render_letter(letter: PreparedLetter, path: Path) -> int:
    """Write one letter to ``path``; returns its page count."""
    try:
        result = write_pdf_atomically(
            path, lambda temp: render([letter.content], temp, **pdf_metadata(letter))
        )
    except OSError as exc:
        raise ClientelaError("cannot_write_file", path=str(path), reason=exc.strerror) from exc
    return result.pages


def record_letters(
    session: Session,
    written: Iterable[tuple[LetterStamp, Path, int]],
    campaign: str = "",
    staged: Mapping[Path, Path] | None = None,
) -> list[int]:
    """Record produced letters (letter, file, pages) in ``session``'s transaction.
    ``staged``: the file each path is still written to, until it is moved into place."""
    hashes: dict[Path, str] = {}  # a combined PDF holds many letters: hash it once
    where = staged or {}
    author = current_author()
    rows = [
        Letter(
            client_id=letter.client_id,
            evaluation_id=letter.evaluation_id,
            kind=letter.kind,
            language=letter.language,
            template_version=letter.template_version,
            file_path=str(path),
            file_sha256=hashes.get(path)
            or hashes.setdefault(path, file_sha256(where.get(path, path))),
            page_count=pages,
            campaign=campaign,
            author=author,
        )
        for letter, path, pages in written
    ]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def write_letter(sessions: Sessions, letter: PreparedLetter, path: Path) -> LetterRecord:
    """Write one letter to ``path`` and record it in the client's history."""
    pages = render_letter(letter, path)
    with sessions.begin() as session:
        (letter_id,) = record_letters(session, [(letter.stamp, path, pages)])
    return get_letter(sessions, letter_id)


def _record(row: Letter) -> LetterRecord:
    return LetterRecord(
        id=row.id,
        client_id=row.client_id,
        kind=row.kind,
        language=row.language,
        created_at=row.created_at,
        template_version=row.template_version,
        file_path=row.file_path,
        file_sha256=row.file_sha256,
        page_count=row.page_count,
        campaign=row.campaign,
        author=row.author,
    )


def get_letter(sessions: Sessions, letter_id: int) -> LetterRecord:
    with sessions() as session:
        row = session.get(Letter, letter_id)
        if row is None:
            raise NotFoundError()
        return _record(row)


def list_letters(sessions: Sessions, client_id: int) -> list[LetterRecord]:
    """The client's letters, newest first."""
    statement = (
        select(Letter)
        .where(Letter.client_id == client_id)
        .order_by(Letter.created_at.desc(), Letter.id.desc())
    )
    with sessions() as session:
        return [_record(row) for row in session.scalars(statement)]


def letter_file_state(record: LetterRecord) -> FileState:
    """Whether the recorded file is still the one we wrote."""
    path = Path(record.file_path)
    if not path.is_file():
        return FileState.MISSING
    return FileState.OK if file_sha256(path) == record.file_sha256 else FileState.CHANGED
