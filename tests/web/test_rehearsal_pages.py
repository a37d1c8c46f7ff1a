"""Rehearsals over HTTP: the "Rehearse this plan" form (commander, CSRF), the report page
and its end button, the comparison over time, and the API beside them."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.db import utc_now
from crisiscomms.flows import plans as plan_flow
from crisiscomms.flows import rehearsals
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.models import PlanVersion
from crisiscomms.plans.schema import Inject, RehearsalPolicy
from crisiscomms.principal import SYSTEM, Role
from tests.conftest import NOW, load_library_plan
from tests.factories import auth_headers, make_user
from tests.web.helpers import csrf_of, page_sign_in

HOSTILE = '<img src=x onerror="alert(1)">A journalist calls'


def _rehearse(client: TestClient, csrf: str, plan_id: int, **fields: str) -> object:
    data = {"csrf_token": csrf, "severity": "sev1", "speed": "600", **fields}
    return client.post(f"/plans/{plan_id}/rehearse", data=data, follow_redirects=False)


def test_a_commander_rehearses_from_the_plan_page_ends_it_and_compares(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    page_sign_in(client, make_user(session, role=Role.COMMANDER).email)
    plan_page = client.get(f"/plans/{outage_plan.plan_id}")
    assert 'id="rehearse-form"' in plan_page.text and "Rehearse this plan" in plan_page.text
    started = _rehearse(client, csrf_of(plan_page.text), outage_plan.plan_id)
    assert started.status_code == 303  # type: ignore[attr-defined]
    location = started.headers["location"]  # type: ignore[attr-defined]
    incident_id = int(re.fullmatch(r"/rehearsals/(\d+)", location).group(1))  # type: ignore[union-attr]
    incident = session.get(Incident, incident_id)
    assert incident is not None and incident.rehearsal and incident.clock_speed == 600

    report_page = client.get(location)
    assert report_page.status_code == 200
    assert 'id="provisional"' in report_page.text and "T+10m" in report_page.text
    assert "End and grade" in report_page.text
    # The control center shows the rehearsal's injects (and polls for the next ones).
    control = client.get("/")
    assert f'data-rehearsal="{incident_id}"' in control.text

    ended = client.post(
        f"/rehearsals/{incident_id}/finish",
        data={"csrf_token": csrf_of(report_page.text)},
        follow_redirects=False,
    )
    assert ended.status_code == 303
    kept = client.get(location)
    assert 'id="provisional"' not in kept.text and "End and grade" not in kept.text
    score = re.search(r'data-score="(\d+)"', kept.text)
    assert score is not None
    # Nothing was published: the first statement fails, and the fix is named.
    assert 'data-category="first_statement" data-passed="no"' in kept.text
    assert 'id="fixes"' in kept.text and "Draft the first statement" in kept.text

    history = client.get(f"/plans/{outage_plan.plan_id}/rehearsals")
    assert history.status_code == 200
    assert f'data-incident="{incident_id}"' in history.text
    assert f"{score.group(1)} (" in history.text and "not enough rehearsals" in history.text

    headers = auth_headers(session, Role.COMMANDER)
    listed = client.get(
        "/api/v1/rehearsals", params={"plan_slug": "service-outage"}, headers=headers
    )
    assert listed.status_code == 200 and len(listed.json()["rehearsals"]) == 1
    assert listed.json()["rehearsals"][0]["score"] == int(score.group(1))


def test_bad_rehearsal_input_is_refused_in_place(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    page_sign_in(client, make_user(session, role=Role.COMMANDER).email)
    csrf = csrf_of(client.get(f"/plans/{outage_plan.plan_id}").text)
    for fields, said in (
        ({"speed": "0"}, "speed must be 1 to 600"),
        ({"speed": "10000"}, "speed must be 1 to 600"),
        ({"speed": "fast"}, "speed must be a whole number from 1 to 600"),
        ({"severity": "sev9"}, "sev9"),
    ):
        refused = _rehearse(client, csrf, outage_plan.plan_id, **fields)
        assert refused.status_code == 422, (fields, refused.status_code)  # type: ignore[attr-defined]
        assert 'id="rehearse-error"' in refused.text and said in refused.text  # type: ignore[attr-defined]
    assert session.exec(select(Incident)).all() == []  # nothing half-started
    for data in ({}, {"csrf_token": "forged"}):
        forged = client.post(
            f"/plans/{outage_plan.plan_id}/rehearse", data=data, follow_redirects=False
        )
        assert forged.status_code == 403 and "security token" in forged.text


def test_only_a_commander_may_rehearse_or_end_one(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    csrf = page_sign_in(client, make_user(session, role=Role.APPROVER).email)
    plan_page = client.get(f"/plans/{outage_plan.plan_id}")
    assert 'id="rehearse-form"' not in plan_page.text
    refused = _rehearse(client, csrf_of(plan_page.text), outage_plan.plan_id)
    assert refused.status_code == 403  # type: ignore[attr-defined]
    started = client.post(
        "/api/v1/rehearsals",
        json={"plan_slug": "service-outage"},
        headers=auth_headers(session, Role.COMMANDER),
    )
    incident_id = started.json()["incident_id"]
    assert len(started.json()["injects"]) == 4
    comms = auth_headers(session, Role.COMMS)
    assert client.post(f"/api/v1/rehearsals/{incident_id}/finish", headers=comms).status_code == 403
    report = client.get(f"/api/v1/rehearsals/{incident_id}/report", headers=comms)
    assert report.status_code == 200 and report.json()["provisional"] is True
    del csrf


def test_the_api_answers_404_for_real_incidents_and_unknown_plans(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    headers = auth_headers(session, Role.COMMANDER)
    real = client.post(
        "/api/v1/incidents",
        json={
            "plan_slug": "service-outage",
            "severity": "sev1",
            "title": "Checkout failing",
            "summary": "Card payments fail.",
        },
        headers=headers,
    )
    assert real.status_code == 201, real.text
    real_id = real.json()["id"]
    for path in ("report", "injects"):
        missing = client.get(f"/api/v1/rehearsals/{real_id}/{path}", headers=headers)
        assert missing.status_code == 404 and "not a rehearsal" in missing.text
    assert client.post(f"/api/v1/rehearsals/{real_id}/finish", headers=headers).status_code == 404
    unknown = client.get(
        "/api/v1/rehearsals", params={"plan_slug": "no-such-plan"}, headers=headers
    )
    assert unknown.status_code == 404
    assert client.get("/api/v1/rehearsals", headers=headers).status_code == 422


def test_inject_text_is_escaped_on_every_page(client: TestClient, session: Session) -> None:
    body = load_library_plan("service-outage").model_copy(
        update={"rehearsal": RehearsalPolicy(injects=[Inject(at="1m", text=HOSTILE)])}
    )
    plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=NOW)
    started = client.post(
        "/api/v1/rehearsals",
        json={"plan_slug": "service-outage", "speed": 600},
        headers=auth_headers(session, Role.COMMANDER),
    )
    incident_id = started.json()["incident_id"]
    assert rehearsals.fire_due(session, utc_now() + timedelta(minutes=1)) == 1
    page_sign_in(client, make_user(session, role=Role.COMMANDER).email)
    assert HOSTILE not in client.get("/").text
    for path in (f"/rehearsals/{incident_id}", f"/incidents/{incident_id}", "/"):
        text = client.get(path).text
        assert "<img src=x" not in text, path
    assert "&lt;img src=x" in client.get(f"/rehearsals/{incident_id}").text
