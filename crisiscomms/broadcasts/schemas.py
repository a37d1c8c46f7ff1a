"""API shapes of broadcasts and deliveries."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from crisiscomms.broadcasts.models import BroadcastStatus, DeliveryStatus
from crisiscomms.dbtypes import MAX_BIG_ID, MAX_ID, BigRowId, RowId

__all__ = ["MAX_BIG_ID", "MAX_ID", "BigRowId", "RowId"]


def _has_utc(value: datetime) -> datetime:
    """Refuse a time with no UTC equivalent: storing it would overflow (a 500, not a 422)."""
    try:
        value.astimezone(UTC)
    except OverflowError:
        raise ValueError("out of range: the time has no UTC equivalent") from None
    return value


ScheduledTime = Annotated[AwareDatetime, AfterValidator(_has_utc)]
"""A time with a timezone, and one that can be stored in UTC."""


class BroadcastCreate(BaseModel):
    """Publish an approved statement to chosen audiences, now or at a set time."""

    model_config = ConfigDict(extra="forbid")

    statement_id: RowId
    audiences: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Plan audience ids; default: every public and customer audience.",
    )
    scheduled_at: ScheduledTime | None = Field(
        default=None, description="A timed update: when to publish and send (with a timezone)."
    )


class BroadcastAccepted(BaseModel):
    """The answer to a broadcast request: it is stored; the worker sends it."""

    broadcast_id: int
    status: BroadcastStatus
    recipient_count: int
    scheduled_at: datetime


class Progress(BaseModel):
    """How far a broadcast's deliveries have got, by status."""

    total: int = 0
    pending: int = 0
    claimed: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    suppressed: int = 0
    ambiguous: int = 0
    superseded: int = 0
    cancelled: int = 0


class BroadcastPublic(BaseModel):
    """A broadcast with its live progress."""

    id: int
    kind: str
    incident_id: int | None
    statement_id: int | None
    audiences: list[str]
    status: BroadcastStatus
    scheduled_at: datetime
    recipient_count: int
    suppressed_count: int
    created_by: str
    created_at: datetime
    fanned_out_at: datetime | None
    completed_at: datetime | None
    cancelled_at: datetime | None
    note: str | None
    progress: Progress


class DeliveryPublic(BaseModel):
    """One delivery, as the dead-letter list shows it."""

    id: int
    broadcast_id: int
    channel_id: int
    recipient_id: int
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    external_id: str | None
    last_error: str | None
    sent_at: datetime | None


class AttemptPublic(BaseModel):
    """One try at a delivery."""

    number: int
    outcome: str
    external_id: str | None
    detail: str | None
    log: str | None
    worker: str
    at: datetime


class RedriveRequest(BaseModel):
    """Send dead letters again: these deliveries, or every dead letter of a broadcast."""

    model_config = ConfigDict(extra="forbid")

    delivery_ids: list[BigRowId] | None = Field(default=None, min_length=1, max_length=10_000)
    broadcast_id: RowId | None = None


class RedriveResult(BaseModel):
    """How many deliveries were queued again."""

    requeued: int


class DryRunMessagePublic(BaseModel):
    """A message a dry-run channel recorded instead of sending."""

    id: int
    channel_id: int
    broadcast_id: int | None
    delivery_id: int | None
    record: dict[str, Any]
    recorded_at: datetime
