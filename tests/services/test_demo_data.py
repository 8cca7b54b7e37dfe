from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

import services.demo_data as demo_data
from models import Client, Payment, Return, Sale
from services.client_list import count_all
from services.database import open_database
from services.demo_data import DEMO_CLIENTS, load_demo_data
from services.errors import ClientelaError

TODAY = date(2026, 3, 31)  # a 31st: month arithmetic is at its most awkward
YEAR_AGO = TODAY - timedelta(days=365)


@dataclass
class Ledger:
    stage: str
    strategic: bool
    notes: str
    sales: list[Sale]
    payments: list[Payment]
    returns: list[Return]

    def bought_since(self, start: date, end: date = TODAY) -> Decimal:
        return sum((s.amount for s in self.sales if start <= s.invoice_date <= end), Decimal(0))

    def average_days_to_pay(self) -> float:
        invoices = {s.id: s.invoice_date for s in self.sales}
        delays = [(p.paid_on - invoices[p.sale_id]).days for p in self.payments]
        return sum(delays) / len(delays)


def read_book(db) -> dict[str, Ledger]:
    with db.sessions() as session:
        return {
            c.name: Ledger(
                c.stage, c.strategic, c.notes, list(c.sales), list(c.payments), list(c.returns)
            )
            for c in session.scalars(select(Client))
        }


@pytest.fixture
def book(db) -> dict[str, Ledger]:
    assert load_demo_data(db.sessions, TODAY) == len(DEMO_CLIENTS)
    return read_book(db)


def test_the_demo_adds_about_a_dozen_clients_and_says_how_many(db):
    assert load_demo_data(db.sessions, TODAY) == count_all(db.sessions) == 12


def test_a_book_with_clients_is_refused_and_left_as_it_was(db):
    load_demo_data(db.sessions, TODAY)
    with pytest.raises(ClientelaError) as caught:
        load_demo_data(db.sessions, TODAY)
    assert caught.value.code == "demo_needs_empty_book"
    assert count_all(db.sessions) == 12


def test_a_failure_half_way_leaves_the_book_empty(db, monkeypatch):
    def broken_returns(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_data, "_returns", broken_returns)  # after clients were flushed
    with pytest.raises(RuntimeError):
        load_demo_data(db.sessions, TODAY)
    assert count_all(db.sessions) == 0
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Sale)) == 0


def test_the_same_day_always_gives_the_same_book(db, tmp_path):
    other = open_database(tmp_path / "other.sqlite3")
    try:
        load_demo_data(db.sessions, TODAY)
        load_demo_data(other.sessions, TODAY)

        def ledger_rows(database):
            with database.sessions() as session:
                return session.execute(
                    select(Client.name, Sale.invoice_date, Sale.reference, Sale.amount)
                    .join(Sale)
                    .order_by(Sale.reference)
                ).all()

        assert ledger_rows(db) == ledger_rows(other)
    finally:
        other.close()


def test_names_carry_accents_and_letters_beyond_ascii(book):
    assert {"Ferretería Núñez e Hijos", "Óptica Müller", "Distribuciones Løvgren"} <= set(book)
    assert {"es", "en"} == {c.client.language for c in DEMO_CLIENTS}


def test_the_ledger_is_dated_within_the_last_two_years_and_never_in_the_future(book):
    dates = [s.invoice_date for c in book.values() for s in c.sales]
    dates += [p.paid_on for c in book.values() for p in c.payments]
    dates += [r.returned_on for c in book.values() for r in c.returns]
    assert TODAY - timedelta(days=800) < min(dates) and max(dates) <= TODAY


def test_invoices_have_unique_numbers(book):
    references = [s.reference for c in book.values() for s in c.sales]
    assert len(references) == len(set(references))
    assert all(references)


def test_every_payment_settles_an_invoice_of_the_same_client_in_full(book):
    for ledger in book.values():
        invoices = {s.id: s for s in ledger.sales}
        for payment in ledger.payments:
            assert payment.amount == invoices[payment.sale_id].amount
            assert payment.paid_on >= invoices[payment.sale_id].invoice_date


def test_the_good_client_buys_every_month_and_pays_within_the_term(book):
    client = book["Ferretería Núñez e Hijos"]
    months = {(s.invoice_date.year, s.invoice_date.month) for s in client.sales}
    assert len(months) >= 12
    assert client.average_days_to_pay() <= 30
    assert client.returns == []


def test_one_client_pays_past_the_160_day_limit(book):
    assert book["Construcciones Ibáñez"].average_days_to_pay() >= 160


def test_one_client_returns_about_a_third_of_what_they_buy(book):
    client = book["Moda Peñalver"]
    returned = sum(r.units for r in client.returns)
    bought = sum(s.units for s in client.sales)
    assert returned / bought == pytest.approx(Decimal(1) / 3, abs=Decimal("0.01"))
    assert all(r.sale_id is not None and r.reason for r in client.returns)


def test_one_active_client_buys_less_than_any_other(book):
    units = {
        name: sum(s.units for s in c.sales if s.invoice_date >= YEAR_AGO)
        for name, c in book.items()
    }
    active = {name: n for name, n in units.items() if book[name].stage == "active" and n}
    revenue = {name: book[name].bought_since(YEAR_AGO) for name in active}
    assert min(active, key=active.get) == min(revenue, key=revenue.get) == "Óptica Müller"
    assert active["Óptica Müller"] < 10


def test_the_lost_client_was_good_and_has_not_bought_for_over_a_year(book):
    client = book["Greenleaf Bakery Ltd."]
    assert client.stage == "lost"
    assert client.sales and max(s.invoice_date for s in client.sales) < YEAR_AGO
    assert client.average_days_to_pay() <= 30


def test_the_prospect_has_no_ledger(book):
    prospects = [c for c in book.values() if c.stage == "prospect"]
    assert len(prospects) == 1
    assert prospects[0].sales == prospects[0].payments == prospects[0].returns == []


def test_the_abusive_client_is_the_most_valuable_pays_on_time_and_is_not_strategic(book):
    client = book["Distribuciones Løvgren"]
    revenue = {name: c.bought_since(YEAR_AGO) for name, c in book.items()}
    assert max(revenue, key=revenue.get) == "Distribuciones Løvgren"
    assert client.average_days_to_pay() <= 30
    assert not client.strategic and "urgent" in client.notes


def test_exactly_one_client_is_strategic(book):
    assert [name for name, c in book.items() if c.strategic] == ["Hospital San Rafael"]


def test_one_client_grows_and_another_declines_over_the_last_year(book):
    half_year_ago = TODAY - timedelta(days=182)

    def recent_and_before(name):
        ledger = book[name]
        return ledger.bought_since(half_year_ago), ledger.bought_since(YEAR_AGO, half_year_ago)

    recent, before = recent_and_before("Talleres Çelik")
    assert recent > before * Decimal("1.2")
    recent, before = recent_and_before("Librería Kowalski & Łuczak")
    assert recent * Decimal("1.2") < before


def test_the_new_client_started_buying_in_the_last_two_months(book):
    first = min(s.invoice_date for s in book["Estudio Gómez-Ruiz"].sales)
    assert first >= TODAY - timedelta(days=62)


def test_the_book_also_holds_a_client_already_let_go(book):
    assert [name for name, c in book.items() if c.stage == "former"] == ["Reformas Ordóñez"]
