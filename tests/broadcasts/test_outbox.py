"""The outbox and the composer read customers as rows of known shape."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from crisiscomms.config import Settings
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


def _recorded_batch(
    session: Session, settings: Settings, now: datetime
) -> tuple[list[tuple], list[tuple]]:
    """Claim a broadcast's 12 deliveries and record a mix of results (sent with their own
    ids, a retry, a permanent failure with non-ASCII detail, one suppressed without an
    attempt); the delivery and attempt rows as written."""
    from crisiscomms.broadcasts import outbox
    from crisiscomms.broadcasts.models import Delivery, DeliveryAttempt, DeliveryStatus
    from crisiscomms.channels.base import Outcome, SendResult

    claimed = outbox.claim_due(session, worker="w1", now=now, limit=100, lease=timedelta(minutes=5))
    assert len(claimed) == 12
    results = [
        outbox.Result(c, SendResult(Outcome.SENT, external_id=f"<m{c.id}@x>", detail="250 ok"))
        for c in claimed[:8]
    ]
    results.append(outbox.Result(claimed[8], SendResult(Outcome.RETRY, detail="451 try later")))
    results.append(outbox.Result(claimed[9], SendResult(Outcome.PERMANENT, detail='550 nö "x"')))
    results.append(
        outbox.Result(
            claimed[10],
            SendResult(Outcome.PERMANENT, detail="gone"),
            DeliveryStatus.SUPPRESSED,
            False,
        )
    )
    results.append(outbox.Result(claimed[11], SendResult(Outcome.SENT, external_id="<z@x>")))
    counts = outbox.record(
        session, results, {}, worker="w1", now=now, max_attempts=settings.delivery_max_attempts
    )
    assert counts[DeliveryStatus.SENT] == 9
    session.flush()
    session.expire_all()
    ids = [c.id for c in claimed]
    rows = [
        (
            d.id,
            d.status,
            d.attempts,
            d.claimed_by,
            d.lease_until,
            d.external_id,
            d.last_error,
            d.sent_at,
            d.unconfirmed,
            d.posted_ids,
        )
        for d in session.exec(
            select(Delivery).where(col(Delivery.id).in_(ids)).order_by(col(Delivery.id))
        )
    ]
    attempts = [
        (a.delivery_id, a.number, a.outcome, a.external_id, a.detail, a.log, a.worker, a.at)
        for a in session.exec(
            select(DeliveryAttempt)
            .where(col(DeliveryAttempt.delivery_id).in_(ids))
            .order_by(col(DeliveryAttempt.id))
        )
    ]
    return rows, attempts


def test_a_batch_of_results_is_written_alike_as_one_statement_and_row_by_row(
    session: Session, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite writes a batch's results as one UPDATE … FROM json_each and one INSERT …
    SELECT (one step each, for a recording thread); row by row (SQLite before 3.38) gives
    the same rows, and so does PostgreSQL's unnest."""
    from crisiscomms.broadcasts import outbox

    factories.email_broadcast_fanned_out(session, settings, 2525, 12)
    savepoint = session.begin_nested()
    now = utc_now()
    one_statement = _recorded_batch(session, settings, now)
    savepoint.rollback()
    monkeypatch.setattr(outbox, "_JSON_BATCHES", False)
    row_by_row = _recorded_batch(session, settings, now)
    assert one_statement == row_by_row
    delivered = [row for row in one_statement[0] if row[1] == "sent"]
    assert len(delivered) == 9 and all(row[3] is None and row[7] is not None for row in delivered)
    assert len(one_statement[1]) == 11  # the suppressed one counts no attempt
    assert any(row[4] == '550 nö "x"' for row in one_statement[1])


def test_the_batch_update_finds_each_row_by_its_id(sqlite_engine: Engine) -> None:
    """The plan of SQLite's batch UPDATE walks the JSON rows and looks each delivery up by
    its key: were it to take an index on status or claimed_by instead, each of thousands of
    claimed rows would scan the batch."""
    with sqlite_engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN UPDATE delivery SET status = ?, external_id = j.value ->> 1 "
            "FROM json_each(?) AS j WHERE delivery.id = j.value ->> 0 "
            "AND +delivery.status = ? AND +delivery.claimed_by = ?",
            ("sent", "[]", "claimed", "w1"),
        ).all()
    details = [row[-1] for row in plan]
    assert details[0].startswith("SCAN j"), details
    assert any("delivery USING INTEGER PRIMARY KEY" in d for d in details), details
