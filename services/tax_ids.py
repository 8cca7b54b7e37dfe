"""Checking a tax id against its country's rules (python-stdnum), to warn and never refuse.

Which rules: a value starting with a European VAT prefix ('ESB12345678', 'GB...') is a VAT
number of that country; otherwise the client's country decides (Spain: NIF, CIF or NIE;
Mexico: RFC; Argentina: CUIT; Colombia: NIT; Chile: RUT; Peru: RUC; elsewhere the country's
VAT number, when stdnum knows it). Without a country or a prefix nothing is checked.
A tax id the rules reject may still be right (a foreign id, a new format), so the owner is
warned and the value kept.
"""

from __future__ import annotations

from functools import cache

from stdnum import get_cc_module
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.util import NumberValidationModule

from services.countries import country_code
from services.errors import Problem

# Prefixes of VAT numbers written with their country: the EU's ('EL' is Greece, 'XI'
# Northern Ireland) and the United Kingdom's.
_VAT_PREFIXES = {code.upper() for code in eu_vat.MEMBER_STATES} | {"EL", "GB"}


@cache
def _rules(code: str) -> NumberValidationModule | None:
    """stdnum's module for the tax id businesses of country ``code`` are known by."""
    return get_cc_module(code.lower(), "vat")


def _scheme(rules: NumberValidationModule) -> str:
    # stdnum's modules begin "NIF (Número de Identificación Fiscal, ...)": the short name.
    return (rules.__doc__ or "").split(" (", 1)[0].strip() or "VAT"


def tax_id_warning(tax_id: str, country: str = "") -> Problem | None:
    """A warning when ``tax_id`` breaks the rules of its country (``country`` is the
    client's country field as typed: 'España', 'Mexico', 'GB'...), else None."""
    value = tax_id.strip()
    if not value:
        return None
    prefix = value[:2].upper()
    code = country_code(country)
    if prefix in _VAT_PREFIXES and (code is None or code == prefix or code in _VAT_PREFIXES):
        # The EU's own rules name it a VAT number (and know 'EL' and 'XI', which are no ISO
        # codes); a Spanish or British one keeps its national rules and name.
        rules = _rules(prefix) if prefix in {"ES", "GB"} else eu_vat
    elif code is not None:
        rules = _rules(code)
    else:
        return None
    if rules is None:
        return None
    try:
        rules.validate(value)
    except InvalidChecksum:
        return Problem("tax_id_check_digit", {"scheme": _scheme(rules)})
    except ValidationError:
        return Problem("tax_id_invalid", {"scheme": _scheme(rules)})
    return None
