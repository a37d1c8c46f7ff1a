"""A maintenance's notices: rendered from the plan's templates in every language, once.

Each notice is a row with a UNIQUE dedupe key naming the maintenance, the notice kind and
the occasion (a revision for 'scheduled', the start time for the reminder), so a clock
tick that runs twice never queues it twice. The broadcast engine sends it (see
`flows.maintenance`); until then it is pending, and a pending notice that no longer makes
sense (the maintenance completed or was cancelled before its reminder went) is cancelled.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crisiscomms.maintenance.models import (
    Maintenance,
    MaintenanceNotice,
    MaintenanceStatus,
    NoticeStatus,
)
from crisiscomms.plans.schema import MaintenanceNoticeKind, PlanBody
from crisiscomms.plans.templating import compile_and_render, maintenance_context

K = MaintenanceNoticeKind
S = MaintenanceStatus
UPDATE_STATUS = {
    K.SCHEDULED: S.SCHEDULED,
    K.REMINDER: S.SCHEDULED,
    K.STARTED: S.IN_PROGRESS,
    K.COMPLETED: S.COMPLETED,
    K.CANCELLED: S.CANCELLED,
}


def public_url(plan: PlanBody, maintenance: Maintenance) -> str:
    """Where the public reads about it: the plan's status page, at the maintenance."""
    base = (plan.organisation.status_page_url or plan.organisation.support_url).rstrip("/")
    return f"{base}/status#maintenance-{maintenance.id}"


def render(
    plan: PlanBody, maintenance: Maintenance, kind: MaintenanceNoticeKind, *, now: datetime
) -> dict[str, dict[str, str]]:
    """The notice in every language the plan has: locale → {subject, body}."""
    assert plan.maintenance is not None
    context = maintenance_context(
        plan,
        title=maintenance.title,
        description=maintenance.description,
        components=maintenance.components,
        starts_at=maintenance.starts_at,
        ends_at=maintenance.ends_at,
        time_zone=maintenance.time_zone,
        status=maintenance.status.value,
        url=public_url(plan, maintenance),
        now=now,
    )
    texts: dict[str, dict[str, str]] = {}
    for locale, template in plan.maintenance.templates[kind].items():
        name = f"maintenance.templates.{kind.value}.{locale}"
        subject = compile_and_render(template.subject, f"{name}.subject", context)
        body = compile_and_render(template.body, f"{name}.body", context)
        texts[locale] = {"subject": " ".join(subject.split())[:300], "body": body.strip()}
    return texts


def queue(
    session: Session,
    maintenance: Maintenance,
    plan: PlanBody,
    kind: MaintenanceNoticeKind,
    *,
    now: datetime,
    occasion: str,
) -> MaintenanceNotice | None:
    """Queue one notice for this occasion; None when the plan does not send this kind or
    it was queued already."""
    assert maintenance.id is not None and plan.maintenance is not None
    if kind not in plan.maintenance.notices:
        return None
    key = f"maintenance:{maintenance.id}:{kind.value}:{occasion}"
    existing = select(MaintenanceNotice.id).where(MaintenanceNotice.dedupe_key == key)
    if session.exec(existing).first() is not None:
        return None
    notice = MaintenanceNotice(
        maintenance_id=maintenance.id,
        kind=kind,
        update_status=UPDATE_STATUS.get(kind, maintenance.status),
        texts=render(plan, maintenance, kind, now=now),
        default_locale=plan.default_locale,
        audiences=list(plan.maintenance.audiences),
        dedupe_key=key,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(notice)
    except IntegrityError:  # queued by a concurrent tick since the check above
        return None
    return notice


def announced(session: Session, maintenance: Maintenance) -> bool:
    """Whether any notice about it was queued (a cancellation is then announced too)."""
    return (
        session.exec(
            select(MaintenanceNotice.id).where(
                MaintenanceNotice.maintenance_id == maintenance.id,
                MaintenanceNotice.status != NoticeStatus.CANCELLED,
            )
        ).first()
        is not None
    )


def cancel_pending(session: Session, maintenance: Maintenance) -> int:
    """Cancel its pending reminder (the work is over or called off); how many."""
    pending = session.exec(
        select(MaintenanceNotice).where(
            MaintenanceNotice.maintenance_id == maintenance.id,
            MaintenanceNotice.status == NoticeStatus.PENDING,
            col(MaintenanceNotice.kind).in_([K.REMINDER]),
        )
    ).all()
    for notice in pending:
        notice.status = NoticeStatus.CANCELLED
        session.add(notice)
    return len(pending)


def pending(session: Session, *, limit: int = 100) -> list[MaintenanceNotice]:
    """Notices waiting for the broadcast engine, oldest first, locked."""
    return list(
        session.exec(
            select(MaintenanceNotice)
            .where(MaintenanceNotice.status == NoticeStatus.PENDING)
            .order_by(col(MaintenanceNotice.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
    )


def mark_sent(session: Session, notice: MaintenanceNotice, *, now: datetime) -> None:
    """The broadcast engine has it."""
    notice.status = NoticeStatus.SENT
    notice.sent_at = now
    session.add(notice)
