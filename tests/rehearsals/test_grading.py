"""The graded report, item by item, on pinned times; and rehearsals compared over time."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from crisiscomms.broadcasts import rehearsal_audience
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import rehearsals
from crisiscomms.flows import statements as statement_flow
from crisiscomms.plans import validation
from crisiscomms.plans.schema import RehearsalAudience, RehearsalPolicy
from crisiscomms.principal import SYSTEM, Principal, Role
from crisiscomms.rehearsals.report import GradedItem, RehearsalReport
from crisiscomms.statements import approval
from crisiscomms.statements.content import CommitmentDraft, StatementContent
from tests.conftest import NOW, load_library_plan
from tests.rehearsals.test_injects import _store
from tests.statements.factories import person

SPEED = 60  # one real second is one minute on the rehearsal's clock (sev1: 15 min, then 30)


def at(minutes: float) -> datetime:
    """The real time of `minutes` on the rehearsal's clock."""
    return NOW + timedelta(seconds=minutes)


def _item(report: RehearsalReport, category: str, prefix: str = "") -> GradedItem:
    return next(i for i in report.items if i.category == category and i.title.startswith(prefix))


def _speak(
    session: Session,
    incident_id: int,
    *,
    author: Principal,
    approver: Principal,
    submitted: float,
    approved: float,
    override: str | None = None,
    promise: CommitmentDraft | None = None,
) -> int:
    statement = statement_flow.draft(
        session, incident_id, stage=None, holding=False, actor=author, now=at(submitted)
    )
    if promise is not None:
        content = StatementContent.model_validate(statement.content)
        content = content.model_copy(update={"commitments": [promise]})
        statement = statement_flow.save(
            session,
            statement.id or 0,
            content,
            base_revision=statement.revision,
            actor=author,
            now=at(submitted),
        )
    statement.check_passed = override is None
    session.add(statement)
    session.flush()
    approval.submit(session, statement.id or 0, actor=author, now=at(submitted))
    approval.approve(
        session, statement.id or 0, override_reason=override, actor=approver, now=at(approved)
    )
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=approver,
        now=at(approved),
    )
    return statement.id or 0


def test_a_silent_rehearsal_with_nobody_on_duty_fails_what_it_should(session: Session) -> None:
    _store(session, load_library_plan("service-outage"))
    incident = rehearsals.start(
        session, plan_slug="service-outage", severity="sev1", speed=SPEED, actor=SYSTEM, now=NOW
    )
    report = rehearsals.finish(session, incident.id or 0, actor=SYSTEM, now=at(20))
    first = _item(report, "first_statement")
    assert not first.passed and first.actual == "none published in 20 min"
    assert first.target == "within 15 min"
    roles = [i for i in report.items if i.category == "readiness" and i.title.startswith("role")]
    assert roles and not any(i.passed for i in roles)  # nobody holds any role
    assert all("Add or promote a user" in (i.fix or "") for i in roles)
    audience = _item(report, "readiness", "Messages to the rehearsal audience")
    assert not audience.passed and audience.actual.startswith("nobody")
    assert "rehearsal.audience.emails" in (audience.fix or "")
    assert {c.category for c in report.categories} == {"first_statement", "readiness"}
    # The first statement (weight 25) and readiness (10) both wholly failed, channels aside.
    assert report.score < 30 and report.grade == "F"


def test_an_audience_no_email_channel_reaches_is_graded_with_what_to_do(
    session: Session,
) -> None:
    body = load_library_plan("service-outage")
    policy = (body.rehearsal or RehearsalPolicy()).model_copy(
        update={"audience": RehearsalAudience(emails=["Drill@Team.Example"], roles=[])}
    )
    _store(session, body.model_copy(update={"rehearsal": policy}))
    person(session, Role.COMMANDER)  # roles=[]: the plan's roles' users are not in it
    incident = rehearsals.start(
        session, plan_slug="service-outage", severity="sev1", speed=SPEED, actor=SYSTEM, now=NOW
    )
    members = rehearsal_audience.members(session, incident.id or 0)
    assert [(m.address, m.source) for m in members] == [("drill@team.example", "plan")]
    report = rehearsals.report(session, incident.id or 0, now=at(5))
    audience = _item(report, "readiness", "Messages to the rehearsal audience")
    assert not audience.passed
    assert audience.actual == "1 member(s), but no enabled email channel reaches them"
    assert "Enable an email channel" in (audience.fix or "")


