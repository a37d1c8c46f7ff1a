"""Broadcast a statement to audiences, now or at a set time: the incident commander's and
the publish button's use case, and the watchdog's holding statement.

A broadcast sent now publishes its statement first (`flows.publish`); a scheduled one is
published when its time comes (`flows.scheduled`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import Broadcast
from crisiscomms.flows.publish import publish_statement
from crisiscomms.principal import Principal


def create_broadcast(
    session: Session,
    *,
    statement_id: int,
    audiences: Sequence[str] | None,
    scheduled_at: datetime | None,
    actor: Principal,
    now: datetime,
) -> Broadcast:
    """Publish (now) or schedule a statement to audiences; the worker fans out and sends."""
    request = broadcast_service.prepare(
        session, statement_id=statement_id, audiences=audiences, scheduled_at=scheduled_at, now=now
    )
    if request.publishes_now:
        publish_statement(session, statement_id, actor=actor, now=now)
    return broadcast_service.record(session, request, actor=actor, now=now)


def publish_default(
    session: Session, statement_id: int, *, actor: Principal, now: datetime
) -> Broadcast:
    """Publish a statement to every public and customer audience (the publish button)."""
    return create_broadcast(
        session, statement_id=statement_id, audiences=None, scheduled_at=None, actor=actor, now=now
    )
