"""The watchdog's view of an incident, and the follow-up sequence after resolution."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from crisiscomms.db import utc_now
from crisiscomms.deps import CommanderDep, CommsDep, PathId, SessionDep, ViewerDep
from crisiscomms.incidents import service as incident_service
from crisiscomms.watchdog import followups
from crisiscomms.watchdog import status as watchdog_status
from crisiscomms.watchdog.schemas import (
    FollowUpCancel,
    FollowUpEdit,
    FollowUpPublic,
    WatchdogStatus,
)

router = APIRouter(tags=["watchdog"])


@router.get("/incidents/{incident_id}/watchdog", response_model=WatchdogStatus)
def read_incident_watchdog(
    incident_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> WatchdogStatus:
    """Next deadline, reminders sent, current and longest silence, holding statements posted."""
    incident = incident_service.get_incident(session, incident_id)
    return watchdog_status.incident_status(session, incident, now=utc_now())


@router.get("/incidents/{incident_id}/follow-ups", response_model=list[FollowUpPublic])
def list_incident_follow_ups(incident_id: PathId, session: SessionDep, _viewer: ViewerDep) -> Any:
    """The incident's follow-up sequence, in the order it goes out."""
    return list(followups.list_follow_ups(session, incident_id))


@router.patch("/follow-ups/{follow_up_id}", response_model=FollowUpPublic)
def edit_follow_up(
    follow_up_id: PathId, data: FollowUpEdit, session: SessionDep, actor: CommsDep
) -> Any:
    """Move a scheduled follow-up to another time, or change its text, before it goes."""
    return followups.edit(session, follow_up_id, data, actor=actor, now=utc_now())


@router.post("/follow-ups/{follow_up_id}/cancel", response_model=FollowUpPublic)
def cancel_follow_up(
    follow_up_id: PathId, data: FollowUpCancel, session: SessionDep, actor: CommanderDep
) -> Any:
    """Cancel a scheduled follow-up before it goes."""
    return followups.cancel(session, follow_up_id, reason=data.reason, actor=actor, now=utc_now())
