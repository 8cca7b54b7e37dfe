"""Turning a cell's text into a date, an amount, a yes/no, a stage or a list of tags.

Each parser returns None when the text cannot be read; the caller turns that into a Problem
with the file's line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models import FormOfAddress, Language, Stage
from services.decimal_text import parse_decimal_text, without_currency
from services.text_search import fold

# What exporting.py puts before text a spreadsheet would run as a formula; taken off again
# so an export re-imports as it was.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"  # "2025-03-01 00:00:00" from a database
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})" + _TIME + "$")
_PLAIN_DECIMAL = re.compile(r"\d+[.,]\d\d?$")


@dataclass(frozen=True)
class ValueFormat:
    """How the file writes dates and amounts; the wizard shows and lets the owner change it."""

    day_first: bool = True  # 03/04/2025 is 3 April (Spain, Latin America, most of Europe)
    decimal_comma: bool = False  # 1.234,50 rather than 1,234.50 when a number is ambiguous


def parse_date(text: str, fmt: ValueFormat = ValueFormat()) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 10:  # the common cases first, without a regular expression
            if text[4] == "-" and text[7] == "-":
                return date.fromisoformat(text)  # 2025-03-01
            if text[2] == text[5] and text[2] in "/-." and text[:2].isdigit():
                first, second, year = int(text[:2]), int(text[3:5]), int(text[6:])
                return date(year, second, first) if fmt.day_first else date(year, first, second)
        match = _ISO.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = _NUMERIC.match(text)
        if match:
            first_text, second_text, year_text = match.groups()
            first, second = int(first_text), int(second_text)
            day, month = (first, second) if fmt.day_first else (second, first)
            year = int(year_text)
            if len(year_text) == 2:
                # Two-digit years: the nearest century to today ("25" is 2025, "98" is 1998).
                century = date.today().year // 100 * 100
                year += century if year <= date.today().year % 100 + 20 else century - 100
            return date(year, month, day)
    except ValueError:
        return None
    return None


def parse_amount(text: str, fmt: ValueFormat = ValueFormat()) -> Decimal | None:
    if text.isdecimal():  # not isdigit(): "²" is a digit, and no number Decimal() reads
        return Decimal(text)  # the common case for units: 3
    if _PLAIN_DECIMAL.match(text):  # 1234,56 or 1234.56: one mark, one or two decimals
        return Decimal(text.replace(",", "."))
    cleaned = without_currency(text)
    if not cleaned:
        return None
    return parse_decimal_text(cleaned, "," if fmt.decimal_comma else ".")


_TRUE = {"yes", "y", "true", "1", "x", "si", "s", "verdadero", "strategic", "estrategico"}
_FALSE = {"no", "n", "false", "0", "falso", ""}


def parse_bool(text: str) -> bool | None:
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


_STAGES = {
    "prospect": Stage.PROSPECT,
    "prospecto": Stage.PROSPECT,
    "potencial": Stage.PROSPECT,
    "lead": Stage.PROSPECT,
    "active": Stage.ACTIVE,
    "activo": Stage.ACTIVE,
    "activa": Stage.ACTIVE,
    "client": Stage.ACTIVE,
    "cliente": Stage.ACTIVE,
    "lost": Stage.LOST,
    "perdido": Stage.LOST,
    "perdida": Stage.LOST,
    "former": Stage.FORMER,
    "former (let go)": Stage.FORMER,
    "antiguo": Stage.FORMER,
    "antiguo (dejado)": Stage.FORMER,
    "antiguo (dejado ir)": Stage.FORMER,  # the export's word (export_conventions)
    "ex cliente": Stage.FORMER,
    "excliente": Stage.FORMER,
}

_LANGUAGES = {
    "es": Language.SPANISH,
    "spa": Language.SPANISH,
    "spanish": Language.SPANISH,
    "espanol": Language.SPANISH,
    "castellano": Language.SPANISH,
    "en": Language.ENGLISH,
    "eng": Language.ENGLISH,
    "english": Language.ENGLISH,
    "ingles": Language.ENGLISH,
}


# Sr./Sra./Dr./Dra. and their English forms; "D." and "Dña." as Spanish letters write them.
_FORMS_OF_ADDRESS = {
    "sr": FormOfAddress.MR,
    "senor": FormOfAddress.MR,
    "d": FormOfAddress.MR,
    "don": FormOfAddress.MR,
    "mr": FormOfAddress.MR,
    "sra": FormOfAddress.MS,
    "senora": FormOfAddress.MS,
    "srta": FormOfAddress.MS,
    "dna": FormOfAddress.MS,
    "dona": FormOfAddress.MS,
    "ms": FormOfAddress.MS,
    "mrs": FormOfAddress.MS,
    "miss": FormOfAddress.MS,
    "dr": FormOfAddress.DR_M,
    "doctor": FormOfAddress.DR_M,
    "dra": FormOfAddress.DR_F,
    "doctora": FormOfAddress.DR_F,
}


def parse_form_of_address(text: str) -> str | None:
    """'Sra.', 'Dra', 'Mr.' -> the stored value; None for anything else."""
    form = _FORMS_OF_ADDRESS.get(re.sub(r"[^a-z]", "", fold(text)))
    return form.value if form else None


def parse_stage(text: str) -> str | None:
    stage = _STAGES.get(fold(text))
    return stage.value if stage else None


def parse_language(text: str) -> str | None:
    folded = fold(text)
    # "es-ES", "en_GB": the language part is enough.
    language = _LANGUAGES.get(folded) or _LANGUAGES.get(re.split(r"[-_]", folded)[0])
    return language.value if language else None


def split_tags(text: str) -> tuple[str, ...]:
    """'wholesale, Madrid' or Google's '* myContacts ::: Friends' or Outlook's 'A;B'."""
    parts = re.split(r":::|[,;]", text)
    tags = []
    for part in parts:
        tag = part.strip().lstrip("*").strip()
        # Google puts every contact in its own system groups; they say nothing about a client.
        if tag and fold(tag) not in ("mycontacts", "starred"):
            tags.append(tag)
    return tuple(tags)


def unneutralise(text: str) -> str:
    """Undo the apostrophe an export put before '=1+1', '+34 600...' or a text that starts
    with an apostrophe of its own ("''t Hooft"; see exporting.neutralise). Any other
    apostrophe is the text's: "'t Hooft" stays as it is."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_TRIGGERS or text[1] == "'"):
        return text[1:]
    return text
