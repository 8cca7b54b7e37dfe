"""Templates: the shipped ones are sound, edits are checked with positions, defaults restore."""

import pytest

from models import Language, LetterKind
from services.letter_templates import (
    BLOCK_PLACEHOLDERS,
    PLACEHOLDERS,
    TemplateError,
    check_template,
    fill,
    get_template,
    restore_default,
    save_template,
    shipped_template,
)

ALL = [(kind.value, lang.value) for kind in LetterKind for lang in Language]


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_every_kind_ships_in_both_languages_and_passes_its_own_checks(kind, language):
    template = shipped_template(kind, language)
    assert template.is_default
    assert check_template(template.subject, template.body) == []
    assert template.version.startswith("default:")
    # The last paragraph is the closing kept with the signature.
    closing = template.paragraphs()[-1]
    assert closing in {"Un cordial saludo,", "Kind regards,"}


def test_termination_text_is_polite_and_gives_a_date_in_each_language():
    es = shipped_template("termination", "es").body
    en = shipped_template("termination", "en").body
    assert "gracias" in es.lower() and "{effective_date}" in es
    assert "thank you" in en.lower() and "{effective_date}" in en


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Hola", "Querido {client}", [("body", 1, 9, "unknown_placeholder", "client")]),
        ("Hola {client_name", "x", [("subject", 1, 6, "unclosed_brace", "")]),
        ("Hola", "uno\ndos } tres", [("body", 2, 5, "stray_brace", "")]),
        (
            "Hola",
            "a {client_name {b}",
            [("body", 1, 3, "unclosed_brace", ""), ("body", 1, 16, "unknown_placeholder", "b")],
        ),
        ("", "x", [("subject", 1, 1, "empty", "")]),
        ("Hola", "Ver: {facts} y más", [("body", 1, 6, "list_inline", "{facts}")]),
        ("Hola\nAdiós", "x", [("subject", 1, 5, "multi_line", "")]),
    ],
)
def test_faults_are_reported_with_line_and_column(subject, body, expected):
    problems = check_template(subject, body)
    assert [(p.part, p.line, p.column, p.code, p.name) for p in problems] == expected


def test_doubled_braces_are_literal_and_every_known_placeholder_is_accepted():
    inline = [name for name in PLACEHOLDERS if name not in BLOCK_PLACEHOLDERS]
    body = "{{literal}} " + " ".join("{" + name + "}" for name in inline)
    assert check_template("S", body) == []
    values = {name: name.upper() for name in PLACEHOLDERS}
    assert fill("{{x}} {client_name}", values) == "{x} CLIENT_NAME"


def test_an_edited_template_is_stored_per_database_and_the_default_restores(db):
    save_template(db.sessions, "loyalty", "es", "Gracias, {client_name}", "Hola.\n\nAdiós,")
    edited = get_template(db.sessions, "loyalty", "es")
    assert not edited.is_default and edited.subject == "Gracias, {client_name}"
    assert edited.version.startswith("edited:")
    assert get_template(db.sessions, "loyalty", "en").is_default  # other language untouched
    restored = restore_default(db.sessions, "loyalty", "es")
    assert restored == shipped_template("loyalty", "es")
    assert get_template(db.sessions, "loyalty", "es").is_default


def test_a_faulty_template_is_refused_and_the_stored_one_kept(db):
    save_template(db.sessions, "welcome", "en", "Hi", "Hello.\n\nBye,")
    with pytest.raises(TemplateError) as raised:
        save_template(db.sessions, "welcome", "en", "Hi", "Hello {nmae}.\n\nBye,")
    assert raised.value.problems[0].code == "unknown_placeholder"
    assert raised.value.params["line"] == 1 and raised.value.params["column"] == 7
    assert get_template(db.sessions, "welcome", "en").body == "Hello.\n\nBye,\n"


def test_saving_the_shipped_text_is_the_same_as_restoring_it(db):
    shipped = shipped_template("win_back", "en")
    saved = save_template(db.sessions, "win_back", "en", shipped.subject, shipped.body)
    assert saved.is_default


def test_unknown_kind_is_an_error_the_user_can_read(db):
    with pytest.raises(Exception) as raised:
        get_template(db.sessions, "ransom_note", "es")
    assert getattr(raised.value, "code", "") == "unknown_letter_kind"


def test_facts_alone_after_a_blank_line_holding_spaces_is_its_own_paragraph():
    # The same blank-line rule as split_paragraphs: a line of spaces still separates.
    assert check_template("S", "Hola.\n  \t\n{facts}\n\nAdiós,") == []
