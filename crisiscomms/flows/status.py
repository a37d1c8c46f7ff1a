"""Change an incident's status: the incident's own lifecycle, then what follows from it.

Resolving schedules the plan's follow-up sequence (one and done: the questions answered
before they are asked) and gives a public incident its resolved update (`resolution`);
reopening cancels what is left of the sequence.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.flows import resolution
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.principal import Principal
from crisiscomms.watchdog import followups


def change_status(
    session: Session,
    incident_id: int,
    *,
    status: IncidentStatus,
    note: str | None,
    actor: Principal,
    now: datetime,
) -> Incident:
    """Move the incident along its lifecycle; an illegal move is a 409 naming the legal ones."""
    previous = incident_service.get_incident(session, incident_id).status
    incident = incident_service.change_status(
        session, incident_id, status=status, note=note, actor=actor, now=now
    )
    followups.on_status_change(session, incident, previous, actor=actor, now=now)
    resolution.on_resolved(session, incident, previous, actor=actor, now=now)
    return incident
