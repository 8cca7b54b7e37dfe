"""The kept revenue ranking: one client's ABC class and share stay exactly what a fresh
whole-book computation gives, however the ranking got there (rebuilt, kept by ordinary edits,
rolled to a new day by rebuild_stale_ranking); reads never rebuild it, and while it is stale
they rank against the last one kept."""

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql

from models import LedgerVersion, RevenueRanking, RevenueRankingState
from services import ledger, metrics, revenue_ranking
from services.clients import ClientInput, delete_client, save_client
from services.ledger import PaymentInput, SaleInput
from services.metrics import book_metrics, client_metrics
from services.revenue_ranking import mark_ledger_changed, rebuild_stale_ranking

TODAY = date(2026, 11, 23)
D = Decimal


def ago(days: int, today: date = TODAY) -> date:
    return today - timedelta(days=days)


def new_client(db, name: str) -> int:
    return save_client(db.sessions, ClientInput(name=name)).id


def sale(db, client_id, amount, *, on) -> int:
    data = SaleInput(invoice_date=on, due_date=on + timedelta(days=30), amount=D(amount))
    return ledger.add_sale(db.sessions, client_id, data)


def a_book(db) -> dict[str, int]:
    """Five clients whose classes change when a few hundred euros move."""
    clients = {name: new_client(db, name) for name in ("Big", "Second", "Middle", "Small", "Old")}
    sale(db, clients["Big"], "5000", on=ago(10))
    sale(db, clients["Second"], "3000", on=ago(20))
    sale(db, clients["Middle"], "1500", on=ago(30))
    sale(db, clients["Small"], "500", on=ago(40))
    sale(db, clients["Old"], "2000", on=ago(363))  # leaves the 365 days two days from now
    return clients


def one_by_one(db, clients, today=TODAY) -> dict[int, metrics.ClientMetrics]:
    return {c: client_metrics(db.sessions, c, today) for c in clients.values()}


def fresh_book(db, today=TODAY) -> dict[int, metrics.ClientMetrics]:
    """The reference: the whole book computed from the ledger itself."""
    return book_metrics(db.sessions, today)


def state(db) -> tuple[date, int, int] | None:
    with db.sessions() as session:
        kept = session.get(RevenueRankingState, 1)
        version = session.scalar(select(LedgerVersion.version))
        return None if kept is None else (kept.as_of, kept.ledger_version, version)


def kept_rows(db) -> dict[int, int]:
    with db.sessions() as session:
        rows = session.execute(select(RevenueRanking.client_id, RevenueRanking.revenue_cents))
        return dict(rows.all())


def ready(db, today=TODAY) -> None:
    """What the dashboard's worker does in the background."""
    rebuild_stale_ranking(db.sessions, today)


def forbid_rebuild(monkeypatch) -> None:
    """Fail any whole-book rebuild from now on: proves calls are served from the kept ranking."""

    def refuse(*_args):
        raise AssertionError("the whole ranking was rebuilt")

    monkeypatch.setattr(revenue_ranking, "_rebuild", refuse)


def test_one_client_calls_with_no_ranking_kept_read_the_ledger_and_build_nothing(db):
    clients = a_book(db)
    assert state(db) is None  # nothing kept yet

    found = one_by_one(db, clients)

    assert found == fresh_book(db)
    assert found[clients["Middle"]].abc_class == "B"
    assert state(db) is None and kept_rows(db) == {}  # a read wrote nothing


def test_rebuild_stale_ranking_leaves_it_ready_so_one_client_calls_build_nothing(db, monkeypatch):
    clients = a_book(db)

    assert rebuild_stale_ranking(db.sessions, TODAY) is True
    assert rebuild_stale_ranking(db.sessions, TODAY) is False  # nothing stale any more
    book = book_metrics(db.sessions, TODAY)
    forbid_rebuild(monkeypatch)

    assert kept_rows(db)[clients["Big"]] == 500_000

    assert state(db) == (TODAY, state(db)[2], state(db)[2])
    assert one_by_one(db, clients) == book


