"""The audit log: append-only; the database refuses updates and deletes (see migrations)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, UTCDateTime


class AuditEvent(SQLModel, table=True):
    """Who did what to which record, when, with the record before and after."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    actor_type: str = Field(max_length=20, description="user, api_key or system")
    actor_id: int | None = None
    actor_label: str = Field(max_length=254)
    action: str = Field(max_length=80, index=True)
    target_type: str = Field(max_length=40)
    target_id: str | None = Field(default=None, max_length=64)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSONType)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSONType)
    request_id: str | None = Field(default=None, max_length=64)
    ip: str | None = Field(default=None, max_length=64)
