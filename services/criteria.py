"""The evaluation checklist: its criteria are data (resources/criteria.json), read and checked here.

A damaged catalogue would skew every evaluation without anyone noticing, so the loader refuses
it outright and says which file, which entry and what is wrong.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from models.enums import Stage
from services.errors import ClientelaError
from services.resources import resource_path

ANSWERS = ("yes", "partly", "no", "unknown")
METRICS = ("payment_delay", "return_rate", "volume", "trend", "recency", "revenue_share")
KINDS = ("scale", "choice")
GOOD_ANSWERS = ("yes", "no")
STAGES = tuple(stage.value for stage in Stage)
LANGUAGES = ("es", "en")
MAX_WEIGHT = 5

_TOP_KEYS = frozenset({"version", "groups", "criteria"})
_GROUP_KEYS = frozenset({"id", "order", "title", "intro"})
_CRITERION_KEYS = frozenset(
    {"id", "group", "kind", "weight", "stages", "metric", "question", "help"}
)
_KIND_KEYS = {"scale": "good_answer", "choice": "choices"}  # the key only that kind may carry
_CHOICE_KEYS = frozenset({"id", "label"})


@dataclass(frozen=True)
class Text:
    es: str
    en: str

    def __call__(self, language: str) -> str:
        """The text in ``language``; English for any language the catalogue does not carry."""
        return self.es if language == "es" else self.en


@dataclass(frozen=True)
class Choice:
    id: str
    label: Text


@dataclass(frozen=True)
class Criterion:
    id: str
    group: str
    kind: str  # "scale" (answered with ANSWERS) or "choice" (answered with a choice id)
    good_answer: str  # "yes" or "no" for a scale; empty for a choice, which is never scored
    weight: int
    stages: frozenset[str]
    metric: str | None  # the ledger figure that suggests an answer, if any
    question: Text
    help: Text
    choices: tuple[Choice, ...]

    @property
    def is_scored(self) -> bool:
        return self.kind == "scale" and self.weight > 0


@dataclass(frozen=True)
class Group:
    id: str
    order: int
    title: Text
    intro: Text


@dataclass(frozen=True)
class Catalogue:
    version: str
    groups: tuple[Group, ...]
    criteria: tuple[Criterion, ...]

    def for_stage(self, stage: str) -> tuple[Criterion, ...]:
        """The criteria asked at ``stage``, group by group, in file order within a group."""
        rank = {group.id: group.order for group in self.groups}
        matching = [c for c in self.criteria if stage in c.stages]
        return tuple(sorted(matching, key=lambda c: rank[c.group]))  # stable: keeps file order

    def groups_for_stage(self, stage: str) -> tuple[Group, ...]:
        used = {c.group for c in self.criteria if stage in c.stages}
        return tuple(sorted((g for g in self.groups if g.id in used), key=lambda g: g.order))

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(f"no criterion {criterion_id!r} in catalogue {self.version}")


class CatalogueError(ClientelaError):
    """The criteria file cannot be used; ``problem`` is a short technical phrase in English."""

    code = "bad_catalogue"

    def __init__(self, file: str, entry: str, problem: str) -> None:
        super().__init__(self.code, file=file, entry=entry, problem=problem)


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The shipped catalogue (read once per run), or the one at ``path``."""
    return _shipped_catalogue() if path is None else _read(path)


@functools.lru_cache(maxsize=1)
def _shipped_catalogue() -> Catalogue:
    return _read(resource_path("criteria.json"))