def test_a_rehearsal_audience_naming_an_unknown_role_is_refused() -> None:
    body = load_library_plan("service-outage")
    assert body.rehearsal is not None
    policy = body.rehearsal.model_copy(
        update={"audience": RehearsalAudience(roles=["commander", "spokesman"])}
    )
    found = validation.check_plan(body.model_copy(update={"rehearsal": policy}))
    assert [f.loc for f in found] == [("rehearsal", "audience", "roles", 1)], found
    assert found[0].message.startswith("unknown role 'spokesman'")


def test_check_failures_slow_approvals_and_missed_promises_are_graded(session: Session) -> None:
    _store(session, load_library_plan("service-outage"))
    commander = person(session, Role.COMMANDER)
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    incident = rehearsals.start(
        session,
        plan_slug="service-outage",
        severity="sev1",
        speed=SPEED,
        actor=commander,
        now=NOW,
    )
    incident_id = incident.id or 0
    # On time (12 of 15 min), approved in 2 min, with a promise due at minute 40.
    first = _speak(
        session,
        incident_id,
        author=author,
        approver=approver,
        submitted=10,
        approved=12,
        promise=CommitmentDraft(
            text="Publish the root cause", owner_id=author.user_id, due_at=at(40)
        ),
    )
    # The next: 35 min of silence (cadence 30), a failing check approved with an override
    # after a 33-minute wait for the approver.
    second = _speak(
        session,
        incident_id,
        author=author,
        approver=approver,
        submitted=14,
        approved=47,
        override="Legal insists on this wording for now",
    )
    report = rehearsals.finish(session, incident_id, actor=commander, now=at(50))

    assert _item(report, "first_statement").passed
    gap = _item(report, "cadence", f"Update after statement #{first}")
    assert not gap.passed and gap.actual.startswith("35 min of silence")
    assert gap.target == "next update within 30 min"
    tail = _item(report, "cadence", f"Update after statement #{second}")
    assert tail.passed and "not yet due" in tail.actual
    check = _item(report, "transparency", f"Transparency check of statement #{second}")
    assert not check.passed and "Legal insists on this wording" in check.actual
    assert _item(report, "transparency", f"Transparency check of statement #{first}").passed
    slow = _item(report, "approvals", f"Approval of statement #{second}")
    assert not slow.passed and slow.actual == "approved by a second person after 33 min"
    assert "approver on duty" in (slow.fix or "")
    assert _item(report, "approvals", f"Approval of statement #{first}").passed
    promised = _item(report, "commitments", "Promise: Publish the root cause")
    assert not promised.passed and "overdue" in promised.actual
    assert report.fixes and report.score < 100


def test_rehearsals_of_a_plan_compare_over_time(session: Session) -> None:
    _store(session, load_library_plan("service-outage"))
    commander = person(session, Role.COMMANDER)
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    scores = []
    for start, speak in ((NOW, False), (NOW + timedelta(days=7), True)):
        incident = rehearsals.start(
            session,
            plan_slug="service-outage",
            severity="sev1",
            speed=SPEED,
            actor=commander,
            now=start,
        )
        if speak:
            statement = statement_flow.draft(
                session,
                incident.id or 0,
                stage=None,
                holding=False,
                actor=author,
                now=start + timedelta(seconds=5),
            )
            statement.check_passed = True
            session.add(statement)
            approval.submit(
                session, statement.id or 0, actor=author, now=start + timedelta(seconds=5)
            )
            approval.approve(
                session,
                statement.id or 0,
                override_reason=None,
                actor=approver,
                now=start + timedelta(seconds=6),
            )
            broadcast_flow.create_broadcast(
                session,
                statement_id=statement.id or 0,
                audiences=None,
                scheduled_at=None,
                actor=approver,
                now=start + timedelta(seconds=6),
            )
        scores.append(
            rehearsals.finish(
                session, incident.id or 0, actor=commander, now=start + timedelta(seconds=20)
            ).score
        )
    running = rehearsals.start(
        session,
        plan_slug="service-outage",
        severity="sev2",
        speed=SPEED,
        actor=commander,
        now=NOW + timedelta(days=8),
    )
    found = rehearsals.history(session, "service-outage")
    assert [r.score for r in found.rehearsals] == [*scores, None]
    assert scores[1] > scores[0] + 5 and found.trend == "improving"
    assert found.rehearsals[1].change == scores[1] - scores[0]
    assert found.rehearsals[2].incident_id == running.id and found.rehearsals[2].grade is None
    assert found.rehearsals[1].categories["first_statement"] == 1.0
    assert found.rehearsals[0].categories["first_statement"] == 0.0