def test_ordinary_ledger_edits_keep_the_ranking_valid_and_exact(db, monkeypatch):
    clients = a_book(db)
    ready(db)
    forbid_rebuild(monkeypatch)
    small = clients["Small"]

    big_sale = sale(db, small, "4000", on=ago(5))  # Small becomes the second largest
    edited = one_by_one(db, clients)
    ledger.update_sale(
        db.sessions,
        small,
        big_sale,
        SaleInput(invoice_date=ago(400), due_date=ago(370), amount=D("4000")),
    )
    moved_out = one_by_one(db, clients)
    ledger.add_payment(db.sessions, small, PaymentInput(paid_on=ago(1), amount=D("100")))
    ledger.delete_sale(
        db.sessions, clients["Big"], ledger.list_sales(db.sessions, clients["Big"])[0].id
    )
    deleted = one_by_one(db, clients)
    version = state(db)[2]

    assert edited[small].abc_class == "A" and moved_out[small].abc_class == "C"
    assert deleted[clients["Big"]].abc_class is None
    assert state(db) == (TODAY, version, version)  # still valid: nothing was rebuilt
    assert deleted == fresh_book(db)


def test_a_new_day_recomputes_only_clients_whose_oldest_invoice_left_the_window(db, monkeypatch):
    monkeypatch.setattr(revenue_ranking, "ROLL_LIMIT", 0.5)  # 1 of 5 leaves: not "too many"
    clients = a_book(db)
    ready(db)
    forbid_rebuild(monkeypatch)
    two_days_later = TODAY + timedelta(days=2)
    before = one_by_one(db, clients, two_days_later)  # a read: yesterday's ranking, kept

    ready(db, two_days_later)
    found = one_by_one(db, clients, two_days_later)

    assert state(db)[0] == two_days_later
    # Meanwhile, Old's own revenue was already today's; the others stood as two days ago.
    assert before[clients["Old"]].revenue_12m == D("0.00")
    assert before[clients["Big"]].revenue_share == 5000 / 12000
    assert found[clients["Big"]].revenue_share == 5000 / 10000
    assert found[clients["Old"]].revenue_12m == D("0.00")
    assert clients["Old"] not in kept_rows(db)
    assert state(db)[0] == two_days_later
    # The reference computes from the ledger itself; the ranking is current: no rebuild.
    assert found == fresh_book(db, two_days_later)


def test_a_write_without_clients_leaves_the_ranking_stale_until_rebuilt_in_the_background(db):
    clients = a_book(db)
    ready(db)
    with db.sessions.begin() as session:  # as the importer writes: many rows, then one mark
        for client in clients.values():
            session.add(
                ledger.Sale(
                    client_id=client, invoice_date=ago(3), due_date=ago(-27), amount=D("250.00")
                )
            )
        mark_ledger_changed(session)
    _, kept_version, version = state(db)
    assert kept_version == version - 1  # stale

    meanwhile = one_by_one(db, clients)
    assert state(db) == (TODAY, version - 1, version)  # reading rebuilt nothing
    # The last ranking kept, each client's own revenue today's: the others' as they were.
    assert meanwhile[clients["Big"]].revenue_share == 5250 / 12250
    assert meanwhile[clients["Small"]].revenue_share == 750 / 12250  # fresh: 750 / 13250
    ready(db)
    found = one_by_one(db, clients)

    assert state(db) == (TODAY, version, version)
    assert found == fresh_book(db)


def test_deleting_a_client_deletes_its_ranking_row_and_the_totals_are_recounted(db, monkeypatch):
    clients = a_book(db)
    ready(db)
    forbid_rebuild(monkeypatch)

    big = clients.pop("Big")
    delete_client(db.sessions, big)
    found = one_by_one(db, clients)

    assert big not in kept_rows(db)
    assert found[clients["Second"]].revenue_share == 3000 / 7000  # of what is left
    assert found == fresh_book(db)


def test_float_sums_of_cents_are_kept_as_exact_cents_in_the_rebuilt_ranking(db):
    big, first, second = (new_client(db, name) for name in ("Big", "First", "Second"))
    sale(db, big, "700", on=ago(10))
    for client in (first, second):
        for amount in ("33.33", "33.33", "33.34"):  # SQLite sums these as floats
            sale(db, client, amount, on=ago(10))

    ready(db)
    found = {c: client_metrics(db.sessions, c, TODAY) for c in (big, first, second)}

    assert kept_rows(db) == {big: 70_000, first: 10_000, second: 10_000}
    # Out of 900, 700 come before "First" (under 80 %) and 800 before "Second" (over).
    assert (found[first].abc_class, found[second].abc_class) == ("A", "B")
    assert found == fresh_book(db)


def test_a_database_migrated_from_the_start_has_the_ledger_version_row(db):
    with db.sessions() as session:
        assert session.scalars(select(LedgerVersion.version)).all() == [0]


