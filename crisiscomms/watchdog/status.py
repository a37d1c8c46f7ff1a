"""What the watchdog sees: the next deadline, the silences, and what it did about them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from sqlmodel import Session, col, select

from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.watchdog import deadlines
from crisiscomms.watchdog.models import ActionKind, Outcome, WatchdogAction
from crisiscomms.watchdog.schemas import ActionPublic, Deadline, WatchdogStatus


def longest_silence(incident: Incident, published: Sequence[datetime], now: datetime) -> int:
    """The longest time without a public update, in seconds (to `now` while open)."""
    points = [incident.activated_at, *sorted(published)]
    if incident.status in lifecycle.OPEN_STATUSES:
        points.append(now)
    gaps = [(b - a).total_seconds() for a, b in pairwise(points)]
    return int(max(gaps, default=0))


def incident_status(session: Session, incident: Incident, *, now: datetime) -> WatchdogStatus:
    """The watchdog's view of one incident."""
    plan = incident_service.plan_of(session, incident)
    published = session.exec(
        select(Statement.published_at).where(
            Statement.incident_id == incident.id,
            Statement.status == StatementStatus.PUBLISHED,
            col(Statement.published_at).is_not(None),
        )
    ).all()
    actions = session.exec(
        select(WatchdogAction)
        .where(WatchdogAction.incident_id == incident.id)
        .order_by(col(WatchdogAction.at), col(WatchdogAction.id))
    ).all()
    is_open = incident.status in lifecycle.OPEN_STATUSES
    deadline = None
    if is_open and incident.next_update_due_at is not None:
        deadline = Deadline(
            kind=deadlines.deadline_of(incident),
            due_at=incident.next_update_due_at,
            reminder_at=deadlines.reminder_at(incident, plan),
            overdue=now >= incident.next_update_due_at,
        )
    silence = now - deadlines.silence_since(incident) if is_open else None

    def shown(kind: ActionKind, outcome: Outcome) -> list[ActionPublic]:
        return [
            ActionPublic.model_validate(a, from_attributes=True)
            for a in actions
            if a.kind == kind and a.outcome == outcome
        ]

    return WatchdogStatus(
        incident_id=incident.id or 0,
        title=incident.title,
        status=incident.status.value,
        next_deadline=deadline,
        last_public_update_at=incident.last_public_update_at,
        current_silence_seconds=None if silence is None else int(silence.total_seconds()),
        longest_silence_seconds=longest_silence(
            incident, [p for p in published if p is not None], now
        ),
        reminders=shown(ActionKind.REMINDER, Outcome.REMINDED),
        holding_statements=shown(ActionKind.DEADLINE, Outcome.HOLDING_STATEMENT),
        escalations=shown(ActionKind.DEADLINE, Outcome.ESCALATED),
    )


def open_statuses(session: Session, *, now: datetime) -> list[WatchdogStatus]:
    """The watchdog's view of every open incident, soonest deadline first."""
    incidents = incident_service.list_incidents(session, open_only=True)
    shown = [incident_status(session, i, now=now) for i in incidents]
    far = datetime.max.replace(tzinfo=now.tzinfo)
    return sorted(shown, key=lambda s: s.next_deadline.due_at if s.next_deadline else far)
