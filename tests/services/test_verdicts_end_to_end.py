"""Each verdict from a ledger written through the services, as the wizard reaches it: the
ledger's answers, an owner's favourable answers on the rest, recommend, save, read back."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from models import Verdict
from services.clients import ClientInput, save_client
from services.evaluation_start import start_evaluation
from services.evaluations import AnswerInput, get_evaluation, save_evaluation
from services.ledger import PaymentInput, ReturnInput, SaleInput, add_payment, add_return, add_sale
from services.scoring import next_review

TODAY = date(2026, 11, 23)
FAVOURABLE = {
    "pays_on_time": "yes",
    "few_returns": "yes",
    "buys_enough": "yes",
    "values_our_work": "yes",
    "reasonable_to_deal_with": "yes",
    "good_for_business": "yes",
    "is_satisfied": "yes",
    "relationship_growing": "yes",
    "recent_purchase": "yes",
    "demands_beyond_terms": "no",
    "accepts_terms_when_explained": "yes",
    "matches_ideal_profile": "yes",
    "expected_volume_enough": "yes",
    "likely_to_pay_on_time": "yes",
    "was_good_client": "yes",
    "cause_fixed": "yes",
}


def _client(db, name, *, stage="active", strategic=False) -> int:
    data = ClientInput(name=name, stage=stage, strategic=strategic)
    return save_client(db.sessions, data).id


def _invoices(db, client_id, *, months, amount, pays_after=None, returned=None) -> None:
    """An invoice a month for ``months`` months, each paid ``pays_after`` days later (never,
    when None or still ahead), with ``returned`` of its amount sent back."""
    for month in range(months):
        day = TODAY - timedelta(days=15 + 30 * month)
        sale = add_sale(
            db.sessions,
            client_id,
            SaleInput(day, day + timedelta(days=30), units=Decimal(10), amount=Decimal(amount)),
        )
        if pays_after is not None and day + timedelta(days=pays_after) <= TODAY:
            paid = PaymentInput(day + timedelta(days=pays_after), Decimal(amount), sale_id=sale)
            add_payment(db.sessions, client_id, paid)
        if returned:
            back = ReturnInput(
                day + timedelta(days=5),
                Decimal(10) * returned,
                Decimal(amount) * returned,
                sale_id=sale,
            )
            add_return(db.sessions, client_id, back)


@pytest.fixture
def book(db):
    """A large punctual client, so that the clients under test are not class A."""
    big = _client(db, "Big Punctual")
    _invoices(db, big, months=24, amount="50000.00", pays_after=20)
    return db


def _evaluate(db, client_id, owner=None):
    start = start_evaluation(db.sessions, client_id, TODAY)
    answers = {c.id: FAVOURABLE.get(c.id, "unknown") for c in start.criteria}
    answers |= start.ledger_answers() | (owner or {})
    result = start.recommend(answers)
    data = start.evaluation(
        [AnswerInput(c, v) for c, v in answers.items()],
        result,
        result.verdict.value,
        next_review(result.verdict, TODAY, 180),
    )
    evaluation_id = save_evaluation(db.sessions, data)
    return result, get_evaluation(db.sessions, evaluation_id), start.metrics


def test_the_reported_late_payer_gets_boundaries_not_retain(book):
    """91 days on average on a 30-day term, 10,400 € overdue, favourable answers, not
    strategic: it came out "88 / 100 · Retain"."""
    client = _client(book, "Late But Pleasant")
    # Two invoices overdue (45 and 75 days old), this month's not yet due.
    _invoices(book, client, months=12, amount="5200.00", pays_after=91)
    result, saved, metrics = _evaluate(book, client)
    assert metrics.overdue_amount == Decimal("10400.00")
    assert round(metrics.avg_days_to_pay) >= 61
    assert metrics.abc_class != "A"
    assert result.verdict == Verdict.SET_BOUNDARIES
    assert result.rule == "ledger_boundaries"
    explanation = saved.explanation
    assert explanation.rule == "ledger_boundaries"
    late = next(f for f in explanation.facts if f.code == "late_payer")
    assert late.params["allowed"] == 60
    overdue = next(f for f in explanation.facts if f.code == "overdue_now")
    assert Decimal(overdue.params["amount"]) == Decimal("10400.00")
    assert explanation.differs  # a good score, and boundaries: the page says why
    assert {c.code for c in explanation.changes} == {"change_pay_within", "change_reach_limit"}


def test_a_punctual_client_is_retained(book):
    client = _client(book, "Punctual")
    _invoices(book, client, months=12, amount="900.00", pays_after=25)
    result, saved, _ = _evaluate(book, client)
    assert result.verdict == Verdict.RETAIN
    assert saved.explanation.rule == "score_retain"
    assert not saved.explanation.differs


def test_an_invoice_unpaid_past_the_limit_means_let_go(book):
    client = _client(book, "Never Paid That One")
    _invoices(book, client, months=4, amount="700.00", pays_after=20)
    _invoices(book, client, months=1, amount="300.00")  # this month's, not due yet
    day = TODAY - timedelta(days=175)
    add_sale(book.sessions, client, SaleInput(day, day + timedelta(days=30), amount=Decimal(400)))
    result, saved, _ = _evaluate(book, client)
    assert result.verdict == Verdict.LET_GO
    assert saved.explanation.rule == "red_flag"
    assert "flag_unpaid_past_limit" in {f.code for f in saved.explanation.facts}


def test_a_class_a_client_past_the_limit_gets_boundaries_first(db):
    client = _client(db, "Big Slow Payer")  # alone in the book: class A
    _invoices(db, client, months=18, amount="3100.00", pays_after=195)
    result, saved, metrics = _evaluate(db, client)
    assert metrics.abc_class == "A"
    assert result.verdict == Verdict.SET_BOUNDARIES
    assert saved.explanation.rule == "red_flag_protected"
    codes = {f.code for f in saved.explanation.facts}
    assert {"flag_late_payer", "class_a_kept"} <= codes
    assert "termination_follows" in {r.code for r in result.reasons}
    assert "change_nothing_changes" in {c.code for c in saved.explanation.changes}


def test_a_strategic_late_payer_gets_boundaries(book):
    client = _client(book, "Hospital", strategic=True)
    _invoices(book, client, months=12, amount="1000.00", pays_after=95)
    result, _, _ = _evaluate(book, client)
    assert result.verdict == Verdict.SET_BOUNDARIES


def test_chronic_returns_mean_let_go_and_occasional_ones_boundaries(book):
    chronic = _client(book, "Sends Back A Third")
    _invoices(book, chronic, months=12, amount="800.00", pays_after=25, returned=Decimal("0.34"))
    assert _evaluate(book, chronic)[0].verdict == Verdict.LET_GO
    some = _client(book, "Sends Back Some")
    _invoices(book, some, months=12, amount="800.00", pays_after=25, returned=Decimal("0.15"))
    assert _evaluate(book, some)[0].verdict == Verdict.SET_BOUNDARIES


def test_a_new_client_is_watched(book):
    client = _client(book, "New")
    _invoices(book, client, months=2, amount="800.00", pays_after=25)
    result, saved, _ = _evaluate(book, client)
    assert result.verdict == Verdict.WATCH
    assert saved.explanation.rule == "thin_ledger"


def test_a_prospect_matching_the_profile_is_acquired(book):
    client = _client(book, "Prospect", stage="prospect")
    assert _evaluate(book, client)[0].verdict == Verdict.ACQUIRE


def test_a_good_lost_client_whose_cause_is_fixed_is_recovered(book):
    client = _client(book, "Lost", stage="lost")
    assert _evaluate(book, client)[0].verdict == Verdict.RECOVER
