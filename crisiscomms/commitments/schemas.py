"""API shapes for commitments and the public tracker."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from crisiscomms.commitments.models import MAX_NOTE, MAX_TEXT, CommitmentKind, CommitmentStatus
from crisiscomms.dbtypes import RowId
from crisiscomms.textrules import AwareDatetime, _no_control_characters

Note = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_NOTE),
    AfterValidator(_no_control_characters),
]
"""A reason or evidence: a note or a link; blank means none."""
PromiseText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT),
    AfterValidator(_no_control_characters),
]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Keep(Input):
    """Mark a promise kept."""

    evidence: Note | None = Field(
        default=None, description="A note or a link showing it was done (the plan may require it)."
    )


class Miss(Input):
    """Mark a promise missed (or explain one the sweep marked), optionally with a new date."""

    reason: Note = Field(description="Why it slipped; shown in the next statement.")
    new_due_at: AwareDatetime | None = Field(
        default=None, description="The new date: a new commitment that refers to this one."
    )


class Withdrawal(Input):
    """Withdraw a promise, saying why."""

    reason: Note


class CommitmentUpdate(Input):
    """Reassign a promise or bring its due time forward; its text never changes."""

    text: str | None = Field(
        default=None, description="Refused: a new wording supersedes the commitment instead."
    )
    owner_id: RowId | None = None
    due_at: AwareDatetime | None = None


class Supersession(Input):
    """A new wording: a new commitment that supersedes this one (both stay on the record)."""

    text: PromiseText
    due_at: AwareDatetime | None = Field(default=None, description="Defaults to the old one's.")
    owner_id: RowId | None = Field(default=None, description="Defaults to the old one's.")
    public: bool | None = Field(default=None, description="Defaults to the old one's.")


class ReportPublic(BaseModel):
    """A later statement that reported on the commitment, and the status it gave."""

    statement_id: int
    status_at_report: CommitmentStatus
    reported_at: datetime


class TrackedCommitment(BaseModel):
    """A commitment as the public sees it: no owner."""

    id: int
    kind: CommitmentKind
    text: str
    status: CommitmentStatus
    due_at: datetime
    statement_id: int | None
    evidence: str | None
    kept_at: datetime | None
    kept_on_time: bool | None
    missed_at: datetime | None
    missed_reason: str | None
    withdrawn_at: datetime | None
    withdrawn_reason: str | None
    supersedes_id: int | None
    superseded_by_id: int | None
    redated_from_id: int | None
    redated_to_id: int | None


class CommitmentPublic(TrackedCommitment):
    """A commitment with its owner and every statement that reported on it (staff only)."""

    incident_id: int
    public: bool
    owner_id: int | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    reports: list[ReportPublic]


class PublicTracker(BaseModel):
    """An incident's public commitments and their status."""

    incident_id: int
    headline: str = Field(description="The latest published statement's headline.")
    commitments: list[TrackedCommitment]
