"""A dozen realistic demo clients whose ledgers show every case the checklist knows.

The owner can try Clientela on these before typing in their own book. Dates are relative to
``today`` so the demo always looks current. Nothing random: the same call gives the same book.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import cycle, groupby

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import BusinessProfile, Client, Payment, Return, Sale
from services.business_profile import ProfileData
from services.clients import ClientInput, new_client
from services.errors import ClientelaError
from services.ledger_change import ledger_change
from services.progress import Sessions

# Due dates follow the first-run agreed term, so "late" in the demo means late by default.
PAYMENT_TERM_DAYS = ProfileData().payment_term_days


@dataclass(frozen=True)
class DemoClient:
    """One demo client and the shape of their ledger: one invoice a month, paid and returned
    the same way every time, so each story is easy to read in the client's ledger."""

    client: ClientInput
    months_ago: range = range(0)  # an invoice this many months before today, for each value
    amount: Decimal = Decimal(0)  # the invoice of "0 months ago"; older ones follow the trend
    units: int = 0
    pays_after_days: int = 30
    returned_share: Decimal = Decimal(0)  # share of every invoice sent back
    return_reasons: tuple[str, ...] = ()
    trend: Decimal = Decimal(0)  # each invoice is this much more (+) or less (-) than the last

    def amount_for(self, months_ago: int) -> Decimal:
        return (self.amount - self.trend * months_ago).quantize(Decimal("0.01"))


