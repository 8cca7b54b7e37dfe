"""A batch of client rows read column by column: the plainly valid rows, cheaply.

The clients' counterpart of ledger_columns.py, and for the same reason: row by row
(rows.client_from_row), a 100,000-client import spent most of its time on per-row costs.
Each field of a batch is read in one pass with the same parsers (values.py) and the same
checks (services.validation, services.clients) as that path; texts that repeat (a city, a
stage, a list of tags) are read once. A row with any cell that is not plainly valid comes
back as None, for client_from_row to say what is wrong with it; this path takes only the
rows that one takes, with the same values (tests/services/test_importing_columns.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from services.clients import (
    LANGUAGES,
    MAX_LENGTHS,
    SEARCHED_FIELDS,
    TEXT_FIELDS,
    ClientInput,
    search_columns,
)
from services.importing.columns import REFUSED, Cells, cached, refused_rows
from services.importing.fields import FIELDS, Kind
from services.importing.matching import folded_duplicate_keys
from services.importing.rows import (
    DEFAULT_STAGE,
    city_with_province,
    clean_column,
    tags_in,
    too_long,
)
from services.importing.values import (
    parse_bool,
    parse_form_of_address,
    parse_language,
    parse_stage,
)
from services.text_search import fold, fold_all
from services.validation import CONTROL_CHARACTERS, check_email, check_phone

STORED_FIELDS = tuple(f for f in ClientInput.__dataclass_fields__ if f != "tags")

# Per row: the values to store (stored_values), the client's tags, and its duplicate keys
# (matching.duplicate_keys).
Read = tuple[tuple[Any, ...], tuple[str, ...], list[str]]


def stored_values(data: ClientInput) -> tuple[Any, ...]:
    """The client's values in the order of STORED_FIELDS, then its sort name and search text."""
    return (*[getattr(data, name) for name in STORED_FIELDS], *search_columns(data))


class ClientColumns:
    """Reads one import's batches of client rows."""

    def __init__(self, mapping: dict[int, str], default_language: str) -> None:
        self.index = {field: index for index, field in mapping.items()}
        self.default_language = default_language
        self._caches: dict[str, dict[str, Any]] = {}

    def read(self, rows: Sequence[Sequence[str]]) -> list[Read | None]:
        cells = Cells(rows, self.index)
        text = {field: clean_column(cells.raw(field)) for field in _TEXT_FIELDS}
        given, family = text.pop("given_name"), text.pop("family_name")
        provinces = text.pop("province")
        if any(provinces):
            text["city"] = list(map(city_with_province, text["city"], provinces))
        person = [f"{g} {f}".strip() if g or f else "" for g, f in zip(given, family, strict=True)]
        names = [
            name or legal or someone
            for name, legal, someone in zip(text["name"], text["legal_name"], person, strict=True)
        ]
        text["name"] = names
        text["contact_person"] = [
            contact or (someone if someone != name else "")
            for contact, someone, name in zip(text["contact_person"], person, names, strict=True)
        ]
        text["email"] = list(map(str.lower, text["email"]))
        column = text | {
            "language": self._cached(cells, "language", self._language),
            "stage": self._cached(cells, "stage", _stage),
            "strategic": self._cached(cells, "strategic", _strategic),
            "form_of_address": self._cached(cells, "form_of_address", _form_of_address),
        }
        stored = [column[field] for field in STORED_FIELDS]
        tags = self._cached(cells, "tags", _tags)
        refused = refused_rows([*stored, tags]) | _invalid_rows(column)
        sort_names = fold_all(names)
        # The cleaned city, folded (each text once), unless a province went into it.
        cities = fold_all(text["city"]) if any(provinces) else self._cached(cells, "city", fold)
        # fold(" ".join(texts)) is the folded texts joined, fold working character by
        # character: the name and city are folded once for both uses.
        folded = {"name": sort_names, "city": cities}
        searched = [folded.get(f) or _folded(column[f]) for f in SEARCHED_FIELDS]
        search_texts = [" ".join(filter(None, parts)) for parts in zip(*searched, strict=True)]
        keys = list(
            map(folded_duplicate_keys, sort_names, cities, column["tax_id"], column["email"])
        )
        read: list[Read | None] = list(
            zip(zip(*stored, sort_names, search_texts, strict=True), tags, keys, strict=True)
        )
        for i in refused:
            read[i] = None
        return read

    def _cached(self, cells: Cells, field: str, parse: Callable[[str], Any]) -> list[Any]:
        return cached(self._caches.setdefault(field, {}), cells.raw(field), parse)

    def _language(self, text: str) -> Any:
        if not text:
            return self.default_language if self.default_language in LANGUAGES else REFUSED
        return parse_language(text) or REFUSED


# Every client field of a file but those read as a choice or a list.
_TEXT_FIELDS = tuple(
    f
    for f in FIELDS[Kind.CLIENTS]
    if f not in ("language", "stage", "strategic", "tags", "form_of_address")
)


def _stage(text: str) -> Any:
    return (parse_stage(text) or REFUSED) if text else DEFAULT_STAGE


def _form_of_address(text: str) -> Any:
    return (parse_form_of_address(text) or REFUSED) if text else ""


def _strategic(text: str) -> Any:
    if not text:
        return False
    value = parse_bool(text)
    return REFUSED if value is None else value


def _tags(text: str) -> Any:
    if not text:
        return ()
    tags = tags_in(text)
    return REFUSED if too_long(tags) else tags


def _folded(texts: list[str]) -> list[str]:
    return fold_all(texts) if any(texts) else texts  # empty: a column the file lacks


def _invalid_rows(column: dict[str, list[Any]]) -> set[int]:
    """The rows validate_client finds fault with (beyond the choices refused when read)."""
    invalid = {i for i, name in enumerate(column["name"]) if not name}
    for field, limit in MAX_LENGTHS.items():
        values = column[field]
        if max(map(len, values), default=0) > limit:
            invalid.update(i for i, value in enumerate(values) if len(value) > limit)
    for field in TEXT_FIELDS:
        values = column[field]
        if CONTROL_CHARACTERS.search("".join(values)):  # once per column: rare
            invalid.update(i for i, value in enumerate(values) if CONTROL_CHARACTERS.search(value))
    for field, check in (("email", check_email), ("phone", check_phone)):
        values = column[field]
        if any(values):
            invalid.update([i for i, value in enumerate(values) if value and check(value)])
    return invalid
