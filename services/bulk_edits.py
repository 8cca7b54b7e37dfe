"""Changes to several clients at once, chosen in the list: their stage, a tag added or removed.

Each change is one transaction (all the chosen clients or none) and goes through the ORM, so
a client's version counter moves and an editor open elsewhere sees it changed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from sqlalchemy import String, select
from sqlalchemy.orm import Session, selectinload

from models import Client, ClientTag, Stage
from services.clients import STAGES
from services.errors import Problem, ValidationError
from services.progress import Sessions
from services.validation import check_control_characters, check_length

_TAG_TYPE = ClientTag.__table__.c.tag.type
assert isinstance(_TAG_TYPE, String) and _TAG_TYPE.length is not None
TAG_MAX_LENGTH: int = _TAG_TYPE.length  # the column holds no more
_CHUNK = 500  # ids per IN (...): well under every engine's parameter limit


def set_stage(sessions: Sessions, client_ids: Sequence[int], stage: str) -> int:
    """Move the clients to ``stage``; returns how many changed (those already there do not)."""
    if stage not in STAGES:
        raise ValidationError({"stage": [Problem("invalid_choice")]})
    changed = 0
    with sessions.begin() as session:
        for client in _clients(session, client_ids):
            if client.stage != stage:
                client.stage = Stage(stage)
                changed += 1
    return changed


def add_tag(sessions: Sessions, client_ids: Sequence[int], tag: str) -> int:
    """Tag the clients; returns how many got the tag (those that had it are left as they are)."""
    tag = _valid_tag(tag)
    changed = 0
    with sessions.begin() as session:
        for client in _clients(session, client_ids):
            if tag not in {t.tag for t in client.tags}:
                client.tags.append(ClientTag(tag=tag))
                changed += 1
    return changed


def remove_tag(sessions: Sessions, client_ids: Sequence[int], tag: str) -> int:
    """Untag the clients; returns how many had the tag."""
    tag = _valid_tag(tag)
    changed = 0
    with sessions.begin() as session:
        for client in _clients(session, client_ids):
            kept = [t for t in client.tags if t.tag != tag]
            if len(kept) != len(client.tags):
                client.tags = kept
                changed += 1
    return changed


def _valid_tag(tag: str) -> str:
    """The tag as the editor stores it (NFC, trimmed), or ValidationError."""
    tag = unicodedata.normalize("NFC", tag).strip()
    if not tag:
        raise ValidationError({"tag": [Problem("required")]})
    for problem in (check_control_characters(tag), check_length(tag, TAG_MAX_LENGTH)):
        if problem is not None:
            raise ValidationError({"tag": [problem]})
    return tag


def _clients(session: Session, client_ids: Sequence[int]) -> Iterator[Client]:
    """The clients that still exist among ``client_ids`` (one deleted meanwhile is skipped)."""
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(Client).where(Client.id.in_(chunk)).options(selectinload(Client.tags))
        yield from session.scalars(query)
