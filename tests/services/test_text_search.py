"""Folding for search and sort: accents and case out, the same way everywhere."""

import unicodedata

import pytest

from services.text_search import fold


def reference_fold(text: str) -> str:
    """The rule, written plainly: decompose, drop every combining mark, casefold."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Muñoz Peña", "munoz pena"),
        ("  FERRETERÍA   Cádiz ", "ferreteria cadiz"),
        ("Straße", "strasse"),
        ("Ἀθῆναι", "αθηναι"),
        ("ﬁ①", "fi1"),
        ("", ""),
    ],
)
def test_fold_takes_out_accents_case_and_extra_spaces(text, folded):
    assert fold(text) == folded


def test_fold_follows_the_plain_rule_for_every_character_of_the_first_planes():
    # Every character between two letters and after an accented one, so that marks of any
    # script, alone or stacked after a Latin accent, go through every path of fold().
    for code in range(0x3400):
        ch = chr(code)
        for text in (f"a{ch}b", f"e\u0301{ch}"):
            assert fold(text) == reference_fold(text), hex(code)
