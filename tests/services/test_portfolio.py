"""The portfolio figures on hand-built books whose answers are worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from models import Client, Evaluation, Letter
from services.clients import ClientInput, save_client
from services.ledger import (
    PaymentInput,
    ReturnInput,
    SaleInput,
    add_payment,
    add_return,
    add_sale,
)
from services.metrics import client_metrics
from services.portfolio import NOT_EVALUATED, portfolio
from services.portfolio_selection import Selection, selection_ids
from services.receivables import client_receivables
from services.revenue_ranking import is_current, rebuild_stale_ranking

TODAY = date(2026, 6, 30)
# Days past due of the edge invoices, with their amounts: each band's limits on both sides.
EDGES = {0: 100, 1: 200, 30: 300, 31: 400, 60: 500, 61: 600, 159: 700, 160: 800}


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def kept(db) -> bool:
    """Whether the readers use the kept ranking and receivables (else the ledger)."""
    with db.sessions() as session:
        return is_current(session, TODAY)


def client(db, name: str, stage: str = "active", **kept) -> int:
    client_id = save_client(db.sessions, ClientInput(name=name, stage=stage)).id
    if kept:  # what a finished evaluation keeps on the client (services.evaluations)
        with db.sessions.begin() as session:
            session.execute(update(Client).where(Client.id == client_id).values(**kept))
    return client_id


def sale(db, client_id: int, amount: int, *, due_days_ago: int, paid_days_ago=None) -> int:
    due = ago(due_days_ago)
    sale_id = add_sale(
        db.sessions,
        client_id,
        SaleInput(invoice_date=due - timedelta(days=30), due_date=due, amount=Decimal(amount)),
    )
    if paid_days_ago is not None:
        paid = PaymentInput(paid_on=ago(paid_days_ago), amount=Decimal(amount), sale_id=sale_id)
        add_payment(db.sessions, client_id, paid)
    return sale_id


def evaluated(db, client_id: int, on: date) -> None:
    with db.sessions.begin() as session:
        session.add(
            Evaluation(
                client_id=client_id,
                evaluated_at=datetime(on.year, on.month, on.day, 10, tzinfo=UTC),
                stage="active",
                recommended_verdict="watch",
                chosen_verdict="watch",
            )
        )


@pytest.fixture(params=["ledger", "kept"])
def book(db, request):
    """Six clients; the expected figures are worked out in the tests' comments."""
    if request.param == "kept":  # kept from the start, in step through every write
        rebuild_stale_ranking(db.sessions, TODAY)
    ids = {}
    ids["edges"] = client(
        db, "Edges", latest_verdict="retain", latest_score=85, next_review_on=ago(29)
    )
    for days, amount in EDGES.items():
        sale(db, ids["edges"], amount, due_days_ago=days)
    ids["beta"] = client(
        db, "Beta", latest_verdict="let_go", latest_score=25, next_review_on=ago(60)
    )
    sale(db, ids["beta"], 1000, due_days_ago=200)  # 160+, less 300 paid on account
    add_payment(db.sessions, ids["beta"], PaymentInput(paid_on=ago(20), amount=Decimal(300)))
    sale(db, ids["beta"], 2000, due_days_ago=100, paid_days_ago=90)
    ids["gamma"] = client(
        db, "Gamma", latest_verdict="let_go", latest_score=35, next_review_on=ago(-15)
    )
    # Invoiced 2025-10-01, paid 170 days later (2026-03-20), after the evaluation below.
    late = add_sale(
        db.sessions,
        ids["gamma"],
        SaleInput(date(2025, 10, 1), date(2025, 10, 31), amount=Decimal(5000)),
    )
    add_payment(
        db.sessions,
        ids["gamma"],
        PaymentInput(paid_on=date(2026, 3, 20), amount=Decimal(5000), sale_id=late),
    )
    returned = sale(db, ids["gamma"], 1000, due_days_ago=-20)  # not due; 400 credited
    add_return(
        db.sessions,
        ids["gamma"],
        ReturnInput(ago(1), units=Decimal(1), amount=Decimal(400), sale_id=returned),
    )
    ids["delta"] = client(
        db, "Delta", latest_verdict="retain", latest_score=100, next_review_on=ago(-150)
    )
    sale(db, ids["delta"], 20000, due_days_ago=50, paid_days_ago=45)
    ids["epsilon"] = client(db, "Epsilon", stage="prospect")
    ids["zeta"] = client(db, "Zeta", stage="lost")
    sale(db, ids["zeta"], 400, due_days_ago=300, paid_days_ago=290)

    evaluated(db, ids["edges"], date(2026, 1, 1))
    evaluated(db, ids["beta"], date(2026, 3, 1))
    evaluated(db, ids["gamma"], date(2026, 2, 1))
    evaluated(db, ids["delta"], ago(10))
    with db.sessions.begin() as session:
        for who, kind, days in (("beta", "termination", 5), ("delta", "loyalty", 40)):
            when = datetime.combine(ago(days), datetime.min.time(), tzinfo=UTC)
            session.add(Letter(client_id=ids[who], kind=kind, language="es", created_at=when))
    assert kept(db) == (request.param == "kept")  # the figures read the kept rows
    return ids


