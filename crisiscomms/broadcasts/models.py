"""Broadcast tables: the broadcast, its outbox of deliveries, every attempt, idempotency keys.

One `Delivery` row per (channel, recipient, broadcast), enforced by a UNIQUE constraint so a
fan-out that is run again after a crash never doubles; `recipient_id` 0 stands for the
channel itself (an X account, a webhook), a customer's id otherwise. The same index serves
the ordering rule: update N+1 to a target never goes before update N.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, Table, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import BigIdType, JSONType, StrEnumType, UTCDateTime


class BroadcastStatus(StrEnum):
    SCHEDULED = "scheduled"
    """Waiting for its time (a timed update): editable or cancellable."""
    QUEUED = "queued"
    """Published; the worker has not written its deliveries yet."""
    SENDING = "sending"
    """Deliveries written; some are not finished."""
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"
    """It could not go out at its time (the statement could not be published)."""


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    """Permanent failure or out of attempts: a dead letter, re-drivable."""
    SUPPRESSED = "suppressed"
    AMBIGUOUS = "ambiguous"
    """The provider may have acted and the answer could not be reconciled: a person decides."""
    SUPERSEDED = "superseded"
    CANCELLED = "cancelled"


OPEN_STATUSES = (
    DeliveryStatus.PENDING,
    DeliveryStatus.CLAIMED,
    DeliveryStatus.RETRYING,
)
"""Deliveries still on their way: an update after them to the same target waits."""


class Broadcast(SQLModel, table=True):
    """One statement (or notification, or maintenance notice) sent to chosen audiences, now
    or at a set time."""

    __tablename__ = "broadcast"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int | None = Field(
        default=None, foreign_key="incident.id", index=True, description="None for a test send"
    )
    statement_id: int | None = Field(default=None, foreign_key="statement.id", index=True)
    notification_id: int | None = Field(default=None, foreign_key="notification.id")
    maintenance_notice_id: int | None = Field(
        default=None, foreign_key="maintenance_notice.id", index=True
    )
    kind: str = Field(
        default="statement",
        max_length=20,
        description="statement | notification | maintenance | test",
    )
    audiences: list[str] = Field(default_factory=list, sa_type=JSONType)
    status: BroadcastStatus = Field(sa_type=StrEnumType(BroadcastStatus, 20), index=True)
    scheduled_at: datetime = Field(sa_type=UTCDateTime, index=True)
    recipient_count: int = 0
    suppressed_count: int = 0
    fanout_state: dict[str, Any] = Field(
        default_factory=dict, sa_type=JSONType, description="channel id → last customer id"
    )
    created_by: str = Field(max_length=254)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(sa_type=UTCDateTime)
    fanned_out_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=2000)


class Delivery(SQLModel, table=True):
    """One message to one target: the outbox row the workers claim."""

    __tablename__ = "delivery"
    __table_args__ = (
        UniqueConstraint("channel_id", "recipient_id", "broadcast_id", name="uq_delivery_target"),
        Index("ix_delivery_due", "status", "next_attempt_at"),
        Index("ix_delivery_broadcast_status", "broadcast_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True, sa_type=BigIdType)
    broadcast_id: int = Field(foreign_key="broadcast.id")
    channel_id: int = Field(foreign_key="channel.id")
    recipient_id: int = Field(default=0, description="customer id; 0 is the channel itself")
    status: DeliveryStatus = Field(
        default=DeliveryStatus.PENDING, sa_type=StrEnumType(DeliveryStatus, 12)
    )
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    claimed_by: str | None = Field(default=None, max_length=100)
    external_id: str | None = Field(default=None, max_length=300)
    posted_ids: list[str] | None = Field(default=None, sa_type=JSONType)
    last_error: str | None = Field(default=None, max_length=1000)
    unconfirmed: bool = Field(
        default=False, description="The provider may have acted: reconcile before sending again."
    )
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_by: str | None = Field(
        default=None,
        max_length=100,
        description="The worker that sent it on its first try (then it has no attempt row).",
    )
    sent_detail: str | None = Field(
        default=None,
        max_length=1000,
        description="The provider's answer to a first-try send (its attempt, kept on the row).",
    )


DELIVERY: Table = Delivery.__table__  # type: ignore[attr-defined]
"""The delivery table, for Core statements (bulk inserts and executemany updates)."""


class DeliveryAttempt(SQLModel, table=True):
    """One try at a delivery: what the provider said (message id, post id, SMTP reply).

    A delivery sent on its first try has none: its one attempt is kept on its own row
    (`sent_by`, `sent_detail`), and `progress.attempts` reads it from there. A bulk send
    then writes each row once more, not a row more."""

    __tablename__ = "delivery_attempt"

    id: int | None = Field(default=None, primary_key=True, sa_type=BigIdType)
    delivery_id: int = Field(sa_type=BigIdType, index=True)
    number: int
    outcome: str = Field(max_length=12)
    external_id: str | None = Field(default=None, max_length=300)
    detail: str | None = Field(default=None, max_length=1000)
    log: str | None = Field(default=None, sa_type=Text)
    worker: str = Field(max_length=100)
    at: datetime = Field(sa_type=UTCDateTime)


ATTEMPT: Table = DeliveryAttempt.__table__  # type: ignore[attr-defined]
"""The attempt table, for Core statements (multi-row inserts)."""


class RehearsalRecipient(SQLModel, table=True):
    """A member of a rehearsal's audience: a team address that receives the rehearsal's
    messages for real (see `broadcasts.rehearsal_audience`). In a rehearsal's broadcasts a
    delivery's `recipient_id` is one of these rows, never a customer or a subscriber."""

    __tablename__ = "rehearsal_recipient"
    __table_args__ = (UniqueConstraint("incident_id", "address", name="uq_rehearsal_recipient"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    address: str = Field(max_length=254, description="An email address, lower-cased.")
    source: str = Field(max_length=100, description='"plan", or "role:<id>" for a role\'s user')
    created_at: datetime = Field(sa_type=UTCDateTime)


class DryRunMessage(SQLModel, table=True):
    """What a dry-run channel would have sent, kept for the API and the web."""

    __tablename__ = "dry_run_message"

    id: int | None = Field(default=None, primary_key=True, sa_type=BigIdType)
    channel_id: int = Field(foreign_key="channel.id", index=True)
    broadcast_id: int | None = Field(default=None, index=True)
    delivery_id: int | None = Field(default=None, sa_type=BigIdType)
    record: dict[str, Any] = Field(sa_type=JSONType)
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class IdempotencyState(StrEnum):
    RUNNING = "running"
    DONE = "done"


class IdempotencyKey(SQLModel, table=True):
    """A client's Idempotency-Key with the request it named and the response it got."""

    __tablename__ = "idempotency_key"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_idempotency_scope_key"),)

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=200, description="route and caller")
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    state: IdempotencyState = Field(sa_type=StrEnumType(IdempotencyState, 10))
    response_status: int | None = None
    response_body: dict[str, Any] | None = Field(default=None, sa_type=JSONType)
    created_at: datetime = Field(sa_type=UTCDateTime)
    locked_until: datetime = Field(sa_type=UTCDateTime)


class WorkerLock(SQLModel, table=True):
    """A named lock with a lease (the SQLite stand-in for an advisory lock)."""

    __tablename__ = "worker_lock"

    name: str = Field(primary_key=True, max_length=100)
    holder: str = Field(max_length=100)
    lease_until: datetime = Field(sa_type=UTCDateTime)


class AudienceEstimate(SQLModel, table=True):
    """An incident's audience size, counted by the worker so a broadcast request need not.

    Counting a million customers takes seconds; the broadcast request answers in
    milliseconds with this count (and when it was made), and the exact number of
    deliveries replaces it on the broadcast once the fan-out has written them.
    """

    __tablename__ = "audience_estimate"

    incident_id: int = Field(foreign_key="incident.id", primary_key=True)
    scope_hash: str = Field(max_length=64)
    count: int
    counted_at: datetime = Field(sa_type=UTCDateTime)
