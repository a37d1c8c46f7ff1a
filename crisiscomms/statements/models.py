"""Statement tables: the statement, its revisions."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime


class StatementStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    REJECTED = "rejected"


class Statement(SQLModel, table=True):
    """What the company says at one stage of an incident; published ones never change."""

    __tablename__ = "statement"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    stage: str = Field(max_length=20)
    holding: bool = Field(default=False, description="Drafted from the plan's holding statement.")
    status: StatementStatus = Field(
        default=StatementStatus.DRAFT, sa_type=StrEnumType(StatementStatus, 20), index=True
    )
    content: dict[str, Any] = Field(sa_type=JSONType)
    revision: int = 1
    check_report: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    check_score: int = 0
    check_passed: bool = False
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_editor: str = Field(max_length=254, description="Label of whoever saved last.")
    last_editor_id: int | None = Field(default=None, foreign_key="user.id")
    updated_at: datetime = Field(sa_type=UTCDateTime)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    approved_by: str | None = Field(default=None, max_length=254)
    approved_revision: int | None = None
    override_reason: str | None = Field(default=None, max_length=2000)
    rejected_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    rejected_by: str | None = Field(default=None, max_length=254)
    rejection_reason: str | None = Field(default=None, max_length=2000)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    published_by: str | None = Field(default=None, max_length=254)
    superseded_by_id: int | None = Field(default=None, foreign_key="statement.id")


class StatementRevision(SQLModel, table=True):
    """Every save of a statement, kept so revisions can be listed and compared."""

    __tablename__ = "statement_revision"
    __table_args__ = (UniqueConstraint("statement_id", "number", name="uq_statement_revision"),)

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    number: int
    content: dict[str, Any] = Field(sa_type=JSONType)
    editor: str = Field(max_length=254)
    editor_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(sa_type=UTCDateTime)
    check_score: int = 0
    check_passed: bool = False
