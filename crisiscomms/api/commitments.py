"""Commitments: the record of every promise, the public tracker, metrics and the report.

Roles: reading needs viewer; keeping, missing (and re-dating) and amending owner or due
time need comms; withdrawing or rewording a promise needs approver, because both take
back words already given. The public tracker needs no sign-in.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from crisiscomms.commitments import amendments, metrics, report, views
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.metrics import AcrossIncidents, IncidentMetrics
from crisiscomms.commitments.schemas import (
    CommitmentPublic,
    CommitmentUpdate,
    Keep,
    Miss,
    PublicTracker,
    Supersession,
    Withdrawal,
)
from crisiscomms.db import utc_now
from crisiscomms.deps import ApproverDep, CommsDep, PathId, SessionDep, ViewerDep
from crisiscomms.textrules import AwareDatetime

router = APIRouter(tags=["commitments"])


@router.get("/incidents/{incident_id}/commitments", response_model=list[CommitmentPublic])
def list_commitments(
    incident_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> list[dict[str, Any]]:
    """An incident's commitments with owners and reports, oldest first."""
    return views.staff_views(session, commitment_service.list_commitments(session, incident_id))


@router.get("/incidents/{incident_id}/commitments/public", response_model=PublicTracker)
def read_public_tracker(incident_id: PathId, session: SessionDep) -> dict[str, Any]:
    """The public tracker: an incident's public commitments and their status (no sign-in)."""
    return views.tracker(session, incident_id)


@router.get("/commitments/{commitment_id}", response_model=CommitmentPublic)
def read_commitment(
    commitment_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> dict[str, Any]:
    """One commitment, with every statement that reported on it."""
    return views.staff_view(session, commitment_id)


@router.post("/commitments/{commitment_id}/keep", response_model=CommitmentPublic)
def keep_commitment(
    commitment_id: PathId, data: Keep, session: SessionDep, actor: CommsDep
) -> dict[str, Any]:
    """Mark a promise kept, with evidence; the people it was made to are told."""
    commitment_service.mark_kept(
        session, commitment_id, evidence=data.evidence, actor=actor, now=utc_now()
    )
    return views.staff_view(session, commitment_id)


@router.post("/commitments/{commitment_id}/miss", response_model=CommitmentPublic)
def miss_commitment(
    commitment_id: PathId, data: Miss, session: SessionDep, actor: CommsDep
) -> dict[str, Any]:
    """Mark a promise missed with a reason (or explain one); new_due_at re-dates it."""
    commitment_service.mark_missed(
        session,
        commitment_id,
        reason=data.reason,
        new_due_at=data.new_due_at,
        actor=actor,
        now=utc_now(),
    )
    return views.staff_view(session, commitment_id)


@router.post("/commitments/{commitment_id}/withdraw", response_model=CommitmentPublic)
def withdraw_commitment(
    commitment_id: PathId, data: Withdrawal, session: SessionDep, actor: ApproverDep
) -> dict[str, Any]:
    """Withdraw an open promise, saying why."""
    commitment_service.withdraw(
        session, commitment_id, reason=data.reason, actor=actor, now=utc_now()
    )
    return views.staff_view(session, commitment_id)


@router.patch("/commitments/{commitment_id}", response_model=CommitmentPublic)
def update_commitment(
    commitment_id: PathId, data: CommitmentUpdate, session: SessionDep, actor: CommsDep
) -> dict[str, Any]:
    """Reassign an open promise or bring its due time forward; text changes are refused."""
    amendments.update(session, commitment_id, data, actor=actor, now=utc_now())
    return views.staff_view(session, commitment_id)


@router.post(
    "/commitments/{commitment_id}/supersede", status_code=201, response_model=CommitmentPublic
)
def supersede_commitment(
    commitment_id: PathId, data: Supersession, session: SessionDep, actor: ApproverDep
) -> dict[str, Any]:
    """Reword a promise: a new commitment supersedes it, and both stay on the record."""
    new = amendments.supersede(
        session,
        commitment_id,
        text=data.text,
        due_at=data.due_at,
        owner_id=data.owner_id,
        public=data.public,
        actor=actor,
        now=utc_now(),
    )
    return views.staff_view(session, new.id or 0)


@router.get("/incidents/{incident_id}/metrics", response_model=IncidentMetrics)
def read_incident_metrics(
    incident_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> IncidentMetrics:
    """Promise keeping, time to first statement and silences of one incident."""
    return metrics.incident_metrics(session, incident_id, now=utc_now())


@router.get("/metrics/commitments", response_model=AcrossIncidents)
def read_commitment_metrics(
    session: SessionDep,
    _viewer: ViewerDep,
    since: Annotated[AwareDatetime | None, Query(description="Activated at or after.")] = None,
    until: Annotated[AwareDatetime | None, Query(description="Activated before.")] = None,
) -> AcrossIncidents:
    """Promise keeping across incidents (optionally those activated in [since, until))."""
    return metrics.across_incidents(session, since=since, until=until, now=utc_now())


@router.get(
    "/incidents/{incident_id}/report",
    response_class=Response,
    responses={200: {"content": {"text/markdown": {}, "text/html": {}}}},
)
def read_incident_report(
    incident_id: PathId,
    session: SessionDep,
    _viewer: ViewerDep,
    fmt: Annotated[Literal["md", "html"], Query(alias="format")] = "md",
) -> Response:
    """The post-incident report, as Markdown (format=md) or HTML (format=html)."""
    body = report.export(session, incident_id, fmt=fmt, now=utc_now())
    return Response(body, media_type=report.MEDIA_TYPES[fmt])
