"""Rehearsals: run a plan as an exercise, on a clock that may run faster than real time.

A rehearsal is an incident marked `rehearsal`, with `clock_speed` (1-600): its
first-statement deadline and update cadence are the plan's divided by the speed (at 60, a
30-minute deadline is 30 seconds), so the watchdog's reminders and holding statements come
as they would, sooner. Its broadcasts go only to dry-run channels (each one message the
team reads on the broadcast's page, never per customer) and, for real, to the rehearsal
audience: the team's own addresses (the plan's `rehearsal.audience`, by default the active
users of its roles), enrolled when it starts and reached by email, each message marked as
a rehearsal. `broadcasts.targets` chooses only dry-run channels, the fan-out adds one row
per audience member, and the delivery engine refuses any other row (the guard of
`broadcasts.rehearsal_audience`, called in `broadcasts.messages.Composer.compose`),
whatever wrote it. A rehearsal is never on the public status page, its JSON or its feeds.

Injects (the plan's `rehearsal.injects`, or its scenario's defaults) play on the rehearsal's
clock: the worker's `rehearsal_injects` job fires each once when its time comes, on the
incident's timeline and in the control center. Ending a rehearsal (`finish`) grades it
(`rehearsals.grading`) as the team left it, keeps the report, then resolves the incident;
the reports of a plan's rehearsals compare over time (`history`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, func, select

from crisiscomms.audit import service as audit_service
from crisiscomms.broadcasts import rehearsal_audience
from crisiscomms.broadcasts.models import OPEN_STATUSES as OPEN_DELIVERY_STATUSES
from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.commitments.models import Commitment
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.flows import readiness
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.incidents.schemas import IncidentCreate
from crisiscomms.plans import service as plan_service
from crisiscomms.principal import Principal, Role
from crisiscomms.rehearsals import grading, injects
from crisiscomms.rehearsals import history as rehearsal_history
from crisiscomms.rehearsals import service as rehearsal_service
from crisiscomms.rehearsals.models import Rehearsal, RehearsalInject
from crisiscomms.rehearsals.report import RehearsalReport
from crisiscomms.statements.models import Statement

MAX_SPEED = 600
CONDUCTOR = Principal(kind="system", id=None, label="rehearsal", role=Role.ADMIN)
"""Who plays the injects, on the timeline."""


def start(
    session: Session,
    *,
    plan_slug: str,
    severity: str | None,
    speed: int,
    actor: Principal,
    now: datetime,
) -> Incident:
    """Start an exercise of the plan (its first severity unless one is named)."""
    if not 1 <= speed <= MAX_SPEED:
        message = f"speed must be 1 to {MAX_SPEED} (times real time); {speed} is not"
        raise ValidationFailed(
            message, details=[{"location": "body.speed", "message": message, "type": "range"}]
        )
    plan = plan_service.get_plan_by_slug(session, plan_slug)
    body = plan_service.body_of(plan_service.get_version(session, plan.id or 0))
    chosen = severity or body.severities[0].id
    incident = incident_service.activate(
        session,
        IncidentCreate(
            plan_slug=plan_slug,
            severity=chosen,
            title=f"Rehearsal: {body.name}"[:200],
            summary=(
                f"An exercise of the {body.name} plan at {speed}x speed. Nothing reaches "
                "customers or public accounts: broadcasts go to dry-run channels and to the "
                "team's rehearsal audience only."
            ),
            detected_at=now,
        ),
        actor=actor,
        now=now,
    )
    incident.rehearsal = True
    incident.clock_speed = speed
    lifecycle.compute_clock(incident, body)
    session.add(incident)
    incident_service.record_event(
        session,
        incident,
        kind="rehearsal.started",
        message=(
            f"Rehearsal of {body.name} started at {speed}x speed: the first statement is due "
            f"by {incident.first_statement_due_at:%H:%M:%S} UTC."
        ),
        actor=actor,
        now=now,
        data={"speed": speed, "severity": chosen},
    )
    rehearsal = rehearsal_service.create(session, incident, body)
    audience = rehearsal_audience.enrol(session, incident, body, now=now)
    channel = rehearsal_audience.email_channel(session)
    incident_service.record_event(
        session,
        incident,
        kind="rehearsal.audience",
        message=(
            f"Rehearsal audience: {len(audience)} team address(es) receive its messages"
            + (f" by email ({channel.name})" if channel else "")
            + ", marked as a rehearsal"
            + ("" if channel or not audience else "; no email channel is enabled to reach them")
            + "."
        ),
        actor=actor,
        now=now,
        data={"audience": [m.address for m in audience], "channel_id": channel and channel.id},
    )
    planned = rehearsal_service.list_injects(session, rehearsal.id or 0)
    if planned:
        incident_service.record_event(
            session,
            incident,
            kind="rehearsal.injects",
            message=f"{len(planned)} inject(s) will play: "
            + ", ".join(injects.clock_label(i.offset_minutes) for i in planned),
            actor=actor,
            now=now,
            data={"injects": [{"at": i.offset_minutes, "text": i.text} for i in planned]},
        )
    audit_service.record(
        session,
        actor=actor,
        action="rehearsal.start",
        target_type="incident",
        target_id=incident.id,
        now=now,
        after={"plan": plan_slug, "severity": chosen, "speed": speed, "injects": len(planned)},
    )
    session.flush()
    return incident


def report_target(session: Session, incident_id: int) -> Incident:
    """The rehearsal incident, or NotFound (also for a real incident)."""
    return _rehearsal_incident(session, incident_id)


def _rehearsal_incident(session: Session, incident_id: int) -> Incident:
    incident = incident_service.get_incident(session, incident_id)
    if not incident.rehearsal:
        raise NotFound(f"incident {incident_id} is not a rehearsal")
    return incident


def _record_of(session: Session, incident: Incident) -> Rehearsal:
    """The rehearsal record; one started before records existed gets one now (no injects
    left to play: their time has passed)."""
    found = rehearsal_service.find(session, incident.id or 0)
    if found is not None:
        return found
    assert incident.id is not None
    record = Rehearsal(
        incident_id=incident.id,
        plan_id=incident.plan_id,
        plan_version_id=incident.plan_version_id,
        severity=incident.severity,
        clock_speed=incident.clock_speed,
        started_at=incident.activated_at,
    )
    session.add(record)
    session.flush()
    return record


def fire_due(session: Session, now: datetime) -> int:
    """The worker job: play every inject whose time has come, once; how many played."""
    fired = 0
    for inject in rehearsal_service.due_injects(session, now):
        if not rehearsal_service.fire(session, inject, now):
            continue
        record = session.get(Rehearsal, inject.rehearsal_id)
        assert record is not None
        incident = incident_service.get_incident(session, record.incident_id)
        label = injects.clock_label(inject.offset_minutes)
        incident_service.record_event(
            session,
            incident,
            kind="rehearsal.inject",
            message=f"Inject at {label}: {inject.text}",
            actor=CONDUCTOR,
            now=now,
            data={"position": inject.position, "at": inject.offset_minutes, "text": inject.text},
        )
        fired += 1
    session.flush()
    return fired


def _facts(
    session: Session,
    incident: Incident,
    record: Rehearsal | None,
    *,
    end: datetime,
    provisional: bool,
) -> grading.Facts:
    body = plan_service.body_by_version_id(session, incident.plan_version_id)
    published = session.exec(
        select(Statement)
        .where(
            Statement.incident_id == incident.id,
            col(Statement.published_at).is_not(None),
            col(Statement.published_at) <= end,
        )
        .order_by(col(Statement.published_at), col(Statement.id))
    ).all()
    commitments = session.exec(
        select(Commitment)
        .where(Commitment.incident_id == incident.id, col(Commitment.created_at) <= end)
        .order_by(col(Commitment.id))
    ).all()
    checked = readiness.check(session, body, now=end, templates=False)
    found = [
        grading.ReadinessFinding(i.check, i.ok, i.detail)
        for i in checked.items
        if i.severity == "error" and not i.check.startswith("holding")
    ]
    return grading.Facts(
        audience=_audience_facts(session, incident, end),
        incident=incident,
        plan=body,
        published=published,
        commitments=commitments,
        injects=rehearsal_service.list_injects(session, record.id or 0) if record else [],
        readiness=found,
        end=end,
        provisional=provisional,
    )


def _audience_facts(session: Session, incident: Incident, end: datetime) -> grading.AudienceFacts:
    """What became of the rehearsal's messages to its audience: its rows are the ones on a
    real (not dry-run) channel for a recipient, which in a rehearsal is an audience member
    (any other the engine refused, and it counts as failed)."""
    rows = session.exec(
        select(Delivery.status, func.count())
        .join(Broadcast, col(Broadcast.id) == col(Delivery.broadcast_id))
        .join(ChannelConfig, col(ChannelConfig.id) == col(Delivery.channel_id))
        .where(
            Broadcast.incident_id == incident.id,
            col(Broadcast.created_at) <= end,
            ChannelConfig.kind != "dry-run",
            col(Delivery.recipient_id) > 0,
        )
        .group_by(col(Delivery.status))
    ).all()
    counts = {DeliveryStatus(status): int(n) for status, n in rows}
    waiting = sum(counts.get(s, 0) for s in OPEN_DELIVERY_STATUSES)
    sent = counts.get(DeliveryStatus.SENT, 0)
    return grading.AudienceFacts(
        members=len(rehearsal_audience.members(session, incident.id or 0)),
        reachable=rehearsal_audience.email_channel(session) is not None,
        sent=sent,
        failed=sum(counts.values()) - sent - waiting,
        waiting=waiting,
    )


def report(session: Session, incident_id: int, *, now: datetime) -> RehearsalReport:
    """The rehearsal's report: the one kept when it ended, or as of now while it runs."""
    incident = _rehearsal_incident(session, incident_id)
    record = rehearsal_service.find(session, incident_id)
    if record is not None and record.report is not None:
        return RehearsalReport.model_validate(record.report)
    return grading.grade(_facts(session, incident, record, end=now, provisional=True))


