"""Letters as the client receives them: text read back from the real PDF."""

import json
from datetime import date

import pytest
from pypdf import PdfReader

from models import Answer, Client, Evaluation, LetterKind, Verdict
from services.business_profile import ProfileData, save_profile
from services.campaigns import run_campaign
from services.clients import ClientInput, save_client
from services.errors import ClientelaError
from services.letter_files import FileState
from services.letter_phrases import phrases
from services.letter_templates import save_template, shipped_template
from services.letters import (
    LetterOptions,
    compose,
    kind_for_verdict,
    letter_file_state,
    list_letters,
    prepare_letter,
    write_letter,
)
from tests.pdf import pdf_language, pdf_page_texts, pdf_text

TODAY = date(2026, 11, 23)
PROFILE = ProfileData(
    name="Cerámicas Ñandú S.L.",
    address="Calle Mayor, 1",
    city="Madrid",
    country="España",
    tax_id="B12345678",
    signer_name="María Pérez",
    signer_role="Gerente",
    loyalty_offer_es="un 10 % de descuento en su próximo pedido",
    loyalty_offer_en="10 % off your next order",
)


@pytest.fixture
def profile(db):
    return save_profile(db.sessions, PROFILE)


def _client(db, name, language="es", **extra):
    data = {"address": "Calle Feria, 112", "postal_code": "41003", "city": "Sevilla"} | extra
    return save_client(db.sessions, ClientInput(name=name, language=language, **data)).id


def _write(db, tmp_path, client_id, kind, **options):
    letter = prepare_letter(db.sessions, client_id, LetterOptions(kind, TODAY, **options))
    path = tmp_path / "out" / f"{kind}.pdf"
    return write_letter(db.sessions, letter, path), path


@pytest.mark.parametrize(
    ("verdict", "kind"),
    [
        (Verdict.RETAIN, LetterKind.LOYALTY),
        (Verdict.SET_BOUNDARIES, LetterKind.BOUNDARIES),
        (Verdict.RECOVER, LetterKind.WIN_BACK),
        (Verdict.LET_GO, LetterKind.TERMINATION),
        (Verdict.ACQUIRE, LetterKind.WELCOME),
        (Verdict.WATCH, None),
        (None, None),
    ],
)
def test_each_verdict_proposes_its_letter(verdict, kind):
    assert kind_for_verdict(verdict) == kind


def test_termination_for_a_spanish_client_is_in_spanish(db, profile, tmp_path):
    client_id = _client(db, "Peñalver & Hijos", contact_person="Lucía Peñalver")
    record, path = _write(db, tmp_path, client_id, "termination")
    text = pdf_text(path)
    assert "Peñalver & Hijos" in text  # the name exactly as stored
    assert "Cerámicas Ñandú S.L." in text
    assert "Madrid, 23 de noviembre de 2026" in text
    assert "Buenos días, Lucía Peñalver:" in text  # no form of address chosen: neutral
    assert "a partir del 23 de diciembre de 2026" in text  # 30 days' notice by default
    assert "ya no somos el proveedor adecuado" in text
    assert "María Pérez" in text and "Gerente" in text
    assert "NIF: B12345678" in text
    assert pdf_language(path) == "es"
    assert record.language == "es" and record.kind == "termination"
    metadata = PdfReader(path).metadata
    assert metadata.title == "Fin de nuestra relación comercial"
    assert metadata.author == "Cerámicas Ñandú S.L."
    assert metadata.subject == "Peñalver & Hijos"


def test_termination_for_an_english_client_is_in_english(db, profile, tmp_path):
    client_id = _client(db, "Greenleaf Bakery Ltd.", language="en", contact_person="Chloë")
    _, path = _write(db, tmp_path, client_id, "termination", effective_date=date(2027, 1, 31))
    text = pdf_text(path)
    assert "Madrid, 23 November 2026" in text
    assert "Dear Chloë," in text
    assert "stop accepting new orders from 31 January 2027" in text
    assert "Kind regards," in text
    assert "Estimado" not in text
    assert pdf_language(path) == "en"


def test_a_language_can_be_forced_for_one_letter(db, profile, tmp_path):
    client_id = _client(db, "Café Zoë")
    _, path = _write(db, tmp_path, client_id, "welcome", language="en")
    assert "Welcome to Cerámicas Ñandú S.L." in pdf_text(path)


@pytest.mark.parametrize(
    "name",
    ['<b>Ana</b> & "Hijos" </para>', '<img src="{logo}"/>', "Ωμέγα Кириллица Łódź Győr Müller"],
)
def test_hostile_and_foreign_names_print_literally(db, profile, tmp_path, name):
    name = name.format(logo=tmp_path / "secret.png")
    (tmp_path / "secret.png").write_bytes(b"not really a picture")
    client_id = _client(db, name, address=f"{name}\nSegunda línea")
    _, path = _write(db, tmp_path, client_id, "loyalty")
    text = pdf_text(path)
    assert text.count(name) >= 2  # recipient block and address line
    raw = path.read_bytes()
    assert b"/Subtype /Image" not in raw  # nothing was fetched into the letter
    assert b"/FontFile2" in raw  # our TrueType fonts are embedded, so any reader shows them