DEMO_CLIENTS = (
    DemoClient(  # the ideal client: buys every month, pays within the term
        ClientInput(
            name="Ferretería Núñez e Hijos",
            legal_name="Núñez e Hijos, S.L.",
            tax_id="B41273855",
            contact_person="Begoña Núñez",
            email="compras@ferreterianunez.es",
            phone="+34 954 21 33 40",
            address="Calle Feria, 112",
            postal_code="41002",
            city="Sevilla",
            country="España",
            tags=("mayorista", "Andalucía"),
        ),
        months_ago=range(1, 19),
        amount=Decimal("2400.00"),
        units=40,
        pays_after_days=28,
    ),
    # Pays past the 160-day hard limit. Paid invoices took 195 days; with the recent invoices
    # still open (counted at their age so far by services.metrics) the average is about 166.
    DemoClient(
        ClientInput(
            name="Construcciones Ibáñez",
            legal_name="Construcciones Ibáñez y Peña, S.A.",
            tax_id="A48062715",
            contact_person="Íñigo Ibáñez",
            email="administracion@cibanez.es",
            phone="+34 944 15 22 10",
            address="Gran Vía, 45, 3º",
            postal_code="48011",
            city="Bilbao",
            country="España",
            tags=("obra",),
            notes="Always promises the payment 'next week'.",
        ),
        months_ago=range(1, 19),
        amount=Decimal("3100.00"),
        units=55,
        pays_after_days=195,
    ),
    DemoClient(  # sends back a third of what they buy
        ClientInput(
            name="Moda Peñalver",
            legal_name="Peñalver Textil, S.L.",
            tax_id="B86541935",
            contact_person="Lucía Peñalver",
            email="lucia@modapenalver.es",
            phone="+34 915 55 01 02",
            address="Calle de Fuencarral, 20",
            postal_code="28004",
            city="Madrid",
            country="España",
            tags=("retail",),
        ),
        months_ago=range(1, 15),
        amount=Decimal("1800.00"),
        units=60,
        pays_after_days=35,
        returned_share=Decimal(1) / Decimal(3),
        return_reasons=("Wrong sizes", "Colour not as in the catalogue", "Changed their mind"),
    ),
    DemoClient(  # buys too little to be worth the effort
        ClientInput(
            name="Óptica Müller",
            tax_id="X3918254C",
            contact_person="Jürgen Müller",
            email="info@optica-muller.es",
            phone="+34 971 40 11 22",
            address="Carrer de Sant Miquel, 7",
            postal_code="07002",
            city="Palma",
            country="España",
            tags=("pequeño",),
        ),
        months_ago=range(2, 18, 5),
        amount=Decimal("120.00"),
        units=2,
        pays_after_days=15,
    ),
    DemoClient(  # a good client who left over a year ago: worth winning back
        ClientInput(
            name="Greenleaf Bakery Ltd.",
            legal_name="Greenleaf Bakery Limited",
            tax_id="GB293847160",
            contact_person="Chloë Whitfield",
            email="orders@greenleafbakery.co.uk",
            phone="+44 20 7946 0321",
            address="14 Camden Passage",
            postal_code="N1 8ED",
            city="London",
            country="United Kingdom",
            language="en",
            stage="lost",
            tags=("exportación", "hostelería"),
            notes="Left after two late deliveries in a row.",
        ),
        months_ago=range(14, 26),
        amount=Decimal("1500.00"),
        units=30,
        pays_after_days=20,
    ),
    DemoClient(  # a prospect: no ledger yet
        ClientInput(
            name="Café Zoë",
            contact_person="Zoë Álvarez",
            email="hola@cafezoe.es",
            phone="+34 963 00 12 34",
            address="Carrer de Cadis, 31",
            postal_code="46006",
            city="València",
            country="España",
            stage="prospect",
            tags=("hostelería",),
            notes="Met at the Valencia trade fair; wants a quote for three shops.",
        ),
    ),
    DemoClient(  # valuable and punctual, but demands far beyond the agreed terms
        ClientInput(
            name="Distribuciones Løvgren",
            legal_name="Løvgren Distribución Ibérica, S.L.",
            tax_id="B08726408",
            contact_person="Søren Løvgren",
            email="soren@lovgren.es",
            phone="+34 932 10 20 30",
            address="Passeig de Gràcia, 88",
            postal_code="08008",
            city="Barcelona",
            country="España",
            language="en",
            tags=("mayorista", "Cataluña"),
            notes=(
                "Asks for urgent deliveries at no charge, calls the team at night, and "
                "reopens agreed prices on every order."
            ),
        ),
        months_ago=range(1, 19),
        amount=Decimal("6500.00"),
        units=120,
        pays_after_days=25,
    ),
    DemoClient(  # strategic: kept whatever the checklist says, though slow to pay
        ClientInput(
            name="Hospital San Rafael",
            legal_name="Fundación Hospital San Rafael",
            tax_id="G28295178",
            contact_person="Mercedes Ordóñez",
            form_of_address="dr_f",
            email="suministros@hsanrafael.es",
            phone="+34 913 00 40 50",
            address="Calle de Serrano, 199",
            postal_code="28016",
            city="Madrid",
            country="España",
            strategic=True,
            tags=("contrato marco", "sanidad"),
            notes="Framework contract renewed every two years; public payment calendar.",
        ),
        months_ago=range(1, 19),
        amount=Decimal("5200.00"),
        units=80,
        pays_after_days=95,
    ),
    DemoClient(  # growing: each month buys more than the month before
        ClientInput(
            name="Talleres Çelik",
            legal_name="Talleres Çelik e Hijas, S.L.",
            tax_id="B50318468",
            contact_person="Emre Çelik",
            email="emre@tallerescelik.es",
            phone="+34 976 30 20 10",
            address="Polígono Cogullada, nave 14",
            postal_code="50014",
            city="Zaragoza",
            country="España",
            tags=("Aragón", "taller"),
        ),
        months_ago=range(1, 13),
        amount=Decimal("1400.00"),
        units=10,
        pays_after_days=30,
        trend=Decimal("90.00"),
    ),
    DemoClient(  # declining: buys less every month
        ClientInput(
            name="Librería Kowalski & Łuczak",
            legal_name="Kowalski y Łuczak Libreros, S.L.",
            tax_id="B18952739",
            contact_person="Łukasz Kowalski",
            email="lukasz@libreriakl.es",
            phone="+34 958 22 33 44",
            address="Calle Elvira, 51",
            postal_code="18010",
            city="Granada",
            country="España",
            tags=("retail",),
        ),
        months_ago=range(1, 13),
        amount=Decimal("300.00"),
        units=12,
        pays_after_days=40,
        trend=Decimal("-80.00"),
    ),
    DemoClient(  # new: first orders in the last two months
        ClientInput(
            name="Estudio Gómez-Ruiz",
            legal_name="Gómez-Ruiz Arquitectura, S.L.P.",
            tax_id="B29604873",
            contact_person="Ángela Gómez-Ruiz",
            email="angela@estudiogr.es",
            phone="+34 952 12 34 56",
            address="Calle Larios, 4, 2º B",
            postal_code="29005",
            city="Málaga",
            country="España",
            tags=("arquitectura",),
        ),
        months_ago=range(0, 2),
        amount=Decimal("950.00"),
        units=8,
        pays_after_days=30,
    ),
    DemoClient(  # a client already let go
        ClientInput(
            name="Reformas Ordóñez",
            tax_id="B33147588",
            contact_person="Ramón Ordóñez",
            email="ramon@reformasordonez.es",
            phone="+34 985 11 22 33",
            address="Calle Uría, 60",
            postal_code="33003",
            city="Oviedo",
            country="España",
            stage="former",
            tags=("obra",),
            notes="Let go last year: constant disputes over finished work.",
        ),
        months_ago=range(15, 20),
        amount=Decimal("700.00"),
        units=6,
        pays_after_days=120,
    ),
)


def _months_ago(today: date, months: int) -> date:
    """Mid-month, so each 6- and 12-month window of the metrics holds whole months.

    With 30-day steps a steady client would look as if it were shrinking, because 12
    invoices do not fall evenly into windows of 182 and 365 days.
    """
    return today - timedelta(days=max(2, round(365 / 12 * months - 15)))


def _invoices(demo: DemoClient, today: date) -> list[Sale]:
    sales = []
    for months in sorted(demo.months_ago, reverse=True):
        invoice_date = _months_ago(today, months)
        sales.append(
            Sale(
                invoice_date=invoice_date,
                due_date=invoice_date + timedelta(days=PAYMENT_TERM_DAYS),
                units=Decimal(demo.units),
                amount=demo.amount_for(months),
            )
        )
    return sales


