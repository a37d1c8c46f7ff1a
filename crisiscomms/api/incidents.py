"""Incidents: activate a plan, move through the lifecycle, keep the timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from crisiscomms.db import utc_now
from crisiscomms.deps import CommanderDep, CommsDep, PathId, SessionDep, ViewerDep
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.incidents.schemas import (
    CommanderAssignment,
    IncidentCreate,
    IncidentEventPublic,
    IncidentPublic,
    IncidentUpdate,
    NoteCreate,
    SeverityChange,
    StatusChange,
)

router = APIRouter(prefix="/incidents", tags=["incidents"])


def load_incident(incident_id: PathId, session: SessionDep, _viewer: ViewerDep) -> Incident:
    """Load the incident named in the path, or 404."""
    return incident_service.get_incident(session, incident_id)


IncidentDep = Annotated[Incident, Depends(load_incident)]


@router.get("", response_model=list[IncidentPublic])
def list_incidents(
    session: SessionDep,
    _viewer: ViewerDep,
    status: IncidentStatus | None = None,
    open_only: Annotated[bool, Query(alias="open")] = False,
) -> list[dict[str, Any]]:
    """List incidents, newest first; `open=true` keeps the unresolved ones."""
    incidents = incident_service.list_incidents(session, status=status, open_only=open_only)
    return [incident_service.public_view(session, incident) for incident in incidents]


@router.post("", status_code=201, response_model=IncidentPublic)
def activate_incident(data: IncidentCreate, session: SessionDep, actor: CommsDep) -> dict[str, Any]:
    """Activate a plan: open an incident with its severity, scope and deadlines."""
    incident = incident_service.activate(session, data, actor=actor, now=utc_now())
    return incident_service.public_view(session, incident)


@router.get("/{incident_id}", response_model=IncidentPublic)
def read_incident(incident: IncidentDep, session: SessionDep) -> dict[str, Any]:
    """Read one incident with its clocks and allowed status moves."""
    return incident_service.public_view(session, incident)


@router.patch("/{incident_id}", response_model=IncidentPublic)
def update_incident(
    incident_id: PathId, data: IncidentUpdate, session: SessionDep, actor: CommsDep
) -> dict[str, Any]:
    """Change the incident's title, summary, scope or affected count."""
    incident = incident_service.update_details(
        session, incident_id, data, actor=actor, now=utc_now()
    )
    return incident_service.public_view(session, incident)


@router.post("/{incident_id}/status", response_model=IncidentPublic)
def change_incident_status(
    incident_id: PathId, data: StatusChange, session: SessionDep, actor: CommanderDep
) -> dict[str, Any]:
    """Move the incident along investigating → identified → monitoring → resolved → closed."""
    incident = status_flow.change_status(
        session, incident_id, status=data.status, note=data.note, actor=actor, now=utc_now()
    )
    return incident_service.public_view(session, incident)


@router.post("/{incident_id}/severity", response_model=IncidentPublic)
def change_incident_severity(
    incident_id: PathId, data: SeverityChange, session: SessionDep, actor: CommanderDep
) -> dict[str, Any]:
    """Change the severity; deadlines follow the new cadence."""
    incident = incident_service.change_severity(
        session, incident_id, severity=data.severity, reason=data.reason, actor=actor, now=utc_now()
    )
    return incident_service.public_view(session, incident)


@router.post("/{incident_id}/commander", response_model=IncidentPublic)
def assign_incident_commander(
    incident_id: PathId, data: CommanderAssignment, session: SessionDep, actor: CommanderDep
) -> dict[str, Any]:
    """Hand the incident to a commander."""
    incident = incident_service.assign_commander(
        session, incident_id, user_id=data.user_id, actor=actor, now=utc_now()
    )
    return incident_service.public_view(session, incident)


@router.get("/{incident_id}/timeline", response_model=list[IncidentEventPublic])
def read_incident_timeline(incident: IncidentDep, session: SessionDep) -> list[Any]:
    """The incident's timeline, oldest first."""
    return list(incident_service.list_events(session, incident.id or 0))


@router.post("/{incident_id}/notes", status_code=201, response_model=IncidentEventPublic)
def add_incident_note(
    incident_id: PathId, data: NoteCreate, session: SessionDep, actor: CommsDep
) -> Any:
    """Add a note to the timeline."""
    return incident_service.add_note(
        session, incident_id, message=data.message, actor=actor, now=utc_now()
    )
