"""Benchmark: ledger metrics on a book of 100,000 clients and about 1,000,000 ledger rows.

    .venv/bin/python -m bench.metrics [--clients N]

``client_metrics`` for one client is timed in each state of the kept revenue ranking
(services/revenue_ranking.py), since its ABC class reads the whole book's ranking:

- warm: the ranking is valid for today and the ledger (median of 20 runs);
- after an edit: an invoice was just added through services.ledger, which keeps the ranking
  valid by recomputing that one client's row (the write's own time is shown too);
- new day: the first call of a day, which reads yesterday's ranking (reads never rebuild),
  and apart, the background rebuild_stale_ranking that rolls it forward (median of 5 days);
- cold: the ranking is stale (after an import) and read as it was, and apart, the
  background rebuild (median of 5).

Then ``book_metrics`` for the whole book in this one process (it ranks its own figures).
Target: one client under 20 ms. (The whole book's 10 s is the triage's, in bench.evaluation.)
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

from sqlalchemy import insert

from models import Client, Payment, Return, Sale
from services.database import Database, open_database
from services.ledger import SaleInput, add_sale
from services.metrics import book_metrics, client_metrics
from services.revenue_ranking import mark_ledger_changed, rebuild_stale_ranking
from services.settlement import settle_all

TODAY = date(2026, 11, 23)
CREATED = datetime(2026, 11, 23, tzinfo=UTC)
HISTORY_DAYS = 3 * 365
CHUNK = 50_000
RUNS = 20


class Ledger:
    """Synthetic rows, about ten per client: invoices, their payments, a few returns."""

    def __init__(self, clients: int, seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.clients = clients
        self.sales: list[dict] = []
        self.payments: list[dict] = []
        self.returns: list[dict] = []

    def build(self) -> Ledger:
        for client_id in range(1, self.clients + 1):
            # Each client has a habit: how many days it usually takes to pay.
            habit = self.random.choice((10, 25, 40, 60, 90, 170))
            for _ in range(self.random.randint(1, 9)):
                self._sale(client_id, habit)
            if self.random.random() < 0.5:
                self._payment(client_id, None, TODAY - timedelta(days=30), Decimal("50.00"))
        return self

    def _sale(self, client_id: int, habit: int) -> None:
        rnd = self.random
        sale_id = len(self.sales) + 1
        invoiced = TODAY - timedelta(days=rnd.randrange(HISTORY_DAYS))
        amount = Decimal(rnd.randrange(2_000, 500_000)) / 100
        units = Decimal(rnd.randrange(1, 200))
        self.sales.append(
            {
                "id": sale_id,
                "client_id": client_id,
                "invoice_date": invoiced,
                "due_date": invoiced + timedelta(days=30),
                "units": units,
                "amount": amount,
                "created_at": CREATED,
            }
        )
        paid_on = invoiced + timedelta(days=max(0, int(rnd.gauss(habit, 10))))
        if rnd.random() < 0.85 and paid_on <= TODAY:
            self._payment(client_id, sale_id, paid_on, amount)
        if rnd.random() < 0.1:
            self.returns.append(
                {
                    "client_id": client_id,
                    "sale_id": sale_id if rnd.random() < 0.7 else None,
                    "returned_on": min(TODAY, invoiced + timedelta(days=rnd.randrange(60))),
                    "units": Decimal(rnd.randrange(1, int(units) + 1)),
                    "amount": (amount / 10).quantize(Decimal("0.01")),
                    "created_at": CREATED,
                }
            )

    def _payment(self, client_id: int, sale_id: int | None, on: date, amount: Decimal) -> None:
        self.payments.append(
            {
                "client_id": client_id,
                "sale_id": sale_id,
                "paid_on": on,
                "amount": amount,
                "created_at": CREATED,
            }
        )

    @property
    def rows(self) -> int:
        return len(self.sales) + len(self.payments) + len(self.returns)


def client_rows(count: int) -> Iterator[dict]:
    for client_id in range(1, count + 1):
        name = f"client {client_id:06d}"
        yield {
            "id": client_id,
            "name": name,
            "sort_name": name,
            "search_text": name,
            "created_at": CREATED,
            "updated_at": CREATED,
        }


def build_database(path: Path | str, clients: int) -> int:
    """A migrated database holding the synthetic book; returns the number of ledger rows."""
    db = open_database(path)
    ledger = Ledger(clients).build()
    tables = (
        (Client, list(client_rows(clients))),
        (Sale, ledger.sales),
        (Payment, ledger.payments),
        (Return, ledger.returns),
    )
    with db.sessions.begin() as session:
        for model, rows in tables:
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(model), rows[start : start + CHUNK])
        settle_all(session)
    db.close()
    return ledger.rows


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _make_stale(db: Database) -> None:
    """What an import does: many ledger rows, then one mark for the whole book."""
    with db.sessions.begin() as session:
        mark_ledger_changed(session)


def _one_client(db: Database, client_id: int) -> None:
    one = partial(client_metrics, db.sessions, client_id)
    rebuild_stale_ranking(db.sessions, TODAY)  # what the dashboard's worker does
    one(TODAY)  # warm the page cache
    warm = [_timed(partial(one, TODAY)) for _ in range(RUNS)]
    print(f"client_metrics, one client, warm: {_ms(statistics.median(warm))} (median of {RUNS})")

    writes, after_edit = [], []
    for run in range(RUNS):
        invoice = SaleInput(
            invoice_date=TODAY - timedelta(days=run),
            due_date=TODAY + timedelta(days=30),
            amount=Decimal("125.00"),
        )
        writes.append(_timed(partial(add_sale, db.sessions, client_id, invoice)))
        after_edit.append(_timed(partial(one, TODAY)))
    print(
        f"client_metrics, one client, right after adding one of its invoices: "
        f"{_ms(statistics.median(after_edit))} (median of {RUNS}; "
        f"add_sale itself {_ms(statistics.median(writes))})"
    )

    new_day, rolled = [], []
    rebuild = partial(rebuild_stale_ranking, db.sessions)
    for day in range(1, 6):
        new_day.append(_timed(partial(one, TODAY + timedelta(days=day))))
        rolled.append(_timed(partial(rebuild, TODAY + timedelta(days=day))))
    print(
        f"client_metrics, one client, first call of a new day: "
        f"{_ms(statistics.median(new_day))} (median of 5 days, "
        f"{_ms(min(new_day))}-{_ms(max(new_day))}); "
        f"the background roll forward: {_ms(statistics.median(rolled))}"
    )

    cold, rebuilt = [], []
    for _ in range(5):
        _make_stale(db)
        cold.append(_timed(partial(one, TODAY + timedelta(days=5))))
        rebuilt.append(_timed(partial(rebuild, TODAY + timedelta(days=5))))
    print(
        f"client_metrics, one client, ranking stale after an import: "
        f"{_ms(statistics.median(cold))} (median of 5, {_ms(min(cold))}-{_ms(max(cold))}); "
        f"the background rebuild: {_ms(statistics.median(rebuilt))}"
    )
    print("target for one client: < 20 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        rows = build_database(path, args.clients)
        print(
            f"built {args.clients:,} clients, {rows:,} ledger rows in "
            f"{time.perf_counter() - started:.1f} s"
        )
        db = open_database(path)
        try:
            _one_client(db, args.clients // 2 + 1)
            _make_stale(db)
            started = time.perf_counter()
            book = book_metrics(db.sessions, TODAY)
            print(
                f"book_metrics, {len(book):,} clients, in this one process: "
                f"{time.perf_counter() - started:.2f} s (the triage of bench.evaluation, with "
                "worker processes, is what the 10 s target is for)"
            )
        finally:
            db.close()


if __name__ == "__main__":
    main()
