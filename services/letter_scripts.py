"""Names in every script the app accepts, on paper: which shipped font draws each character,
right-to-left words in reading order, Arabic letters joined.

Noto Serif draws Latin, Greek and Cyrillic. A run of text it has no glyphs for falls back to
the first of FALLBACKS that has them: Noto Serif Hebrew, Noto Naskh Arabic (the serif Arabic),
Noto Serif Devanagari, and Droid Sans Fallback for Chinese, Japanese and Korean (reportlab
embeds TrueType outlines only, which rules out the CFF-based Noto CJK fonts). The fallback
fonts are read only when a letter needs them, so a book of Latin names never loads the 3 MB
CJK font.

reportlab lays text out left to right, one character after another. So before a line is laid
out, Arabic letters are replaced by their joined forms (arabic-reshaper) and the line is put
in visual order (python-bidi, Unicode's bidirectional algorithm with a left-to-right base:
the letters are Spanish or English). Devanagari's conjuncts and vowel signs are not shaped;
the name is printed letter by letter, readable but plainer than a typesetter would set it.

A character no shipped font has (an emoji) is not printed as a blank: ``unprintable`` finds
it, and the letter is refused before anything is written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from services.resources import resource_path

SERIF = "ClientelaSerif"
# (font name, regular file, bold file or "" when the regular one stands in for bold).
FALLBACKS = (
    ("ClientelaHebrew", "NotoSerifHebrew-Regular.ttf", "NotoSerifHebrew-Bold.ttf"),
    ("ClientelaArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    ("ClientelaDevanagari", "NotoSerifDevanagari-Regular.ttf", "NotoSerifDevanagari-Bold.ttf"),
    ("ClientelaCJK", "DroidSansFallback.ttf", ""),
)
_RIGHT_TO_LEFT = {"R", "AL", "RLE", "RLO", "RLI"}


@cache
def register_serif() -> None:
    """The letters' own family, in four styles; registered once per process."""
    fonts = resource_path("fonts")
    for name, file in (
        (SERIF, "NotoSerif-Regular.ttf"),
        (f"{SERIF}-Bold", "NotoSerif-Bold.ttf"),
        (f"{SERIF}-Italic", "NotoSerif-Italic.ttf"),
        (f"{SERIF}-BoldItalic", "NotoSerif-BoldItalic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
    pdfmetrics.registerFontFamily(
        SERIF,
        normal=SERIF,
        bold=f"{SERIF}-Bold",
        italic=f"{SERIF}-Italic",
        boldItalic=f"{SERIF}-BoldItalic",
    )


@cache
def _font(name: str, file: str) -> frozenset[int]:
    """Registers one font file under ``name``; the code points it has glyphs for."""
    font = TTFont(name, str(resource_path("fonts", file)))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def _serif_covers(char: str) -> bool:
    register_serif()
    return _has(SERIF, char)


@cache
def _font_for(char: str, bold: bool) -> str | None:
    """The font that draws ``char``: ours, else the first fallback that has it."""
    if _serif_covers(char):
        return f"{SERIF}-Bold" if bold else SERIF
    for name, regular, bold_file in FALLBACKS:
        if ord(char) in _font(name, regular):
            if bold and bold_file:
                _font(f"{name}-Bold", bold_file)
                return f"{name}-Bold"
            return name
    return None


def _has(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph  # type: ignore[attr-defined]


def _invisible(char: str) -> bool:
    # Joiners, direction marks and variation selectors draw nothing: no glyph is missing.
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


def visual(line: str) -> str:
    """One line as it is drawn left to right: Arabic joined, right-to-left runs reversed."""
    if not any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in line):
        return line
    return get_display(reshape(line), base_dir="L")


def runs(line: str, bold: bool = False) -> Iterator[tuple[str | None, str]]:
    """``line`` (already visual) in pieces that one font draws; None for what none can.

    Spaces and punctuation stay with the run they are in when its font has them, so a
    Hebrew name is one run, not one per word."""
    current: str | None = None
    piece = ""
    for char in line:
        if _invisible(char):
            continue
        font = _font_for(char, bold)
        neutral = not (char.isalnum() or unicodedata.category(char).startswith("M"))
        if piece and font != current and neutral and current is not None and _has(current, char):
            font = current
        if piece and font != current:
            yield current, piece
            piece = ""
        current = font
        piece += char
    if piece:
        yield current, piece


def unprintable(text: str) -> str:
    """The first character of ``text`` no shipped font can draw, or ""."""
    for line in unicodedata.normalize("NFC", text).splitlines():
        for font, piece in runs(visual(line)):
            if font is None:
                return piece[0]
    return ""


def markup(text: str, bold: bool = False) -> str:
    """User text as paragraph markup: NFC, escaped, each run in a font that has its
    glyphs, line breaks kept. The paragraph's own font is left implicit, so its style
    (colour, size) applies as it does to any text."""
    lines = []
    for line in unicodedata.normalize("NFC", text).splitlines():
        parts = []
        for font, piece in runs(visual(line.strip()), bold):
            escaped = escape(piece, {'"': "&quot;", "'": "&#39;"})
            if font is None or font.startswith(SERIF):
                parts.append(escaped)
            else:
                parts.append(f'<font name="{font}">{escaped}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)
