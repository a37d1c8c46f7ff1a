"""Checking a maintenance's input: the plan, the components, the window and its zone.

Every problem is collected and reported at its field in one 422, before anything is
written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session

from crisiscomms.errors import Conflict, ValidationFailed
from crisiscomms.maintenance.schemas import MaintenanceCreate
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import MaintenancePolicy, PlanBody

MAX_WINDOW = timedelta(days=14)
"""The longest window: planned work longer than two weeks is a project, not a maintenance."""
MAX_AHEAD = timedelta(days=366)


def invalid(details: list[tuple[str, str]]) -> ValidationFailed:
    message = "; ".join(f"{where.removeprefix('body.')}: {what}" for where, what in details)
    return ValidationFailed(
        message,
        details=[{"location": w, "message": m, "type": "value_error"} for w, m in details],
    )


def time_zone(name: str, problems: list[tuple[str, str]]) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(("body.time_zone", f"unknown time zone {name!r}: use an IANA name"))
        return None


def instant(value: datetime, zone: ZoneInfo) -> datetime:
    """A window time as UTC: a naive one is read in the window's zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def check_components(policy: MaintenancePolicy, names: list[str]) -> list[tuple[str, str]]:
    known = {c.casefold(): c for c in policy.components}
    problems = []
    for i, name in enumerate(names):
        if name.casefold() not in known:
            listed = ", ".join(policy.components)
            problems.append(
                (f"body.components.{i}", f"unknown component {name!r}; the plan's: {listed}")
            )
    return problems


def window(
    starts_at: datetime, ends_at: datetime, zone_name: str, *, now: datetime
) -> tuple[datetime, datetime]:
    """The window in UTC, or a 422 naming the field that is wrong."""
    problems: list[tuple[str, str]] = []
    zone = time_zone(zone_name, problems)
    if zone is None:
        raise invalid(problems)
    start, end = instant(starts_at, zone), instant(ends_at, zone)
    if start <= now:
        problems.append(("body.starts_at", "the window must start in the future"))
    elif start > now + MAX_AHEAD:
        problems.append(("body.starts_at", "the window must start within a year"))
    if end <= start:
        problems.append(("body.ends_at", "the window must end after it starts"))
    elif end - start > MAX_WINDOW:
        problems.append(("body.ends_at", "the window may last at most 14 days"))
    if problems:
        raise invalid(problems)
    return start, end


def maintenance_plan(session: Session, data: MaintenanceCreate) -> tuple[Any, Any, PlanBody]:
    if (data.plan_id is None) == (data.plan_slug is None):
        raise invalid([("body.plan_id", "give exactly one of plan_id or plan_slug")])
    plan = (
        plan_service.get_plan(session, data.plan_id)
        if data.plan_id is not None
        else plan_service.get_plan_by_slug(session, data.plan_slug or "")
    )
    if plan.archived_at is not None:
        raise Conflict(f"plan {plan.slug} is archived")
    version = plan_service.get_version(session, plan.id or 0)
    body = plan_service.body_of(version)
    if body.maintenance is None:
        where = "body.plan_id" if data.plan_id is not None else "body.plan_slug"
        raise invalid([(where, f"plan {plan.slug} has no maintenance block")])
    return plan, version, body
