"""Publish a statement: its snapshot, its commitments and next-update promise, the
incident's update clock, the timeline and the audit trail, in one unit of work. Answers
staff marked to send ahead that the statement carries are sent ahead with it.

Broadcasting is how a statement goes out, so the broadcast flow (`flows.broadcast`) calls
this when a broadcast is sent now, and the scheduled-update flow when its time comes.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.commitments import publishing as commitment_publishing
from crisiscomms.principal import Principal
from crisiscomms.questions import ahead
from crisiscomms.statements import approval
from crisiscomms.statements.models import Statement


def publish_statement(
    session: Session, statement_id: int, *, actor: Principal, now: datetime
) -> Statement:
    """Publish the approved revision (or an unedited pre-approved holding statement)."""
    ready = approval.ready_to_publish(session, statement_id, now=now)
    # The commitments are checked before anything changes: a missed promise must be
    # reported, and a new one needs an owner and a date.
    prepared = commitment_publishing.prepare_publish(
        session, ready.content, incident=ready.incident, plan=ready.plan, now=now
    )
    statement = approval.mark_published(session, ready, actor=actor, now=now)
    commitment_publishing.record_publish(
        session,
        prepared,
        statement,
        ready.content,
        incident=ready.incident,
        plan=ready.plan,
        actor=actor,
        now=now,
    )
    assert statement.id is not None and ready.incident.id is not None
    ahead.mark_sent(session, ready.incident.id, statement.id, ready.content, now)
    return statement
