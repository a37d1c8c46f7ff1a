"""Internal notifications: queued as rows, sent by the worker once the broadcasts issue lands.

Invariants: a notification is queued at most once per `dedupe_key` (a UNIQUE column, so a
sweep that runs twice, or two at once, never doubles a reminder); nothing is sent from here;
a pending notification that no longer makes sense (its commitment was kept, missed or
withdrawn) is cancelled, never deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crisiscomms.notifications.models import Notification, NotificationKind, NotificationStatus

MAX_SUBJECT = 300
MAX_BODY = 8000


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def queue(
    session: Session,
    *,
    kind: NotificationKind,
    incident_id: int,
    commitment_id: int | None,
    audiences: Sequence[str],
    recipients: Sequence[int | None],
    subject: str,
    body: str,
    dedupe_key: str,
    now: datetime,
) -> Notification | None:
    """Queue a notification due now; None when one with this `dedupe_key` already exists."""
    existing = session.exec(
        select(Notification.id).where(Notification.dedupe_key == dedupe_key)
    ).first()
    if existing is not None:
        return None
    notification = Notification(
        kind=kind,
        incident_id=incident_id,
        commitment_id=commitment_id,
        audiences=list(dict.fromkeys(audiences)),
        recipients=list(dict.fromkeys(r for r in recipients if r is not None)),
        subject=_fit(subject, MAX_SUBJECT),
        body=_fit(body, MAX_BODY),
        due_at=now,
        created_at=now,
        dedupe_key=dedupe_key,
    )
    try:
        with session.begin_nested():
            session.add(notification)
    except IntegrityError:  # queued by a concurrent sweep since the check above
        return None
    return notification


def cancel_pending(
    session: Session,
    *,
    commitment_id: int,
    now: datetime,
    kinds: Sequence[NotificationKind] = (NotificationKind.REMINDER,),
) -> int:
    """Cancel a commitment's pending notifications of these kinds; how many were cancelled."""
    pending = session.exec(
        select(Notification).where(
            Notification.commitment_id == commitment_id,
            Notification.status == NotificationStatus.PENDING,
            col(Notification.kind).in_(list(kinds)),
        )
    ).all()
    for notification in pending:
        notification.status = NotificationStatus.CANCELLED
        notification.cancelled_at = now
        session.add(notification)
    session.flush()
    return len(pending)


def list_notifications(
    session: Session,
    *,
    status: NotificationStatus | None = None,
    incident_id: int | None = None,
    commitment_id: int | None = None,
    limit: int = 200,
) -> Sequence[Notification]:
    """Notifications, oldest first, optionally filtered."""
    query = select(Notification)
    if status is not None:
        query = query.where(Notification.status == status)
    if incident_id is not None:
        query = query.where(Notification.incident_id == incident_id)
    if commitment_id is not None:
        query = query.where(Notification.commitment_id == commitment_id)
    return session.exec(query.order_by(col(Notification.id)).limit(limit)).all()
