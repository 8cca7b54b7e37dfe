"""Checks of single values shared by every form and import."""

from __future__ import annotations

import re

from services.errors import Problem

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$")


def check_email(value: str) -> Problem | None:
    if value and not _EMAIL.match(value):
        return Problem("invalid_email")
    return None


def check_phone(value: str) -> Problem | None:
    """Plausible, not strict: 6 to 15 digits (E.164's maximum), with the usual separators."""
    if not value:
        return None
    digits = sum(map(str.isdigit, value))
    if not _PHONE_CHARS.match(value) or not 6 <= digits <= 15:
        return Problem("invalid_phone")
    return None


def check_length(value: str, maximum: int) -> Problem | None:
    if len(value) > maximum:
        return Problem("too_long", {"max": maximum})
    return None


class Problems(dict[str, list[Problem]]):
    """Problems by field name, as ValidationError carries them."""

    def add(self, name: str, problem: Problem | None) -> None:
        """Record a problem; the None a passing check returns is ignored."""
        if problem is not None:
            self.setdefault(name, []).append(problem)
