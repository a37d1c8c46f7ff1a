"""Subscribers in and out as CSV rows: Statuspage-style imports (confirmed, an unsubscribe
never undone) and the export, a batch at a time."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from crisiscomms.errors import BadRequest
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus
from crisiscomms.subscribers.service import (
    check_locale,
    check_time_zone,
    components_of,
    listing,
    normalise_components,
    normalise_email,
)


def as_row(subscriber: Subscriber) -> dict[str, Any]:
    """The CSV/JSON form of a subscriber (the nonce stays inside)."""
    return {
        "email": subscriber.address,
        "status": subscriber.status.value,
        "language": subscriber.locale,
        "time_zone": subscriber.time_zone or "",
        "components": ";".join(components_of(subscriber)),
        "source": subscriber.source,
        "created_at": subscriber.created_at.isoformat(),
        "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
        "kind": subscriber.kind.value,
    }


EXPORT_COLUMNS = (
    "email",
    "status",
    "language",
    "time_zone",
    "components",
    "source",
    "created_at",
    "confirmed_at",
    "kind",
)
"""`email` is the stored address: an email, an E.164 phone, or for a URL subscriber its
digest (the URL is a secret and is never exported)."""


@dataclass
class ImportResult:
    """What an import did, and every line it refused (line number, field, message)."""

    lines: int = 0
    added: int = 0
    updated: int = 0
    kept_unsubscribed: int = 0
    errors: list[tuple[int, str, str]] = field(default_factory=list)


def import_rows(
    session: Session, rows: Iterable[tuple[int, dict[str, str]]], *, now: datetime
) -> ImportResult:
    """Subscribers from another status page (CSV rows: email, components, language and
    an optional time_zone, an IANA zone).

    The operator vouches that these people asked for updates there, so they are imported
    confirmed. Someone who unsubscribed here stays unsubscribed: an import never undoes an
    unsubscribe. A bad line is reported and skipped; the others are imported.
    """
    result = ImportResult()
    for line, row in rows:
        result.lines += 1
        try:
            address = normalise_email(row.get("email") or "")
            followed = normalise_components((row.get("components") or "").split(";"))
            language = check_locale(row.get("language") or "en")
            zone = check_time_zone(row.get("time_zone"))
        except BadRequest as exc:
            where = exc.details[0]["location"] if exc.details else "line"
            result.errors.append((line, where, exc.message))
            continue
        found = session.exec(
            select(Subscriber).where(
                Subscriber.kind == SubscriberKind.EMAIL, Subscriber.address == address
            )
        ).first()
        if found is not None and found.status == SubscriberStatus.UNSUBSCRIBED:
            result.kept_unsubscribed += 1
            continue
        if found is None:
            found = Subscriber(
                kind=SubscriberKind.EMAIL,
                address=address,
                status=SubscriberStatus.ACTIVE,
                nonce=secrets.token_hex(16),
                source="import",
                created_at=now,
                confirmed_at=now,
            )
            result.added += 1
        else:
            result.updated += 1
        found.status = SubscriberStatus.ACTIVE
        found.confirmed_at = found.confirmed_at or now
        found.components, found.locale = followed, language
        if zone is not None or "time_zone" in row:  # a file without the column keeps the zone
            found.time_zone = zone
        session.add(found)
        if result.lines % 1000 == 0:
            session.flush()
    session.flush()
    return result


def export_rows(session: Session, *, batch: int = 5_000) -> Iterable[dict[str, Any]]:
    """Every subscriber as a row of EXPORT_COLUMNS, by id, a batch at a time."""
    after = 0
    while found := listing(session, status=None, after=after, limit=batch):
        yield from (as_row(s) for s in found)
        after = found[-1].id or 0
