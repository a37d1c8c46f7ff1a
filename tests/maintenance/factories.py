"""Factories for maintenance tests: the planned-maintenance plan stored, a maintenance."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from crisiscomms.flows import maintenance as maintenance_flow
from crisiscomms.flows import plans as plan_flow
from crisiscomms.maintenance.models import Maintenance
from crisiscomms.maintenance.schemas import MaintenanceCreate
from crisiscomms.plans.models import PlanVersion
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM, Principal
from tests.conftest import NOW, load_library_plan

SLUG = "planned-maintenance"


def maintenance_plan(session: Session, **policy: Any) -> PlanVersion:
    """The library's planned-maintenance plan, stored (its maintenance block overridden)."""
    body = load_library_plan(SLUG)
    if policy:
        assert body.maintenance is not None
        changed = body.maintenance.model_copy(update=policy)
        body = PlanBody.model_validate(
            body.model_copy(update={"maintenance": changed}).model_dump(by_alias=True)
        )
    return plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=NOW)


def make_maintenance(
    session: Session,
    *,
    now: datetime = NOW,
    actor: Principal = SYSTEM,
    starts_in: timedelta = timedelta(days=2),
    lasts: timedelta = timedelta(hours=2),
    **overrides: Any,
) -> Maintenance:
    """A maintenance scheduled through the flow (its notice handed to the engine)."""
    values: dict[str, Any] = {
        "plan_slug": SLUG,
        "title": "Mail database upgrade",
        "description": "We are upgrading the database behind Northwind Mail.",
        "components": ["Northwind Mail"],
        "starts_at": now + starts_in,
        "ends_at": now + starts_in + lasts,
        "time_zone": "Asia/Dhaka",
    }
    values.update(overrides)
    return maintenance_flow.schedule(session, MaintenanceCreate(**values), actor=actor, now=now)
