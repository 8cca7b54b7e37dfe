"""Folding for search and sort: accents and case out, the same way everywhere."""

import unicodedata

import pytest

from services.text_search import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Muñoz Peña", "munoz pena"),
        ("  FERRETERÍA   Cádiz ", "ferreteria cadiz"),
        ("Straße", "strasse"),
        ("Łuczak", "luczak"),
        ("Øresund", "oresund"),
        ("Æsop Œuvre", "aesop oeuvre"),
        ("İstanbul", "istanbul"),
        ("Ἀθῆναι", "athinai"),
        ("ﬁ①", "fi1"),
        ("", ""),
    ],
)
def test_fold_takes_out_accents_case_and_extra_spaces(text, folded):
    assert fold(text) == folded


def test_symbols_and_punctuation_stay_as_typed():
    # Spelt out they would change meaning: '€' the word 'eur', '✗' the 'x' that means yes.
    assert fold("Importe (€)") == "importe (€)"
    assert fold("✗ — ✓") == "✗ — ✓"


def test_fold_gives_lower_case_ascii_letters_and_folds_to_itself():
    # Every character between two letters and after an accented one, so that marks of any
    # script, alone or stacked after a Latin accent, go through every path of fold(). What is
    # stored is folded once and what is typed once more: both must agree.
    for code in range(0x3400):
        ch = chr(code)
        for text in (f"a{ch}b", f"e\u0301{ch}"):
            folded = fold(text)
            letters = [c for c in folded if unicodedata.category(c)[0] not in "SP"]
            assert "".join(letters).isascii() and folded == folded.lower(), hex(code)
            assert fold(folded) == folded, hex(code)
            assert "  " not in folded, hex(code)
