"""Personal-data rights: export everything about one client, erase, anonymise."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Answer, Client, ClientTag, Evaluation, Letter, Payment, Return, Sale
from services.clients import ClientInput, save_client
from services.database import Database
from services.errors import NotFoundError
from services.ledger import (
    PaymentInput,
    ReturnInput,
    SaleInput,
    add_payment,
    add_return,
    add_sale,
    ledger_totals,
)
from services.personal_data import (
    anonymise_client,
    client_data,
    erase_client,
    export_client_data,
)


def person(db: Database, tmp_path: Path, name: str = "Lucía Fernández") -> tuple[int, Path]:
    client_id = save_client(
        db.sessions,
        ClientInput(
            name=name,
            tax_id="12345678Z",
            email="lucia@correo.es",
            phone="600 123 456",
            address="Calle Luna 3",
            city="Granada",
            notes="Prefers calls after 5pm",
            tags=("VIP",),
        ),
    ).id
    sale = add_sale(
        db.sessions,
        client_id,
        SaleInput(date(2025, 1, 10), date(2025, 2, 9), "F-7", Decimal(4), Decimal("400.00")),
    )
    add_payment(db.sessions, client_id, PaymentInput(date(2025, 2, 1), Decimal("300.00"), "", sale))
    add_return(
        db.sessions,
        client_id,
        ReturnInput(date(2025, 2, 3), Decimal(1), Decimal("100.00"), "Lucía said broken", sale),
    )
    pdf = tmp_path / f"letter-{client_id}.pdf"
    pdf.write_bytes(b"%PDF-1.4 letter to " + name.encode())
    with db.sessions.begin() as session:
        evaluation = Evaluation(
            client_id=client_id,
            stage="active",
            score=Decimal("71.5"),
            recommended_verdict="retain",
            chosen_verdict="watch",
            override_reason="Lucía is moving house",
            answers=[Answer(criterion_id="pays_on_time", value="yes", comment="her words")],
        )
        session.add(evaluation)
        session.add(
            Letter(
                client_id=client_id,
                kind="loyalty",
                language="es",
                file_path=str(pdf),
                file_sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
            )
        )
    return client_id, pdf


def count(db: Database, model, client_id: int) -> int:
    with db.sessions() as session:
        return session.scalar(
            select(func.count()).select_from(model).where(model.client_id == client_id)
        )


def test_export_holds_record_ledger_evaluations_and_letters(db: Database, tmp_path: Path) -> None:
    client_id, pdf = person(db, tmp_path)
    out = export_client_data(db.sessions, client_id, tmp_path / "lucia.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "clientela-personal-data"
    assert data["client"]["name"] == "Lucía Fernández"
    assert data["client"]["tags"] == ["VIP"]
    assert data["client"]["notes"] == "Prefers calls after 5pm"
    assert [s["amount"] for s in data["sales"]] == ["400.00"]
    assert data["sales"][0]["invoice_date"] == "2025-01-10"
    assert len(data["payments"]) == 1 and data["returns"][0]["reason"] == "Lucía said broken"
    assert data["evaluations"][0]["override_reason"] == "Lucía is moving house"
    assert data["evaluations"][0]["answers"][0]["comment"] == "her words"
    assert data["letters"][0]["file_path"] == str(pdf)
    with pytest.raises(NotFoundError):
        client_data(db.sessions, 999_999)


def test_erase_removes_everything_and_the_letter_files(db: Database, tmp_path: Path) -> None:
    client_id, pdf = person(db, tmp_path)
    other_id, other_pdf = person(db, tmp_path, "Someone Else")
    report = erase_client(db.sessions, client_id)
    assert report.letter_files_removed == [str(pdf)]
    assert not pdf.exists() and other_pdf.exists()
    for model in (Sale, Payment, Return, Evaluation, Letter, ClientTag):
        assert count(db, model, client_id) == 0
    with db.sessions() as session:
        assert session.get(Client, client_id) is None
        assert session.get(Client, other_id) is not None
    assert count(db, Sale, other_id) == 1


def test_a_letter_file_changed_since_is_left_alone(db: Database, tmp_path: Path) -> None:
    client_id, pdf = person(db, tmp_path)
    pdf.write_bytes(b"the owner's own edited copy")
    report = erase_client(db.sessions, client_id)
    assert report.letter_files_left == [(str(pdf), "changed")]
    assert pdf.exists()


def test_anonymise_keeps_ledger_figures_and_verdicts_only(db: Database, tmp_path: Path) -> None:
    client_id, pdf = person(db, tmp_path)
    before = ledger_totals(db.sessions, client_id, date(2025, 6, 1))
    anonymise_client(db.sessions, client_id)
    assert not pdf.exists()
    data = client_data(db.sessions, client_id)
    text = json.dumps(data, ensure_ascii=False)
    for personal in (
        "Lucía",
        "Fernández",
        "12345678Z",
        "lucia@",
        "600 123",
        "Luna",
        "Granada",
        "5pm",
        "VIP",
        "her words",
    ):
        assert personal not in text
    assert data["client"]["name"] == f"Anonymised client {client_id}"
    assert ledger_totals(db.sessions, client_id, date(2025, 6, 1)) == before
    assert data["sales"][0]["reference"] == "F-7"
    assert (data["evaluations"][0]["score"], data["evaluations"][0]["chosen_verdict"]) == (
        "71.5",
        "watch",
    )
    assert data["letters"] == []
    with db.sessions() as session:
        client = session.get(Client, client_id)
        assert client.sort_name == f"anonymised client {client_id}"
        assert "granada" not in client.search_text
