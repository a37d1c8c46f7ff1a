"""The outbox and the composer read customers as rows of known shape."""

from __future__ import annotations

from datetime import timedelta

import pytest
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


def test_a_batch_of_results_is_written_back_row_by_row_with_its_attempts(
    session: Session, settings: Settings
) -> None:
    """A step's results (sent with their own ids, a retry, a permanent failure with
    non-ASCII detail, one settled without an attempt) are written back as each says, through
    the driver's batched paths (executemany on SQLite, unnest on PostgreSQL)."""
    from crisiscomms.broadcasts import outbox
    from crisiscomms.broadcasts import progress as broadcast_progress
    from crisiscomms.broadcasts.models import Delivery, DeliveryAttempt, DeliveryStatus
    from crisiscomms.channels.base import Outcome, SendResult

    factories.email_broadcast_fanned_out(session, settings, 2525, 12)
    now = utc_now()
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
    assert counts == {
        DeliveryStatus.SENT: 9,
        DeliveryStatus.RETRYING: 1,
        DeliveryStatus.FAILED: 1,
        DeliveryStatus.SUPPRESSED: 1,
    }
    session.flush()
    session.expire_all()
    ids = [c.id for c in claimed]
    rows = {d.id: d for d in session.exec(select(Delivery).where(col(Delivery.id).in_(ids)))}
    for item in claimed[:8]:
        row = rows[item.id]
        assert (row.status, row.attempts, row.external_id, row.last_error, row.sent_at) == (
            DeliveryStatus.SENT,
            1,
            f"<m{item.id}@x>",
            None,
            now,
        )
        assert row.claimed_by is None and row.lease_until is None and not row.unconfirmed
        assert (row.sent_by, row.sent_detail) == ("w1", "250 ok")  # its first try, on the row
    retried, failed, suppressed, last = (rows[c.id] for c in claimed[8:])
    assert (retried.status, retried.last_error, retried.sent_at) == (
        DeliveryStatus.RETRYING,
        "451 try later",
        None,
    )
    assert retried.next_attempt_at > now and retried.claimed_by is None
    assert (failed.status, failed.last_error) == (DeliveryStatus.FAILED, '550 nö "x"')
    assert (suppressed.status, suppressed.attempts) == (DeliveryStatus.SUPPRESSED, 0)
    assert (last.status, last.external_id) == (DeliveryStatus.SENT, "<z@x>")
    attempts = session.exec(
        select(DeliveryAttempt).where(col(DeliveryAttempt.delivery_id).in_(ids))
    ).all()
    # The suppressed one counts no attempt; the first tries the provider took keep theirs on
    # their rows; the retry and the failure have an attempt row each, by this worker, now.
    assert sorted(a.delivery_id for a in attempts) == sorted([retried.id, failed.id])
    assert {(a.number, a.worker, a.at) for a in attempts} == {(1, "w1", now)}
    assert {a.detail for a in attempts if a.delivery_id == failed.id} == {'550 nö "x"'}
    assert (last.sent_by, last.sent_detail) == ("w1", None)
    # Read back, each sent one has its one attempt, as before.
    [read] = broadcast_progress.attempts(session, claimed[0].id)
    assert (read.number, read.outcome, read.external_id, read.detail, read.worker, read.at) == (
        1,
        "sent",
        f"<m{claimed[0].id}@x>",
        "250 ok",
        "w1",
        now,
    )
    assert broadcast_progress.attempts(session, suppressed.id or 0) == []


def test_a_sent_result_is_written_in_the_shape_of_every_other_result() -> None:
    """Results are written one statement per shape (the keys of their values, in order):
    a sent one's values, made as one literal, have the general case's keys in its order."""
    from crisiscomms.broadcasts import outbox
    from crisiscomms.channels.base import Outcome, SendResult

    claimed = outbox.Claimed(1, 1, 1, 1, 1, (), None, False)
    now = utc_now()

    def fields(result: SendResult) -> dict[str, object]:
        item = outbox.Result(claimed, result)
        return outbox._fields(item, "email", now=now, max_attempts=5, worker="w")

    sent = fields(SendResult(Outcome.SENT, external_id="q1", detail="250 ok"))
    assert tuple(sent) == tuple(fields(SendResult(Outcome.RETRY, detail="451 later")))
    assert tuple(sent) == tuple(fields(SendResult(Outcome.PERMANENT, detail="550 no")))