def counts(rows) -> dict[str, int]:
    return {row.key: row.clients for row in rows}


@pytest.mark.parametrize("rebuilt", [True, False])
def test_counts_per_verdict_stage_and_score(db, book, rebuilt):
    if rebuilt:  # read from the kept ranking; else summed from the ledger
        rebuild_stale_ranking(db.sessions, TODAY)
    p = portfolio(db.sessions, TODAY)
    assert p.clients == 6
    assert counts(p.by_verdict) == {
        "retain": 2,
        "set_boundaries": 0,
        "recover": 0,
        "let_go": 2,
        "acquire": 0,
        "watch": 0,
        NOT_EVALUATED: 2,
    }
    assert counts(p.by_stage) == {"prospect": 1, "active": 4, "lost": 1, "former": 0}
    # 25 -> 20s, 35 -> 30s, 85 -> 80s, 100 goes with the 90s.
    assert {k: n for k, n in counts(p.scores).items() if n} == {"20": 1, "30": 1, "80": 1, "90": 1}


def test_age_bands_at_their_edge_days(db, book):
    p = portfolio(db.sessions, TODAY)
    bands = {row.key: (row.clients, row.amount) for row in p.receivables}
    assert bands == {
        "not_due": (2, Decimal("700.00")),  # Edges 100 (due today), Gamma 1000 - 400 credited
        "1_30": (1, Decimal("500.00")),  # 1 and 30 days
        "31_60": (1, Decimal("900.00")),  # 31 and 60
        "61_159": (1, Decimal("1300.00")),  # 61 and 159
        "160_plus": (2, Decimal("1500.00")),  # Edges 800; Beta 1000 less 300 on account
    }
    assert p.overdue == Decimal("4200.00")
    assert p.outstanding == Decimal("4900.00")


def test_each_clients_bands_agree_with_the_ledger_metrics(db, book):
    with db.sessions() as session:
        owed = client_receivables(session, TODAY, kept=kept(db))
    for client_id, receivable in owed.items():
        metrics = client_metrics(db.sessions, client_id, TODAY)
        assert Decimal(receivable.overdue).scaleb(-2) == metrics.overdue_amount


def test_pareto_top_share_and_abc_classes(db, book):
    pareto = portfolio(db.sessions, TODAY).pareto
    # Revenue: Delta 20000, Gamma 6000, Edges 3600, Beta 3000, Zeta 400 = 33000.
    assert pareto.revenue == Decimal("33000.00")
    assert pareto.clients == 5
    assert pareto.top20_clients == 1
    assert pareto.top20_share == pytest.approx(20000 / 33000)
    assert pareto.points[0] == (0.0, 0.0) and pareto.points[-1] == (1.0, 1.0)
    assert pareto.points[1] == pytest.approx((0.2, 20000 / 33000))
    # A while the clients before make < 80 % (26400): Delta, Gamma, Edges; B below 95 %.
    assert [(c.key, c.clients, c.amount) for c in pareto.classes] == [
        ("A", 3, Decimal("29600.00")),
        ("B", 1, Decimal("3000.00")),
        ("C", 1, Decimal("400.00")),
    ]


