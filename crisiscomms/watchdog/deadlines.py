"""An open incident's next deadline: which one it is, when to remind, since when it is silent.

Every open incident's next deadline is `next_update_due_at`: the first-statement deadline
until the first public statement, then the plan's cadence or the sooner time the last
statement promised.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody, duration_minutes
from crisiscomms.watchdog.models import DeadlineKind

LABELS = {
    DeadlineKind.FIRST_STATEMENT: "first statement",
    DeadlineKind.NEXT_UPDATE: "next update",
}


def deadline_of(incident: Incident) -> DeadlineKind:
    """Which deadline `next_update_due_at` stands for."""
    if incident.first_statement_at is None:
        return DeadlineKind.FIRST_STATEMENT
    return DeadlineKind.NEXT_UPDATE


def reminder_at(incident: Incident, plan: PlanBody) -> datetime | None:
    """When the reminder for the incident's next deadline is due."""
    if incident.next_update_due_at is None:
        return None
    lead = timedelta(minutes=duration_minutes(plan.cadence.reminder_lead))
    return incident.next_update_due_at - lead


def silence_since(incident: Incident) -> datetime:
    """The start of the current silence: the last public update, or activation."""
    return incident.last_public_update_at or incident.activated_at
