"""Customer rules: read, import, upsert, deactivate, and preview audiences.

Invariants: only active customers are ever in an audience; imports and upserts never
touch suppressions (see `suppressions`); every change made by staff is audited (an
import as one event with its counts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.customers import audience, suppressions
from crisiscomms.customers.importing import ImportFormat, ImportReport, import_customers
from crisiscomms.customers.models import ChannelKind, Customer, Suppression, SuppressionReason
from crisiscomms.customers.schemas import CustomerUpsert
from crisiscomms.errors import NotFound, ValidationFailed
from crisiscomms.incidents import service as incident_service
from crisiscomms.principal import Principal


def get_customer(session: Session, customer_id: int) -> Customer:
    """One customer by id, or NotFound."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"no customer with id {customer_id}")
    return customer


def get_customer_by_external_id(session: Session, external_id: str) -> Customer:
    """One customer by their id in the customer system, or NotFound."""
    customer = session.exec(select(Customer).where(Customer.external_id == external_id)).first()
    if customer is None:
        raise NotFound(f"no customer with external id {external_id!r}")
    return customer


def list_customers(
    session: Session,
    *,
    active: bool | None = None,
    segment: str | None = None,
    after: int = 0,
    limit: int = 100,
) -> Sequence[Customer]:
    """Customers by id, after `after` (keyset pagination), optionally filtered."""
    query = select(Customer).where(col(Customer.id) > after)
    if active is not None:
        query = query.where(Customer.active == active)
    if segment is not None:
        query = query.where(Customer.segment == segment)
    return session.exec(query.order_by(col(Customer.id)).limit(limit)).all()


def public_views(session: Session, customers: Sequence[Customer]) -> list[dict[str, Any]]:
    """Customers as the API shows them, with their suppressions."""
    suppressed = suppressions.suppressions_for(session, customers)
    return [
        {**customer.model_dump(), "suppressed": suppressed.get(customer.id or 0, {})}
        for customer in customers
    ]


def customer_stats(session: Session) -> dict[str, Any]:
    """Counts by segment and activity, and suppressed addresses by kind and reason."""
    rows = session.exec(
        select(Customer.segment, Customer.active, func.count())
        .group_by(col(Customer.segment), col(Customer.active))
        .order_by(col(Customer.segment))
    ).all()
    segments: dict[str | None, dict[str, Any]] = {}
    for segment, active, count in rows:
        entry = segments.setdefault(segment, {"segment": segment, "active": 0, "former": 0})
        entry["active" if active else "former"] += count
    by_kind = session.exec(
        select(Suppression.kind, func.count()).group_by(col(Suppression.kind))
    ).all()
    by_reason = session.exec(
        select(Suppression.reason, func.count()).group_by(col(Suppression.reason))
    ).all()
    active_total = sum(e["active"] for e in segments.values())
    former_total = sum(e["former"] for e in segments.values())
    return {
        "total": active_total + former_total,
        "active": active_total,
        "former": former_total,
        "segments": list(segments.values()),
        "suppressed": {kind.value: 0 for kind in ChannelKind} | {str(k): n for k, n in by_kind},
        "suppressed_by_reason": {str(r): n for r, n in by_reason},
    }


def run_import(
    session: Session,
    chunks: Iterable[bytes],
    *,
    fmt: ImportFormat,
    actor: Principal,
    now: datetime,
) -> ImportReport:
    """Import a JSONL or CSV stream of customers and audit it as one event with its counts."""
    report = import_customers(session, chunks, fmt=fmt, now=now)
    counts = {
        name: getattr(report, name)
        for name in ("lines", "inserted", "updated", "unchanged", "failed")
    }
    audit.record(
        session,
        actor=actor,
        action="customers.import",
        target_type="customer",
        target_id=None,
        now=now,
        after={"format": fmt.value, **counts},
    )
    return report


def upsert_customer(
    session: Session, data: CustomerUpsert, *, actor: Principal, now: datetime
) -> Customer:
    """Create or update one customer, checked exactly as an import line is."""
    line = json.dumps(data.model_dump(exclude_none=True), ensure_ascii=False).encode()
    report = import_customers(session, [line], fmt=ImportFormat.JSONL, now=now)
    if report.errors:
        error = report.errors[0]
        raise ValidationFailed(
            f"{error.field or 'customer'}: {error.message}",
            details=[{"location": error.field or "", "message": error.message}],
        )
    customer = get_customer_by_external_id(session, data.external_id.strip())
    session.refresh(customer)
    audit.record(
        session,
        actor=actor,
        action="customer.upsert",
        target_type="customer",
        target_id=customer.id,
        now=now,
        after={"external_id": customer.external_id, "inserted": report.inserted},
    )
    return customer


def deactivate_customer(
    session: Session, customer_id: int, *, actor: Principal, now: datetime
) -> Customer:
    """Mark a customer as former: they leave every audience."""
    customer = get_customer(session, customer_id)
    if customer.active:
        customer.active = False
        customer.updated_at = now
        session.add(customer)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="customer.deactivate",
            target_type="customer",
            target_id=customer.id,
            now=now,
            before={"active": True},
            after={"active": False},
        )
    return customer


def suppress_customer(
    session: Session,
    customer_id: int,
    *,
    channel: ChannelKind | None,
    reason: SuppressionReason,
    note: str | None,
    actor: Principal,
    now: datetime,
) -> list[Suppression]:
    """Suppress a customer's address on one channel kind, or on both."""
    return suppressions.suppress_customer(
        session,
        get_customer(session, customer_id),
        channel=channel,
        reason=reason,
        note=note,
        actor=actor,
        now=now,
    )


def mask_email(email: str | None) -> str | None:
    """a***@example.com: enough to recognise, not enough to harvest."""
    if not email:
        return None
    local, _, domain = email.rpartition("@")
    return f"{local[:1]}***@{domain}"


def mask_phone(phone: str | None) -> str | None:
    """+44*******23."""
    if not phone:
        return None
    return phone[:3] + "*" * max(len(phone) - 5, 0) + phone[-2:]


def audience_preview(
    session: Session, incident_id: int, *, channel: ChannelKind, sample: int
) -> dict[str, Any]:
    """The audience count for an incident on a channel kind, and a masked sample."""
    incident = incident_service.get_incident(session, incident_id)
    members = audience.sample_audience(session, incident, channel_kind=channel, limit=sample)
    return {
        "incident_id": incident.id,
        "channel": channel,
        "count": audience.count_audience(session, incident, channel_kind=channel),
        "sample": [
            {
                "external_id": m.external_id,
                "name": m.name,
                "email": mask_email(m.email),
                "phone": mask_phone(m.phone),
                "locale": m.locale,
            }
            for m in members
        ],
    }
