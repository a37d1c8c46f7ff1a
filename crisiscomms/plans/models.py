"""Plan tables: a plan (one per slug) and its immutable versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, UTCDateTime


class Plan(SQLModel, table=True):
    """A crisis communication plan; its content lives in versions."""

    __tablename__ = "plan"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=300)
    scenario: str = Field(max_length=40)
    current_version: int = Field(default=1)
    archived_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class PlanVersion(SQLModel, table=True):
    """One immutable version of a plan's body; incidents pin the version they started with."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "version", name="uq_plan_version"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    version: int
    body: dict[str, Any] = Field(sa_type=JSONType)
    body_sha256: str = Field(max_length=64)
    source: str = Field(max_length=300, description="file path, 'api' or 'web'")
    created_at: datetime = Field(sa_type=UTCDateTime)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
