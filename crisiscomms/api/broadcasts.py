"""Broadcasts: publish to audiences now or at a set time (idempotent), progress, dead letters."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session

from crisiscomms.broadcasts import idempotency
from crisiscomms.broadcasts import progress as broadcast_progress
from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import DeliveryAttempt, DeliveryStatus
from crisiscomms.broadcasts.schemas import (
    MAX_BIG_ID,
    MAX_ID,
    AttemptPublic,
    BroadcastAccepted,
    BroadcastCreate,
    BroadcastPublic,
    DeliveryPublic,
    DryRunMessagePublic,
    RedriveRequest,
    RedriveResult,
    ScheduledTime,
)
from crisiscomms.db import begin_writes, utc_now
from crisiscomms.deps import CommanderDep, SessionDep, ViewerDep
from crisiscomms.flows import broadcast as broadcast_flow

log = logging.getLogger("crisiscomms.api.broadcasts")
router = APIRouter(tags=["broadcasts"])

BroadcastId = Annotated[int, Path(ge=1, le=MAX_ID)]
DeliveryId = Annotated[int, Path(ge=1, le=MAX_BIG_ID)]
IdFilter = Annotated[int | None, Query(ge=1, le=MAX_ID)]


class CancelRequest(BaseModel):
    """Why a broadcast is cancelled (kept on the timeline)."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=2000)


class RescheduleRequest(BaseModel):
    """A new time for a scheduled broadcast."""

    model_config = ConfigDict(extra="forbid")

    scheduled_at: ScheduledTime


