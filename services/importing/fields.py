"""What each kind of import can fill, and which column most likely holds each field.

Suggestions come from header names in Spanish and English and from the headers Google
Contacts ("Given Name", "E-mail 1 - Value") and Outlook ("Business City", "E-mail Address")
write in their CSV exports. A header is folded (no accents, case or punctuation) before it is
looked up, so "Teléfono", "TELEFONO" and "telefono:" are one name.
"""

from __future__ import annotations

import enum
import re

from services.text_search import fold


class Kind(enum.StrEnum):
    CLIENTS = "clients"
    SALES = "sales"
    PAYMENTS = "payments"
    RETURNS = "returns"


class MatchBy(enum.StrEnum):
    """Which client field a ledger row's "client" column holds; AUTO: worked out from the
    file's first rows and the book when the import runs (see detection.py)."""

    AUTO = "auto"
    TAX_ID = "tax_id"
    EMAIL = "email"
    NAME = "name"
    ID = "id"  # Clientela's own number, as exported


# Fields in the order the wizard lists them. "given_name"/"family_name" are not stored: they
# make the contact person (and the name, when the file has no better one). Nor is
# "province": a client has no such field, so it follows the city as Spanish addresses write
# it, "Alcalá de Henares (Madrid)" (rows.city_with_province).
FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.CLIENTS: (
        "name",
        "legal_name",
        "tax_id",
        "contact_person",
        "form_of_address",
        "given_name",
        "family_name",
        "email",
        "phone",
        "address",
        "postal_code",
        "city",
        "province",
        "country",
        "language",
        "stage",
        "strategic",
        "notes",
        "tags",
    ),
    Kind.SALES: ("client", "invoice_date", "due_date", "reference", "units", "amount"),
    Kind.PAYMENTS: ("client", "paid_on", "amount", "reference", "invoice"),
    Kind.RETURNS: ("client", "returned_on", "units", "amount", "reason", "invoice"),
}

# At least one field of each group must be mapped before an import can run.
REQUIRED: dict[Kind, tuple[tuple[str, ...], ...]] = {
    Kind.CLIENTS: (("name", "legal_name", "given_name", "family_name"),),
    Kind.SALES: (("client",), ("invoice_date",), ("amount",)),
    Kind.PAYMENTS: (("client",), ("paid_on",), ("amount",)),
    Kind.RETURNS: (("client",), ("returned_on",), ("units",)),
}

_CLIENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "client",
        "client name",
        "customer",
        "customer name",
        "display name",
        "full name",
        "nombre",
        "cliente",
        "nombre cliente",
        "nombre del cliente",
        "nombre comercial",
        "razon social comercial",
    ),
    "legal_name": (
        "legal name",
        "company",
        "company name",
        "organization",
        "organization name",
        "organization 1 name",
        "organisation",
        "business name",
        "empresa",
        "razon social",
        "denominacion social",
        "compania",
        "sociedad",
    ),
    "tax_id": (
        "tax id",
        "tax number",
        "vat",
        "vat number",
        "vat id",
        "nif",
        "cif",
        "nif cif",
        "cif nif",
        "dni",
        "rfc",
        "cuit",
        "rut",
        "ruc",
        "nit",
        "identificacion fiscal",
        "id fiscal",
        "client tax id",
        "nif cliente",
    ),
    "contact_person": (
        "contact",
        "contact person",
        "contact name",
        "contacto",
        "persona de contacto",
        "persona contacto",
    ),
    "form_of_address": (
        "form of address",
        "salutation",
        "title",
        "name prefix",
        "prefix",
        "tratamiento",
        "titulo",
        "prefijo",
    ),
    "given_name": ("first name", "given name", "nombre de pila"),
    "family_name": ("last name", "family name", "surname", "apellidos", "apellido"),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "e mail 1 value",
        "email 1 value",
        "mail",
        "correo",
        "correo electronico",
        "direccion de correo",
        "direccion de correo electronico",
    ),
    "phone": (
        "phone",
        "telephone",
        "phone number",
        "phone 1 value",
        "business phone",
        "primary phone",
        "mobile phone",
        "mobile",
        "home phone",
        "telefono",
        "tel",
        "movil",
        "celular",
        "telefono movil",
    ),
    "address": (
        "address",
        "street",
        "street address",
        "address 1 street",
        "address 1 formatted",
        "business street",
        "home street",
        "direccion",
        "domicilio",
        "calle",
        "direccion postal",
    ),
    "postal_code": (
        "postal code",
        "postcode",
        "zip",
        "zip code",
        "address 1 postal code",
        "business postal code",
        "home postal code",
        "codigo postal",
        "cp",
        "c p",
    ),
    "city": (
        "city",
        "town",
        "address 1 city",
        "business city",
        "home city",
        "ciudad",
        "localidad",
        "poblacion",
        "municipio",
    ),
    "province": (
        "province",
        "provincia",
        "state",
        "county",
        "region",
        "address 1 region",
        "business state",
        "home state",
    ),
    "country": (
        "country",
        "address 1 country",
        "business country region",
        "home country region",
        "country region",
        "pais",
    ),
    "language": ("language", "idioma", "lengua"),
    "stage": ("stage", "status", "etapa", "estado", "fase"),
    "strategic": ("strategic", "estrategico", "cliente estrategico"),
    "notes": ("notes", "note", "comments", "notas", "observaciones", "comentarios"),
    "tags": (
        "tags",
        "labels",
        "categories",
        "group membership",
        "groups",
        "etiquetas",
        "categorias",
        "grupos",
    ),
}

