"""API shapes for statements."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from crisiscomms.dbtypes import MAX_ID, RowId
from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import StatementStatus
from crisiscomms.textrules import _no_control_characters


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _has_words(value: str) -> str:
    if not value.strip():
        raise ValueError("is empty: paste the statement to check")
    return value


class StatementDraft(Input):
    """Draft a statement; the stage defaults to the incident's current status."""

    stage: Stage | None = None
    holding: bool = Field(default=False, description="Draft the plan's holding statement.")


class StatementSave(Input):
    """An edit: the whole content, and the revision it was made on (to catch lost updates)."""

    content: StatementContent
    base_revision: int = Field(ge=1, le=MAX_ID)


class CheckRequest(Input):
    """Check unsaved content (as the editor types); omit it to check the saved revision."""

    content: StatementContent | None = None


class PreviewRequest(Input):
    """Preview unsaved content (as the editor types); omit it to preview the saved revision."""

    content: StatementContent | None = None


CardNetwork = Literal[
    "x", "mastodon", "bluesky", "threads", "facebook", "linkedin", "email", "open_graph"
]


class CardRequest(Input):
    """The status card of unsaved content (or of the saved revision) at one network's size."""

    content: StatementContent | None = None
    network: CardNetwork
    locale: str = Field(min_length=2, max_length=35)


class Approval(Input):
    override_reason: str | None = Field(default=None, max_length=2000)


class Rejection(Input):
    reason: str = Field(max_length=2000)


class StatementPublic(BaseModel):
    """A statement, its check report and its review state."""

    id: int
    incident_id: int
    stage: str
    holding: bool
    status: StatementStatus
    revision: int
    content: dict[str, Any]
    check_report: dict[str, Any]
    check_score: int
    check_passed: bool
    created_at: datetime
    last_editor: str
    updated_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    approved_by: str | None
    approved_revision: int | None
    override_reason: str | None
    rejected_at: datetime | None
    rejected_by: str | None
    rejection_reason: str | None
    published_at: datetime | None
    published_by: str | None
    superseded_by_id: int | None


class RevisionPublic(BaseModel):
    """One saved revision."""

    number: int
    content: dict[str, Any]
    editor: str
    created_at: datetime
    check_score: int
    check_passed: bool


MAX_CHECK_CHARS = 20_000
"""The documented size limit of a text sent to `POST /api/v1/check`."""


class TextCheck(Input):
    """Any text to judge as it stands: a pasted draft, one X post, one SMS."""

    text: Annotated[
        str,
        StringConstraints(min_length=1, max_length=MAX_CHECK_CHARS),
        AfterValidator(_has_words),
        AfterValidator(_no_control_characters),
    ] = Field(description=f"The text, up to {MAX_CHECK_CHARS:,} characters.")
    language: Literal["en", "bn"] = Field(description="The language it is written in.")
    channel: Channel = Field(
        description="Where it will be published; short channels are judged on what fits."
    )
    stage: Stage | None = Field(
        default=None,
        description="The incident's stage; resolved and follow_up may name a dated follow-up "
        "instead of the next update.",
    )
    plan_id: RowId | None = Field(
        default=None,
        description="A plan whose transparency settings apply (its rules, severities, phrases).",
    )


class TextCheckResult(BaseModel):
    """The verdict on a text, its score and each finding at its words."""

    verdict: Literal["pass", "fail"]
    passed: bool
    score: int
    channel: Channel
    language: str
    findings: list[dict[str, Any]]
