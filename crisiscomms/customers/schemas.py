"""API shapes for customers, imports, audiences and suppressions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.customers.models import ChannelKind, SuppressionReason
from crisiscomms.textrules import Label, Paragraph


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CustomerUpsert(Input):
    """One customer, as an import line states it (the same fields, the same checks)."""

    external_id: Label
    name: Label
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    locale: str | None = Field(default=None, max_length=35)
    active: bool | None = None
    email_consent: bool | None = None
    sms_consent: bool | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)


class CustomerPublic(BaseModel):
    """A customer, with the suppressions that apply to their addresses."""

    id: int
    external_id: str
    name: str
    email: str | None
    phone: str | None
    locale: str
    attributes: dict[str, Any]
    segment: str | None
    active: bool
    email_consent: bool
    sms_consent: bool
    suppressed: dict[str, str] = Field(
        description="Channel kind → suppression reason, for this customer's current addresses."
    )
    created_at: datetime
    updated_at: datetime


class CustomerPage(BaseModel):
    """One page of customers; pass `next_after` as `after` for the next one."""

    items: list[CustomerPublic]
    next_after: int | None


class SegmentCount(BaseModel):
    segment: str | None
    active: int
    former: int


class CustomerStats(BaseModel):
    """Counts across all customers."""

    total: int
    active: int
    former: int
    segments: list[SegmentCount]
    suppressed: dict[str, int] = Field(description="Suppressed addresses per channel kind.")
    suppressed_by_reason: dict[str, int]


class LineErrorPublic(BaseModel):
    line: int
    field: str | None
    message: str


class ImportReportPublic(BaseModel):
    """What an import did; failed lines are listed (the first 1,000) and did not stop the rest."""

    format: str
    lines: int
    inserted: int
    updated: int
    unchanged: int
    failed: int
    errors: list[LineErrorPublic]
    errors_truncated: bool
    ignored_columns: list[str]


class SuppressRequest(Input):
    """Stop messages to a customer's address(es); the suppression outlives any re-import."""

    channel: ChannelKind | None = Field(
        default=None, description="email or sms; leave out for both."
    )
    reason: SuppressionReason = SuppressionReason.MANUAL
    note: Paragraph | None = None


class SuppressionPublic(BaseModel):
    id: int
    kind: ChannelKind
    address: str
    reason: SuppressionReason
    source: str
    created_at: datetime


class AudienceMember(BaseModel):
    """A customer in an audience preview, with masked addresses."""

    external_id: str
    name: str
    email: str | None
    phone: str | None
    locale: str


class AudiencePreview(BaseModel):
    """How many customers a broadcast on this channel would reach, and some of them."""

    incident_id: int
    channel: ChannelKind
    count: int
    sample: list[AudienceMember]
