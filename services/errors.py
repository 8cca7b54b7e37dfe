"""Errors services raise for the user to read.

Services carry no Qt, so they cannot translate. Each error has a stable ``code`` and the
values that fill its message; ``ui/messages.py`` turns them into text in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ClientelaError(Exception):
    """An expected failure the user should be told about in plain words."""

    code = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}" if params else self.code)


class DatabaseError(ClientelaError):
    """The database cannot be opened or prepared (codes: see ui/messages.py)."""


class NotFoundError(ClientelaError):
    code = "not_found"


class ConcurrentEditError(ClientelaError):
    """Someone else saved the same record since it was opened."""

    code = "concurrent_edit"


class ValidationError(ClientelaError):
    """Input that cannot be stored. ``problems`` maps a field name to a list of issues."""

    code = "invalid_input"

    def __init__(self, problems: dict[str, list[Problem]]) -> None:
        self.problems = problems
        super().__init__(self.code, fields=sorted(problems))


@dataclass
class Problem:
    """One thing wrong (or worth a warning) about one field's value."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
