"""Two people editing the same thing: the second save is refused, never a silent overwrite.

Every edited table carries a version counter; these tests run on SQLite and, in the
PostgreSQL run, on a real server (the `db` book).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm.exc import StaleDataError

from models import BusinessProfile, LetterTemplate, Payment, Return, Sale
from services import ledger
from services.business_profile import ProfileData, get_profile, profile_version, save_profile
from services.clients import ClientInput, client_version, save_client
from services.errors import ConcurrentEditError
from services.ledger import PaymentInput, ReturnInput, SaleInput
from services.letter_templates import get_template, restore_default, save_template

TODAY = date(2026, 12, 1)


@pytest.fixture
def client_id(db) -> int:
    return save_client(db.sessions, ClientInput(name="Ana")).id


def sale_input(amount: str, reference: str = "F-1") -> SaleInput:
    return SaleInput(TODAY, TODAY, reference=reference, amount=Decimal(amount))


def test_an_invoice_edited_by_someone_else_is_not_overwritten(db, client_id):
    sale_id = ledger.add_sale(db.sessions, client_id, sale_input("100"))
    shown = ledger.list_sales(db.sessions, client_id)[0]
    ledger.update_sale(db.sessions, client_id, sale_id, sale_input("150"), shown.version)
    with pytest.raises(ConcurrentEditError) as error:
        ledger.update_sale(db.sessions, client_id, sale_id, sale_input("120"), shown.version)
    assert error.value.params == {"what": "ledger_entry"}
    assert ledger.list_sales(db.sessions, client_id)[0].amount == Decimal("150.00")
    # Knowingly applied (no expected version): saved over the other.
    ledger.update_sale(db.sessions, client_id, sale_id, sale_input("120"))
    assert ledger.list_sales(db.sessions, client_id)[0].amount == Decimal("120.00")


def test_a_payment_and_a_return_edited_elsewhere_are_refused_too(db, client_id):
    payment_id = ledger.add_payment(db.sessions, client_id, PaymentInput(TODAY, Decimal("10")))
    return_id = ledger.add_return(
        db.sessions, client_id, ReturnInput(TODAY, Decimal("1"), Decimal("5"))
    )
    payment = ledger.list_payments(db.sessions, client_id)[0]
    entry = ledger.list_returns(db.sessions, client_id)[0]
    assert (payment.version, entry.version) == (1, 1)
    ledger.update_payment(
        db.sessions, client_id, payment_id, PaymentInput(TODAY, Decimal("11")), payment.version
    )
    ledger.update_return(
        db.sessions, client_id, return_id, ReturnInput(TODAY, Decimal("2"), Decimal("5")), 1
    )
    with pytest.raises(ConcurrentEditError):
        ledger.update_payment(
            db.sessions, client_id, payment_id, PaymentInput(TODAY, Decimal("12")), 1
        )
    with pytest.raises(ConcurrentEditError):
        ledger.delete_return(db.sessions, client_id, return_id, 1)
    assert ledger.list_payments(db.sessions, client_id)[0].amount == Decimal("11.00")
    assert len(ledger.list_returns(db.sessions, client_id)) == 1


def test_settling_an_invoice_does_not_make_its_edit_stale(db, client_id):
    """A colleague's payment changes what is paid on the invoice, not what the owner typed."""
    sale_id = ledger.add_sale(db.sessions, client_id, sale_input("100"))
    shown = ledger.list_sales(db.sessions, client_id)[0]
    ledger.add_payment(db.sessions, client_id, PaymentInput(TODAY, Decimal("40"), sale_id=sale_id))
    ledger.update_sale(db.sessions, client_id, sale_id, sale_input("100", "F-1b"), shown.version)
    assert ledger.list_sales(db.sessions, client_id)[0].paid == Decimal("40.00")


@pytest.mark.parametrize("model", [Sale, Payment, Return, LetterTemplate, BusinessProfile])
def test_every_edited_table_refuses_an_update_racing_another(db, client_id, model):
    """Between a service's version check and its UPDATE another save may slip in: the UPDATE
    itself then matches no row (StaleDataError, which the services turn into
    ConcurrentEditError)."""
    if model is Sale:
        ledger.add_sale(db.sessions, client_id, sale_input("100"))
    elif model is Payment:
        ledger.add_payment(db.sessions, client_id, PaymentInput(TODAY, Decimal("10")))
    elif model is Return:
        ledger.add_return(db.sessions, client_id, ReturnInput(TODAY, Decimal("1")))
    elif model is LetterTemplate:
        save_template(db.sessions, "loyalty", "es", "Gracias", "Hola {client_name}\n")
    else:
        save_profile(db.sessions, ProfileData(name="Mine"))
    field = {LetterTemplate: "subject", BusinessProfile: "name", Return: "reason"}.get(
        model, "reference"
    )
    with db.sessions() as first, db.sessions() as second:
        mine = first.query(model).one()
        theirs = second.query(model).one()
        setattr(theirs, field, "theirs")
        second.commit()
        setattr(mine, field, "mine")
        with pytest.raises(StaleDataError):
            first.commit()


def test_a_template_changed_elsewhere_is_not_overwritten(db):
    shown = get_template(db.sessions, "loyalty", "es")
    assert shown.revision == 0  # the shipped default
    saved = save_template(db.sessions, "loyalty", "es", "Gracias", "Hola {client_name}\n", 0)
    assert saved.revision == 1
    with pytest.raises(ConcurrentEditError):
        save_template(db.sessions, "loyalty", "es", "Otro", "Adiós {client_name}\n", 0)
    with pytest.raises(ConcurrentEditError):
        restore_default(db.sessions, "loyalty", "es", 0)
    assert get_template(db.sessions, "loyalty", "es").subject == "Gracias"


def test_the_business_profile_changed_elsewhere_is_not_overwritten(db):
    assert profile_version(db.sessions) == 0
    save_profile(db.sessions, ProfileData(name="First"), 0)
    assert profile_version(db.sessions) == 1
    with pytest.raises(ConcurrentEditError):
        save_profile(db.sessions, ProfileData(name="Stale"), 0)
    assert get_profile(db.sessions).name == "First"


def test_an_editor_can_ask_cheaply_whether_its_client_was_saved_elsewhere(db, client_id):
    assert client_version(db.sessions, client_id) == 1
    save_client(db.sessions, ClientInput(name="Ana B."), client_id, 1)
    assert client_version(db.sessions, client_id) == 2
    assert client_version(db.sessions, client_id + 1000) is None
