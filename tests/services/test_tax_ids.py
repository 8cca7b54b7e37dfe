"""Tax ids checked by their country's rules (python-stdnum): warnings, never refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.clients import ClientInput, get_client
from services.countries import country_code
from services.errors import Problem
from services.importing import ImportOptions, Kind, inspect_table, run_import, suggest_mapping
from services.tax_ids import tax_id_warning
from services.validation import tax_id_warnings


@pytest.mark.parametrize(
    ("tax_id", "country"),
    [
        ("12345678Z", "España"),  # NIF of a person (DNI)
        ("B41273855", "Spain"),  # CIF of a company
        ("X3918254C", "ES"),  # NIE
        ("ESB41273855", ""),  # Spanish VAT number: its prefix says the country
        ("es-b41273855", "España"),
        ("DE136695976", ""),  # another EU VAT number
        ("GB980780684", "Reino Unido"),
        ("GODE561231GR8", "México"),  # RFC
        ("20-26756539-3", "Argentina"),  # CUIT
        ("900.373.115-3", "Colombia"),  # NIT
        ("76.086.428-5", "Chile"),  # RUT
        ("20512333797", "Perú"),  # RUC
        ("B41273856", ""),  # no country and no prefix: nothing to check against
        ("123-45-6789", "Estados Unidos"),  # no rules known for the country
        ("", "España"),
    ],
)
def test_valid_or_uncheckable_tax_ids_give_no_warning(tax_id, country):
    assert tax_id_warning(tax_id, country) is None


@pytest.mark.parametrize(
    ("tax_id", "country", "expected"),
    [
        ("12345678A", "España", Problem("tax_id_check_digit", {"scheme": "NIF"})),
        ("B41273856", "Spain", Problem("tax_id_check_digit", {"scheme": "NIF"})),
        ("X3918254D", "españa", Problem("tax_id_check_digit", {"scheme": "NIF"})),
        ("ESB41273856", "", Problem("tax_id_check_digit", {"scheme": "NIF"})),
        ("B4127385", "España", Problem("tax_id_invalid", {"scheme": "NIF"})),
        ("DE136695977", "Alemania", Problem("tax_id_check_digit", {"scheme": "VAT"})),
        ("EL094259217", "", Problem("tax_id_check_digit", {"scheme": "VAT"})),
        ("GB293847156", "UK", Problem("tax_id_check_digit", {"scheme": "VAT"})),
        # stdnum leaves an RFC's check digit alone (many issued ones fail it): its date counts.
        ("GODE561331GR8", "Mexico", Problem("tax_id_invalid", {"scheme": "RFC"})),
        ("20-26756539-4", "Argentina", Problem("tax_id_check_digit", {"scheme": "CUIT"})),
        ("900.373.115-4", "Colombia", Problem("tax_id_check_digit", {"scheme": "NIT"})),
        ("76.086.428-6", "Chile", Problem("tax_id_check_digit", {"scheme": "RUT"})),
        ("20512333798", "Peru", Problem("tax_id_check_digit", {"scheme": "RUC"})),
    ],
)
def test_a_wrong_check_digit_or_format_is_a_warning_naming_the_scheme(tax_id, country, expected):
    assert tax_id_warning(tax_id, country) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("España", "ES"),
        ("spain", "ES"),
        ("ES", "ES"),
        ("United Kingdom", "GB"),
        ("Reino Unido", "GB"),
        ("UK", "GB"),
        ("EE. UU.", "US"),
        ("Mexico", "MX"),
        ("México", "MX"),
        ("Narnia", None),
        ("", None),
    ],
)
def test_the_country_field_is_read_in_either_language(text, code):
    assert country_code(text) == code


def test_the_import_check_takes_lines_and_returns_their_warnings():
    rows = [(2, "B41273855", "España"), (3, "B41273856", "España"), (4, "ESB41273856", "")]
    assert tax_id_warnings(rows) == [
        (3, Problem("tax_id_check_digit", {"scheme": "NIF"})),
        (4, Problem("tax_id_check_digit", {"scheme": "NIF"})),
    ]


def test_an_import_keeps_a_row_whose_tax_id_fails_its_check_and_warns(db, tmp_path: Path):
    path = tmp_path / "clients.csv"
    path.write_text(
        "Nombre;NIF;País\n"
        "Talleres Bien;B41273855;España\n"
        "Talleres Errata;B41273856;España\n"
        "Sin país;B41273857;\n",
        encoding="utf-8",
    )
    info = inspect_table(path)
    options = ImportOptions(Kind.CLIENTS, suggest_mapping(info.headers, Kind.CLIENTS))
    preview = run_import(db.sessions, info, options, dry_run=True)
    result = run_import(db.sessions, info, options)
    for run in (preview, result):
        assert (run.inserted, run.rejected) == (3, 0)
        assert [(w.line, w.problems[0].field, w.problems[0].problem) for w in run.warnings] == [
            (3, "tax_id", Problem("tax_id_check_digit", {"scheme": "NIF"}))
        ]
    assert get_client(db.sessions, 2).tax_id == "B41273856"  # kept as typed


def test_client_input_is_not_refused_for_its_tax_id():
    from services.clients import validate_client

    assert validate_client(ClientInput(name="Errata", tax_id="B41273856", country="ES")) == {}
