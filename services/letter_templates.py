"""Letter templates: the shipped defaults in resources/letters, and the owner's edited copies.

A template is plain text with named placeholders (``{client_name}``); ``{{`` and ``}}`` are
literal braces. Templates are checked when they are saved, so an unknown placeholder or a stray
brace is reported to the owner with its line and column and never reaches a printed letter.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import Language, LetterKind, LetterTemplate
from services.concurrency import check_version, stale_refused
from services.errors import ClientelaError
from services.progress import Sessions
from services.resources import resource_path

# Every name a template may use. Paragraphs using an OPTIONAL one are left out when it is empty.
PLACEHOLDERS = (
    "client_name",
    "contact_name",
    "salutation",
    "business_name",
    "signer_name",
    "signer_role",
    "today",
    "effective_date",
    "payment_term",
    "loyalty_offer",
    "facts",
    "overdue_invoices",
    "overdue_total",
    "pay_by_date",
)
OPTIONAL = frozenset({"loyalty_offer", "facts"})
# {facts} becomes a list, so it must be a paragraph of its own.
LIST_PLACEHOLDER = "facts"
# {overdue_invoices} becomes a table: a paragraph of its own too.
TABLE_PLACEHOLDER = "overdue_invoices"
BLOCK_PLACEHOLDERS = (LIST_PLACEHOLDER, TABLE_PLACEHOLDER)

MAX_SUBJECT = 200
MAX_BODY = 20_000

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
# Paragraphs are separated by a blank line, which may hold spaces or tabs.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


class TemplateError(ClientelaError):
    """A template that cannot be used; ``problems`` lists each fault with its position."""

    code = "bad_template"

    def __init__(self, problems: list[TemplateProblem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            self.code,
            part=first.part,
            line=first.line,
            column=first.column,
            problem=first.code,
            name=first.name,
        )


@dataclass(frozen=True)
class TemplateProblem:
    part: str  # "subject" or "body"
    line: int  # 1-based
    column: int  # 1-based
    code: str  # unknown_placeholder, unclosed_brace, stray_brace, empty, too_long,
    # multi_line, list_inline
    name: str = ""


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    is_default: bool
    # The stored row's version (models.base.version_counter); 0 for the shipped default.
    # An editor passes it back when saving, so that it never overwrites a colleague's edit.
    revision: int = 0

    @property
    def version(self) -> str:
        """Identifies the exact text a letter was made from, for the letter's record."""
        digest = hashlib.sha256(f"{self.subject}\n{self.body}".encode()).hexdigest()[:12]
        return f"{'default' if self.is_default else 'edited'}:{digest}"

    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.body)

    @cached_property
    def placeholders(self) -> frozenset[str]:
        """The names the subject and body use (worked out once per template)."""
        return frozenset(used_placeholders(self.subject) | used_placeholders(self.body))


@dataclass(frozen=True)
class _Token:
    literal: str
    name: str | None  # a placeholder after the literal text, if any


def split_paragraphs(body: str) -> list[str]:
    blocks = _BLANK_LINE.split(body.replace("\r\n", "\n").strip())
    return [block.strip() for block in blocks if block.strip()]


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def _scan(text: str, part: str) -> tuple[list[_Token], list[TemplateProblem]]:
    """Split ``text`` into literal runs and placeholders, noting every fault with its place."""
    tokens: list[_Token] = []
    problems: list[TemplateProblem] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in "{}" and text[i : i + 2] == char * 2:
            literal.append(char)
            i += 2
        elif char == "{":
            end = text.find("}", i + 1)
            opener = text.find("{", i + 1)
            if end == -1 or (opener != -1 and opener < end) or "\n" in text[i:end]:
                problems.append(TemplateProblem(part, *_position(text, i), "unclosed_brace"))
                i += 1
                continue
            name = text[i + 1 : end].strip()
            if not _NAME.fullmatch(name) or name not in PLACEHOLDERS:
                problems.append(
                    TemplateProblem(part, *_position(text, i), "unknown_placeholder", name)
                )
            tokens.append(_Token("".join(literal), name))
            literal = []
            i = end + 1
        elif char == "}":
            problems.append(TemplateProblem(part, *_position(text, i), "stray_brace"))
            i += 1
        else:
            literal.append(char)
            i += 1
    tokens.append(_Token("".join(literal), None))
    return tokens, problems


