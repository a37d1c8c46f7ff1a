"""The audit log.

Invariants: events are only ever appended (the database refuses UPDATE and DELETE on
the table); every privileged change records its actor, action, target, time, and the
record before and after; secrets never enter it (callers pass public shapes only).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.principal import Principal
from crisiscomms.tracing import request_id_var


def record(
    session: Session,
    *,
    actor: Principal,
    action: str,
    target_type: str,
    target_id: int | str | None,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    ip: str | None = None,
) -> None:
    """Append one audit event, written with the session's next flush or commit.

    Events go in batches with the rest of a change rather than one flush each; they are
    written in the order they were recorded, so their ids keep that order.
    """
    event = AuditEvent(
        at=now,
        actor_type=actor.kind,
        actor_id=actor.id,
        actor_label=actor.label,
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        before=before,
        after=after,
        request_id=request_id_var.get(),
        ip=ip,
    )
    session.add(event)


def list_events(
    session: Session,
    *,
    action: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> Sequence[AuditEvent]:
    """Newest first, optionally filtered; page with `before_id`."""
    query = select(AuditEvent)
    if action:
        query = query.where(AuditEvent.action == action)
    if target_type:
        query = query.where(AuditEvent.target_type == target_type)
    if target_id:
        query = query.where(AuditEvent.target_id == target_id)
    if before_id:
        query = query.where(col(AuditEvent.id) < before_id)
    return session.exec(query.order_by(col(AuditEvent.id).desc()).limit(limit)).all()
