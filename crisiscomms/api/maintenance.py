"""Scheduled maintenance: schedule, edit at a revision, move, read the timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from crisiscomms.db import utc_now
from crisiscomms.deps import CommanderDep, CommsDep, PathId, SessionDep, ViewerDep
from crisiscomms.flows import maintenance as maintenance_flow
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import MaintenanceStatus
from crisiscomms.maintenance.schemas import (
    MaintenanceCreate,
    MaintenanceEventPublic,
    MaintenancePublic,
    MaintenanceStatusChange,
    MaintenanceUpdate,
)

router = APIRouter(prefix="/maintenances", tags=["maintenance"])
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such maintenance."},
    409: {"description": "Stale revision, or a move its status does not allow."},
    422: {"description": "A field is wrong (named in `details`); nothing was written."},
}


@router.get("", response_model=list[MaintenancePublic])
def list_maintenances(
    session: SessionDep, _viewer: ViewerDep, status: MaintenanceStatus | None = None
) -> list[dict[str, Any]]:
    """List maintenances, soonest window first; `status` filters."""
    found = maintenance_service.list_maintenances(
        session, statuses=[status] if status is not None else None
    )
    return [maintenance_service.public_view(session, m) for m in found]


@router.post("", status_code=201, response_model=MaintenancePublic, responses=ERRORS)
def schedule_maintenance(
    data: MaintenanceCreate, session: SessionDep, actor: CommsDep
) -> dict[str, Any]:
    """Schedule planned work from a plan with a maintenance block; sends its notice."""
    maintenance = maintenance_flow.schedule(session, data, actor=actor, now=utc_now())
    return maintenance_service.public_view(session, maintenance)


@router.get("/{maintenance_id}", response_model=MaintenancePublic, responses=ERRORS)
def read_maintenance(
    maintenance_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> dict[str, Any]:
    """Read one maintenance with its notices and the moves it allows."""
    maintenance = maintenance_service.get_maintenance(session, maintenance_id)
    return maintenance_service.public_view(session, maintenance)


@router.patch("/{maintenance_id}", response_model=MaintenancePublic, responses=ERRORS)
def update_maintenance(
    maintenance_id: PathId, data: MaintenanceUpdate, session: SessionDep, actor: CommsDep
) -> dict[str, Any]:
    """Edit a scheduled maintenance at `revision`; a moved window is announced again."""
    maintenance = maintenance_flow.update(session, maintenance_id, data, actor=actor, now=utc_now())
    return maintenance_service.public_view(session, maintenance)


@router.post("/{maintenance_id}/status", response_model=MaintenancePublic, responses=ERRORS)
def change_maintenance_status(
    maintenance_id: PathId, data: MaintenanceStatusChange, session: SessionDep, actor: CommanderDep
) -> dict[str, Any]:
    """Start, verify, complete or cancel it by hand (commander or above)."""
    maintenance = maintenance_flow.change_status(
        session,
        maintenance_id,
        status=data.status,
        revision=data.revision,
        note=data.note,
        actor=actor,
        now=utc_now(),
    )
    return maintenance_service.public_view(session, maintenance)


@router.get(
    "/{maintenance_id}/timeline", response_model=list[MaintenanceEventPublic], responses=ERRORS
)
def read_maintenance_timeline(
    maintenance_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> list[Any]:
    """The maintenance's timeline, oldest first."""
    maintenance_service.get_maintenance(session, maintenance_id)
    return list(maintenance_service.list_events(session, maintenance_id))
