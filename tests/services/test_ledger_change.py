"""services.ledger_change: every way of writing the ledger (and the clients) leaves the data
drawn from it in step: each invoice's settlement, each client's search columns and the kept
revenue ranking. Reads never rebuild the ranking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Client, LedgerVersion, Payment, RevenueRanking, Sale
from services import ledger, revenue_ranking
from services.bulk_edits import add_tag, set_stage
from services.clients import ClientInput, delete_client, save_client, search_columns
from services.database import Database
from services.demo_data import load_demo_data
from services.importing import ImportOptions, Kind, MatchBy, run_import
from services.ledger import PAYMENTS, RETURNS, PaymentInput, ReturnInput, SaleInput
from services.ledger_change import ledger_change
from services.metrics import book_metrics, client_metrics
from services.personal_data import anonymise_client, erase_client
from services.receivables import client_receivables
from services.revenue_ranking import rebuild_stale_ranking
from tests.import_files import csv_table

TODAY = date.today()  # the demo data and the import wizard's rebuild work on today
D = Decimal


def settlement_in_step(db: Database) -> None:
    """Each invoice's paid and paid_on are its payments' sum and latest date."""
    with db.sessions() as session:
        paid = {
            sale_id: (D(str(total)).quantize(D("0.01")), last)
            for sale_id, total, last in session.execute(
                select(Payment.sale_id, func.sum(Payment.amount), func.max(Payment.paid_on))
                .where(Payment.sale_id.is_not(None))
                .group_by(Payment.sale_id)
            )
        }
        for sale in session.scalars(select(Sale)):
            expected = paid.get(sale.id, (D("0.00"), None))
            assert (D(str(sale.paid)).quantize(D("0.01")), sale.paid_on) == expected, sale.id


def search_columns_in_step(db: Database) -> None:
    with db.sessions() as session:
        for client in session.scalars(select(Client)):
            assert (client.sort_name, client.search_text) == search_columns(client), client.name


def ranking_in_step(db: Database) -> bool:
    """The kept ranking and receivables, when valid, hold exactly the ledger's revenue and
    age bands; False when stale (a background rebuild_stale_ranking then makes them exact)."""
    with db.sessions() as session:
        if not revenue_ranking.is_current(session, TODAY):
            return False
        kept = session.execute(select(RevenueRanking.client_id, RevenueRanking.revenue_cents))
        ledger_rows = session.execute(revenue_ranking.revenue_rows(TODAY))
        assert dict(kept.all()) == {row.client_id: row.revenue_cents for row in ledger_rows}
        kept_owed = client_receivables(session, TODAY, kept=True)
        assert kept_owed == client_receivables(session, TODAY)  # as computed from the ledger
    return True


def ledger_version(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(LedgerVersion.version)) or 0


def all_in_step(db: Database) -> bool:
    """Settlement and search columns always; the ranking valid (True) or stale (False), and
    exact once rebuilt. One-client metrics then agree with the whole book's."""
    settlement_in_step(db)
    search_columns_in_step(db)
    valid = ranking_in_step(db)
    rebuild_stale_ranking(db.sessions, TODAY)
    assert ranking_in_step(db)
    book = book_metrics(db.sessions, TODAY)
    assert {c: client_metrics(db.sessions, c, TODAY) for c in book} == book
    return valid


def by_id(info, kind: Kind) -> ImportOptions:
    return ImportOptions(kind, dict(enumerate(("client", *info.headers[1:]))), match_by=MatchBy.ID)


