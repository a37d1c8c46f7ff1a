"""Scheduled maintenance: planned work, its window, its moves and its timeline.

Invariants:
- a maintenance is made from a plan with a `maintenance` block, names only components that
  block lists, and has a window that ends after it starts and starts in the future, in an
  IANA time zone; times are stored in UTC, the zone is kept to show them as they were given;
- scheduled → in_progress → verifying → completed, scheduled → cancelled (verifying may go
  back to in_progress, in_progress straight to completed); nothing leaves completed or
  cancelled; a move is made by hand, or by the clock (`advance`) when the plan says
  `automatic`, until a person moves a started one (then people finish it);
- every change moves `revision` on; an edit or a move that names another revision is
  refused (409) and writes nothing; only a scheduled maintenance is edited;
- the promised end is a commitment: completed by `ends_at` keeps it; still unfinished at
  `ends_at` misses it, recorded once (`overran_at`, the timeline, the overrun notice);
  completed late without the clock having seen it is recorded as missed too;
- each notice is queued once per occasion (a UNIQUE dedupe key); nothing is sent from here:
  `flows.maintenance` hands pending notices to the broadcast engine;
- every change is on the maintenance's timeline and, when a person made it, in the audit log.

Moves and the clock are in `lifecycle.py`, notices in `notices.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit_service
from crisiscomms.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from crisiscomms.maintenance import checks, notices
from crisiscomms.maintenance.models import (
    MOVES,
    Maintenance,
    MaintenanceEvent,
    MaintenanceNotice,
    MaintenanceStatus,
)
from crisiscomms.maintenance.schemas import MaintenanceCreate, MaintenanceUpdate
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import (
    MaintenanceNoticeKind,
    MaintenancePolicy,
    PlanBody,
)
from crisiscomms.plans.templating import local_time
from crisiscomms.principal import Principal

S = MaintenanceStatus
K = MaintenanceNoticeKind
ACTIVE = (S.IN_PROGRESS, S.VERIFYING)
OPEN = (S.SCHEDULED, *ACTIVE)


def get_maintenance(session: Session, maintenance_id: int) -> Maintenance:
    """The maintenance, or NotFound."""
    maintenance = session.get(Maintenance, maintenance_id)
    if maintenance is None:
        raise NotFound(f"maintenance {maintenance_id} not found")
    return maintenance


def list_maintenances(
    session: Session, *, statuses: Sequence[MaintenanceStatus] | None = None, limit: int = 500
) -> Sequence[Maintenance]:
    """Maintenances, soonest window first."""
    query = select(Maintenance)
    if statuses:
        query = query.where(col(Maintenance.status).in_(list(statuses)))
    order = (col(Maintenance.starts_at), col(Maintenance.id))
    return session.exec(query.order_by(*order).limit(limit)).all()


def list_events(session: Session, maintenance_id: int) -> Sequence[MaintenanceEvent]:
    """The timeline, oldest first."""
    return session.exec(
        select(MaintenanceEvent)
        .where(MaintenanceEvent.maintenance_id == maintenance_id)
        .order_by(col(MaintenanceEvent.at), col(MaintenanceEvent.id))
    ).all()


def list_notices(session: Session, maintenance_ids: Sequence[int]) -> dict[int, list[Any]]:
    """The notices of each maintenance, newest first."""
    found: dict[int, list[Any]] = {i: [] for i in maintenance_ids}
    if maintenance_ids:
        rows = session.exec(
            select(MaintenanceNotice)
            .where(col(MaintenanceNotice.maintenance_id).in_(list(maintenance_ids)))
            .order_by(col(MaintenanceNotice.created_at).desc(), col(MaintenanceNotice.id).desc())
        ).all()
        for notice in rows:
            found[notice.maintenance_id].append(notice)
    return found


def maintenance_plans(session: Session) -> list[tuple[Any, PlanBody]]:
    """The plans a maintenance may be made from (current version has a maintenance block)."""
    found = []
    for plan in plan_service.list_plans(session):
        body = plan_service.body_of(plan_service.get_version(session, plan.id or 0))
        if body.maintenance is not None:
            found.append((plan, body))
    return found


def plan_of(session: Session, maintenance: Maintenance) -> PlanBody:
    """The plan version the maintenance was made from."""
    version = plan_service.get_version_by_id(session, maintenance.plan_version_id)
    return plan_service.body_of(version)


def policy_of(plan: PlanBody) -> MaintenancePolicy:
    """The plan's maintenance block (a maintenance is only made from a plan that has one)."""
    assert plan.maintenance is not None
    return plan.maintenance


