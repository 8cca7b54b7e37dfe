from dataclasses import replace

import pytest
from sqlalchemy import select

from models import Client
from services.clients import (
    ClientInput,
    delete_client,
    find_duplicates,
    get_client,
    save_client,
    validate_client,
)
from services.errors import ConcurrentEditError, NotFoundError, Problem, ValidationError


def test_a_saved_client_reads_back_with_every_field(db):
    data = ClientInput(
        name="Ferretería Núñez",
        legal_name="Núñez e Hijos S.L.",
        tax_id="B12345678",
        contact_person="Begoña Núñez",
        email="begona@nunez.es",
        phone="+34 954 123 456",
        address="Calle Feria 12\n2º B",
        postal_code="41003",
        city="Sevilla",
        country="España",
        language="es",
        stage="prospect",
        strategic=True,
        notes="Prefers calls in the morning.",
        tags=("wholesale", "Andalucía"),
    )
    saved = save_client(db.sessions, data)
    loaded = get_client(db.sessions, saved.id)
    assert ClientInput(**{f: getattr(loaded, f) for f in ClientInput.__dataclass_fields__}) == (
        replace(data, tags=("Andalucía", "wholesale"))
    )
    assert loaded.version == 1
    assert loaded.created_at is not None and loaded.created_at.tzinfo is not None


def test_text_is_stored_trimmed_in_nfc_and_email_lower_case(db):
    decomposed = "Jose\u0301 Mun\u0303oz"  # what some keyboards and imports produce
    saved = save_client(db.sessions, ClientInput(name=f"  {decomposed} ", email="Jose@Mail.ES"))
    assert saved.name == "José Muñoz"
    assert saved.email == "jose@mail.es"


def test_a_client_without_name_is_refused_and_nothing_is_stored(db):
    with pytest.raises(ValidationError) as caught:
        save_client(db.sessions, ClientInput(name="   ", email="not-an-email"))
    assert caught.value.problems["name"] == [Problem("required")]
    assert caught.value.problems["email"] == [Problem("invalid_email")]
    with db.sessions() as session:
        assert session.scalars(select(Client)).all() == []


@pytest.mark.parametrize("phone", ["+34 600 123 456", "(91) 555-12-34", "0044 20 7946 0958"])
def test_plausible_phone_numbers_are_accepted(phone):
    assert "phone" not in validate_client(ClientInput(name="x", phone=phone))


@pytest.mark.parametrize("phone", ["12345", "call me", "+34 600 123 456 789 012", "600-ABC"])
def test_implausible_phone_numbers_are_refused(phone):
    assert validate_client(ClientInput(name="x", phone=phone))["phone"] == [
        Problem("invalid_phone")
    ]


@pytest.mark.parametrize("email", ["ana@example.com", "a.b+c@sub.example.es"])
def test_valid_emails_are_accepted(email):
    assert "email" not in validate_client(ClientInput(name="x", email=email))


@pytest.mark.parametrize("email", ["ana", "ana@", "ana@example", "ana @example.com", "@x.es"])
def test_invalid_emails_are_refused(email):
    assert "email" in validate_client(ClientInput(name="x", email=email))


def test_unknown_stage_or_language_is_refused():
    problems = validate_client(ClientInput(name="x", stage="vip", language="fr"))
    assert problems["stage"] == [Problem("invalid_choice")]
    assert problems["language"] == [Problem("invalid_choice")]


def test_overlong_fields_are_refused():
    problems = validate_client(ClientInput(name="x" * 201))
    assert problems["name"] == [Problem("too_long", {"max": 200})]


def test_same_tax_id_or_email_is_a_warning_naming_the_other_client(db):
    save_client(db.sessions, ClientInput(name="Talleres Ibáñez", tax_id="B111", email="t@i.es"))
    warnings = find_duplicates(db.sessions, ClientInput(name="Otro", tax_id="b111", email="T@I.es"))
    assert warnings == {
        "tax_id": [Problem("duplicate_tax_id", {"name": "Talleres Ibáñez"})],
        "email": [Problem("duplicate_email", {"name": "Talleres Ibáñez"})],
    }
    # ...and saving is still allowed: a warning, not a block.
    assert save_client(db.sessions, ClientInput(name="Otro", tax_id="B111")).id


def test_a_client_is_not_its_own_duplicate(db):
    saved = save_client(db.sessions, ClientInput(name="Ana", email="ana@x.es"))
    assert find_duplicates(db.sessions, ClientInput(name="Ana", email="ana@x.es"), saved.id) == {}


def test_updating_bumps_the_version_and_replaces_tags(db):
    first = save_client(db.sessions, ClientInput(name="Ana", tags=("a", "b")))
    second = save_client(
        db.sessions, ClientInput(name="Ana María", tags=("b", "c")), first.id, first.version
    )
    assert second.version == first.version + 1
    assert get_client(db.sessions, first.id).tags == ("b", "c")


def test_saving_over_a_newer_version_is_refused_and_keeps_the_newer_data(db):
    original = save_client(db.sessions, ClientInput(name="Ana"))
    save_client(db.sessions, ClientInput(name="Ana (edited elsewhere)"), original.id, 1)
    with pytest.raises(ConcurrentEditError):
        save_client(db.sessions, ClientInput(name="Ana (stale)"), original.id, 1)
    assert get_client(db.sessions, original.id).name == "Ana (edited elsewhere)"


def test_deleting_removes_the_client_and_a_second_delete_reports_not_found(db):
    saved = save_client(db.sessions, ClientInput(name="Ana"))
    delete_client(db.sessions, saved.id)
    with pytest.raises(NotFoundError):
        get_client(db.sessions, saved.id)
    with pytest.raises(NotFoundError):
        delete_client(db.sessions, saved.id)
