"""The demo book: every story it promises is checked against the rows it really stores.

Each case is found by computing from the database (never by reading the demo module's own
constants), so a change to the demo that quietly loses a case fails here.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select

import services.demo_data as demo_data
from models import Client, Payment, Return, Sale
from services.database import open_database
from services.demo_data import load_demo_data
from services.errors import ClientelaError

TODAY = date(2026, 11, 23)
YEAR_AGO = TODAY - timedelta(days=365)


@dataclass(frozen=True)
class Ledger:
    """One stored client and their ledger, as plain values read from the database."""

    name: str
    stage: str
    strategic: bool
    notes: str
    sales: tuple[Sale, ...]
    payments: tuple[Payment, ...]
    returns: tuple[Return, ...]

    def average_days_to_pay(self) -> float:
        invoices = {s.id: s.invoice_date for s in self.sales}
        delays = [(p.paid_on - invoices[p.sale_id]).days for p in self.payments]
        return sum(delays) / len(delays)

    def returned_share_of_units(self) -> Decimal:
        return sum(r.units for r in self.returns) / sum(s.units for s in self.sales)


def read_book(db) -> dict[str, Ledger]:
    with db.sessions() as session:
        return {
            c.name: Ledger(
                c.name,
                c.stage,
                c.strategic,
                c.notes,
                tuple(c.sales),
                tuple(c.payments),
                tuple(c.returns),
            )
            for c in session.scalars(select(Client))
        }


def row_counts(db) -> tuple[int, ...]:
    with db.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Client, Sale, Payment, Return)
        )


@pytest.fixture
def book(db) -> dict[str, Ledger]:
    load_demo_data(db.sessions, TODAY)
    return read_book(db)


def names_where(book: dict[str, Ledger], condition) -> list[str]:
    return sorted(name for name, ledger in book.items() if condition(ledger))


# -- loading -------------------------------------------------------------------------------


def test_loading_adds_twelve_clients_in_a_single_transaction_and_says_how_many(db):
    commits = []
    event.listen(db.engine, "commit", lambda connection: commits.append(connection))

    assert load_demo_data(db.sessions, TODAY) == 12

    assert row_counts(db)[0] == 12
    assert len(commits) == 1


def test_a_second_load_is_refused_and_adds_nothing(db):
    load_demo_data(db.sessions, TODAY)
    before = row_counts(db)

    with pytest.raises(ClientelaError) as caught:
        load_demo_data(db.sessions, TODAY)

    assert caught.value.code == "demo_needs_empty_book"
    assert row_counts(db) == before


def test_a_failure_half_way_leaves_the_book_empty(db, monkeypatch):
    def broken_returns(*args):
        raise RuntimeError("disk full")

    # _returns runs after the clients and invoices were flushed, so this proves the rollback.
    monkeypatch.setattr(demo_data, "_returns", broken_returns)
    with pytest.raises(RuntimeError):
        load_demo_data(db.sessions, TODAY)
    assert row_counts(db) == (0, 0, 0, 0)


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


# -- the data is sound ---------------------------------------------------------------------


def test_names_carry_letters_beyond_ascii(book):
    names = " ".join(book).lower()
    assert "ñ" in names
    assert "ü" in names or "ø" in names
    assert "ł" in names


def test_no_amount_or_quantity_anywhere_is_zero_or_negative(db, book):
    with db.sessions() as session:
        for column in (Sale.amount, Sale.units, Payment.amount, Return.amount, Return.units):
            assert session.scalar(select(func.count()).where(column <= 0)) == 0, column


def test_the_ledger_is_dated_within_the_last_years_and_never_in_the_future(book):
    dates = [s.invoice_date for c in book.values() for s in c.sales]
    dates += [p.paid_on for c in book.values() for p in c.payments]
    dates += [r.returned_on for c in book.values() for r in c.returns]
    assert TODAY - timedelta(days=800) < min(dates) and max(dates) <= TODAY


def test_invoices_have_unique_numbers_and_are_due_after_they_are_issued(book):
    sales = [s for c in book.values() for s in c.sales]
    references = [s.reference for s in sales]
    assert all(references) and len(references) == len(set(references))
    assert all(s.due_date >= s.invoice_date for s in sales)


def test_every_payment_settles_an_invoice_of_the_same_client_after_it_was_issued(book):
    for ledger in book.values():
        invoices = {s.id: s for s in ledger.sales}
        for payment in ledger.payments:
            assert payment.amount == invoices[payment.sale_id].amount
            assert payment.paid_on >= invoices[payment.sale_id].invoice_date


def test_returns_point_at_the_clients_own_invoices_with_a_reason(book):
    for ledger in book.values():
        invoices = {s.id for s in ledger.sales}
        assert all(r.sale_id in invoices and r.reason for r in ledger.returns)


# -- every case of the checklist is in the book --------------------------------------------


def test_some_client_takes_160_days_or_more_on_average_to_pay(book):
    assert names_where(book, lambda c: c.payments and c.average_days_to_pay() >= 160)


def test_some_client_sends_back_about_a_third_of_the_units_they_buy(book):
    def returns_a_third(client: Ledger) -> bool:
        if not client.sales:
            return False
        return client.returned_share_of_units() == pytest.approx(
            Decimal(1) / 3, abs=Decimal("0.01")
        )

    assert names_where(book, returns_a_third)


def test_some_lost_client_bought_before_but_not_in_the_last_year(book):
    def lost_and_gone_quiet(client: Ledger) -> bool:
        dates = [s.invoice_date for s in client.sales]
        return client.stage == "lost" and bool(dates) and max(dates) <= YEAR_AGO

    assert names_where(book, lost_and_gone_quiet)


def test_some_prospect_has_no_ledger_at_all(book):
    assert names_where(
        book,
        lambda c: c.stage == "prospect" and not (c.sales or c.payments or c.returns),
    )


def test_some_client_is_strategic(book):
    assert names_where(book, lambda c: c.strategic)


def trends(book: dict[str, Ledger], today: date) -> tuple[list[str], list[str]]:
    """Regular buyers whose last six months brought clearly more (growing) or less
    (declining) revenue than the six months before."""
    half_year_ago, year_ago = today - timedelta(days=182), today - timedelta(days=365)
    growing, declining = [], []
    for name, client in book.items():
        recent = [s for s in client.sales if half_year_ago < s.invoice_date <= today]
        before = [s for s in client.sales if year_ago < s.invoice_date <= half_year_ago]
        # An occasional buyer's halves differ by chance; a trend needs an order most months.
        if min(len(recent), len(before)) < 5:
            continue
        recent_revenue = sum(s.amount for s in recent)
        before_revenue = sum(s.amount for s in before)
        # A clear margin, so a steady client never passes for one by a rounding.
        if recent_revenue > before_revenue * Decimal("1.2"):
            growing.append(name)
        elif recent_revenue * Decimal("1.2") < before_revenue:
            declining.append(name)
    return growing, declining


def test_some_client_is_growing_and_another_declining(book):
    growing, declining = trends(book, TODAY)
    assert growing and declining


def test_some_client_pays_within_the_term_and_sends_nothing_back(book):
    assert names_where(
        book,
        lambda c: len(c.sales) >= 12 and c.average_days_to_pay() <= 30 and not c.returns,
    )


def test_the_growing_and_declining_cases_hold_on_a_month_end_too(db):
    """Month arithmetic is at its most awkward on the 31st; the trends must survive it."""
    today = date(2026, 3, 31)
    load_demo_data(db.sessions, today)
    growing, declining = trends(read_book(db), today)
    assert growing and declining


def test_a_spanish_book_gets_its_demo_notes_reasons_and_references_in_spanish(db):
    from sqlalchemy import select

    from models import Client, Payment, Return
    from services.business_profile import set_default_language

    set_default_language(db.sessions, "es")
    load_demo_data(db.sessions, date(2026, 11, 23))
    with db.sessions() as session:
        notes = set(session.scalars(select(Client.notes)))
        reasons = set(session.scalars(select(Return.reason)))
        references = set(session.scalars(select(Payment.reference)))
    assert "Siempre promete el pago «la semana que viene»." in notes
    assert not {"Wrong sizes", "Changed their mind"} & reasons
    assert "Tallas equivocadas" in reasons
    assert references == {"Transferencia"}


def test_an_english_book_gets_english_tags_and_notes(db):
    from sqlalchemy import select

    from models import Client, Return
    from services.business_profile import set_default_language
    from services.clients import get_client

    set_default_language(db.sessions, "en")
    load_demo_data(db.sessions, date(2026, 11, 23))
    with db.sessions() as session:
        ids = list(session.scalars(select(Client.id)))
        reasons = set(session.scalars(select(Return.reason)))
    tags = {tag for client_id in ids for tag in get_client(db.sessions, client_id).tags}
    assert "wholesale" in tags and "mayorista" not in tags
    assert "Wrong sizes" in reasons
