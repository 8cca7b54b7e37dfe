"""Checks of single values shared by every form and import."""

from __future__ import annotations

import re
from collections.abc import Iterable

from services.errors import Problem
from services.tax_ids import tax_id_warning

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$")
# Invisible control characters: what no keyboard types, what XML (and so an XLSX file)
# cannot hold, and what a damaged or hostile file slips in ("\x00", "\x01"). Tab, line
# feed and carriage return are not among them: an address or a note has lines.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


def check_control_characters(value: str) -> Problem | None:
    if CONTROL_CHARACTERS.search(value):
        return Problem("control_characters")
    return None


def check_length(value: str, maximum: int) -> Problem | None:
    if len(value) > maximum:
        return Problem("too_long", {"max": maximum})
    return None


def tax_id_warnings(rows: Iterable[tuple[int, str, str]]) -> list[tuple[int, Problem]]:
    """For an import: (line, warning) of each (line, tax id, country) whose tax id breaks its
    country's rules. Warnings only: the rows are imported as they are."""
    found = []
    for line, tax_id, country in rows:
        if tax_id and country:  # the usual import has no country: nothing to check against
            problem = tax_id_warning(tax_id, country)
        elif tax_id[:2].isalpha():  # a VAT number carries its country
            problem = tax_id_warning(tax_id)
        else:
            continue
        if problem is not None:
            found.append((line, problem))
    return found


class Problems(dict[str, list[Problem]]):
    """Problems by field name, as ValidationError carries them."""

    def add(self, name: str, problem: Problem | None) -> None:
        """Record a problem; the None a passing check returns is ignored."""
        if problem is not None:
            self.setdefault(name, []).append(problem)