def _number_invoices(sales: list[Sale]) -> None:
    """Number the whole book's invoices in date order, restarting each year, as ours would be."""
    ordered = sorted(sales, key=lambda sale: sale.invoice_date)
    for year, of_year in groupby(ordered, key=lambda sale: sale.invoice_date.year):
        for number, sale in enumerate(of_year, start=1):
            sale.reference = f"{year}/{number:04d}"


def _payments(
    demo: DemoClient, sales: list[Sale], today: date, language: str = "en"
) -> list[Payment]:
    """Each invoice paid in full ``pays_after_days`` after it, unless that day is still ahead."""
    reference = _SPANISH["Transfer"] if language == "es" else "Transfer"
    payments = []
    for sale in sales:
        paid_on = sale.invoice_date + timedelta(days=demo.pays_after_days)
        if paid_on <= today:
            payments.append(
                Payment(sale_id=sale.id, paid_on=paid_on, amount=sale.amount, reference=reference)
            )
    return payments


def _returns(demo: DemoClient, sales: list[Sale], today: date) -> list[Return]:
    if not demo.returned_share:
        return []
    reasons = cycle(demo.return_reasons or ("",))
    return [
        Return(
            sale_id=sale.id,
            returned_on=min(today, sale.invoice_date + timedelta(days=10)),
            units=(sale.units * demo.returned_share).quantize(Decimal("0.001")),
            amount=(sale.amount * demo.returned_share).quantize(Decimal("0.01")),
            reason=next(reasons),
        )
        for sale in sales
    ]


# The demo's words in Spanish, for a book whose letters are written in Spanish: notes,
# return reasons and payment references read in the book's one language.
_SPANISH = {
    "Always promises the payment 'next week'.": "Siempre promete el pago «la semana que viene».",
    "Wrong sizes": "Tallas equivocadas",
    "Colour not as in the catalogue": "El color no es el del catálogo",
    "Changed their mind": "Cambió de opinión",
    "Left after two late deliveries in a row.": "Se fue tras dos entregas tardías seguidas.",
    "Met at the Valencia trade fair; wants a quote for three shops.": (
        "Nos conocimos en la feria de Valencia; quiere presupuesto para tres tiendas."
    ),
    "Asks for urgent deliveries at no charge, calls the team at night, and reopens agreed "
    "prices on every order.": (
        "Pide entregas urgentes sin cargo, llama al equipo de noche y vuelve a discutir los "
        "precios pactados en cada pedido."
    ),
    "Framework contract renewed every two years; public payment calendar.": (
        "Contrato marco renovado cada dos años; calendario de pagos público."
    ),
    "Let go last year: constant disputes over finished work.": (
        "Lo dejamos el año pasado: disputas constantes por trabajos terminados."
    ),
    "Transfer": "Transferencia",
}
# And the tags in English, for a book written in English (place names stay as they are).
_ENGLISH_TAGS = {
    "mayorista": "wholesale",
    "obra": "construction",
    "pequeño": "small",
    "exportación": "export",
    "hostelería": "hospitality",
    "contrato marco": "framework contract",
    "sanidad": "healthcare",
    "taller": "workshop",
    "arquitectura": "architecture",
}


def _book_language(session: Session) -> str:
    """The language the book's letters are written in (the profile's, or the first-run one)."""
    query = select(BusinessProfile.default_language).order_by(BusinessProfile.id).limit(1)
    return session.scalar(query) or ProfileData().default_language


def _in_language(demo: DemoClient, language: str) -> DemoClient:
    """The demo client with its words in ``language`` (written in English, tagged in Spanish)."""
    if language == "es":
        words = _SPANISH
        client = replace(demo.client, notes=words.get(demo.client.notes, demo.client.notes))
        reasons = tuple(words.get(reason, reason) for reason in demo.return_reasons)
        return replace(demo, client=client, return_reasons=reasons)
    tags = tuple(_ENGLISH_TAGS.get(tag, tag) for tag in demo.client.tags)
    return replace(demo, client=replace(demo.client, tags=tags))


def load_demo_data(sessions: Sessions, today: date, language: str | None = None) -> int:
    """Add the demo clients with their ledgers in one transaction; returns how many.

    Refuses a book that already has clients, so demo data never mixes with real data. Its
    notes, reasons and tags are in ``language`` (default: the language the book's letters
    are written in), so a Spanish book reads in Spanish only.
    """
    # A whole book at once: the ranking is left stale for one rebuild (ledger_change).
    with sessions.begin() as session, ledger_change(session, whole_book=True):
        if session.scalar(select(func.count()).select_from(Client)):
            raise ClientelaError("demo_needs_empty_book")
        language = language or _book_language(session)
        demos = [_in_language(demo, language) for demo in DEMO_CLIENTS]
        clients = []
        for demo in demos:
            client = new_client(demo.client)
            client.sales = _invoices(demo, today)
            clients.append(client)
        _number_invoices([sale for client in clients for sale in client.sales])
        session.add_all(clients)
        session.flush()  # payments and returns name their invoice by id
        for demo, client in zip(demos, clients, strict=True):
            client.payments = _payments(demo, client.sales, today, language)
            client.returns = _returns(demo, client.sales, today)
    return len(clients)
