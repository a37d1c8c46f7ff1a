"""Alert sources and the alerts they sent: monitoring tells crisiscomms that customers are hurting.

A source is one monitoring system (an Alertmanager, a Grafana, a PagerDuty account, any
tool that posts the generic shape) with its secret, encrypted at rest, and its routing
rules (data: label matchers → plan, severity, components, what to do). Every alert
received is kept with its payload, once per (source, fingerprint, status, start): a
replayed delivery finds its row and has no second effect.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime


class SourceKind(StrEnum):
    ALERTMANAGER = "alertmanager"
    GRAFANA = "grafana"
    PAGERDUTY = "pagerduty"
    GENERIC = "generic"


class AlertAction(StrEnum):
    OPENED = "opened"
    """It opened an incident."""
    ADDED = "added"
    """It joined the open incident of its group (counted there)."""
    PROPOSED = "proposed"
    """It proposes an incident to the commander, who accepts or dismisses it."""
    IGNORED = "ignored"
    """A rule says to keep it only."""
    UNMATCHED = "unmatched"
    """No rule matched: kept for the record."""
    MONITORING_PROPOSED = "monitoring_proposed"
    """It resolved: the incident may move to monitoring (never resolved by an alert)."""
    RESOLVED = "resolved"
    """It resolved with no open incident of its own."""


class ProposalStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


class AlertSource(SQLModel, table=True):
    """A monitoring system allowed to post alerts, and its routing rules."""

    __tablename__ = "alert_source"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True, description="In the URL: /api/v1/alerts/{name}")
    kind: SourceKind = Field(sa_type=StrEnumType(SourceKind))
    secret_encrypted: str = Field(sa_type=Text)
    routes: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    enabled: bool = True
    created_at: datetime = Field(sa_type=UTCDateTime)


class AlertEvent(SQLModel, table=True):
    """One alert as received, what it did, and the incident it belongs to."""

    __tablename__ = "alert_event"
    __table_args__ = (
        UniqueConstraint(
            "source_id", "fingerprint", "status", "starts_at", name="uq_alert_event_delivery"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="alert_source.id", index=True)
    fingerprint: str = Field(max_length=200)
    status: str = Field(max_length=20, description="firing or resolved")
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    title: str = Field(max_length=300)
    group_key: str = Field(max_length=500, index=True)
    labels: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    annotations: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    action: AlertAction = Field(sa_type=StrEnumType(AlertAction))
    rule: int | None = Field(default=None, description="The matching rule's index.")
    incident_id: int | None = Field(default=None, foreign_key="incident.id", index=True)
    proposal: ProposalStatus | None = Field(default=None, sa_type=StrEnumType(ProposalStatus))
    received_at: datetime = Field(sa_type=UTCDateTime)
