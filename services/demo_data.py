"""A dozen realistic demo clients whose ledgers show every case the checklist knows.

The owner can try Clientela on these before typing in their own book. Dates are relative to
``today`` so the demo always looks current. Nothing random: the same call gives the same book.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models import Client, Payment, Return, Sale
from services.clients import ClientInput, new_client
from services.errors import ClientelaError

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class DemoClient:
    client: ClientInput
    months_ago: range = range(0)  # one invoice per month this many months back
    amount: Decimal = Decimal(0)
    units: int = 0
    pays_after_days: int = 30
    returned_share: Decimal = Decimal(0)  # share of each invoice sent back
    monthly_change: Decimal = Decimal(0)  # growth (+) or decline (-) per month, in euros


def _c(**fields) -> ClientInput:
    return ClientInput(**fields)


DEMO_CLIENTS = (
    DemoClient(  # the ideal client: buys every month, pays within the term
        _c(
            name="Ferretería Núñez e Hijos",
            legal_name="Núñez e Hijos, S.L.",
            tax_id="B41234567",
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
    DemoClient(  # pays at about 170 days: past the hard limit
        _c(
            name="Construcciones Ibáñez",
            legal_name="Construcciones Ibáñez y Peña, S.A.",
            tax_id="A48765432",
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
        pays_after_days=172,
    ),
    DemoClient(  # sends back a third of what they buy
        _c(
            name="Moda Peñalver",
            legal_name="Peñalver Textil, S.L.",
            tax_id="B28111222",
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
    ),
    DemoClient(  # buys too little to be worth the effort
        _c(
            name="Óptica Müller",
            contact_person="Jürgen Müller",
            email="info@optica-muller.es",
            phone="+34 971 40 11 22",
            city="Palma",
            country="España",
            tags=("pequeño",),
        ),
        months_ago=range(2, 18, 5),
        amount=Decimal("120.00"),
        units=2,
        pays_after_days=15,
    ),
    DemoClient(  # a good client who left: worth winning back
        _c(
            name="Greenleaf Bakery Ltd.",
            legal_name="Greenleaf Bakery Limited",
            tax_id="GB123456789",
            contact_person="Chloë Whitfield",
            email="orders@greenleafbakery.co.uk",
            phone="+44 20 7946 0321",
            address="14 Camden Passage",
            postal_code="N1 8ED",
            city="London",
            country="United Kingdom",
            language="en",
            stage="lost",
            notes="Left after two late deliveries in a row.",
        ),
        months_ago=range(14, 26),
        amount=Decimal("1500.00"),
        units=30,
        pays_after_days=20,
    ),
    DemoClient(  # a prospect: no ledger yet
        _c(
            name="Café Zoë",
            contact_person="Zoë Álvarez",
            email="hola@cafezoe.es",
            phone="+34 963 00 12 34",
            city="València",
            country="España",
            stage="prospect",
            tags=("hostelería",),
        ),
    ),
    DemoClient(  # valuable and punctual, but demands far beyond the agreed terms
        _c(
            name="Distribuciones Løvgren",
            legal_name="Løvgren Distribución Ibérica, S.L.",
            tax_id="B08999888",
            contact_person="Søren Løvgren",
            email="soren@lovgren.es",
            phone="+34 932 10 20 30",
            address="Passeig de Gràcia, 88",
            postal_code="08008",
            city="Barcelona",
            country="España",
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
        _c(
            name="Hospital San Rafael",
            legal_name="Fundación Hospital San Rafael",
            tax_id="G28000111",
            contact_person="Dra. Mercedes Ordóñez",
            email="suministros@hsanrafael.es",
            phone="+34 913 00 40 50",
            city="Madrid",
            country="España",
            strategic=True,
            tags=("sanidad",),
        ),
        months_ago=range(1, 19),
        amount=Decimal("5200.00"),
        units=80,
        pays_after_days=95,
    ),
    DemoClient(  # growing: each month buys more
        _c(
            name="Talleres Çelik",
            contact_person="Emre Çelik",
            email="emre@tallerescelik.es",
            phone="+34 976 30 20 10",
            city="Zaragoza",
            country="España",
        ),
        months_ago=range(1, 13),
        amount=Decimal("1400.00"),
        units=10,
        pays_after_days=30,
        monthly_change=Decimal("-90.00"),  # older invoices were smaller: growth towards today
    ),
    DemoClient(  # declining: buys less every month
        _c(
            name="Librería Kowalski & Łuczak",
            contact_person="Łukasz Kowalski",
            email="lukasz@libreriakl.es",
            phone="+34 958 22 33 44",
            city="Granada",
            country="España",
            language="es",
        ),
        months_ago=range(1, 13),
        amount=Decimal("300.00"),
        units=12,
        pays_after_days=40,
        monthly_change=Decimal("80.00"),  # older invoices were larger
    ),
    DemoClient(  # new: first orders in the last two months
        _c(
            name="Estudio Gómez-Ruiz",
            contact_person="Ángela Gómez-Ruiz",
            email="angela@estudiogr.es",
            phone="+34 952 12 34 56",
            city="Málaga",
            country="España",
        ),
        months_ago=range(0, 2),
        amount=Decimal("950.00"),
        units=8,
        pays_after_days=30,
    ),
    DemoClient(  # a client already let go
        _c(
            name="Reformas Ordóñez",
            contact_person="Ramón Ordóñez",
            email="ramon@reformasordonez.es",
            phone="+34 985 11 22 33",
            city="Oviedo",
            country="España",
            stage="former",
            notes="Let go last year: constant disputes over finished work.",
        ),
        months_ago=range(15, 20),
        amount=Decimal("700.00"),
        units=6,
        pays_after_days=120,
    ),
)

_RETURN_REASON = "Not what was ordered"


def _ledger(demo: DemoClient, client: Client, today: date) -> None:
    for months in demo.months_ago:
        invoice_date = today - timedelta(days=30 * months + 3)
        amount = (demo.amount + demo.monthly_change * months).quantize(Decimal("0.01"))
        sale = Sale(
            invoice_date=invoice_date,
            due_date=invoice_date + timedelta(days=30),
            reference=f"F-{invoice_date:%Y%m}-{client.name[:3].upper()}",
            units=Decimal(demo.units),
            amount=amount,
        )
        client.sales.append(sale)
        paid_on = invoice_date + timedelta(days=demo.pays_after_days)
        if paid_on <= today:
            client.payments.append(Payment(sale=sale, paid_on=paid_on, amount=amount))
        if demo.returned_share:
            client.returns.append(
                Return(
                    sale_id=None,
                    returned_on=min(today, invoice_date + timedelta(days=10)),
                    units=(demo.units * demo.returned_share).quantize(Decimal("0.001")),
                    amount=(amount * demo.returned_share).quantize(Decimal("0.01")),
                    reason=_RETURN_REASON,
                )
            )


def load_demo_data(sessions: Sessions, today: date) -> int:
    """Add the demo clients with their ledgers in one transaction; returns how many.

    Refuses a book that already has clients, so demo data never mixes with real data.
    """
    with sessions.begin() as session:
        if session.scalar(select(func.count()).select_from(Client)):
            raise ClientelaError("demo_needs_empty_book")
        for demo in DEMO_CLIENTS:
            client = new_client(demo.client)
            client.sales, client.payments, client.returns = [], [], []
            _ledger(demo, client, today)
            session.add(client)
    return len(DEMO_CLIENTS)
