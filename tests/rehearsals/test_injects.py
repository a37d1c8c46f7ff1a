"""Injects: scripted events a rehearsal plays on its own clock, once each, on the timeline."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from crisiscomms.flows import plans as plan_flow
from crisiscomms.flows import rehearsals
from crisiscomms.incidents import service as incident_service
from crisiscomms.plans import loader
from crisiscomms.plans.schema import PlanBody, RehearsalPolicy, Scenario
from crisiscomms.principal import SYSTEM, Role
from crisiscomms.rehearsals.injects import DEFAULTS, clock_label
from crisiscomms.worker.loop import default_jobs
from tests.conftest import NOW, PLANS_DIR, load_library_plan
from tests.statements.factories import make_incident, person


def _store(session: Session, body: PlanBody) -> None:
    plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=NOW)


def _inject_events(session: Session, incident_id: int) -> list[str]:
    return [
        e.message
        for e in incident_service.list_events(session, incident_id)
        if e.kind == "rehearsal.inject"
    ]


def test_the_plans_injects_play_on_the_rehearsal_clock_once_each(session: Session) -> None:
    _store(session, load_library_plan("service-outage"))
    commander = person(session, Role.COMMANDER)
    incident = rehearsals.start(
        session, plan_slug="service-outage", severity="sev1", speed=60, actor=commander, now=NOW
    )
    injects = rehearsals.fired_injects(session, incident.id or 0)
    # service-outage.yaml: 10m, 25m, 40m, 50m; at 60x, that many seconds.
    assert [i.offset_minutes for i in injects] == [10, 25, 40, 50]
    assert [i.due_at - NOW for i in injects] == [timedelta(seconds=s) for s in (10, 25, 40, 50)]
    assert rehearsals.fire_due(session, NOW + timedelta(seconds=9.9)) == 0
    assert rehearsals.fire_due(session, NOW + timedelta(seconds=10)) == 1
    assert rehearsals.fire_due(session, NOW + timedelta(seconds=10)) == 0  # once
    assert rehearsals.fire_due(session, NOW + timedelta(seconds=41)) == 2
    events = _inject_events(session, incident.id or 0)
    assert events == [f"Inject at {clock_label(i.offset_minutes)}: {i.text}" for i in injects[:3]]
    assert events[0].startswith("Inject at T+10m: A journalist")
    # Ended, it plays no more.
    rehearsals.finish(session, incident.id or 0, actor=commander, now=NOW + timedelta(seconds=45))
    assert rehearsals.fire_due(session, NOW + timedelta(hours=1)) == 0
    assert len(_inject_events(session, incident.id or 0)) == 3


def test_a_plan_without_injects_plays_its_scenarios_defaults_and_an_empty_list_plays_none(
    session: Session,
) -> None:
    breach = load_library_plan("data-breach")
    assert breach.rehearsal is None
    _store(session, breach)
    commander = person(session, Role.COMMANDER)
    played = rehearsals.start(
        session, plan_slug=breach.slug, severity=None, speed=120, actor=commander, now=NOW
    )
    injects = rehearsals.fired_injects(session, played.id or 0)
    assert [i.text for i in injects] == [i.text for i in DEFAULTS[Scenario.DATA_BREACH]]
    assert injects[0].due_at - NOW == timedelta(minutes=10) / 120

    quiet = load_library_plan("billing-error").model_copy(
        update={"slug": "billing-quiet", "rehearsal": RehearsalPolicy(injects=[])}
    )
    _store(session, quiet)
    silent = rehearsals.start(
        session, plan_slug="billing-quiet", severity=None, speed=60, actor=commander, now=NOW
    )
    assert list(rehearsals.fired_injects(session, silent.id or 0)) == []


def test_a_bad_inject_is_refused_at_its_line_in_the_plan_file() -> None:
    text = (PLANS_DIR / "service-outage.yaml").read_text(encoding="utf-8")
    assert "    - at: 25m\n" in text
    bad = text.replace("    - at: 25m\n", "    - at: half an hour\n")
    line = bad.splitlines().index("    - at: half an hour") + 1
    body, problems = loader.load_plan_text(bad, "service-outage.yaml")
    assert body is None
    assert [(p.line, p.location) for p in problems] == [(line, "rehearsal.injects[1].at")], problems
    assert "half an hour" in problems[0].message


def test_injects_do_not_play_for_real_incidents(session: Session) -> None:
    incident = make_incident(session)
    assert not incident.rehearsal
    assert rehearsals.fire_due(session, NOW + timedelta(days=1)) == 0
    assert _inject_events(session, incident.id or 0) == []


def test_the_worker_plays_injects() -> None:
    assert default_jobs()["rehearsal_injects"] is rehearsals.fire_due
