"""API shapes for notifications."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from crisiscomms.notifications.models import NotificationKind, NotificationStatus


class NotificationPublic(BaseModel):
    """A queued internal notification."""

    id: int
    kind: NotificationKind
    status: NotificationStatus
    incident_id: int
    commitment_id: int | None
    audiences: list[str]
    recipients: list[int]
    subject: str
    body: str
    due_at: datetime
    created_at: datetime
    sent_at: datetime | None
    cancelled_at: datetime | None