@router.post(
    "/broadcasts",
    status_code=202,
    response_model=BroadcastAccepted,
    responses={409: {"description": "the same key is still being processed"}},
)
def create_broadcast(
    data: BroadcastCreate,
    session: SessionDep,
    actor: CommanderDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> Any:
    """Publish an approved statement to audiences now, or schedule it; the worker sends it.

    Send a unique `Idempotency-Key` per broadcast: a repeat returns the first response; the
    same key with another body is 422; while the first is still running, 409.
    """
    now = utc_now()
    key = idempotency.check_key(idempotency_key)
    scope = f"broadcast:{actor.kind}:{actor.id}"
    fingerprint = idempotency.request_hash(data.model_dump(mode="json"))
    row = idempotency.begin(session, scope=scope, key=key, fingerprint=fingerprint, now=now)
    if row.response_body is not None:
        return JSONResponse(
            row.response_body,
            status_code=row.response_status or 202,
            headers={"Idempotent-Replayed": "true"},
        )
    assert row.id is not None
    held = (row.id, row.locked_until)
    session.commit()  # the key is visible (running) before the work starts: repeats get 409
    begin_writes(session)
    try:
        broadcast = broadcast_flow.create_broadcast(
            session,
            statement_id=data.statement_id,
            audiences=data.audiences,
            scheduled_at=data.scheduled_at,
            actor=actor,
            now=now,
        )
        assert broadcast.id is not None
        accepted = BroadcastAccepted(
            broadcast_id=broadcast.id,
            status=broadcast.status,
            recipient_count=broadcast.recipient_count,
            scheduled_at=broadcast.scheduled_at,
        )
        body = accepted.model_dump(mode="json")
        idempotency.finish(session, row, status=202, body=body)
        session.commit()  # here, so that a failing commit too gives the key back
    except Exception:
        # Whatever failed, nothing was written: the corrected request may use the key again.
        session.rollback()
        _give_back(session, *held)
        raise
    return JSONResponse(body, status_code=202)


def _give_back(session: Session, key_id: int, locked_until: datetime) -> None:
    """Free the key of a failed request; if even that fails, its lock runs out in a minute."""
    try:
        begin_writes(session)
        idempotency.abandon(session, key_id, locked_until=locked_until)
        session.commit()
    except Exception:
        session.rollback()
        log.exception("could not free the Idempotency-Key of a failed broadcast request")


@router.get("/broadcasts", response_model=list[BroadcastPublic])
def list_broadcasts(
    session: SessionDep,
    _viewer: ViewerDep,
    incident_id: IdFilter = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[BroadcastPublic]:
    """Broadcasts, newest first, with their progress."""
    return broadcast_progress.to_public_many(
        session, broadcast_service.list_broadcasts(session, incident_id=incident_id, limit=limit)
    )


@router.get("/broadcasts/{broadcast_id}", response_model=BroadcastPublic)
def read_broadcast(
    broadcast_id: BroadcastId, session: SessionDep, _viewer: ViewerDep
) -> BroadcastPublic:
    """A broadcast and its live progress (pending, sent, retrying, failed, ...)."""
    return broadcast_progress.to_public(
        session, broadcast_service.get_broadcast(session, broadcast_id)
    )


@router.post("/broadcasts/{broadcast_id}/cancel", response_model=BroadcastPublic)
def cancel_broadcast(
    broadcast_id: BroadcastId, data: CancelRequest, session: SessionDep, actor: CommanderDep
) -> BroadcastPublic:
    """Cancel a scheduled broadcast, or the unsent rest of one in progress."""
    broadcast = broadcast_service.cancel(
        session, broadcast_id, actor=actor, now=utc_now(), reason=data.reason
    )
    return broadcast_progress.to_public(session, broadcast)


@router.post("/broadcasts/{broadcast_id}/reschedule", response_model=BroadcastPublic)
def reschedule_broadcast(
    broadcast_id: BroadcastId, data: RescheduleRequest, session: SessionDep, actor: CommanderDep
) -> BroadcastPublic:
    """Move a scheduled broadcast to another time."""
    broadcast = broadcast_service.reschedule(
        session, broadcast_id, scheduled_at=data.scheduled_at, actor=actor, now=utc_now()
    )
    return broadcast_progress.to_public(session, broadcast)


@router.get("/deliveries", response_model=list[DeliveryPublic])
def list_deliveries(
    session: SessionDep,
    _viewer: ViewerDep,
    status: Annotated[list[DeliveryStatus] | None, Query()] = None,
    broadcast_id: IdFilter = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> Any:
    """Deliveries by status; by default the dead letters (failed and ambiguous)."""
    return broadcast_progress.list_deliveries(
        session,
        statuses=status or broadcast_progress.DEAD_LETTERS,
        broadcast_id=broadcast_id,
        limit=limit,
    )


@router.get("/deliveries/{delivery_id}/attempts", response_model=list[AttemptPublic])
def list_attempts(
    delivery_id: DeliveryId, session: SessionDep, _viewer: ViewerDep
) -> list[DeliveryAttempt]:
    """Every attempt at a delivery: outcome, provider id, reply, log."""
    return list(broadcast_progress.attempts(session, delivery_id))


@router.post("/deliveries/redrive", response_model=RedriveResult)
def redrive_deliveries(
    data: RedriveRequest, session: SessionDep, actor: CommanderDep
) -> RedriveResult:
    """Queue dead letters again (by id, or all of a broadcast's)."""
    requeued = broadcast_service.redrive(
        session,
        delivery_ids=data.delivery_ids,
        broadcast_id=data.broadcast_id,
        actor=actor,
        now=utc_now(),
    )
    return RedriveResult(requeued=requeued)


@router.get("/dry-run", response_model=list[DryRunMessagePublic])
def list_dry_run(
    session: SessionDep,
    _viewer: ViewerDep,
    channel_id: IdFilter = None,
    broadcast_id: IdFilter = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_BIG_ID)] = 0,
) -> Any:
    """What dry-run channels recorded instead of sending, newest first."""
    return broadcast_progress.list_dry_run(
        session, channel_id=channel_id, broadcast_id=broadcast_id, limit=limit, offset=offset
    )