def test_a_letter_over_one_page_numbers_its_pages_and_one_page_does_not(db, tmp_path):
    save_profile(
        db.sessions, PROFILE.__class__(**{**PROFILE.__dict__, "loyalty_offer_es": "x " * 3000})
    )
    long_id = _client(db, "Hospital San Rafael")
    _, long_path = _write(db, tmp_path, long_id, "loyalty")
    pages = pdf_page_texts(long_path)
    assert len(pages) >= 2
    assert "Página 1 de" in pages[0] and f"Página {len(pages)} de {len(pages)}" in pages[-1]
    # The signature is never alone: the closing line comes with it.
    assert "Un cordial saludo," in pages[-1] and "María Pérez" in pages[-1]
    save_profile(db.sessions, PROFILE)
    _, short_path = _write(db, tmp_path, long_id, "welcome")
    assert len(pdf_page_texts(short_path)) == 1
    assert "Página" not in pdf_text(short_path)


def test_the_loyalty_offer_paragraph_is_left_out_when_there_is_no_offer(db, tmp_path):
    save_profile(db.sessions, PROFILE.__class__(**{**PROFILE.__dict__, "loyalty_offer_es": ""}))
    client_id = _client(db, "Talleres Çelik")
    _, path = _write(db, tmp_path, client_id, "loyalty")
    text = pdf_text(path)
    assert "Gracias por confiar en" in text
    assert "queremos ofrecerle lo siguiente" not in text


def test_an_edited_template_is_used_and_its_version_recorded(db, profile, tmp_path):
    save_template(
        db.sessions,
        "loyalty",
        "es",
        "Un regalo para {client_name}",
        "Hola {contact_name}.\n\nAdiós,",
    )
    client_id = _client(db, "Óptica Müller")
    record, path = _write(db, tmp_path, client_id, "loyalty")
    text = pdf_text(path)
    assert "Un regalo para Óptica Müller" in text and "Hola Óptica Müller." in text
    assert record.template_version.startswith("edited:")


def test_boundaries_letter_states_the_ledger_facts_of_the_latest_evaluation(db, profile):
    client = Client(id=7, name="Distribuciones Løvgren", address="Passeig de Gràcia, 88")
    client.legal_name = client.contact_person = client.postal_code = client.country = ""
    client.city = "Barcelona"
    late = {"code": "payment_delay", "params": {"average": 92.4, "term": 30}, "criterion": "x"}
    returns = {"code": "flag_returns", "params": {"rate": 12.5, "max": 10.0}, "criterion": "y"}
    evaluation = Evaluation(id=3, reasons_json=json.dumps([returns]))
    evaluation.answers = [Answer(criterion_id="x", value="no", evidence=json.dumps(late))]
    letter = compose(
        client,
        evaluation,
        PROFILE,
        shipped_template("boundaries", "es"),
        LetterOptions("boundaries", TODAY),
    )
    facts = [block for block in letter.content.body if isinstance(block, tuple)]
    assert facts == [
        (
            "En los últimos doce meses se ha devuelto el 12,5 % de lo comprado, cuando nuestro "
            "margen solo nos permite asumir hasta un 10 %.",
            "Nuestras condiciones de pago son a 30 días desde la fecha de la factura; en los "
            "últimos meses, sus facturas se han pagado de media a los 92 días.",
        )
    ]
    assert letter.evaluation_id == 3
    # With nothing to state, the list is left out rather than printed empty.
    quiet = compose(
        client,
        None,
        PROFILE,
        shipped_template("boundaries", "es"),
        LetterOptions("boundaries", TODAY),
    )
    assert not any(isinstance(block, tuple) for block in quiet.content.body)


def test_letters_are_recorded_with_a_hash_and_listed_newest_first(db, profile, tmp_path):
    client_id = _client(db, "Ferretería Núñez e Hijos")
    first, first_path = _write(db, tmp_path, client_id, "loyalty")
    second, second_path = _write(db, tmp_path, client_id, "boundaries")
    listed = list_letters(db.sessions, client_id)
    assert [r.id for r in listed] == [second.id, first.id]
    assert first.file_path == str(first_path) and first.page_count == 1
    assert letter_file_state(first) is FileState.OK
    first_path.write_bytes(first_path.read_bytes() + b"%")
    assert letter_file_state(first) is FileState.CHANGED
    second_path.unlink()
    assert letter_file_state(second) is FileState.MISSING


def test_a_letter_that_cannot_be_written_is_reported_and_not_recorded(db, profile, tmp_path):
    client_id = _client(db, "Reformas Ordóñez")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    letter = prepare_letter(db.sessions, client_id, LetterOptions("termination", TODAY))
    with pytest.raises(Exception) as raised:
        write_letter(db.sessions, letter, blocker / "letter.pdf")
    assert getattr(raised.value, "code", "") == "cannot_write_file"
    assert list_letters(db.sessions, client_id) == []


