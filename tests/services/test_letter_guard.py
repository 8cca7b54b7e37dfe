"""The letter guard: who the current ledger holds back from a loyalty or welcome letter, and why."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from services.business_profile import ProfileData, save_profile
from services.clients import ClientInput, save_client
from services.ledger import PaymentInput, ReturnInput, SaleInput, add_payment, add_return, add_sale
from services.letter_guard import contradictions, ledger_concerns

TODAY = date(2026, 11, 23)


@pytest.fixture
def profile(db):
    # Term 30 days, 30 tolerated, returns up to 10 %: the first-run thresholds, written out.
    save_profile(
        db.sessions,
        ProfileData(name="Aranda", payment_term_days=30, tolerated_delay_days=30),
    )


def _client(db, name: str, stage: str = "active") -> int:
    return save_client(db.sessions, ClientInput(name=name, stage=stage)).id


def _invoice(db, client_id, days_ago, amount="1000", paid_after=None, units="10", ref=""):
    invoiced = TODAY - timedelta(days=days_ago)
    sale = add_sale(
        db.sessions,
        client_id,
        SaleInput(invoiced, invoiced + timedelta(days=30), ref, Decimal(units), Decimal(amount)),
    )
    if paid_after is not None:
        paid_on = invoiced + timedelta(days=paid_after)
        add_payment(db.sessions, client_id, PaymentInput(paid_on, Decimal(amount), "", sale))
    return sale


def _codes(found, client_id):
    return [concern.code for concern in found.get(client_id, ())]


def test_a_client_who_pays_within_the_term_is_not_held_back(db, profile):
    clean = _client(db, "Al día")
    for days_ago in (200, 150, 100, 40):
        _invoice(db, clean, days_ago, paid_after=28)
    _invoice(db, clean, 10)  # not due yet: says nothing
    assert ledger_concerns(db.sessions, [clean], TODAY) == {}
    assert contradictions(db.sessions, [clean], "loyalty", TODAY) == {}


def test_a_late_payer_is_held_back_with_the_average_and_the_limit(db, profile):
    late = _client(db, "Tardón")
    for days_ago in (300, 250, 200):
        _invoice(db, late, days_ago, paid_after=91)
    (concern,) = contradictions(db.sessions, [late], "loyalty", TODAY)[late]
    assert concern.code == "late_payer"
    assert concern.params == {"average": 91, "term": 30, "tolerated": 30}


def test_paying_exactly_at_term_plus_tolerated_delay_is_not_late(db, profile):
    edge = _client(db, "Justo")
    for days_ago in (300, 250, 200):
        _invoice(db, edge, days_ago, paid_after=60)
    assert ledger_concerns(db.sessions, [edge], TODAY) == {}


def test_an_overdue_balance_past_the_tolerated_delay_holds_back(db, profile):
    owes = _client(db, "Debe")
    _invoice(db, owes, 400, paid_after=20)
    _invoice(db, owes, 100, amount="10400")  # due 70 days ago: 40 past the tolerated delay
    concerns = contradictions(db.sessions, [owes], "welcome", TODAY)[owes]
    overdue = next(c for c in concerns if c.code == "overdue")
    assert overdue.params == {
        "amount": "10400.00",
        "invoices": 1,
        "oldest_days": 70,
        "tolerated": 30,
    }


def test_an_invoice_overdue_within_the_tolerated_delay_does_not_hold_back(db, profile):
    recent = _client(db, "Reciente")
    _invoice(db, recent, 400, paid_after=20)
    _invoice(db, recent, 50)  # due 20 days ago: within the 30 tolerated
    assert "overdue" not in _codes(ledger_concerns(db.sessions, [recent], TODAY), recent)


def test_payments_on_account_settle_an_overdue_balance(db, profile):
    covered = _client(db, "A cuenta")
    _invoice(db, covered, 100, amount="500")
    add_payment(db.sessions, covered, PaymentInput(TODAY, Decimal("500"), "", None))
    assert "overdue" not in _codes(ledger_concerns(db.sessions, [covered], TODAY), covered)


def test_returns_over_the_maximum_hold_back(db, profile):
    returns = _client(db, "Devuelve")
    sale = _invoice(db, returns, 60, units="100", paid_after=25)
    add_return(
        db.sessions,
        returns,
        ReturnInput(TODAY - timedelta(days=30), Decimal(25), Decimal(250), "", sale),
    )
    (concern,) = ledger_concerns(db.sessions, [returns], TODAY)[returns]
    assert concern.code == "high_returns" and concern.params == {"rate": 25.0, "max": 10.0}


def test_only_loyalty_and_welcome_letters_are_guarded_by_the_ledger(db, profile):
    late = _client(db, "Tardón")
    for days_ago in (300, 250, 200):
        _invoice(db, late, days_ago, paid_after=120)
    for kind in ("boundaries", "win_back", "termination", "payment_reminder"):
        assert contradictions(db.sessions, [late], kind, TODAY) == {}


def test_a_termination_letter_holds_back_clients_already_let_go(db, profile):
    gone = _client(db, "Ya fuera", stage="former")
    active = _client(db, "Activo")
    found = contradictions(db.sessions, [gone, active], "termination", TODAY)
    assert _codes(found, gone) == ["already_let_go"] and active not in found


def test_many_clients_far_apart_are_judged_each_on_its_own_ledger(db, profile):
    clean, late = _client(db, "Al día"), _client(db, "Tardón")
    _invoice(db, clean, 100, paid_after=10)
    _invoice(db, late, 300, paid_after=200)
    found = ledger_concerns(db.sessions, [late, clean], TODAY)
    assert list(found) == [late] and _codes(found, late) == ["late_payer"]


def _advise_letting_go(db, client_id: int) -> None:
    from models import Client, Verdict

    with db.sessions.begin() as session:
        session.get(Client, client_id).latest_verdict = Verdict.LET_GO


def test_a_loyalty_letter_holds_back_clients_let_go_or_advised_to_be(db, profile):
    # Their ledgers are clean: the owner's own verdict is what a thank-you would contradict.
    gone = _client(db, "Ya fuera", stage="former")
    advised, kept = _client(db, "A dejar"), _client(db, "Bueno")
    _advise_letting_go(db, advised)
    for client_id in (gone, advised, kept):
        _invoice(db, client_id, 100, paid_after=20)
    for kind in ("loyalty", "welcome"):
        found = contradictions(db.sessions, [gone, advised, kept], kind, TODAY)
        assert _codes(found, gone) == ["already_let_go"]
        assert _codes(found, advised) == ["let_go_advised"]
        assert kept not in found


def test_the_verdict_comes_before_what_the_ledger_says(db, profile):
    late = _client(db, "Tardón")
    _advise_letting_go(db, late)
    for days_ago in (300, 250, 200):
        _invoice(db, late, days_ago, paid_after=120)
    found = contradictions(db.sessions, [late], "loyalty", TODAY)
    assert _codes(found, late) == ["let_go_advised", "late_payer"]


def test_a_termination_letter_goes_to_clients_only_advised_to_be_let_go(db, profile):
    advised = _client(db, "A dejar")
    _advise_letting_go(db, advised)
    assert contradictions(db.sessions, [advised], "termination", TODAY) == {}