def local(maintenance: Maintenance, value: datetime) -> str:
    """A time in the maintenance's zone, as the notices show it."""
    return local_time(value, maintenance.time_zone)


def promise(maintenance: Maintenance) -> str:
    """The promised end as a commitment: open, kept, missed or withdrawn."""
    if maintenance.overran_at is not None:
        return "missed"
    if maintenance.status == S.CANCELLED:
        return "withdrawn"
    if maintenance.status == S.COMPLETED:
        return "kept"
    return "open"


def record_event(
    session: Session,
    maintenance: Maintenance,
    *,
    kind: str,
    message: str,
    actor: Principal,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> MaintenanceEvent:
    """Append an entry to the maintenance's timeline."""
    assert maintenance.id is not None
    event = MaintenanceEvent(
        maintenance_id=maintenance.id,
        at=now,
        kind=kind,
        message=message,
        actor=actor.label,
        data=data or {},
    )
    session.add(event)
    return event


def snapshot(maintenance: Maintenance) -> dict[str, Any]:
    """The maintenance as the audit log keeps it."""
    return maintenance.model_dump(mode="json")


# -- changes ----------------------------------------------------------------------------


def schedule(
    session: Session, data: MaintenanceCreate, *, actor: Principal, now: datetime
) -> Maintenance:
    """Schedule planned work: checked whole (nothing is written when any field is wrong),
    then stored with its timeline and the 'scheduled' notice queued."""
    plan, version, body = checks.maintenance_plan(session, data)
    policy = policy_of(body)
    problems = checks.check_components(policy, data.components)
    try:
        start, end = checks.window(data.starts_at, data.ends_at, data.time_zone, now=now)
    except ValidationFailed as exc:
        problems += [(d["location"], d["message"]) for d in exc.details]
    if problems:
        raise checks.invalid(problems)
    known = {c.casefold(): c for c in policy.components}
    maintenance = Maintenance(
        plan_id=plan.id or 0,
        plan_version_id=version.id or 0,
        title=data.title,
        description=data.description.strip(),
        components=list(dict.fromkeys(known[c.casefold()] for c in data.components)),
        time_zone=data.time_zone,
        starts_at=start,
        ends_at=end,
        created_by=actor.label,
        created_by_id=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    session.add(maintenance)
    session.flush()
    record_event(
        session,
        maintenance,
        kind="maintenance.scheduled",
        message=(
            f"Scheduled from plan {body.name} (v{version.version}): "
            f"{local(maintenance, start)} to {local(maintenance, end)}"
        ),
        actor=actor,
        now=now,
        data={"plan_slug": plan.slug, "components": maintenance.components},
    )
    notices.queue(session, maintenance, body, K.SCHEDULED, now=now, occasion="r1")
    audit_service.record(
        session,
        actor=actor,
        action="maintenance.schedule",
        target_type="maintenance",
        target_id=maintenance.id,
        now=now,
        after=snapshot(maintenance),
    )
    session.flush()
    return maintenance


def check_revision(maintenance: Maintenance, revision: int | None) -> None:
    if revision is not None and revision != maintenance.revision:
        raise Conflict(
            f"maintenance {maintenance.id} is at revision {maintenance.revision}, not {revision}: "
            "someone changed it since you loaded it; load it again and redo your change",
            details=[
                {
                    "location": "body.revision",
                    "message": f"stale: the current revision is {maintenance.revision}",
                    "type": "stale_revision",
                }
            ],
        )


def update(
    session: Session,
    maintenance_id: int,
    data: MaintenanceUpdate,
    *,
    actor: Principal,
    now: datetime,
) -> Maintenance:
    """Edit a scheduled maintenance at the revision the editor saw; a changed window or
    components are announced again (a new 'scheduled' notice)."""
    maintenance = get_maintenance(session, maintenance_id)
    check_revision(maintenance, data.revision)
    if maintenance.status != S.SCHEDULED:
        raise InvalidTransition(
            f"maintenance {maintenance_id} is {maintenance.status}: only a scheduled one is edited"
        )
    body = plan_of(session, maintenance)
    changes = data.model_dump(exclude_unset=True, exclude={"revision"})
    problems = checks.check_components(policy_of(body), changes.get("components") or [])
    time_zone = changes.get("time_zone", maintenance.time_zone)
    zone = checks.time_zone(time_zone, problems)
    window = (maintenance.starts_at, maintenance.ends_at)
    if zone is not None and {"starts_at", "ends_at", "time_zone"} & changes.keys():
        starts = changes.get("starts_at") or maintenance.starts_at.astimezone(zone)
        ends = changes.get("ends_at") or maintenance.ends_at.astimezone(zone)
        try:
            window = checks.window(starts, ends, time_zone, now=now)
        except ValidationFailed as exc:
            problems += [(d["location"], d["message"]) for d in exc.details]
    if problems:
        raise checks.invalid(problems)
    before = snapshot(maintenance)
    announce = window != (maintenance.starts_at, maintenance.ends_at)
    if "components" in changes:
        known = {c.casefold(): c for c in policy_of(body).components}
        components = list(dict.fromkeys(known[c.casefold()] for c in changes["components"]))
        announce = announce or components != maintenance.components
        maintenance.components = components
    if "title" in changes:
        maintenance.title = changes["title"]
    if "description" in changes:
        maintenance.description = changes["description"].strip()
    maintenance.time_zone = time_zone
    maintenance.starts_at, maintenance.ends_at = window
    maintenance.revision += 1
    maintenance.updated_at = now
    session.add(maintenance)
    record_event(
        session,
        maintenance,
        kind="maintenance.edited",
        message=(
            f"Edited ({', '.join(sorted(changes)) or 'nothing'}); now "
            f"{local(maintenance, maintenance.starts_at)} to "
            f"{local(maintenance, maintenance.ends_at)}"
        ),
        actor=actor,
        now=now,
        data={"revision": maintenance.revision, "fields": sorted(changes)},
    )
    if announce:
        occasion = f"r{maintenance.revision}"
        notices.queue(session, maintenance, body, K.SCHEDULED, now=now, occasion=occasion)
    audit_service.record(
        session,
        actor=actor,
        action="maintenance.update",
        target_type="maintenance",
        target_id=maintenance.id,
        now=now,
        before=before,
        after=snapshot(maintenance),
    )
    session.flush()
    return maintenance


def allowed_moves(maintenance: Maintenance) -> list[MaintenanceStatus]:
    """Where a person may move it next."""
    return list(MOVES[maintenance.status])


def public_view(session: Session, maintenance: Maintenance) -> dict[str, Any]:
    """The API's view of a maintenance, with its notices."""
    assert maintenance.id is not None
    body = plan_of(session, maintenance)
    found = list_notices(session, [maintenance.id])[maintenance.id]
    return {
        **maintenance.model_dump(),
        "starts_at_local": local(maintenance, maintenance.starts_at),
        "ends_at_local": local(maintenance, maintenance.ends_at),
        "automatic": policy_of(body).automatic,
        "promise": promise(maintenance),
        "allowed_moves": allowed_moves(maintenance),
        "notices": [n.model_dump() for n in found],
    }