def check_template(subject: str, body: str) -> list[TemplateProblem]:
    """Every fault in a template, in reading order; empty when it can be used."""
    problems: list[TemplateProblem] = []
    for part, text, limit in (("subject", subject, MAX_SUBJECT), ("body", body, MAX_BODY)):
        if not text.strip():
            problems.append(TemplateProblem(part, 1, 1, "empty"))
        elif len(text) > limit:
            problems.append(TemplateProblem(part, 1, 1, "too_long", str(limit)))
        problems.extend(_scan(text, part)[1])
    if "\n" in subject.strip():
        at = subject.find("\n")
        problems.append(TemplateProblem("subject", *_position(subject, at), "multi_line"))
    for name in BLOCK_PLACEHOLDERS:
        marker = "{" + name + "}"
        for match in re.finditer(re.escape(marker), body):
            paragraph = _paragraph_around(body, match.start())
            if paragraph.strip() != marker:
                problems.append(
                    TemplateProblem("body", *_position(body, match.start()), "list_inline", marker)
                )
    return problems


def _paragraph_around(body: str, index: int) -> str:
    """The paragraph holding ``index``, cut where split_paragraphs cuts."""
    start = max((m.end() for m in _BLANK_LINE.finditer(body, 0, index)), default=0)
    end = _BLANK_LINE.search(body, index)
    return body[start : end.start() if end else len(body)]


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every placeholder replaced; the text must have passed check_template."""
    tokens, problems = _scan(text, "body")
    if problems:
        raise TemplateError(problems)
    text = ""
    for token in tokens:
        text = _joined(_joined(text, token.literal), values.get(token.name or "", ""))
    return text


def _joined(before: str, after: str) -> str:
    """``before`` then ``after``, without doubling a full stop: a business called "Ñandú
    S.L." ends a sentence with one ("… en Ñandú S.L."), not two."""
    if before.endswith(".") and after.startswith(".") and not after.startswith(".."):
        return before + after[1:]
    return before + after


def used_placeholders(text: str) -> set[str]:
    return {token.name for token in _scan(text, "body")[0] if token.name}


# -- shipped defaults and stored copies -----------------------------------------------------


TEMPLATE = "template"  # what a ConcurrentEditError from here is about


def _check_kind(kind: str, language: str) -> None:
    if kind not in {k.value for k in LetterKind}:
        raise ClientelaError("unknown_letter_kind", kind=kind)
    if language not in {lang.value for lang in Language}:
        raise ClientelaError("unknown_language", language=language)


@cache
def shipped_template(kind: str, language: str) -> Template:
    _check_kind(kind, language)
    path = resource_path("letters", language, f"{kind}.txt")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    subject, _, body = text.partition("\n")
    template = Template(kind, language, subject.strip(), body.strip() + "\n", is_default=True)
    problems = check_template(template.subject, template.body)
    if problems:  # a broken file in our own resources: say which file, not just "bad template"
        raise ClientelaError("bad_shipped_template", file=str(path), problem=problems[0].code)
    return template


def get_template(sessions: Sessions, kind: str, language: str) -> Template:
    """The owner's edited template for this kind and language, else the shipped one."""
    _check_kind(kind, language)
    with sessions() as session:
        row = session.scalars(
            select(LetterTemplate).where(
                LetterTemplate.kind == kind, LetterTemplate.language == language
            )
        ).one_or_none()
        if row is None:
            return shipped_template(kind, language)
        return Template(
            kind, language, row.subject, row.body, is_default=False, revision=row.version
        )


def _stored(session: Session, kind: str, language: str) -> LetterTemplate | None:
    return session.scalars(
        select(LetterTemplate).where(
            LetterTemplate.kind == kind, LetterTemplate.language == language
        )
    ).one_or_none()


def save_template(
    sessions: Sessions,
    kind: str,
    language: str,
    subject: str,
    body: str,
    expected_revision: int | None = None,
) -> Template:
    """Store the owner's version; refuses a template with faults (TemplateError), and one
    based on a revision someone else has replaced since (ConcurrentEditError)."""
    _check_kind(kind, language)
    subject = subject.strip()
    body = body.replace("\r\n", "\n").strip() + "\n"
    problems = check_template(subject, body)
    if problems:
        raise TemplateError(problems)
    shipped = shipped_template(kind, language)
    if (subject, body) == (shipped.subject, shipped.body):
        restore_default(sessions, kind, language, expected_revision)
        return shipped
    with stale_refused(TEMPLATE), sessions.begin() as session:
        row = _stored(session, kind, language)
        check_version(row.version if row is not None else 0, expected_revision, TEMPLATE)
        if row is None:
            row = LetterTemplate(kind=kind, language=language)
            session.add(row)
        row.subject, row.body = subject, body
        session.flush()
        revision = row.version
    return Template(kind, language, subject, body, is_default=False, revision=revision)


def restore_default(
    sessions: Sessions, kind: str, language: str, expected_revision: int | None = None
) -> Template:
    _check_kind(kind, language)
    with sessions.begin() as session:
        row = _stored(session, kind, language)
        check_version(row.version if row is not None else 0, expected_revision, TEMPLATE)
        session.execute(
            delete(LetterTemplate).where(
                LetterTemplate.kind == kind, LetterTemplate.language == language
            )
        )
    return shipped_template(kind, language)
