"""The domain's closed sets of values: a client's stage, a language, a form of address, a
verdict, a letter kind. Each is a StrEnum whose values are the strings the database stores
(models.base.StrEnumColumn); the tables that use them import them from here.
"""

from __future__ import annotations

import enum


class Stage(enum.StrEnum):
    PROSPECT = "prospect"  # someone we would like to acquire
    ACTIVE = "active"  # buying from us now
    LOST = "lost"  # left us; a candidate for recovery
    FORMER = "former"  # we let them go


class Language(enum.StrEnum):
    SPANISH = "es"
    ENGLISH = "en"


class FormOfAddress(enum.StrEnum):
    """How a letter greets the contact: "Estimada Dra. Ordóñez:", "Dear Mr Whitfield,". Each
    letter language words it (resources/letters/<language>/phrases.json)."""

    NONE = ""  # a neutral greeting for a person
    MR = "mr"  # Sr. / Mr
    MS = "ms"  # Sra. / Ms
    DR_M = "dr_m"  # Dr. / Dr
    DR_F = "dr_f"  # Dra. / Dr


class Verdict(enum.StrEnum):
    RETAIN = "retain"
    SET_BOUNDARIES = "set_boundaries"
    RECOVER = "recover"
    LET_GO = "let_go"
    ACQUIRE = "acquire"
    WATCH = "watch"


class LetterKind(enum.StrEnum):
    LOYALTY = "loyalty"  # Retain
    BOUNDARIES = "boundaries"  # Set boundaries
    WIN_BACK = "win_back"  # Recover
    TERMINATION = "termination"  # Let go
    WELCOME = "welcome"  # Acquire
    # Set boundaries on late payment. ``kind`` stores the value as
    # VARCHAR(30) (models.base.StrEnumColumn): a new kind needs no migration.
    PAYMENT_REMINDER = "payment_reminder"
