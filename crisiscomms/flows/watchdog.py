"""The watchdog's tick: remind before an update is due, speak when it passes in silence,
and send the follow-ups whose time has come.

Invariants: every open incident's next deadline is `next_update_due_at` (the first-statement
deadline until the first public statement, then the plan's cadence or the sooner time the
last statement promised); publishing anything moves it, so a deadline that is still in the
past at `now` passed in silence. Per deadline the watchdog reminds once (the plan's
`cadence.reminder_lead` before it) and acts once when it passes: it publishes the plan's
pre-approved holding statement to the holding statement's audiences when the plan allows
it (`holding_statement.pre_approved` and `cadence.auto_holding_statement`), and otherwise,
or when the holding statement cannot go, escalates to the commander. "Once" is a UNIQUE
row in `watchdog_action` per (incident, due time, kind), written in the same transaction as
what it guards, so two watchdogs, a restart or a tick that failed and ran again never post
twice. Only one watchdog acts at a time (`lock.py`). A clock that jumps acts on what is
overdue at the `now` it is given, once: after a holding statement the next deadline is one
cadence after it. A scheduled timed update is cancelled, with a note on the timeline, when
a newer (non-holding) statement of its incident is published before its time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.commitments import lifecycle as commitment_lifecycle
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.commitments.notices import internal_audiences
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import followups
from crisiscomms.flows import statements as statement_flow
from crisiscomms.flows.broadcast import create_broadcast
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import Notification, NotificationKind
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Principal, Role
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.watchdog import lock
from crisiscomms.watchdog.deadlines import LABELS, deadline_of, reminder_at, silence_since
from crisiscomms.watchdog.models import ActionKind, Outcome, WatchdogAction

LOCK_NAME = "watchdog"
WATCHDOG = Principal(kind="system", id=None, label="watchdog", role=Role.ADMIN)
"""The watchdog as an actor on the timeline and in the audit log."""


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


def _done(session: Session, incident_id: int, due_at: datetime, kind: ActionKind) -> bool:
    found = session.exec(
        select(WatchdogAction.id).where(
            WatchdogAction.incident_id == incident_id,
            WatchdogAction.due_at == due_at,
            WatchdogAction.kind == kind,
        )
    ).first()
    return found is not None


def _claim(session: Session, action: WatchdogAction) -> bool:
    """Write the action row; False when another watchdog (or an earlier run) wrote it."""
    try:
        with session.begin_nested():
            session.add(action)
    except IntegrityError:
        return False
    return True


def _notify(
    session: Session,
    incident: Incident,
    plan: PlanBody,
    *,
    kind: NotificationKind,
    subject: str,
    body: str,
    key: str,
    now: datetime,
) -> Notification | None:
    assert incident.id is not None
    return notification_service.queue(
        session,
        kind=kind,
        incident_id=incident.id,
        commitment_id=None,
        audiences=internal_audiences(plan),
        recipients=[incident.commander_id],
        subject=subject,
        body=body,
        dedupe_key=key,
        now=now,
    )


def _remind(session: Session, incident: Incident, plan: PlanBody, now: datetime) -> int:
    assert incident.id is not None and incident.next_update_due_at is not None
    due = incident.next_update_due_at
    if _done(session, incident.id, due, ActionKind.REMINDER):
        return 0
    deadline = deadline_of(incident)
    action = WatchdogAction(
        incident_id=incident.id,
        due_at=due,
        kind=ActionKind.REMINDER,
        deadline=deadline,
        outcome=Outcome.REMINDED,
        silence_seconds=int((now - silence_since(incident)).total_seconds()),
        at=now,
    )
    if not _claim(session, action):
        return 0
    minutes = max(0, int((due - now).total_seconds() // 60))
    automatic = plan.holding_statement.pre_approved and plan.cadence.auto_holding_statement
    fallback = (
        "If nothing is published by then, the pre-approved holding statement goes out."
        if automatic
        else "If nothing is published by then, the commander is escalated to."
    )
    notification = _notify(
        session,
        incident,
        plan,
        kind=NotificationKind.REMINDER,
        subject=f"{LABELS[deadline].capitalize()} due {format_time(due)}: {incident.title}",
        body=(
            f"For the incident commander and the comms team.\nIncident: {incident.title}\n"
            f"The {LABELS[deadline]} is due {format_time(due)} (in {minutes} minutes). {fallback}"
        ),
        key=f"watchdog:{incident.id}:reminder:{_stamp(due)}",
        now=now,
    )
    action.notification_id = notification.id if notification is not None else None
    session.add(action)
    session.flush()
    return 1


def _miss_next_update(session: Session, incident: Incident, plan: PlanBody, now: datetime) -> None:
    """The open next-update promise whose time passed is missed, before anything else speaks."""
    overdue = session.exec(
        select(Commitment).where(
            Commitment.incident_id == incident.id,
            Commitment.kind == CommitmentKind.NEXT_UPDATE,
            Commitment.status == CommitmentStatus.OPEN,
            col(Commitment.due_at) <= now,
        )
    ).all()
    for commitment in overdue:
        commitment_lifecycle.settle_missed(
            session, commitment, incident, plan, reason=None, actor=WATCHDOG, now=now
        )


def _post_holding(
    session: Session, incident: Incident, plan: PlanBody, now: datetime
) -> tuple[Statement, Broadcast]:
    """Draft the holding statement now (with the "what we promised" block) and publish it."""
    assert incident.id is not None
    _miss_next_update(session, incident, plan, now)
    statement = statement_flow.draft(
        session, incident.id, stage=None, holding=True, actor=WATCHDOG, now=now
    )
    broadcast = create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=plan.holding_statement.audiences,
        scheduled_at=None,
        actor=WATCHDOG,
        now=now,
    )
    return statement, broadcast


def _overdue(session: Session, incident: Incident, plan: PlanBody, now: datetime) -> int:
    assert incident.id is not None and incident.next_update_due_at is not None
    due = incident.next_update_due_at
    if _done(session, incident.id, due, ActionKind.DEADLINE):
        return 0
    deadline = deadline_of(incident)
    since = silence_since(incident)
    silence = now - since
    action = WatchdogAction(
        incident_id=incident.id,
        due_at=due,
        kind=ActionKind.DEADLINE,
        deadline=deadline,
        outcome=Outcome.ESCALATED,
        silence_seconds=int(silence.total_seconds()),
        at=now,
    )
    if not _claim(session, action):
        return 0
    reason = "the plan does not allow an automatic holding statement"
    if plan.holding_statement.pre_approved and plan.cadence.auto_holding_statement:
        try:
            with session.begin_nested():
                statement, broadcast = _post_holding(session, incident, plan, now)
            action.outcome = Outcome.HOLDING_STATEMENT
            action.statement_id = statement.id
            action.broadcast_id = broadcast.id
        except CrisisCommsError as exc:
            reason = f"the holding statement could not be published: {exc.message}"
            action.note = reason[:2000]
    if action.outcome == Outcome.ESCALATED:
        notification = _notify(
            session,
            incident,
            plan,
            kind=NotificationKind.ESCALATION,
            subject=f"{LABELS[deadline].capitalize()} overdue: {incident.title}",
            body=(
                f"For the incident commander.\nIncident: {incident.title}\nThe {LABELS[deadline]} "
                f"was due {format_time(due)} and nothing has been published since "
                f"{format_time(since)}. No holding statement went out: {reason}. "
                "Publish an update now."
            ),
            key=f"watchdog:{incident.id}:escalation:{_stamp(due)}",
            now=now,
        )
        action.notification_id = notification.id if notification is not None else None
    session.add(action)
    session.flush()
    minutes = int(silence.total_seconds() // 60)
    then = (
        f"holding statement #{action.statement_id} published"
        if action.outcome == Outcome.HOLDING_STATEMENT
        else f"commander escalated to ({reason})"
    )
    incident_service.record_event(
        session,
        incident,
        kind="watchdog.silence",
        message=(
            f"The {LABELS[deadline]} was due {format_time(due)}; silent for {minutes} minutes "
            f"since {format_time(since)}: {then}"
        ),
        actor=WATCHDOG,
        now=now,
        data={
            "due_at": due.isoformat(),
            "silence_seconds": action.silence_seconds,
            "outcome": action.outcome.value,
            "statement_id": action.statement_id,
        },
    )
    return 1


def check_incident(session: Session, incident: Incident, plan: PlanBody, now: datetime) -> int:
    """Remind or act on one open incident's next deadline; how many actions were taken."""
    due = incident.next_update_due_at
    if due is None or incident.status not in lifecycle.OPEN_STATUSES:
        return 0
    if now >= due:
        return _overdue(session, incident, plan, now)
    remind_at = reminder_at(incident, plan)
    if remind_at is not None and now >= remind_at:
        return _remind(session, incident, plan, now)
    return 0