# "Nº cliente" folds to "no cliente" (º decomposes to o).
_CLIENT_NUMBER = (
    "client id",
    "customer id",
    "id cliente",
    "no cliente",
    "n cliente",
    "numero cliente",
    "numero de cliente",
)

_CLIENT_KEY = (
    "client",
    "customer",
    "cliente",
    "client name",
    "customer name",
    "nombre cliente",
    "nombre del cliente",
    "client id",
    "customer id",
    "id cliente",
    "client tax id",
    "client email",
    "nif cliente",
    "email cliente",
)

_LEDGER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "invoice_date": (
        "invoice date",
        "date",
        "fecha",
        "fecha factura",
        "fecha de factura",
        "fecha emision",
        "fecha de emision",
        "fecha expedicion",
        "fecha de expedicion",
        "issue date",
    ),
    "due_date": (
        "due date",
        "due",
        "vencimiento",
        "fecha vencimiento",
        "fecha de vencimiento",
        "payment due",
    ),
    "paid_on": (
        "paid on",
        "payment date",
        "date",
        "fecha",
        "fecha pago",
        "fecha de pago",
        "fecha cobro",
        "fecha de cobro",
    ),
    "returned_on": (
        "returned on",
        "return date",
        "date",
        "fecha",
        "fecha devolucion",
        "fecha de devolucion",
    ),
    "reference": ("reference", "ref", "number", "referencia", "numero", "n", "no"),
    "invoice": (
        "invoice",
        "invoice reference",
        "invoice number",
        "factura",
        "numero factura",
        "referencia factura",
    ),
    "units": ("units", "quantity", "qty", "unidades", "cantidad", "uds"),
    "amount": (
        "amount",
        "total",
        "value",
        "importe",
        "total factura",
        "importe total",
        "cantidad cobrada",
        "monto",
        "valor",
        # Without a total, the tax base: a sale's amount is what the invoice asks for, so
        # that payments settle it, but a list of bases is better than nothing.
        "base imponible",
        "base",
    ),
    "reason": ("reason", "motivo", "razon", "causa"),
}

_KEY_SYNONYMS: dict[MatchBy, tuple[str, ...]] = {
    MatchBy.TAX_ID: _CLIENT_SYNONYMS["tax_id"],
    MatchBy.EMAIL: _CLIENT_SYNONYMS["email"],
    MatchBy.NAME: _CLIENT_SYNONYMS["name"],
    MatchBy.ID: (*_CLIENT_NUMBER, "id"),
    # Not knowing yet what the column holds: Clientela's own number first (its exports have
    # it, and it names one client), then any column that says "client".
    MatchBy.AUTO: _CLIENT_NUMBER,
}


def normalize_header(header: str) -> str:
    """'E-mail 1 - Value' -> 'e mail 1 value'; 'Código postal' -> 'codigo postal'."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


def _synonyms(kind: Kind, match_by: MatchBy) -> dict[str, tuple[str, ...]]:
    if kind == Kind.CLIENTS:
        return _CLIENT_SYNONYMS
    table = {name: _LEDGER_SYNONYMS.get(name, ()) for name in FIELDS[kind]}
    if kind == Kind.SALES:
        # A sale's own reference is its invoice number; elsewhere "invoice" is the link.
        table["reference"] += _LEDGER_SYNONYMS["invoice"] + (
            "invoice no",
            "n factura",
            "no factura",
            "n de factura",
            "no de factura",
            "num factura",
            "numero de factura",
        )
    # The column holding the chosen key first ("NIF" when matching by tax id), then any
    # column that simply says "client".
    table["client"] = _KEY_SYNONYMS[match_by] + _CLIENT_KEY
    if match_by == MatchBy.AUTO:  # no "client" column: one that names a key will do
        table["client"] += tuple(
            dict.fromkeys(_KEY_SYNONYMS[MatchBy.TAX_ID] + _KEY_SYNONYMS[MatchBy.EMAIL])
        )
    return table


def client_column_headers(kind: Kind) -> frozenset[str]:
    """The normalized headers of a column that may hold a ledger row's client, whichever
    key: where detection looks besides the mapped column (an export has three)."""
    return frozenset(_synonyms(kind, MatchBy.AUTO)["client"]) | frozenset(
        _KEY_SYNONYMS[MatchBy.NAME]
    )


def suggest_mapping(
    headers: tuple[str, ...] | list[str], kind: Kind, match_by: MatchBy = MatchBy.AUTO
) -> dict[int, str]:
    """Column index -> field, for the columns whose header names a field.

    A field gets at most one column: the one whose header is its earliest synonym, then the
    leftmost (Outlook's "Business Phone" before "Mobile Phone").
    """
    table = _synonyms(kind, match_by)
    normalized = [normalize_header(h) for h in headers]
    mapping: dict[int, str] = {}
    for field in FIELDS[kind]:
        for synonym in table.get(field, ()):
            free = [i for i, h in enumerate(normalized) if h == synonym and i not in mapping]
            if free:
                mapping[free[0]] = field
                break
    return mapping


def missing_fields(mapping: dict[int, str], kind: Kind) -> list[tuple[str, ...]]:
    """The required groups no column is mapped to; empty when the import can run."""
    mapped = set(mapping.values())
    return [group for group in REQUIRED[kind] if not mapped.intersection(group)]
