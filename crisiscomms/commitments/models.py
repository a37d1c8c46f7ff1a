"""Commitment tables: the commitment, and each later statement that reported on it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import StrEnumType, UTCDateTime

MAX_TEXT = 4000
MAX_NOTE = 2000


class CommitmentStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    MISSED = "missed"
    WITHDRAWN = "withdrawn"


class CommitmentKind(StrEnum):
    PROMISE = "promise"
    """Written by people, in the statement editor."""
    NEXT_UPDATE = "next_update"
    """"Next update by T", made automatically when a statement with a next update publishes."""


class Commitment(SQLModel, table=True):
    """A promise made in a statement, tracked until kept, missed or withdrawn.

    `owner_id` is required for promises; it may be empty only for the automatic next-update
    commitment of an incident without a commander, which the comms team as a whole owns.
    `statement_id` is the published statement that first made it; a commitment created by a
    re-date or a supersession has none until the next statement publishes it.
    """

    __tablename__ = "commitment"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    statement_id: int | None = Field(default=None, foreign_key="statement.id", index=True)
    kind: CommitmentKind = Field(
        default=CommitmentKind.PROMISE, sa_type=StrEnumType(CommitmentKind, 20)
    )
    text: str = Field(max_length=MAX_TEXT)
    owner_id: int | None = Field(default=None, foreign_key="user.id")
    due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    public: bool = True
    status: CommitmentStatus = Field(
        default=CommitmentStatus.OPEN, sa_type=StrEnumType(CommitmentStatus, 20), index=True
    )
    evidence: str | None = Field(default=None, max_length=MAX_NOTE)
    kept_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    missed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    missed_reason: str | None = Field(default=None, max_length=MAX_NOTE)
    withdrawn_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    withdrawn_reason: str | None = Field(default=None, max_length=MAX_NOTE)
    supersedes_id: int | None = Field(default=None, foreign_key="commitment.id")
    superseded_by_id: int | None = Field(default=None, foreign_key="commitment.id")
    redated_from_id: int | None = Field(default=None, foreign_key="commitment.id", index=True)
    created_by: str = Field(max_length=254, description="Label of whoever made it.")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class CommitmentReport(SQLModel, table=True):
    """A later published statement that reported on a commitment, and the status it gave."""

    __tablename__ = "commitment_report"
    __table_args__ = (
        UniqueConstraint("commitment_id", "statement_id", name="uq_commitment_report"),
    )

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    status_at_report: CommitmentStatus = Field(sa_type=StrEnumType(CommitmentStatus, 20))
    reported_at: datetime = Field(sa_type=UTCDateTime)
