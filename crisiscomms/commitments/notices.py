"""The internal messages commitments cause: reminders, escalations and kept-notices.

Each is a row in the notification outbox with a dedupe key naming the commitment and the
occasion, so the same reminder, alert or notice is never queued twice. Reminders and
escalations go to the plan's internal audiences (its internal channel), addressed to the
owner and the incident commander; a kept-notice goes to the audiences the promise was made
to: every non-internal audience of the plan for a public promise, the internal ones for an
internal promise.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.commitments.models import Commitment
from crisiscomms.incidents.models import Incident
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import Notification, NotificationKind
from crisiscomms.plans.schema import AudienceKind, PlanBody
from crisiscomms.plans.templating import format_time

SUBJECT_TEXT = 120


def internal_audiences(plan: PlanBody) -> list[str]:
    """Ids of the plan's internal audiences."""
    return [a.id for a in plan.audiences if a.kind == AudienceKind.INTERNAL]


def promised_audiences(plan: PlanBody, commitment: Commitment) -> list[str]:
    """Ids of the audiences a commitment was made to."""
    return [a.id for a in plan.audiences if (a.kind != AudienceKind.INTERNAL) == commitment.public]


def _short(text: str) -> str:
    return text if len(text) <= SUBJECT_TEXT else text[: SUBJECT_TEXT - 1] + "…"


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


def remind(
    session: Session,
    commitment: Commitment,
    incident: Incident,
    plan: PlanBody,
    *,
    lead_minutes: int,
    now: datetime,
) -> Notification | None:
    """Queue the reminder for one lead time before the commitment is due (once)."""
    assert commitment.id is not None and incident.id is not None
    return notification_service.queue(
        session,
        kind=NotificationKind.REMINDER,
        incident_id=incident.id,
        commitment_id=commitment.id,
        audiences=internal_audiences(plan),
        recipients=[commitment.owner_id, incident.commander_id],
        subject=f"Due {format_time(commitment.due_at)}: {_short(commitment.text)}",
        body=(
            f"Incident: {incident.title}\nCommitment #{commitment.id}: {commitment.text}\n"
            f"Due: {format_time(commitment.due_at)}; this is the {lead_minutes}-minute reminder.\n"
            "Keep it and record the evidence, or say now that it will slip."
        ),
        dedupe_key=(
            f"commitment:{commitment.id}:reminder:{lead_minutes}m:{_stamp(commitment.due_at)}"
        ),
        now=now,
    )


def escalate(
    session: Session, commitment: Commitment, incident: Incident, plan: PlanBody, *, now: datetime
) -> Notification | None:
    """Alert the commander that a commitment was missed (once per commitment)."""
    assert commitment.id is not None and incident.id is not None
    reason = commitment.missed_reason or "No reason recorded yet."
    return notification_service.queue(
        session,
        kind=NotificationKind.ESCALATION,
        incident_id=incident.id,
        commitment_id=commitment.id,
        audiences=internal_audiences(plan),
        recipients=[incident.commander_id, commitment.owner_id],
        subject=f"Missed: {_short(commitment.text)}",
        body=(
            f"Incident: {incident.title}\nCommitment #{commitment.id}: {commitment.text}\n"
            f"It was due {format_time(commitment.due_at)} and was not kept.\nReason: {reason}\n"
            "The next public statement must say so; set a new date if there is one."
        ),
        dedupe_key=f"commitment:{commitment.id}:missed",
        now=now,
    )


def tell_kept(
    session: Session, commitment: Commitment, incident: Incident, plan: PlanBody, *, now: datetime
) -> Notification | None:
    """Queue a short update to the people the promise was made to (once per commitment)."""
    assert commitment.id is not None and incident.id is not None
    evidence = f"\n{commitment.evidence}" if commitment.evidence else ""
    return notification_service.queue(
        session,
        kind=NotificationKind.KEPT_NOTICE,
        incident_id=incident.id,
        commitment_id=commitment.id,
        audiences=promised_audiences(plan, commitment),
        recipients=[],
        subject=f"Promise kept: {_short(commitment.text)}",
        body=(
            f'{incident.title}: we promised "{commitment.text}", and it is done '
            f"({format_time(commitment.kept_at)}).{evidence}"
        ),
        dedupe_key=f"commitment:{commitment.id}:kept",
        now=now,
    )
