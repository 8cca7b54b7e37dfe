"""How an export writes its cells: for the owner's spreadsheet, or for another program.

For the owner (``for_language``), a CSV follows the interface's language: in Spanish ``;``
between cells, a decimal comma and day-first dates (what a Spanish Excel opens as numbers and
dates), headers and values (stage, verdict, language, yes/no) in Spanish. The machine form
(``MACHINE``) is the same for everyone: ``,``, ISO dates, a decimal point, English headers and
the stored codes ("active", "let_go"). Every CSV starts with a BOM so Excel reads UTF-8.

The words live here, keyed by language code, rather than in Qt's translations: services do
not use Qt, and the import must recognise them again (services/importing). Both forms are
re-imported as they are: headers through its synonyms, values through values.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models import Language, Stage, Verdict


@dataclass(frozen=True)
class ExportStyle:
    delimiter: str = ","
    decimal_comma: bool = False
    day_first: bool = False  # 31/12/2025; else ISO 2025-12-31
    language: str = ""  # of headers and values; "" for the stored codes and English headers

    def number(self, value: Decimal) -> str:
        text = format(value.normalize() if value == value.to_integral() else value, "f")
        return text.replace(".", ",") if self.decimal_comma else text

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y") if self.day_first else value.isoformat()

    def header(self, text: str) -> str:
        return _HEADERS.get(self.language, {}).get(text, text)

    def value(self, field: str, code: str) -> str:
        """A stored code ('active', 'let_go', 'es') in the export's language."""
        return _VALUES.get(self.language, {}).get(field, {}).get(code, code)

    def yes_no(self, value: bool) -> str:
        words = _YES_NO.get(self.language, ("yes", "no"))
        return words[0] if value else words[1]


MACHINE = ExportStyle()

_STYLES = {
    "es": ExportStyle(";", decimal_comma=True, day_first=True, language="es"),
    # English: a comma and a point as everywhere English is read; ISO dates, which neither a
    # British nor an American Excel takes the wrong way round.
    "en": ExportStyle(",", decimal_comma=False, day_first=False, language="en"),
}


def for_language(language: str) -> ExportStyle:
    """The owner's spreadsheet in the interface's ``language`` (English for any other)."""
    return _STYLES.get(language, _STYLES["en"])


_HEADERS: dict[str, dict[str, str]] = {
    "es": {
        "ID": "Nº cliente",
        "Name": "Nombre",
        "Legal name": "Razón social",
        "Tax ID": "NIF",
        "Contact person": "Persona de contacto",
        "Email": "Correo electrónico",
        "Phone": "Teléfono",
        "Address": "Dirección",
        "Postal code": "Código postal",
        "City": "Localidad",
        "Country": "País",
        "Language": "Idioma",
        "Stage": "Etapa",
        "Strategic": "Estratégico",
        "Notes": "Notas",
        "Tags": "Etiquetas",
        "Latest verdict": "Último veredicto",
        "Score": "Puntuación",
        "Next review": "Próxima revisión",
        "Client ID": "Nº cliente",
        "Client": "Cliente",
        "Client tax ID": "NIF cliente",
        "Invoice date": "Fecha factura",
        "Due date": "Vencimiento",
        "Reference": "Referencia",
        "Units": "Unidades",
        "Amount": "Importe",
        "Payment date": "Fecha de pago",
        "Invoice": "Factura",
        "Return date": "Fecha de devolución",
        "Reason": "Motivo",
        # sheet titles
        "Clients": "Clientes",
        "Sales": "Ventas",
        "Payments": "Cobros",
        "Returns": "Devoluciones",
    },
}

# The same words as the interface's labels (ui/labels.py and its Spanish translation), so a
# spreadsheet reads like the app; values.py reads each of them back.
_VALUES: dict[str, dict[str, dict[str, str]]] = {
    "es": {
        "stage": {
            Stage.PROSPECT: "Potencial",
            Stage.ACTIVE: "Activo",
            Stage.LOST: "Perdido",
            Stage.FORMER: "Antiguo (dejado ir)",
        },
        "latest_verdict": {
            Verdict.RETAIN: "Fidelizar",
            Verdict.SET_BOUNDARIES: "Poner límites",
            Verdict.RECOVER: "Recuperar",
            Verdict.LET_GO: "Dejar ir",
            Verdict.ACQUIRE: "Captar",
            Verdict.WATCH: "Vigilar",
        },
        "language": {Language.SPANISH: "Español", Language.ENGLISH: "Inglés"},
    },
    "en": {
        "stage": {
            Stage.PROSPECT: "Prospect",
            Stage.ACTIVE: "Active",
            Stage.LOST: "Lost",
            Stage.FORMER: "Former (let go)",
        },
        "latest_verdict": {
            Verdict.RETAIN: "Retain",
            Verdict.SET_BOUNDARIES: "Set boundaries",
            Verdict.RECOVER: "Recover",
            Verdict.LET_GO: "Let go",
            Verdict.ACQUIRE: "Acquire",
            Verdict.WATCH: "Watch",
        },
        "language": {Language.SPANISH: "Spanish", Language.ENGLISH: "English"},
    },
}

_YES_NO = {"es": ("Sí", "No"), "en": ("Yes", "No")}
