"""Rehearsal tables: the exercise of a plan, the injects it plays, its stored report.

A rehearsal row sits beside its incident (marked `rehearsal`) and keeps what the comparison
over time needs after the incident is gone from view: the plan, the speed, when it started
and ended, and the graded report with its score. Each inject is a row, fired once: firing
is a compare-and-set on `fired_at`, so two workers never play it twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, UTCDateTime


class Rehearsal(SQLModel, table=True):
    """One exercise of a plan, and its grade once it ended."""

    __tablename__ = "rehearsal"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", unique=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    plan_version_id: int = Field(foreign_key="plan_version.id")
    severity: str = Field(max_length=64)
    clock_speed: int = Field(ge=1, le=600)
    started_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_by: str | None = Field(default=None, max_length=254)
    score: int | None = Field(default=None, ge=0, le=100)
    grade: str | None = Field(default=None, max_length=2)
    report: dict[str, Any] | None = Field(default=None, sa_type=JSONType)


class RehearsalInject(SQLModel, table=True):
    """A scripted event of a rehearsal: when it is due (real time) and when it fired."""

    __tablename__ = "rehearsal_inject"
    __table_args__ = (UniqueConstraint("rehearsal_id", "position", name="uq_rehearsal_inject"),)

    id: int | None = Field(default=None, primary_key=True)
    rehearsal_id: int = Field(foreign_key="rehearsal.id", index=True)
    position: int = Field(ge=0)
    offset_minutes: int = Field(ge=0, description="On the rehearsal's clock, from its start.")
    text: str = Field(max_length=1000)
    due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    fired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