def test_every_ledger_write_keeps_settlement_search_columns_and_ranking_in_step(
    db: Database, tmp_path: Path
) -> None:
    writes: list[tuple[str, Callable[[], object], bool]] = []  # name, write, touches the ledger

    def step(name: str, touches_ledger: bool = True):
        def register(write: Callable[[], object]) -> Callable[[], object]:
            writes.append((name, write, touches_ledger))
            return write

        return register

    ids: dict[str, int] = {}
    entries: dict[str, int] = {}
    day = TODAY - timedelta(days=10)

    @step("demo data")
    def _demo() -> None:
        load_demo_data(db.sessions, TODAY)
        with db.sessions() as session:
            ids.update({c.name: c.id for c in session.scalars(select(Client).order_by(Client.id))})

    @step("a client created in the editor", touches_ledger=False)
    def _create() -> None:
        ids["Łuczak"] = save_client(db.sessions, ClientInput(name="Łuczak Straße SL")).id

    @step("a client renamed in the editor", touches_ledger=False)
    def _rename() -> None:
        record = save_client(
            db.sessions, ClientInput(name="Ærø Ølsen", city="Málaga"), ids["Łuczak"]
        )
        assert record.name == "Ærø Ølsen"

    @step("add a sale")
    def _add_sale() -> None:
        entries["sale"] = ledger.add_sale(
            db.sessions,
            ids["Łuczak"],
            SaleInput(day, day + timedelta(days=30), "X-1", amount=D(900)),
        )

    @step("update a sale")
    def _update_sale() -> None:
        ledger.update_sale(
            db.sessions, ids["Łuczak"], entries["sale"], SaleInput(day, day, "X-1", amount=D(950))
        )

    @step("add a second sale")
    def _add_second_sale() -> None:
        entries["second"] = ledger.add_sale(
            db.sessions, ids["Łuczak"], SaleInput(day, day, "X-2", amount=D(100))
        )

    @step("add a payment")
    def _add_payment() -> None:
        data = PaymentInput(day, D(400), "P-1", entries["sale"])
        entries["payment"] = ledger.add_entry(db.sessions, ids["Łuczak"], data)

    @step("move a payment to another invoice")
    def _update_payment() -> None:
        data = PaymentInput(day + timedelta(days=1), D(100), "P-1", entries["second"])
        ledger.update_entry(db.sessions, ids["Łuczak"], entries["payment"], data)

    @step("add a return")
    def _add_return() -> None:
        data = ReturnInput(day, D(1), D(50), "broken", entries["sale"])
        entries["return"] = ledger.add_entry(db.sessions, ids["Łuczak"], data)

    @step("update a return")
    def _update_return() -> None:
        data = ReturnInput(day, D(2), D(80), "broken", None)
        ledger.update_entry(db.sessions, ids["Łuczak"], entries["return"], data)

    @step("delete a return")
    def _delete_return() -> None:
        ledger.delete_entry(RETURNS, db.sessions, ids["Łuczak"], entries["return"])

    @step("delete a sale with a payment on it")
    def _delete_sale() -> None:
        ledger.delete_sale(db.sessions, ids["Łuczak"], entries["second"])

    @step("delete a payment")
    def _delete_payment() -> None:
        ledger.delete_entry(PAYMENTS, db.sessions, ids["Łuczak"], entries["payment"])

    @step("import sales")
    def _import_sales() -> None:
        text = f"client,invoice_date,amount,reference\n{ids['Łuczak']},{day},300,IMP-1\n"
        info = csv_table(tmp_path, name="sales.csv", text=text)
        assert run_import(db.sessions, info, by_id(info, Kind.SALES)).inserted == 1

    @step("import payments")
    def _import_payments() -> None:
        text = f"client,paid_on,amount,invoice\n{ids['Łuczak']},{day},120,IMP-1\n"
        info = csv_table(tmp_path, name="payments.csv", text=text)
        assert run_import(db.sessions, info, by_id(info, Kind.PAYMENTS)).inserted == 1

    @step("import returns")
    def _import_returns() -> None:
        text = f"client,returned_on,units,amount,invoice\n{ids['Łuczak']},{day},1,30,IMP-1\n"
        info = csv_table(tmp_path, name="returns.csv", text=text)
        assert run_import(db.sessions, info, by_id(info, Kind.RETURNS)).inserted == 1

    @step("import new clients (bulk inserts)", touches_ledger=False)
    def _import_clients() -> None:
        info = csv_table(
            tmp_path, name="clients.csv", text="name,city,tax_id\nÖztürk Ltd,Köln,DE1\n"
        )
        options = ImportOptions(Kind.CLIENTS, {0: "name", 1: "city", 2: "tax_id"})
        assert run_import(db.sessions, info, options).inserted == 1

    @step("import an update of a client", touches_ledger=False)
    def _import_update() -> None:
        info = csv_table(
            tmp_path, name="update.csv", text="name,city,tax_id\nÖztürk Ltd,Zürich,DE1\n"
        )
        options = ImportOptions(
            Kind.CLIENTS,
            {0: "name", 1: "city", 2: "tax_id"},
            match_by=MatchBy.TAX_ID,
            duplicates=revenue_ranking_duplicates_update(),
        )
        assert run_import(db.sessions, info, options).updated == 1

    @step("bulk edits (stage, tag): no ledger", touches_ledger=False)
    def _bulk() -> None:
        set_stage(db.sessions, [ids["Łuczak"]], "lost")
        add_tag(db.sessions, [ids["Łuczak"]], "checked")

    @step("anonymise a client", touches_ledger=False)
    def _anonymise() -> None:
        anonymise_client(db.sessions, ids["Łuczak"])

    @step("delete a client with its ledger")
    def _delete_client() -> None:
        delete_client(db.sessions, next(iter(ids.values())))

    @step("erase a client with its ledger")
    def _erase() -> None:
        erase_client(db.sessions, ids["Łuczak"])

    rebuilt_at_all = False
    for name, write, touches_ledger in writes:
        before = ledger_version(db)
        write()
        assert (ledger_version(db) > before) == touches_ledger, name
        rebuilt_at_all |= not all_in_step(db)
    assert rebuilt_at_all  # the demo data (a whole book at once) left it stale


