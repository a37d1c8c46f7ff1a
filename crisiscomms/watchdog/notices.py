"""Notices through the engine: pending notifications become broadcasts of kind "notification".

Reminders, escalations, kept-notices and channel alerts are queued as `notification` rows
by the domains that cause them. This job turns each due one into a broadcast to the
notification's audiences (the plan's internal audience for reminders and escalations)
and marks it sent; fan-out and the delivery engine then deliver it like any broadcast,
laid out as a plain subject and body on every channel. A notification is turned into a
broadcast once: it leaves `pending` in the same transaction that writes the broadcast.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.broadcasts import targets as broadcast_targets
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.incidents import service as incident_service
from crisiscomms.notifications.models import Notification, NotificationStatus

BATCH = 100
SENDER = "notifications"


def send_pending(session: Session, now: datetime) -> int:
    """The worker job: broadcast due pending notifications; how many were handled."""
    pending = session.exec(
        select(Notification)
        .where(Notification.status == NotificationStatus.PENDING, col(Notification.due_at) <= now)
        .order_by(col(Notification.id))
        .limit(BATCH)
        .with_for_update(skip_locked=True)
    ).all()
    for notification in pending:
        incident = incident_service.get_incident(session, notification.incident_id)
        plan = incident_service.plan_of(session, incident)
        known = {a.id for a in plan.audiences}
        audiences = [a for a in notification.audiences if a in known]
        if audiences:
            found = broadcast_targets.targets(session, plan, audiences)
            session.add(
                Broadcast(
                    incident_id=incident.id,
                    notification_id=notification.id,
                    kind="notification",
                    audiences=audiences,
                    status=BroadcastStatus.QUEUED,
                    scheduled_at=now,
                    recipient_count=broadcast_targets.count_messages(
                        session, incident, found, now=now
                    ),
                    created_by=SENDER,
                    created_at=now,
                )
            )
        notification.status = NotificationStatus.SENT
        notification.sent_at = now
        session.add(notification)
    session.flush()
    return len(pending)
