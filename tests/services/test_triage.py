import gc
from dataclasses import fields
from datetime import date

import pytest
from sqlalchemy import func, select

from models import Client, Evaluation
from services import metrics
from services import triage as triage_module
from services.database import location_of, open_database
from services.demo_data import load_demo_data
from services.progress import Cancelled
from services.revenue_ranking import book_ranking, rebuild_stale_ranking
from services.triage import triage
from services.worker_processes import WORKERS

TODAY = date(2026, 11, 23)


def test_triage_flags_the_late_payer_and_the_returner_of_the_demo_book(db):
    load_demo_data(db.sessions, TODAY)
    result = triage(db.sessions, TODAY)
    flagged = {client.name: {f.code for f in client.flags} for client in result.flagged}
    assert flagged == {
        "Construcciones Ibáñez": {"flag_late_payer"},
        "Moda Peñalver": {"flag_returns"},
    }
    assert result.clients == 12
    assert sum(result.suggested.values()) == 12
    assert result.suggested["let_go"] >= 1  # Moda Peñalver; Ibáñez is class A: boundaries
    assert result.suggested["set_boundaries"] >= 2


def test_triage_stores_nothing(db):
    load_demo_data(db.sessions, TODAY)
    triage(db.sessions, TODAY)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Evaluation)) == 0
        assert session.scalars(select(Client.latest_verdict)).all() == [None] * 12


def test_triage_can_be_cancelled_from_the_progress_callback(db):
    load_demo_data(db.sessions, TODAY)
    with pytest.raises(Cancelled):
        triage(db.sessions, TODAY, progress=lambda done, total: False)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_paused_during_a_triage_and_left_as_it_was(
    db, monkeypatch, enabled
):
    load_demo_data(db.sessions, TODAY)
    seen = []
    judge = triage_module._judge

    def judged(*args):
        seen.append(gc.isenabled())
        return judge(*args)

    monkeypatch.setattr(triage_module, "_judge", judged)
    (gc.enable if enabled else gc.disable)()
    try:
        triage(db.sessions, TODAY)
        with pytest.raises(Cancelled):
            triage(db.sessions, TODAY, progress=lambda done, total: False)
        assert gc.isenabled() is enabled  # after a triage, and after a cancelled one
    finally:
        gc.enable()
    assert seen and not any(seen)  # every chunk judged with the collector off


def test_an_empty_book_triages_to_nothing(db):
    result = triage(db.sessions, TODAY)
    assert (result.flagged, result.clients) == ((), 0)


@pytest.fixture
def varied_book(tmp_path, monkeypatch):
    """The benchmark's synthetic book, small: every kind of ledger, in chunks of 40 clients."""
    from bench.metrics import TODAY as BOOK_DAY
    from bench.metrics import build_database

    path = tmp_path / "varied.sqlite3"
    build_database(path, 300)
    monkeypatch.setattr(metrics, "CHUNK_CLIENTS", 40)
    db = open_database(path)
    yield db, BOOK_DAY
    db.close()


def test_worker_processes_judge_the_book_exactly_as_this_process_does(varied_book):
    db, day = varied_book
    assert location_of(db.engine) is not None  # a file: the workers can open it too
    here = triage(db.sessions, day, in_processes=False)
    there = triage(db.sessions, day, in_processes=True)
    assert there == here
    assert (there.worker_processes, here.worker_processes) == (WORKERS, 0)
    assert here.clients == 300
    assert 0 < len(here.flagged) < 300  # a real mix, not all or nothing
    assert len([n for n in here.suggested.values() if n]) >= 2


def test_the_triage_reads_the_very_figures_book_metrics_gives(varied_book):
    """The triage counts only LedgerFacts, with lighter queries than ClientMetrics': they must
    still be the same figures, client by client."""
    db, day = varied_book
    full = metrics.book_metrics(db.sessions, day)
    rebuild_stale_ranking(db.sessions, day)
    with db.sessions() as session:
        ranking = book_ranking(session)
    facts = {}
    for chunk in metrics.book_chunks(db.sessions):
        facts.update(metrics.chunk_facts(db.sessions, day, chunk, lambda: ranking))
    assert facts.keys() == full.keys()
    names = [f.name for f in fields(metrics.LedgerFacts)]
    for client_id, whole in full.items():
        expected = [getattr(whole, name) for name in names]
        assert repr([getattr(facts[client_id], name) for name in names]) == repr(expected)
    assert len({f.abc_class for f in facts.values()}) >= 3  # a real mix of clients
    assert any(f.enough_data for f in facts.values()) and not all(
        f.enough_data for f in facts.values()
    )


def test_a_triage_in_worker_processes_can_be_cancelled(varied_book):
    db, day = varied_book
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        triage(db.sessions, day, progress, in_processes=True)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)  # no second run
    assert calls[-1][0] == 2 and calls[-1][1] == 300 // 40 + 2  # 8 chunks, and the end


def test_a_triage_cancelled_before_any_chunk_is_judged_leaves_no_worker_waiting(varied_book):
    db, day = varied_book
    with pytest.raises(Cancelled):
        triage(db.sessions, day, lambda done, total: False, in_processes=True)
    # The next triage starts its own workers and is not held up by the cancelled one's.
    assert triage(db.sessions, day, in_processes=True).clients == 300


def _start_that_fails(*_args) -> None:
    raise RuntimeError("this worker cannot start")


def test_when_the_worker_processes_cannot_start_the_triage_runs_here(varied_book, monkeypatch):
    db, day = varied_book
    expected = triage(db.sessions, day, in_processes=False)
    # Pickled by name: the spawned workers import this test module and fail to start.
    monkeypatch.setattr(triage_module, "_start_worker", _start_that_fails)
    monkeypatch.setattr(triage_module, "_workers_failed", False)  # put back after the test
    fallen_back = triage(db.sessions, day, in_processes=True)
    assert fallen_back == expected
    assert fallen_back.worker_processes == 0
    assert triage_module._workers_failed  # not tried again in this session
    assert triage(db.sessions, day, in_processes=True) == expected


def test_the_triage_facts_hold_exactly_the_fields_of_ledger_facts(varied_book):
    """chunk_facts builds LedgerFacts without their __init__ (services.metrics._ranked): no
    field may be missing, and nothing besides."""
    db, day = varied_book
    metrics.book_metrics(db.sessions, day)
    with db.sessions() as session:
        ranking = book_ranking(session)
    chunk = metrics.book_chunks(db.sessions)[0]
    facts = metrics.chunk_facts(db.sessions, day, chunk, lambda: ranking)
    names = {f.name for f in fields(metrics.LedgerFacts)}
    for one in facts.values():
        assert set(vars(one)) == names
        assert one == metrics.LedgerFacts(**vars(one))
