"""One steady, punctual client with enough history, for the verdict rules' case tables: each
case changes only what it is about."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from services.metrics import ClientMetrics


def steady_client(**changes) -> ClientMetrics:
    """A steady, punctual client with enough history; tests change what they are about."""
    base = ClientMetrics(
        client_id=1,
        invoices_considered=12,
        avg_days_to_pay=30.0,
        worst_days_to_pay=40,
        late_share=0.0,
        overdue_amount=Decimal(0),
        units_12m=Decimal(100),
        revenue_12m=Decimal(12000),
        returned_units_12m=Decimal(0),
        returned_value_12m=Decimal(0),
        return_rate_units=0.0,
        return_rate_value=0.0,
        revenue_last_6m=Decimal(6000),
        revenue_prev_6m=Decimal(6000),
        trend=0.0,
        days_since_last_purchase=20,
        revenue_share=0.05,
        abc_class="B",  # class A is kept like a strategic client: tests say so when they mean it
        enough_data=True,
        oldest_unpaid_days=None,
        returns_12m=0,
        units_prev_12m=Decimal(100),
        revenue_prev_12m=Decimal(12000),
    )
    return replace(base, **changes)
