"""The commitment sweep: reminders before a commitment is due, and missing it when it passes.

The worker runs `sweep(session, now)` every tick. It is idempotent: running it twice at the
same `now`, or often, queues nothing new and changes nothing more. For each open commitment
of an incident that is not closed:

- once its due time has passed, it becomes missed: the commander is alerted (an escalation
  on the plan's internal channel) and the timeline records it;
- before that, it is reminded once per lead time of the plan (`commitments.reminder_leads`),
  to its owner and the incident commander on the plan's internal channel. Only the shortest
  lead already reached is queued, so a sweep that starts late sends one reminder, not a
  burst, and a lead that had already passed when the commitment was made is skipped (a
  promise made 30 minutes before it is due gets no "one hour before" reminder).

A closed incident's commitments are left as they are: closing freezes the record.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from crisiscomms.commitments import lifecycle, notices
from crisiscomms.commitments.models import Commitment, CommitmentStatus
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import PlanBody, duration_minutes
from crisiscomms.principal import SYSTEM


def reminder_lead(commitment: Commitment, plan: PlanBody, now: datetime) -> int | None:
    """The lead time (minutes) whose reminder is due now, if any."""
    leads = sorted(duration_minutes(lead) for lead in plan.commitments.reminder_leads)
    reached = [
        lead
        for lead in leads
        if commitment.created_at
        <= commitment.due_at - timedelta(minutes=lead)
        <= now
        < commitment.due_at
    ]
    return reached[0] if reached else None


def sweep(session: Session, now: datetime) -> int:
    """Remind and miss commitments as their times come; how many reminders and misses."""
    rows = session.exec(
        select(Commitment, Incident)
        .join(Incident, col(Incident.id) == col(Commitment.incident_id))
        .where(
            Commitment.status == CommitmentStatus.OPEN,
            Incident.status != IncidentStatus.CLOSED,
        )
        .order_by(col(Commitment.due_at), col(Commitment.id))
    ).all()
    plans: dict[int, PlanBody] = {}
    done = 0
    for commitment, incident in rows:
        if incident.plan_version_id not in plans:
            plans[incident.plan_version_id] = incident_service.plan_of(session, incident)
        plan = plans[incident.plan_version_id]
        if now >= commitment.due_at:
            lifecycle.settle_missed(
                session, commitment, incident, plan, reason=None, actor=SYSTEM, now=now
            )
            done += 1
            continue
        lead = reminder_lead(commitment, plan, now)
        if lead is not None and notices.remind(
            session, commitment, incident, plan, lead_minutes=lead, now=now
        ):
            done += 1
    return done