def finish(
    session: Session, incident_id: int, *, actor: Principal, now: datetime
) -> RehearsalReport:
    """End the rehearsal: grade it as the team left it, keep the report, resolve it."""
    incident = _rehearsal_incident(session, incident_id)
    record = _record_of(session, incident)
    if record.ended_at is not None:
        raise Conflict(f"the rehearsal of incident {incident_id} already ended; its report is kept")
    graded = grading.grade(_facts(session, incident, record, end=now, provisional=False))
    rehearsal_service.store_report(
        session,
        record,
        graded.model_dump(mode="json"),
        score=graded.score,
        grade=graded.grade,
        ended_by=actor.label,
        now=now,
    )
    unplayed = [
        i for i in rehearsal_service.list_injects(session, record.id or 0) if not i.fired_at
    ]
    incident_service.record_event(
        session,
        incident,
        kind="rehearsal.ended",
        message=f"Rehearsal ended and graded: {graded.score}/100 ({graded.grade})"
        + (f"; {len(unplayed)} inject(s) not played" if unplayed else ""),
        actor=actor,
        now=now,
        data={"score": graded.score, "grade": graded.grade},
    )
    audit_service.record(
        session,
        actor=actor,
        action="rehearsal.finish",
        target_type="incident",
        target_id=incident_id,
        now=now,
        after={"score": graded.score, "grade": graded.grade},
    )
    if incident.status in lifecycle.OPEN_STATUSES:
        status_flow.change_status(
            session,
            incident_id,
            status=IncidentStatus.RESOLVED,
            note="The rehearsal ended.",
            actor=actor,
            now=now,
        )
    session.flush()
    return graded


def history(session: Session, plan_slug: str) -> rehearsal_history.History:
    """Every rehearsal of the plan, oldest first, with its score and the trend."""
    plan = plan_service.get_plan_by_slug(session, plan_slug)
    return rehearsal_history.of_plan(session, plan.id or 0, slug=plan.slug, name=plan.name)


def fired_injects(session: Session, incident_id: int) -> Sequence[RehearsalInject]:
    """The injects of a rehearsal, fired or not, in order (for the control center)."""
    record = rehearsal_service.find(session, incident_id)
    return rehearsal_service.list_injects(session, record.id or 0) if record else []
