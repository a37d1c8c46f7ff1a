"""Scheduled maintenance as the public sees it: upcoming, active and recently completed
work, each with the notices sent about it as its updates (newest first).

Cancelled maintenances are left out of the lists (Statuspage has no cancelled status);
the cancellation notice itself still reaches everyone the announcement reached, and the
feed and the calendar carry it (the calendar marks the event CANCELLED).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session, col, or_, select

from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import (
    Maintenance,
    MaintenanceNotice,
    MaintenanceStatus,
    NoticeStatus,
)

PAST_DAYS = 90
MaintenanceState = Literal["scheduled", "in_progress", "verifying", "completed"]
S = MaintenanceStatus


@dataclass(frozen=True)
class PublicNotice:
    """One notice sent about a maintenance, in one language."""

    notice_id: int
    maintenance_id: int
    kind: str
    status: str
    """The maintenance status it reports (scheduled … completed, or cancelled)."""
    locale: str
    subject: str
    body: str
    published_at: datetime


@dataclass(frozen=True)
class PublicMaintenance:
    """A maintenance as the public sees it."""

    id: int
    title: str
    description: str
    status: MaintenanceStatus
    components: tuple[str, ...]
    time_zone: str
    starts_at: datetime
    ends_at: datetime
    starts_at_local: str
    ends_at_local: str
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    overran_at: datetime | None
    promise: str
    revision: int
    updates: tuple[PublicNotice, ...]

    @property
    def upcoming(self) -> bool:
        """Not started yet."""
        return self.status == S.SCHEDULED

    @property
    def active(self) -> bool:
        """In progress or being verified."""
        return self.status in (S.IN_PROGRESS, S.VERIFYING)


def _notice(notice: MaintenanceNotice, wanted: str | None) -> PublicNotice:
    locale = wanted if wanted in notice.texts else notice.default_locale
    if locale not in notice.texts:
        locale = next(iter(notice.texts))
    text = notice.texts[locale]
    return PublicNotice(
        notice_id=notice.id or 0,
        maintenance_id=notice.maintenance_id,
        kind=notice.kind.value,
        status=notice.update_status.value,
        locale=locale,
        subject=str(text["subject"]),
        body=str(text["body"]),
        published_at=notice.sent_at or notice.created_at,
    )


def public_maintenances(
    session: Session, *, now: datetime, locale: str | None, cancelled: bool = False
) -> tuple[PublicMaintenance, ...]:
    """Upcoming and active maintenances and those completed in the last 90 days (and with
    `cancelled`, those called off in that time), soonest window first."""
    cutoff = now - timedelta(days=PAST_DAYS)
    over = [S.COMPLETED, S.CANCELLED] if cancelled else [S.COMPLETED]
    rows = session.exec(
        select(Maintenance)
        .where(
            or_(
                col(Maintenance.status).in_([S.SCHEDULED, S.IN_PROGRESS, S.VERIFYING]),
                (col(Maintenance.status).in_(over)) & (col(Maintenance.updated_at) >= cutoff),
            )
        )
        .order_by(col(Maintenance.starts_at), col(Maintenance.id))
    ).all()
    notices = maintenance_service.list_notices(session, [m.id or 0 for m in rows])
    shown = []
    for m in rows:
        sent = [n for n in notices[m.id or 0] if n.status == NoticeStatus.SENT]
        updates = tuple(_notice(n, locale) for n in sent)
        shown.append(
            PublicMaintenance(
                id=m.id or 0,
                title=m.title,
                description=m.description,
                status=m.status,
                components=tuple(m.components),
                time_zone=m.time_zone,
                starts_at=m.starts_at,
                ends_at=m.ends_at,
                starts_at_local=maintenance_service.local(m, m.starts_at),
                ends_at_local=maintenance_service.local(m, m.ends_at),
                created_at=m.created_at,
                updated_at=max([m.updated_at, *(u.published_at for u in updates)]),
                started_at=m.started_at,
                completed_at=m.completed_at,
                overran_at=m.overran_at,
                promise=maintenance_service.promise(m),
                revision=m.revision,
                updates=updates,
            )
        )
    return tuple(shown)
