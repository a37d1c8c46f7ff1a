"""Incident tables: the incident, its lifecycle and its timeline."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime


class IncidentStatus(StrEnum):
    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Incident(SQLModel, table=True):
    """A crisis in progress, born from a plan version."""

    __tablename__ = "incident"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    plan_version_id: int = Field(foreign_key="plan_version.id")
    title: str = Field(max_length=200)
    summary: str = Field(max_length=5000)
    severity: str = Field(max_length=64)
    status: IncidentStatus = Field(
        default=IncidentStatus.INVESTIGATING, sa_type=StrEnumType(IncidentStatus, 20), index=True
    )
    scope: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    affected_customers: int | None = Field(default=None, ge=0)
    commander_id: int | None = Field(default=None, foreign_key="user.id")
    detected_at: datetime = Field(sa_type=UTCDateTime)
    activated_at: datetime = Field(sa_type=UTCDateTime)
    first_statement_due_at: datetime = Field(sa_type=UTCDateTime)
    first_statement_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_public_update_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    next_update_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    promised_update_at: datetime | None = Field(
        default=None, sa_type=UTCDateTime, description="Next update time the last statement gave."
    )
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    updated_at: datetime = Field(sa_type=UTCDateTime)
    rehearsal: bool = Field(
        default=False,
        index=True,
        description="An exercise: dry-run channels and the rehearsal audience only, never public.",
    )
    clock_speed: int = Field(
        default=1, ge=1, le=600, description="How much faster than real time its clock runs."
    )
    alert_components: dict[str, list[str]] | None = Field(
        default=None,
        sa_type=JSONType,
        description="Where the plan lets the status page follow the alerts: each component "
        "an alert named, with the fingerprints of its alerts still firing ([] once resolved).",
    )


class IncidentEvent(SQLModel, table=True):
    """One entry on an incident's timeline; never edited."""

    __tablename__ = "incident_event"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    at: datetime = Field(sa_type=UTCDateTime)
    kind: str = Field(max_length=60)
    message: str = Field(max_length=2000)
    actor: str = Field(max_length=200)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
