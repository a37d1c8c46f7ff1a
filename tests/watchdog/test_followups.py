"""Follow-up sequences: scheduled on resolution, editable until they go, sent at their offsets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.config import Settings
from crisiscomms.errors import Conflict, ValidationFailed
from crisiscomms.flows import followups as followup_flow
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.watchdog import followups
from crisiscomms.watchdog.models import FollowUpStatus
from crisiscomms.watchdog.schemas import FollowUpEdit
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import customers
from tests.commitments.factories import Scene, first_statement, scene
from tests.conftest import NOW
from tests.watchdog.factories import dry_run_channels, recorded, tick

IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"]}
RESOLVED = NOW + timedelta(hours=2)


def resolve(session: Session, s: Scene) -> None:
    first_statement(session, s, now=NOW)
    status_flow.change_status(
        session,
        s.incident_id,
        status=IncidentStatus.RESOLVED,
        note=None,
        actor=s.commander,
        now=RESOLVED,
    )


def test_resolving_schedules_the_plans_steps_and_they_go_out_at_their_offsets(
    session: Session, settings: Settings, delivery: DeliveryEngine
) -> None:
    s = scene(session)
    customers(session, 2, attributes=IN_SCOPE)
    dry_run_channels(session, settings)
    resolve(session, s)
    steps = followups.list_follow_ups(session, s.incident_id)
    assert [(f.step_id, f.due_at - RESOLVED) for f in steps] == [
        ("resolution-summary", timedelta(hours=1)),
        ("questions-answered", timedelta(hours=24)),
        ("incident-report", timedelta(days=7)),
    ]
    assert {f.scheduled_by for f in steps} == {s.commander.label}
    assert all(f.status == FollowUpStatus.SCHEDULED for f in steps)

    tick(session, RESOLVED + timedelta(minutes=59), delivery)
    assert all(f.status == FollowUpStatus.SCHEDULED for f in steps)
    tick(session, RESOLVED + timedelta(hours=1), delivery)
    summary = followups.get_follow_up(session, steps[0].id or 0)
    assert summary.status == FollowUpStatus.SENT
    statement = session.get(Statement, summary.statement_id)
    assert statement is not None and statement.status == StatementStatus.PUBLISHED
    assert statement.stage == "follow_up" and not statement.holding
    assert statement.approved_by == f"{s.commander.label} (follow-up sequence)"
    broadcast = session.get(Broadcast, summary.broadcast_id)
    assert broadcast is not None
    assert broadcast.audiences == ["public", "customers", "internal"]
    assert broadcast.status == BroadcastStatus.DONE
    # the public and staff channels once each, and an email to each affected customer
    assert len(recorded(session, broadcast)) == 2 + 2
    assert steps[1].status == FollowUpStatus.SCHEDULED

    tick(session, RESOLVED + timedelta(hours=24), delivery)
    tick(session, RESOLVED + timedelta(days=7), delivery)
    tick(session, RESOLVED + timedelta(days=7, minutes=1), delivery)
    sent = followups.list_follow_ups(session, s.incident_id)
    assert [f.status for f in sent] == [FollowUpStatus.SENT] * 3
    assert len({f.statement_id for f in sent}) == 3
    published = session.exec(
        select(Statement).where(
            Statement.incident_id == s.incident_id, Statement.stage == "follow_up"
        )
    ).all()
    assert len(published) == 3


def test_a_follow_up_can_be_moved_rewritten_or_cancelled_before_it_goes(
    session: Session,
) -> None:
    s = scene(session)
    resolve(session, s)
    summary, answers, report = followups.list_follow_ups(session, s.incident_id)
    later = RESOLVED + timedelta(hours=3)
    followups.edit(
        session,
        summary.id or 0,
        FollowUpEdit(due_at=later, sections={"en": {"headline": "Checkout is working again"}}),
        actor=s.author,
        now=RESOLVED,
    )
    followups.cancel(
        session, answers.id or 0, reason="answered on the call", actor=s.commander, now=RESOLVED
    )
    followup_flow.send_due(session, RESOLVED + timedelta(hours=1))
    assert summary.status == FollowUpStatus.SCHEDULED
    followup_flow.send_due(session, later)
    summary = followups.get_follow_up(session, summary.id or 0)
    assert summary.status == FollowUpStatus.SENT
    statement = session.get(Statement, summary.statement_id)
    assert statement is not None
    assert statement.content["locales"]["en"]["sections"]["headline"] == (
        "Checkout is working again"
    )
    followup_flow.send_due(session, RESOLVED + timedelta(days=2))
    assert answers.status == FollowUpStatus.CANCELLED and answers.statement_id is None
    with pytest.raises(Conflict):
        followups.edit(
            session, summary.id or 0, FollowUpEdit(due_at=later), actor=s.author, now=later
        )
    assert report.status == FollowUpStatus.SCHEDULED


@pytest.mark.parametrize(
    ("edit", "location"),
    [
        (FollowUpEdit(due_at=RESOLVED - timedelta(minutes=30)), "body.due_at"),
        (FollowUpEdit(due_at=RESOLVED - timedelta(hours=2)), "body.due_at"),
        (FollowUpEdit(sections={"fr": {"headline": "x"}}), "body.sections.fr"),
        (FollowUpEdit(sections={"en": {"title": "x"}}), "body.sections.en.title"),
        (FollowUpEdit(sections={"en": {"headline": "x" * 201}}), "body.sections.headline"),
        (FollowUpEdit(), None),
    ],
)
def test_bad_follow_up_edits_are_refused_with_their_location(
    session: Session, edit: FollowUpEdit, location: str | None
) -> None:
    s = scene(session)
    resolve(session, s)
    summary = followups.list_follow_ups(session, s.incident_id)[0]
    # "now" an hour before resolution: the first time is in the future, yet before resolving
    with pytest.raises(ValidationFailed) as raised:
        followups.edit(
            session, summary.id or 0, edit, actor=s.author, now=RESOLVED - timedelta(hours=1)
        )
    if location is not None:
        assert raised.value.details[0]["location"].startswith(location)
    assert summary.due_at == RESOLVED + timedelta(hours=1) and summary.edits == {}


def test_reopening_cancels_what_has_not_gone_and_resolving_again_reschedules(
    session: Session,
) -> None:
    s = scene(session)
    resolve(session, s)
    followup_flow.send_due(session, RESOLVED + timedelta(hours=1))
    reopened = RESOLVED + timedelta(hours=2)
    status_flow.change_status(
        session,
        s.incident_id,
        status=IncidentStatus.MONITORING,
        note="it broke again",
        actor=s.commander,
        now=reopened,
    )
    first = followups.list_follow_ups(session, s.incident_id)
    assert [f.status for f in first] == [
        FollowUpStatus.SENT,
        FollowUpStatus.CANCELLED,
        FollowUpStatus.CANCELLED,
    ]
    status_flow.change_status(
        session,
        s.incident_id,
        status=IncidentStatus.RESOLVED,
        note=None,
        actor=s.commander,
        now=reopened + timedelta(hours=1),
    )
    again = followups.list_follow_ups(session, s.incident_id)
    assert len(again) == 6
    assert sum(f.status == FollowUpStatus.SCHEDULED for f in again) == 3
