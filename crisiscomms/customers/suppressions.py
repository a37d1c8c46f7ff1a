"""Suppressions: addresses that must not be messaged on a channel kind, whoever holds them.

Invariants: a suppression is keyed by (channel kind, normalised address), so no import,
upsert or address change undoes it; one the recipient asked for (unsubscribed,
complaint) is never lifted, not even by an administrator; staff changes are audited.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.customers.models import (
    PERMANENT_REASONS,
    ChannelKind,
    Customer,
    Suppression,
    SuppressionReason,
)
from crisiscomms.customers.unsubscribe import normalise_address
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.principal import Principal


def suppressions_for(
    session: Session, customers: Iterable[Customer]
) -> dict[int, dict[str, SuppressionReason]]:
    """Customer id → {channel kind: reason} for the suppressed addresses among theirs."""
    wanted: dict[tuple[str, str], list[int]] = {}
    for customer in customers:
        for kind, address in (
            (ChannelKind.EMAIL, customer.email),
            (ChannelKind.SMS, customer.phone),
        ):
            if address:
                key = (kind.value, normalise_address(kind, address))
                wanted.setdefault(key, []).append(customer.id or 0)
    found: dict[int, dict[str, SuppressionReason]] = {}
    if not wanted:
        return found
    rows = session.exec(
        select(Suppression).where(col(Suppression.address).in_({a for _, a in wanted}))
    ).all()
    for row in rows:
        for customer_id in wanted.get((row.kind.value, row.address), []):
            found.setdefault(customer_id, {})[row.kind.value] = row.reason
    return found


def suppress(
    session: Session,
    *,
    kind: ChannelKind,
    address: str,
    reason: SuppressionReason,
    source: str,
    actor: Principal,
    now: datetime,
) -> Suppression:
    """Stop all messages on `kind` to `address`; idempotent. A recipient's own request
    (unsubscribed, complaint) replaces a bounce or manual reason, never the other way."""
    normalised = normalise_address(kind, address)
    existing = session.exec(
        select(Suppression).where(Suppression.kind == kind, Suppression.address == normalised)
    ).first()
    if existing is not None:
        if reason in PERMANENT_REASONS and existing.reason not in PERMANENT_REASONS:
            before = {"reason": existing.reason.value, "source": existing.source}
            existing.reason, existing.source = reason, source[:200]
            session.add(existing)
            session.flush()
            audit.record(
                session,
                actor=actor,
                action="suppression.update",
                target_type="suppression",
                target_id=existing.id,
                now=now,
                before=before,
                after={"reason": reason.value, "source": existing.source},
            )
        return existing
    row = Suppression(
        kind=kind, address=normalised, reason=reason, source=source[:200], created_at=now
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="suppression.create",
        target_type="suppression",
        target_id=row.id,
        now=now,
        after={"kind": kind.value, "reason": reason.value, "source": row.source},
    )
    return row


def suppress_customer(
    session: Session,
    customer: Customer,
    *,
    channel: ChannelKind | None,
    reason: SuppressionReason,
    note: str | None,
    actor: Principal,
    now: datetime,
) -> list[Suppression]:
    """Suppress a customer's address on one channel kind, or on both."""
    addresses = {ChannelKind.EMAIL: customer.email, ChannelKind.SMS: customer.phone}
    kinds = [channel] if channel is not None else list(ChannelKind)
    targets = [(kind, addresses[kind]) for kind in kinds if addresses[kind]]
    if not targets:
        wanted = channel.value if channel else "email or phone"
        raise ValidationFailed(f"customer {customer.external_id} has no {wanted} address")
    source = f"{actor.label}: {note}" if note else actor.label
    return [
        suppress(
            session,
            kind=kind,
            address=address or "",
            reason=reason,
            source=source,
            actor=actor,
            now=now,
        )
        for kind, address in targets
    ]


def unsuppress(
    session: Session, *, kind: ChannelKind, address: str, actor: Principal, now: datetime
) -> None:
    """Lift a bounce or manual suppression; the recipient's own requests stay forever."""
    normalised = normalise_address(kind, address)
    row = session.exec(
        select(Suppression).where(Suppression.kind == kind, Suppression.address == normalised)
    ).first()
    if row is None:
        raise NotFound(f"{kind.value} address {normalised} is not suppressed")
    if row.reason in PERMANENT_REASONS:
        raise Conflict(
            f"{normalised} is suppressed because the recipient asked ({row.reason.value}); "
            "that is honoured forever and cannot be lifted"
        )
    audit.record(
        session,
        actor=actor,
        action="suppression.delete",
        target_type="suppression",
        target_id=row.id,
        now=now,
        before={"kind": kind.value, "reason": row.reason.value, "source": row.source},
    )
    session.delete(row)
    session.flush()
