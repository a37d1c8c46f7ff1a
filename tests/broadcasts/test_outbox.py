"""The outbox and the composer read customers as rows of known shape."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from crisiscomms.customers.models import Customer
from crisiscomms.db import utc_now
from tests.broadcasts import factories


def test_the_composing_row_names_the_columns_it_is_read_from_in_order() -> None:
    """`messages._SendRow` is built from `_SEND_COLUMNS` by position: a column added to one
    must be added to the other at the same place."""
    from crisiscomms.broadcasts.messages import _SEND_COLUMNS, _SendRow

    assert _SendRow._fields == tuple(getattr(column, "key") for column in _SEND_COLUMNS)  # noqa: B009


def test_a_batch_of_customers_reads_the_same_through_the_driver_and_the_orm(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The composer reads a step's customers through the driver with the ids as one
    parameter (json_each on SQLite, ANY on PostgreSQL); the portable query, used elsewhere
    (and on SQLite before 3.38), gives the same rows."""
    from crisiscomms.broadcasts import messages

    factories.customers(session, 30, attributes={"credit": {"amount": "12.50"}}, phone=None)
    session.add(
        Customer(
            external_id="gone-1",
            name="Former Customer",
            email=None,
            active=False,
            email_consent=False,
            attributes={},
            created_at=utc_now(),
            updated_at=utc_now(),
        )
    )
    session.flush()
    ids = list(session.exec(select(Customer.id)).all())
    wanted = [*[i for i in ids if i is not None][::2], 10**9]  # every other one, and no one
    fast = messages._customers(session, wanted)
    monkeypatch.setattr(messages, "_SEND_SQL", {})
    portable = messages._customers(session, wanted)
    assert fast == portable
    assert len(fast) == len(wanted) - 1
    assert all(isinstance(row.attributes, dict) for row in fast.values())
    assert all(isinstance(row.active, bool) for row in fast.values())