def test_dates_are_written_out_in_each_language():
    assert phrases("es").date(date(2026, 2, 1)) == "1 de febrero de 2026"
    assert phrases("en").date(date(2026, 2, 1)) == "1 February 2026"  # en_GB: day first
    assert phrases("es").dateline("", date(2026, 2, 1)) == "1 de febrero de 2026"


@pytest.mark.parametrize("offer", ["un 10 % de descuento", "un 10 % de descuento. "])
def test_the_loyalty_offer_ends_its_sentence_once(db, tmp_path, offer):
    save_profile(db.sessions, PROFILE.__class__(**{**PROFILE.__dict__, "loyalty_offer_es": offer}))
    _, path = _write(db, tmp_path, _client(db, "Talleres Çelik"), "loyalty")
    text = " ".join(pdf_text(path).split())
    assert "queremos ofrecerle lo siguiente: un 10 % de descuento." in text
    assert "descuento.." not in text


def test_each_letter_language_makes_its_own_offer_and_an_empty_one_none(db, tmp_path):
    save_profile(db.sessions, PROFILE)
    spanish = " ".join(pdf_text(_write(db, tmp_path, _client(db, "Peña"), "loyalty")[1]).split())
    english_id = _client(db, "Greenleaf Bakery Ltd.", language="en")
    english = " ".join(pdf_text(_write(db, tmp_path, english_id, "loyalty")[1]).split())
    assert "ofrecerle lo siguiente: un 10 % de descuento en su próximo pedido." in spanish
    assert "offer you the following: 10 % off your next order." in english
    assert "descuento" not in english

    save_profile(db.sessions, PROFILE.__class__(**{**PROFILE.__dict__, "loyalty_offer_en": ""}))
    again = " ".join(pdf_text(_write(db, tmp_path, english_id, "loyalty")[1]).split())
    assert "offer you the following" not in again and "descuento" not in again


@pytest.mark.parametrize("missing", ["name", "address", "signer_name"])
def test_no_letter_is_written_without_the_business_name_address_and_signer(db, tmp_path, missing):
    if missing != "name":  # no name: the profile cannot be saved, as in a first-run book
        save_profile(db.sessions, PROFILE.__class__(**{**PROFILE.__dict__, missing: ""}))
    client_id = _client(db, "Reformas Ordóñez")
    with pytest.raises(ClientelaError) as raised:
        prepare_letter(db.sessions, client_id, LetterOptions("termination", TODAY))
    assert raised.value.code == "sender_incomplete"
    assert raised.value.params["missing"].split(", ")[0] == missing
    with pytest.raises(ClientelaError):
        run_campaign(
            db.sessions, [client_id], LetterOptions("welcome", TODAY), folder=tmp_path / "out"
        )
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert list_letters(db.sessions, client_id) == []


def test_a_business_name_ending_in_a_full_stop_ends_a_sentence_with_one(db, profile, tmp_path):
    _, path = _write(db, tmp_path, _client(db, "Talleres Çelik"), "welcome")
    text = " ".join(pdf_text(path).split())
    assert "Gracias por su interés en Cerámicas Ñandú S.L. Nos ha gustado" in text
    assert ".." not in text


@pytest.mark.parametrize(
    ("language", "contact", "form", "greeting"),
    [
        ("es", "Mercedes Ordóñez", "dr_f", "Estimada Dra. Mercedes Ordóñez:"),
        ("es", "Íñigo Ibáñez", "mr", "Estimado Sr. Íñigo Ibáñez:"),
        ("es", "Begoña Núñez", "ms", "Estimada Sra. Begoña Núñez:"),
        ("es", "Ramón Ordóñez", "", "Buenos días, Ramón Ordóñez:"),
        ("es", "", "", "Estimados señores:"),
        ("en", "Chloë Whitfield", "ms", "Dear Ms Chloë Whitfield,"),
        ("en", "Mercedes Ordóñez", "dr_f", "Dear Dr Mercedes Ordóñez,"),
        ("en", "", "", "Dear Sir or Madam,"),
    ],
)
def test_the_salutation_fits_the_contact_or_the_company(
    db, profile, tmp_path, language, contact, form, greeting
):
    client_id = _client(
        db, "Reformas Ordóñez", language, contact_person=contact, form_of_address=form
    )
    text = pdf_text(_write(db, tmp_path, client_id, "welcome")[1])
    assert greeting in text
    assert "Estimado/a" not in text


def test_a_client_who_is_a_person_is_greeted_by_name_with_their_form(db, profile, tmp_path):
    client_id = _client(db, "Lucía Peñalver", form_of_address="ms")
    _, path = _write(db, tmp_path, client_id, "welcome")
    assert "Estimada Sra. Lucía Peñalver:" in pdf_text(path)


def test_an_unknown_form_of_address_is_refused():
    from services.clients import validate_client

    problems = validate_client(ClientInput(name="Ana", form_of_address="excmo"))
    assert [p.code for p in problems["form_of_address"]] == ["invalid_choice"]
