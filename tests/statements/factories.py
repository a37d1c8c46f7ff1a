"""Factories for statement tests: a stored plan, an incident, principals."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from crisiscomms.flows import plans as plan_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM, Principal, Role
from tests.conftest import NOW, load_library_plan
from tests.factories import make_user


def make_incident(
    session: Session, plan: str | PlanBody = "service-outage", **overrides: object
) -> Incident:
    """Store the plan (from the library by name, or a body) and activate it."""
    body = load_library_plan(plan) if isinstance(plan, str) else plan
    try:
        plan_service.get_plan_by_slug(session, body.slug)
    except Exception:
        plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=NOW)
    values: dict[str, object] = {
        "plan_slug": body.slug,
        "severity": body.severities[0].id,
        "title": "Checkout failing",
        "summary": "Card payments fail for about 30% of checkouts.",
        "scope": Scope(products=["Checkout"], regions=["EU"]),
        "affected_customers": 1200,
        "detected_at": NOW - timedelta(minutes=20),
    }
    values.update(overrides)
    return incident_service.activate(
        session,
        IncidentCreate(**values),  # type: ignore[arg-type]
        actor=SYSTEM,
        now=NOW,
    )


def person(session: Session, role: Role) -> Principal:
    """A stored user with `role`, as the principal services see."""
    user = make_user(session, role=role)
    return Principal(kind="user", id=user.id, label=user.email, role=role, user_id=user.id)