def test_clients_below_the_middle_are_placed_from_the_lower_end_with_ties_by_id(db):
    big = [new_client(db, f"Big {i}") for i in range(3)]
    first, second = new_client(db, "First"), new_client(db, "Second")
    for client in big:
        sale(db, client, "700", on=ago(10))
    for client in (first, second):
        sale(db, client, "100", on=ago(10))
    from_ledger = {c: client_metrics(db.sessions, c, TODAY) for c in (*big, first, second)}

    ready(db)
    found = {c: client_metrics(db.sessions, c, TODAY) for c in (*big, first, second)}

    assert found == from_ledger  # the same ties by id, summed from the ledger
    # Out of 2300, 2100 come before "First" (under 95 %) and 2200 before "Second" (over).
    assert (found[first].abc_class, found[second].abc_class) == ("B", "C")
    assert [found[c].abc_class for c in big] == ["A", "A", "A"]
    assert found == fresh_book(db)


def test_the_ranking_uses_the_same_365_days_as_the_metrics():
    assert revenue_ranking.YEAR_DAYS == metrics.YEAR_DAYS


def test_the_statements_compile_for_postgresql_too():
    dialect = postgresql.dialect()
    rebuild = revenue_ranking._insert_from(revenue_ranking._revenue_rows(TODAY))
    compiled = str(rebuild.compile(dialect=dialect))
    assert "INSERT INTO revenue_ranking" in compiled
    assert "CAST(round(sum(sale.amount) *" in compiled and "AS BIGINT)" in compiled
    for statement in (
        revenue_ranking._state_query(),
        revenue_ranking._side_query(True),
        revenue_ranking._side_query(False),
    ):
        assert "revenue_ranking" in str(statement.compile(dialect=dialect))


def test_a_write_naming_its_clients_keeps_the_ranking_valid(db, monkeypatch):
    monkeypatch.setattr(revenue_ranking, "ROLL_LIMIT", 0.5)  # 2 of 5 clients: not "too many"
    clients = a_book(db)
    ready(db)
    forbid_rebuild(monkeypatch)
    changed = [clients["Small"], clients["Middle"]]
    with db.sessions.begin() as session:
        for client in changed:
            session.add(
                ledger.Sale(
                    client_id=client, invoice_date=ago(3), due_date=ago(-27), amount=D("4000")
                )
            )
        mark_ledger_changed(session, changed)

    found = one_by_one(db, clients)

    _, kept_version, version = state(db)
    assert kept_version == version  # still valid: only their rows were recomputed
    assert found[clients["Small"]].abc_class == "A"
    assert found == fresh_book(db)


def test_a_rebuild_told_the_book_total_rebuilds_a_ranking_that_missed_an_unmarked_write(db):
    clients = a_book(db)
    ready(db)
    with db.sessions.begin() as session:  # a write that forgot mark_ledger_changed
        session.add(
            ledger.Sale(
                client_id=clients["Small"], invoice_date=ago(3), due_date=ago(-27), amount=D("9000")
            )
        )
    stale = client_metrics(db.sessions, clients["Big"], TODAY)
    assert stale.revenue_share == 5000 / 12000  # the kept book total missed the 9000

    book = book_metrics(db.sessions, TODAY)
    assert rebuild_stale_ranking(db.sessions, TODAY) is False  # valid, as far as it knows
    total = sum(figures.revenue_12m for figures in book.values())
    assert rebuild_stale_ranking(db.sessions, TODAY, book=total) is True  # as a triage does

    assert book[clients["Small"]].revenue_share == 9500 / 21000
    assert one_by_one(db, clients) == book


def test_a_rebuild_writes_changed_rows_adds_new_clients_and_drops_those_left_without_revenue(db):
    clients = a_book(db)
    ready(db)
    assert len(kept_rows(db)) == 5
    newcomer = new_client(db, "Newcomer")
    with db.sessions.begin() as session:  # as an importer writes: rows, then one mark
        session.add(
            ledger.Sale(
                client_id=clients["Big"], invoice_date=ago(3), due_date=ago(-27), amount=D("1.25")
            )
        )
        session.add(
            ledger.Sale(client_id=newcomer, invoice_date=ago(5), due_date=ago(25), amount=D("700"))
        )
        # Small's only invoice goes: no revenue left, so no row.
        session.execute(delete(ledger.Sale).where(ledger.Sale.client_id == clients["Small"]))
        mark_ledger_changed(session)
    ready(db)

    found = one_by_one(db, {**clients, "Newcomer": newcomer})

    assert kept_rows(db) == {
        clients["Big"]: 500125,
        clients["Second"]: 300000,
        clients["Middle"]: 150000,
        clients["Old"]: 200000,
        newcomer: 70000,
    }
    assert found == fresh_book(db)