def _read(path: Path) -> Catalogue:
    file = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogueError(file, "top level", "not UTF-8 text") from None
    except OSError as error:
        raise CatalogueError(file, "top level", f"cannot be read ({error.strerror})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        entry = f"line {error.lineno}, column {error.colno}"
        raise CatalogueError(file, entry, f"invalid JSON ({error.msg})") from None
    return _catalogue(file, data)


def _catalogue(file: str, data: object) -> Catalogue:
    top = _Place(file, "top level")
    root = top.keys(data, _TOP_KEYS)
    version = top.string(root, "version")
    group_list = top.items(root, "groups")
    groups = [_group(_Place(file, f"groups[{i}]"), value) for i, value in enumerate(group_list)]
    _refuse_duplicates(file, "groups", [g.id for g in groups], "id")
    _refuse_duplicates(file, "groups", [g.order for g in groups], "order")
    group_ids = {g.id for g in groups}
    criteria = [
        _criterion(_Place(file, _entry_name("criteria", i, value)), value, group_ids)
        for i, value in enumerate(top.items(root, "criteria"))
    ]
    _refuse_duplicates(file, "criteria", [c.id for c in criteria], "id")
    for stage in STAGES:
        if not any(stage in c.stages for c in criteria):
            top.fail(f"no criterion for stage '{stage}'")
    return Catalogue(
        version=version,
        groups=tuple(sorted(groups, key=lambda g: g.order)),
        criteria=tuple(criteria),
    )


def _group(place: _Place, value: object) -> Group:
    data = place.keys(value, _GROUP_KEYS)
    return Group(
        id=place.string(data, "id"),
        order=place.whole(data, "order", 0, 999),
        title=place.text(data, "title"),
        intro=place.text(data, "intro"),
    )


def _criterion(place: _Place, value: object, group_ids: Collection[str]) -> Criterion:
    data = place.keys(value, _CRITERION_KEYS, optional=frozenset(_KIND_KEYS.values()))
    kind = place.one_of(data, "kind", KINDS)
    for other_kind, key in _KIND_KEYS.items():
        if other_kind != kind and key in data:
            place.fail(f"'{key}' applies only to {other_kind} criteria")
    group = place.string(data, "group")
    if group not in group_ids:
        place.fail(f"unknown group '{group}'")
    stages = place.items(data, "stages")
    if not stages:
        place.fail("'stages' must list at least one stage")
    for stage in stages:
        if stage not in STAGES:
            place.fail(f"unknown stage {stage!r}")
    metric = _get(place, data, "metric")
    if metric is not None and metric not in METRICS:
        place.fail(f"unknown metric {metric!r}")
    return Criterion(
        id=place.string(data, "id"),
        group=group,
        kind=kind,
        good_answer=place.one_of(data, "good_answer", GOOD_ANSWERS) if kind == "scale" else "",
        weight=place.whole(data, "weight", 0, MAX_WEIGHT),
        stages=frozenset(str(stage) for stage in stages),  # each one checked above
        metric=metric,
        question=place.text(data, "question"),
        help=place.text(data, "help"),
        choices=_choices(place, data) if kind == "choice" else (),
    )


def _choices(place: _Place, data: Mapping[str, object]) -> tuple[Choice, ...]:
    values = place.items(data, "choices")
    if not values:
        place.fail("a choice criterion needs at least one choice")
    choices = []
    for i, value in enumerate(values):
        inner = _Place(place.file, f"{place.entry}.choices[{i}]")
        choice_data = inner.keys(value, _CHOICE_KEYS)
        choices.append(
            Choice(id=inner.string(choice_data, "id"), label=inner.text(choice_data, "label"))
        )
    _refuse_duplicates(place.file, f"{place.entry}.choices", [c.id for c in choices], "id")
    return tuple(choices)


def _refuse_duplicates(file: str, section: str, values: list[object], key: str) -> None:
    seen: set[object] = set()
    for i, value in enumerate(values):
        if value in seen:
            entry = f"{section}[{i}] ({value})" if key == "id" else f"{section}[{i}]"
            raise CatalogueError(file, entry, f"duplicate {key} {value!r}")
        seen.add(value)


def _entry_name(section: str, index: int, value: object) -> str:
    """``criteria[3] (few_returns)`` when the entry has a usable id, so it is easy to find."""
    found = value.get("id") if isinstance(value, dict) else None
    return (
        f"{section}[{index}] ({found})"
        if isinstance(found, str) and found
        else f"{section}[{index}]"
    )


def _get(place: _Place, data: Mapping[str, object], key: str) -> object:
    if key not in data:
        place.fail(f"missing key '{key}'")
    return data[key]


@dataclass(frozen=True)
class _Place:
    """One entry of the file being checked; every failure it reports names the entry."""

    file: str
    entry: str

    def fail(self, problem: str) -> NoReturn:
        raise CatalogueError(self.file, self.entry, problem)

    def keys(
        self, value: object, required: frozenset[str], optional: frozenset[str] = frozenset()
    ) -> dict[str, object]:
        if not isinstance(value, dict):
            self.fail("must be an object")
        for key in sorted(required - value.keys()):
            self.fail(f"missing key '{key}'")
        for key in sorted(value.keys() - required - optional):
            self.fail(f"unknown key '{key}'")
        return value

    def string(self, data: Mapping[str, object], key: str) -> str:
        value = _get(self, data, key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' must be non-empty text")
        return value

    def whole(self, data: Mapping[str, object], key: str, low: int, high: int) -> int:
        value = _get(self, data, key)
        # bool is an int in Python, but "weight": true is a mistake, not a weight of 1.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(f"'{key}' must be a whole number from {low} to {high}, not {value!r}")
        return value

    def one_of(self, data: Mapping[str, object], key: str, allowed: tuple[str, ...]) -> str:
        value = _get(self, data, key)
        if value not in allowed:
            self.fail(f"'{key}' must be one of {', '.join(allowed)}, not {value!r}")
        return value

    def items(self, data: Mapping[str, object], key: str) -> list[object]:
        value = _get(self, data, key)
        if not isinstance(value, list):
            self.fail(f"'{key}' must be a list")
        return value

    def text(self, data: Mapping[str, object], key: str) -> Text:
        value = _get(self, data, key)
        if not isinstance(value, dict):
            self.fail(f"'{key}' must be an object with 'es' and 'en' texts")
        for language in sorted(value.keys() - set(LANGUAGES)):
            self.fail(f"'{key}' has an unknown language {language!r}")
        for language in LANGUAGES:
            if language not in value:
                self.fail(f"'{key}' lacks the '{language}' text")
            if not isinstance(value[language], str) or not value[language].strip():
                self.fail(f"'{key}.{language}' must be non-empty text")
        return Text(es=value["es"], en=value["en"])
