"""A maintenance's moves, by hand and on its clock, and the overrun of its promised end.

See `service.py` for the invariants.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from crisiscomms.audit import service as audit_service
from crisiscomms.errors import InvalidTransition
from crisiscomms.maintenance import notices
from crisiscomms.maintenance.models import MOVES, Maintenance, MaintenanceStatus
from crisiscomms.maintenance.service import (
    ACTIVE,
    OPEN,
    check_revision,
    get_maintenance,
    list_maintenances,
    local,
    plan_of,
    policy_of,
    record_event,
    snapshot,
)
from crisiscomms.plans.schema import (
    MaintenanceNoticeKind,
    MaintenancePolicy,
    PlanBody,
    duration_minutes,
)
from crisiscomms.principal import SYSTEM, Principal

S = MaintenanceStatus
K = MaintenanceNoticeKind
ALLOWED = MOVES

NOTICE_ON_ENTRY = {S.IN_PROGRESS: K.STARTED, S.COMPLETED: K.COMPLETED, S.CANCELLED: K.CANCELLED}


def _move(
    session: Session,
    maintenance: Maintenance,
    body: PlanBody,
    to: MaintenanceStatus,
    *,
    actor: Principal,
    now: datetime,
    note: str | None = None,
) -> None:
    previous = maintenance.status
    if to not in ALLOWED[previous]:
        allowed = ", ".join(ALLOWED[previous]) or "nothing"
        raise InvalidTransition(
            f"maintenance {maintenance.id} is {previous}: it can move to {allowed}, not {to}",
            details=[
                {"location": "body.status", "message": f"not from {previous}", "type": "move"}
            ],
        )
    maintenance.status = to
    maintenance.revision += 1
    maintenance.updated_at = now
    if to == S.IN_PROGRESS and maintenance.started_at is None:
        maintenance.started_at = now
    elif to == S.VERIFYING:
        maintenance.verifying_at = now
    elif to == S.COMPLETED:
        maintenance.completed_at = now
    elif to == S.CANCELLED:
        maintenance.cancelled_at = now
    session.add(maintenance)
    message = f"{previous} → {to}" + (f": {note}" if note else "")
    record_event(
        session,
        maintenance,
        kind="maintenance.status",
        message=message,
        actor=actor,
        now=now,
        data={"from": previous.value, "to": to.value},
    )
    if to == S.COMPLETED and now > maintenance.ends_at and maintenance.overran_at is None:
        _overran(session, maintenance, body, now=now, announce=False)
    kind = NOTICE_ON_ENTRY.get(to)
    first_start = to == S.IN_PROGRESS and previous == S.SCHEDULED
    if kind is not None and (to != S.IN_PROGRESS or first_start):
        if to != S.CANCELLED or notices.announced(session, maintenance):
            notices.queue(session, maintenance, body, kind, now=now, occasion="once")
    if to in (S.COMPLETED, S.CANCELLED):
        notices.cancel_pending(session, maintenance)


def _overran(
    session: Session, maintenance: Maintenance, body: PlanBody, *, now: datetime, announce: bool
) -> None:
    """Record the missed end once: timeline, and (while the work goes on) the notice."""
    maintenance.overran_at = now
    session.add(maintenance)
    late = int((now - maintenance.ends_at).total_seconds() // 60)
    record_event(
        session,
        maintenance,
        kind="maintenance.overrun",
        message=(
            f"Missed its promised end ({local(maintenance, maintenance.ends_at)}): "
            f"{late} minutes late and {'still' if announce else 'was'} unfinished"
        ),
        actor=SYSTEM,
        now=now,
        data={"ends_at": maintenance.ends_at.isoformat(), "late_minutes": late},
    )
    if announce:
        notices.queue(session, maintenance, body, K.OVERRUN, now=now, occasion="once")


def change_status(
    session: Session,
    maintenance_id: int,
    *,
    status: MaintenanceStatus,
    revision: int | None,
    note: str | None,
    actor: Principal,
    now: datetime,
) -> Maintenance:
    """Move a maintenance by hand (checked against the revision when one is given)."""
    maintenance = get_maintenance(session, maintenance_id)
    check_revision(maintenance, revision)
    before = snapshot(maintenance)
    body = plan_of(session, maintenance)
    _move(session, maintenance, body, status, actor=actor, now=now, note=note)
    if status in (S.VERIFYING, S.IN_PROGRESS):
        maintenance.by_hand = True  # a person is driving it now; the clock keeps off
    audit_service.record(
        session,
        actor=actor,
        action="maintenance.status",
        target_type="maintenance",
        target_id=maintenance.id,
        now=now,
        before=before,
        after=snapshot(maintenance),
    )
    session.flush()
    return maintenance


def advance(session: Session, now: datetime) -> int:
    """The clock (a worker job): remind, start, verify and complete automatic maintenances
    when their times come, and record an overrun once; how many changes it made."""
    changed = 0
    for maintenance in list_maintenances(session, statuses=OPEN):
        body = plan_of(session, maintenance)
        policy = policy_of(body)
        changed += _advance_one(session, maintenance, body, policy, now)
    session.flush()
    return changed


def _advance_one(
    session: Session,
    maintenance: Maintenance,
    body: PlanBody,
    policy: MaintenancePolicy,
    now: datetime,
) -> int:
    changed = 0
    remind_at = maintenance.starts_at - timedelta(minutes=duration_minutes(policy.reminder_before))
    if (
        maintenance.status == S.SCHEDULED
        and remind_at <= now < maintenance.starts_at
        and maintenance.created_at < remind_at
    ):
        occasion = maintenance.starts_at.strftime("%Y%m%dT%H%MZ")
        if notices.queue(session, maintenance, body, K.REMINDER, now=now, occasion=occasion):
            changed += 1
    verify_at = maintenance.ends_at - timedelta(minutes=duration_minutes(policy.verify_for))
    if policy.automatic and not maintenance.by_hand:
        steps = [
            (S.SCHEDULED, maintenance.starts_at, S.IN_PROGRESS),
            (S.IN_PROGRESS, verify_at, S.VERIFYING),
            (S.VERIFYING, maintenance.ends_at, S.COMPLETED),
        ]
        for source, due, target in steps:
            if maintenance.status == source and now >= due and target in ALLOWED[source]:
                if source == S.IN_PROGRESS and verify_at >= maintenance.ends_at:
                    target = S.COMPLETED  # no verification time: complete at the end
                _move(session, maintenance, body, target, actor=SYSTEM, now=now, note="clock")
                changed += 1
    late = now >= maintenance.ends_at and maintenance.overran_at is None
    if maintenance.status in ACTIVE and late:
        _overran(session, maintenance, body, now=now, announce=True)
        changed += 1
    return changed
