"""The worker's fan-out step, where a scheduled update comes due.

The oldest due broadcast goes first. A scheduled one is published at its time, if its
statement is still approved (`flows.publish`); if it cannot be, the broadcast fails with the
reason on the incident's timeline. Then its deliveries are written, a chunk per step.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.broadcasts import fanout
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows.publish import publish_statement
from crisiscomms.statements.models import Statement, StatementStatus


def _publish(session: Session, broadcast: Broadcast, now: datetime) -> bool:
    """Publish a scheduled broadcast's statement at its time; False when it cannot go."""
    assert broadcast.statement_id is not None
    statement = session.get(Statement, broadcast.statement_id)
    assert statement is not None
    if statement.status != StatementStatus.PUBLISHED:
        try:
            with session.begin_nested():
                publish_statement(
                    session,
                    statement.id or 0,
                    actor=fanout.scheduled_actor(broadcast),
                    now=now,
                )
        except CrisisCommsError as exc:
            fanout.fail(
                session, broadcast, now, f"could not publish statement #{statement.id}: {exc}"
            )
            return False
    broadcast.status = BroadcastStatus.QUEUED
    session.add(broadcast)
    return True


def fan_out(session: Session, now: datetime) -> int:
    """The worker job: one fan-out step of the oldest due broadcast; rows written."""
    broadcast = fanout.next_due(session, now)
    if broadcast is None:  # none due, or another worker is writing its chunk
        return 0
    if broadcast.status == BroadcastStatus.SCHEDULED and not _publish(session, broadcast, now):
        return 1
    written = fanout.fan_out_one(session, broadcast, now)
    return written if written else 1