def test_revenue_at_stake_per_verdict(db, book):
    stake = {row.verdict: row for row in portfolio(db.sessions, TODAY).at_stake}
    let_go = stake["let_go"]
    assert (let_go.clients, let_go.revenue, let_go.overdue) == (
        2,
        Decimal("9000.00"),
        Decimal("700.00"),
    )
    assert let_go.revenue_share == pytest.approx(9000 / 33000)
    assert let_go.overdue_share == pytest.approx(700 / 4200)
    assert stake["retain"].overdue_share == pytest.approx(3500 / 4200)
    assert stake[NOT_EVALUATED].revenue == Decimal("400.00")


def test_review_flags_and_letters(db, book):
    p = portfolio(db.sessions, TODAY)
    assert p.due_for_review == 4  # Beta, Edges, and the two never evaluated
    assert [line.name for line in p.due_list] == ["Beta", "Edges", "Epsilon", "Zeta"]
    # Edges: two invoices crossed 160 days since 1 January; Beta's since 1 March; Gamma
    # paid at 170 days after its evaluation. Delta has nothing new.
    assert p.new_flags == 3
    assert [(line.name, line.invoices, line.amount) for line in p.new_flags_list] == [
        ("Edges", 2, Decimal("1500.00")),
        ("Beta", 1, Decimal("1000.00")),
        ("Gamma", 1, Decimal("0")),
    ]
    assert counts(p.letters)["termination"] == 1
    assert counts(p.letters)["loyalty"] == 0  # 40 days ago


def test_drill_down_selects_exactly_the_clients_counted(db, book):
    def ids(kind: str, key: str = "") -> set[int]:
        return set(selection_ids(db.sessions, TODAY, Selection(kind, key)))

    assert ids("verdict", "let_go") == {book["beta"], book["gamma"]}
    assert ids("verdict", NOT_EVALUATED) == {book["epsilon"], book["zeta"]}
    assert ids("stage", "prospect") == {book["epsilon"]}
    assert ids("score", "9") == {book["delta"]}
    assert ids("band", "160_plus") == {book["edges"], book["beta"]}
    assert ids("band", "not_due") == {book["edges"], book["gamma"]}
    assert ids("abc", "A") == {book["delta"], book["gamma"], book["edges"]}
    assert ids("top", "1") == {book["delta"]}
    assert ids("letters", "termination") == {book["beta"]}
    assert ids("due") == {book["beta"], book["edges"], book["epsilon"], book["zeta"]}
    assert ids("flags") == {book["edges"], book["beta"], book["gamma"]}


def test_empty_book(db):
    p = portfolio(db.sessions, TODAY)
    assert p.clients == 0 and p.overdue == 0 and p.pareto.clients == 0
    assert p.pareto.top20_share == 0.0
    assert all(row.revenue_share == 0 and row.overdue_share == 0 for row in p.at_stake)


def test_one_client_without_ledger_all_in_one_verdict(db):
    client(db, "Solo", latest_verdict="watch")
    p = portfolio(db.sessions, TODAY)
    assert counts(p.by_verdict)["watch"] == 1
    assert sum(counts(p.by_verdict).values()) == 1
    assert p.pareto.clients == 0 and p.outstanding == 0
    assert counts(p.receivables) == dict.fromkeys(counts(p.receivables), 0)


def test_the_report_words_every_verdict_stage_band_and_letter_kind():
    from models import LetterKind, Stage, Verdict
    from services.portfolio_report import WORDS
    from services.receivables import BAND_KEYS

    for words in WORDS.values():
        assert set(words["verdict"]) == {v.value for v in Verdict} | {NOT_EVALUATED}
        assert set(words["stage"]) == {s.value for s in Stage}
        assert set(words["band"]) == set(BAND_KEYS)
        assert set(words["letter"]) == {k.value for k in LetterKind}