def revenue_ranking_duplicates_update():
    from services.importing import Duplicates

    return Duplicates.UPDATE


def test_an_ordinary_edit_keeps_the_ranking_valid_without_a_rebuild(db, monkeypatch) -> None:
    client = save_client(db.sessions, ClientInput(name="Alfa")).id
    other = save_client(db.sessions, ClientInput(name="Beta")).id
    for who in (client, other):
        ledger.add_sale(db.sessions, who, SaleInput(TODAY, TODAY, amount=D(100)))
    rebuild_stale_ranking(db.sessions, TODAY)
    monkeypatch.setattr(revenue_ranking, "_rebuild", pytest.fail)

    ledger.add_entry(db.sessions, client, PaymentInput(TODAY, D(60)))
    ledger.add_sale(db.sessions, client, SaleInput(TODAY, TODAY, amount=D(400)))

    assert ranking_in_step(db)
    assert rebuild_stale_ranking(db.sessions, TODAY) is False


def test_reading_never_rebuilds_the_ranking(db, monkeypatch) -> None:
    """The evaluation wizard's metrics, the dashboard's figures and the book's metrics read
    the last ranking kept, however stale; only rebuild_stale_ranking writes it."""
    ids = [save_client(db.sessions, ClientInput(name=n)).id for n in ("Alfa", "Beta", "Gamma")]
    for n, who in enumerate(ids):
        ledger.add_sale(db.sessions, who, SaleInput(TODAY, TODAY, amount=D(100 * (n + 1))))
    rebuild_stale_ranking(db.sessions, TODAY)
    with db.sessions.begin() as session, ledger_change(session, whole_book=True):
        session.add(Sale(client_id=ids[0], invoice_date=TODAY, due_date=TODAY, amount=D(900)))
    version = ledger_version(db)

    def refuse(*_args, **_kwargs):
        raise AssertionError("a read rebuilt the ranking")

    monkeypatch.setattr(revenue_ranking, "_bring_up_to_date", refuse)
    from services.portfolio import portfolio

    own = client_metrics(db.sessions, ids[0], TODAY)
    other = client_metrics(db.sessions, ids[1], TODAY)
    client_metrics(db.sessions, ids[0], TODAY + timedelta(days=1))  # a new day: not rolled
    book_metrics(db.sessions, TODAY)
    portfolio(db.sessions, TODAY)

    assert ledger_version(db) == version
    assert not ranking_in_step(db)  # still stale: nothing was written
    # A client's own revenue is today's; the others' as last kept: Alfa's 1000 against
    # Beta's and Gamma's 500, while Beta's 200 still stands against the old book of 600.
    assert (own.revenue_12m, own.revenue_share) == (D(1000), 1000 / 1500)
    assert other.revenue_share == 200 / 600
    monkeypatch.undo()
    assert rebuild_stale_ranking(db.sessions, TODAY) is True
    assert client_metrics(db.sessions, ids[1], TODAY).revenue_share == 200 / 1500


def test_a_new_day_moves_the_kept_receivables_to_their_new_bands(db) -> None:
    """Rolling the ranking to a new day (a background upkeep) rewrites the kept age bands:
    an invoice due today is not due; tomorrow it is 1 day overdue."""
    client = save_client(db.sessions, ClientInput(name="Alfa")).id
    ledger.add_sale(db.sessions, client, SaleInput(TODAY - timedelta(days=30), TODAY, amount=D(70)))
    rebuild_stale_ranking(db.sessions, TODAY)
    tomorrow = TODAY + timedelta(days=1)
    assert rebuild_stale_ranking(db.sessions, tomorrow) is True
    with db.sessions() as session:
        assert revenue_ranking.is_current(session, tomorrow)
        kept = client_receivables(session, tomorrow, kept=True)
        assert kept == client_receivables(session, tomorrow)
    assert kept[client].bands == [0, 7000, 0, 0, 0]