def cancel_superseded(session: Session, now: datetime) -> int:
    """Cancel scheduled updates that a newer published statement overtook; how many."""
    scheduled = session.exec(
        select(Broadcast)
        .where(
            Broadcast.status == BroadcastStatus.SCHEDULED,
            Broadcast.kind == "statement",
            col(Broadcast.statement_id).is_not(None),
        )
        .order_by(col(Broadcast.id))
    ).all()
    cancelled = 0
    for broadcast in scheduled:
        newer = session.exec(
            select(Statement)
            .where(
                Statement.incident_id == broadcast.incident_id,
                Statement.status == StatementStatus.PUBLISHED,
                col(Statement.holding).is_(False),
                Statement.id != broadcast.statement_id,
                col(Statement.published_at) >= broadcast.created_at,
                col(Statement.published_at) < broadcast.scheduled_at,
            )
            .order_by(col(Statement.published_at).desc())
            .limit(1)
        ).first()
        if newer is None:
            continue
        broadcast_service.cancel(
            session,
            broadcast.id or 0,
            actor=WATCHDOG,
            now=now,
            reason=(
                f"superseded: statement #{newer.id} was published {format_time(newer.published_at)}"
                f", before this update's time {format_time(broadcast.scheduled_at)}"
            ),
        )
        cancelled += 1
    return cancelled


def open_incidents(session: Session) -> Sequence[Incident]:
    """Open incidents with a deadline, soonest first."""
    return session.exec(
        select(Incident)
        .where(
            col(Incident.status).in_(lifecycle.OPEN_STATUSES),
            col(Incident.next_update_due_at).is_not(None),
        )
        .order_by(col(Incident.next_update_due_at), col(Incident.id))
    ).all()


def run(session: Session, now: datetime, *, holder: str = lock.HOLDER) -> int:
    """The worker job: deadlines, timed updates and follow-ups, by one watchdog at a time."""
    if not lock.try_acquire(session, LOCK_NAME, holder=holder, now=now):
        return 0
    done = cancel_superseded(session, now)
    plans: dict[int, PlanBody] = {}
    for incident in open_incidents(session):
        if incident.plan_version_id not in plans:
            plans[incident.plan_version_id] = incident_service.plan_of(session, incident)
        done += check_incident(session, incident, plans[incident.plan_version_id], now)
    done += followups.send_due(session, now)
    return done
