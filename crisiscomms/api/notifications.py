"""Internal notifications waiting for the worker: reminders, escalations, kept-notices."""

from __future__ import annotations

from fastapi import APIRouter, Query

from crisiscomms.deps import CommsDep, QueryId, SessionDep
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import Notification, NotificationStatus
from crisiscomms.notifications.schemas import NotificationPublic

router = APIRouter(prefix="/notifications", tags=["notifications"])


@router.get("", response_model=list[NotificationPublic])
def list_notifications(
    session: SessionDep,
    _comms: CommsDep,
    status: NotificationStatus | None = None,
    incident_id: QueryId = None,
    limit: int = Query(default=200, ge=1, le=1000),
) -> list[Notification]:
    """Queued notifications, oldest first; `status=pending` shows what the worker will send."""
    return list(
        notification_service.list_notifications(
            session, status=status, incident_id=incident_id, limit=limit
        )
    )
