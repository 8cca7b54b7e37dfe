"""Names in every script print: the text read back from the PDF holds them, drawn in a font
that has their glyphs; a character no shipped font has stops the letter before any file."""

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from services.business_profile import ProfileData, save_profile
from services.campaigns import run_campaign
from services.clients import ClientInput, save_client
from services.errors import ClientelaError
from services.letter_scripts import unprintable, visual
from services.letters import LetterOptions, prepare_letter, write_letter
from tests.pdf import pdf_text

TODAY = date(2026, 11, 23)
PROFILE = ProfileData(
    name="Cerámicas Ñandú S.L.",
    address="Calle Mayor, 1",
    city="Madrid",
    country="España",
    signer_name="María Pérez",
)
NAMES = {
    "arabic": ("محمد العلي", "NotoNaskhArabic-Regular"),
    "hebrew": ("שרה כהן", "NotoSerifHebrew-Regular"),
    "chinese": ("李小龍", "DroidSansFallback"),
    "japanese": ("山田さくら", "DroidSansFallback"),
    "korean": ("김민준", "DroidSansFallback"),
    "devanagari": ("गौरव शर्मा", "NotoSerifDevanagari-Regular"),
    "greek": ("Ελένη Παπαδοπούλου", "NotoSerif-Regular"),
}


@pytest.fixture
def profile(db):
    return save_profile(db.sessions, PROFILE)


def _client(db, name, **extra):
    data = {"address": "Calle Feria, 112", "postal_code": "41003", "city": "Sevilla"} | extra
    return save_client(db.sessions, ClientInput(name=name, **data)).id


def _fonts(path) -> set[str]:
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return found


def _read(path) -> str:
    # Arabic is drawn in its joined (presentation) forms; a reader folds them back.
    return unicodedata.normalize("NFKC", pdf_text(path))


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_in_any_script_prints_in_a_font_that_has_it(db, profile, tmp_path, script):
    name, font = NAMES[script]
    client_id = _client(db, f"Comercial {name}", contact_person=name)
    letter = prepare_letter(db.sessions, client_id, LetterOptions("welcome", TODAY))
    path = tmp_path / "letter.pdf"
    write_letter(db.sessions, letter, path)
    lines = _read(path).splitlines()
    assert f"Comercial {name}" in lines  # the recipient block
    # The salutation, whole (a reader may put the colon on either side of a right-to-left run).
    assert any(line.startswith("Buenos días,") and name in line for line in lines)
    assert font in _fonts(path)


def test_right_to_left_names_are_laid_out_in_visual_order_and_arabic_joined():
    assert visual("Estimado/a שרה:") == "Estimado/a הרש:"
    drawn = visual("محمد")
    assert unicodedata.normalize("NFKC", drawn) == "دمحم"
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in drawn)  # joined forms
    assert visual("Ana López") == "Ana López"


def test_an_emoji_has_no_glyph_and_joiners_need_none():
    assert unprintable("Flores 🌸 Ana") == "🌸"
    assert unprintable("गौरव\u200d शर्मा") == ""
    assert unprintable("Ελένη, 李小龍, محمد") == ""


def test_a_letter_with_a_character_no_font_has_is_refused_naming_client_and_character(
    db, profile, tmp_path
):
    client_id = _client(db, "Floristería 🌸 Rosa")
    with pytest.raises(ClientelaError) as raised:
        prepare_letter(db.sessions, client_id, LetterOptions("welcome", TODAY))
    assert raised.value.code == "unprintable_character"
    assert raised.value.params["name"] == "Floristería 🌸 Rosa"
    assert raised.value.params["character"] == "🌸"
    assert raised.value.params["code_point"] == "U+1F338"


def test_a_campaign_with_one_unprintable_client_writes_nothing(db, profile, tmp_path):
    ids = [_client(db, "Ana López"), _client(db, "Bar 🍺 Pepe")]
    with pytest.raises(ClientelaError):
        run_campaign(
            db.sessions,
            ids,
            LetterOptions("welcome", TODAY),
            folder=tmp_path / "letters",
            combined=tmp_path / "all.pdf",
        )
    assert not (tmp_path / "all.pdf").exists()
    assert list((tmp_path / "letters").glob("*.pdf")) == []
