"""The staff pages over HTTP: every page renders, CSRF on every form, errors in place,
publish once, and an expired session that comes back to where it was."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.accounts.models import WebSession
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from crisiscomms.statements.models import Statement, StatementStatus
from tests.factories import make_user
from tests.web.helpers import csrf_of, page_sign_in


@pytest.fixture
def admin_csrf(client: TestClient, session: Session) -> str:
    return page_sign_in(client, make_user(session, role=Role.ADMIN).email)


def _activate(client: TestClient, csrf: str, plan_id: int, **overrides: str) -> object:
    data = {
        "csrf_token": csrf,
        "plan_id": str(plan_id),
        "severity": "sev1",
        "title": "Checkout failing",
        "summary": "Card payments fail for about 30% of checkouts.",
        "products": "Checkout",
        "regions": "EU",
        "affected_customers": "1200",
        **overrides,
    }
    return client.post("/incidents/new", data=data, follow_redirects=False)


def _draft(client: TestClient, csrf: str, plan_id: int) -> tuple[str, str]:
    """Activate the plan and draft a statement: the incident's and the statement's URLs."""
    activated = _activate(client, csrf, plan_id)
    incident_url = activated.headers["location"]  # type: ignore[attr-defined]
    drafted = client.post(
        f"{incident_url}/statements", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert drafted.status_code == 303, drafted.text
    return str(incident_url), str(drafted.headers["location"])


def test_signed_out_pages_go_to_login_and_back(client: TestClient, session: Session) -> None:
    response = client.get("/plans?archived=true", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fplans%3Farchived%3Dtrue"
    user = make_user(session, role=Role.VIEWER)
    page_sign_in(client, user.email, next_path="/plans?archived=true")


@pytest.mark.parametrize(
    "bad", ["https://evil.example/", "//evil.example/x", "/\\evil", "javascript:x"]
)
def test_login_refuses_offsite_next(client: TestClient, session: Session, bad: str) -> None:
    user = make_user(session, role=Role.VIEWER)
    form = client.get("/login", params={"next": bad})
    assert 'name="next" value="/"' in form.text
    token = re.search(r'name="login_token" value="([^"]+)"', form.text)
    assert token
    response = client.post(
        "/login",
        data={
            "login_token": token.group(1),
            "email": user.email,
            "password": "correct horse battery staple",
            "next": bad,
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_every_page_renders_for_an_admin(
    client: TestClient, admin_csrf: str, outage_plan: PlanVersion
) -> None:
    plan = outage_plan.plan_id
    incident_url, statement_url = _draft(client, admin_csrf, plan)
    paths = [
        "/",
        "/plans",
        f"/plans/{plan}",
        f"/plans/{plan}/edit",
        f"/plans/{plan}/versions",
        f"/plans/{plan}/diff?from=1&to=1",
        "/plans/new",
        "/incidents",
        "/incidents/new",
        f"/incidents/new?plan_id={plan}",
        incident_url,
        statement_url,
        "/audit",
        "/account/password",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        assert len(response.content) < 200_000, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "<script>" not in response.text
    exported = client.get(f"/plans/{plan}/export")
    assert exported.headers["content-disposition"].startswith("attachment")


def test_every_form_post_without_csrf_is_a_403_page(
    client: TestClient, admin_csrf: str, outage_plan: PlanVersion
) -> None:
    _incident_url, statement_url = _draft(client, admin_csrf, outage_plan.plan_id)
    posts = [
        "/logout",
        "/account/password",
        "/plans/new",
        f"/plans/{outage_plan.plan_id}/edit",
        f"/plans/{outage_plan.plan_id}/archive",
        f"/plans/{outage_plan.plan_id}/unarchive",
        "/incidents/new",
        "/incidents/1/status",
        "/incidents/1/severity",
        "/incidents/1/details",
        "/incidents/1/notes",
        "/incidents/1/statements",
        statement_url,
        f"{statement_url}/submit",
        f"{statement_url}/approve",
        f"{statement_url}/reject",
        f"{statement_url}/publish",
    ]
    for path in posts:
        for data in ({}, {"csrf_token": "forged"}):
            response = client.post(path, data=data, follow_redirects=False)
            assert response.status_code == 403, (path, response.status_code)
            assert "security token" in response.text and "<html" in response.text


def test_activation_errors_are_shown_beside_the_fields_with_input_kept(
    client: TestClient, session: Session, admin_csrf: str, outage_plan: PlanVersion
) -> None:
    response = _activate(
        client,
        admin_csrf,
        outage_plan.plan_id,
        title="",
        severity="sev99",
        summary="Kept <b>as typed</b>",
        affected_customers="lots",
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert 'id="title-error"' in html and 'id="affected_customers-error"' in html
    assert "Kept &lt;b&gt;as typed&lt;/b&gt;" in html
    assert session.exec(select(Incident)).first() is None


def test_statement_errors_redisplay_the_typed_text(
    client: TestClient, session: Session, admin_csrf: str, outage_plan: PlanVersion
) -> None:
    _incident_url, statement_url = _draft(client, admin_csrf, outage_plan.plan_id)
    page = client.get(statement_url).text
    response = client.post(
        statement_url,
        data={
            "csrf_token": admin_csrf,
            "base_revision": "1",
            "en.apology": "   ",
            "en.impact": "Typed <i>impact</i>",
            "next_update_at": "not a time",
        },
    )
    assert response.status_code == 422
    assert 'id="f-en-apology-error"' in response.text
    assert 'id="f-next_update_at-error"' in response.text
    assert "This cannot be empty." in response.text  # plain words, not the validator's
    assert "String should have" not in response.text
    assert "Typed &lt;i&gt;impact&lt;/i&gt;" in response.text
    assert 'value="not a time"' in response.text
    assert "f-en-apology" in page
    statement = session.get(Statement, int(statement_url.rsplit("/", 1)[1]))
    assert statement is not None and statement.revision == 1


def test_bad_plan_shows_located_problems_and_keeps_the_text(
    client: TestClient, admin_csrf: str, outage_plan: PlanVersion
) -> None:
    url = f"/plans/{outage_plan.plan_id}/edit"
    source = client.get(f"/plans/{outage_plan.plan_id}/export").text
    broken = source.replace("pass_score:", "pass_score: 900\n  was_pass_score:", 1)
    broken = re.sub(r"(?m)^name: .*$", "name: ''", broken, count=1)
    response = client.post(url, data={"csrf_token": admin_csrf, "source": broken})
    assert response.status_code == 422
    assert "nothing was stored" in response.text
    assert re.search(r"Line \d+", response.text)
    assert 'class="here"' in response.text


def test_double_submitted_publish_publishes_once(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    comms = make_user(session, role=Role.COMMS)
    commander = make_user(session, role=Role.COMMANDER)
    csrf = page_sign_in(client, comms.email)
    incident_url, statement_url = _draft(client, csrf, outage_plan.plan_id)
    client.post(f"{statement_url}/submit", data={"csrf_token": csrf})
    client.post("/logout", data={"csrf_token": csrf})
    csrf = page_sign_in(client, commander.email)
    approved = client.post(
        f"{statement_url}/approve", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert approved.status_code == 303, approved.text
    first = client.post(
        f"{statement_url}/publish", data={"csrf_token": csrf}, follow_redirects=False
    )
    second = client.post(
        f"{statement_url}/publish", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert first.headers["location"].endswith("?notice=published")
    assert second.status_code == 303
    assert second.headers["location"].endswith("?notice=already-published")
    statement = session.get(Statement, int(statement_url.rsplit("/", 1)[1]))
    assert statement is not None and statement.status == StatementStatus.PUBLISHED
    events = client.get(incident_url).text
    assert events.count("published") >= 1
    assert len(re.findall(r"Statement #\d+ published", events)) == 1


def test_expired_session_returns_to_login_then_to_the_page(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    user = make_user(session, role=Role.VIEWER)
    page_sign_in(client, user.email)
    path = f"/plans/{outage_plan.plan_id}/versions"
    for web_session in session.exec(select(WebSession).where(WebSession.user_id == user.id)):
        web_session.expires_at = web_session.created_at - timedelta(minutes=1)
        session.add(web_session)
    session.flush()
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")
    login = client.get(response.headers["location"])
    assert "Your session has ended" in login.text
    assert page_sign_in(client, user.email, next_path=path)
    assert "Version history" in client.get(path).text


def test_roles_are_enforced_on_pages(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    viewer = make_user(session, role=Role.VIEWER)
    csrf = page_sign_in(client, viewer.email)
    assert client.get("/audit").status_code == 403
    assert client.get(f"/plans/{outage_plan.plan_id}/edit").status_code == 403
    response = _activate(client, csrf, outage_plan.plan_id)
    assert response.status_code == 403  # type: ignore[attr-defined]
    assert csrf_of(client.get("/").text) == csrf


def test_unknown_page_is_an_html_404_and_api_stays_json(client: TestClient) -> None:
    page = client.get("/no-such-page", headers={"accept": "text/html"})
    assert page.status_code == 404 and "<html" in page.text
    api = client.get("/api/v1/no-such", headers={"accept": "text/html"})
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
    assert client.get("/api", follow_redirects=False).headers["location"] == "/docs"


def test_the_editor_says_the_next_step_and_who_can_take_it(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    """An approved statement seen by comms staff: no dead end. The page says it is to be
    published, and by whom (the plan's publish role), instead of showing nothing."""
    from crisiscomms.flows import statements as statement_flow
    from crisiscomms.statements import approval
    from tests.conftest import NOW
    from tests.statements.factories import make_incident, person

    incident = make_incident(session)
    author = person(session, Role.COMMS)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    approval.approve(
        session,
        statement.id or 0,
        override_reason="Reviewed by legal; wording required as is.",
        actor=person(session, Role.APPROVER),
        now=NOW,
    )
    make_user(session, role=Role.COMMANDER, name="Cora Commander")
    comms = make_user(session, role=Role.COMMS)
    session.flush()
    page_sign_in(client, comms.email)
    html = client.get(f"/statements/{statement.id}").text
    step = html[html.index('id="next-step"') :].split("</p>", 1)[0]
    assert "publish it." in step
    assert "Only a commander (or a higher role) can publish statements of this plan" in step
    assert "Cora Commander" in step
    assert "Publish now" not in html


def test_submitting_a_draft_that_fails_the_check_says_so(
    client: TestClient, session: Session, admin_csrf: str, outage_plan: PlanVersion
) -> None:
    """A comms person who submits a failing draft is told what it means for the approver."""
    from crisiscomms.flows import statements as statement_flow
    from crisiscomms.principal import SYSTEM
    from crisiscomms.statements.content import StatementContent
    from tests.conftest import NOW

    _incident_url, statement_url = _draft(client, admin_csrf, outage_plan.plan_id)
    statement_id = int(statement_url.rsplit("/", 1)[1])
    statement = session.get(Statement, statement_id)
    assert statement is not None
    content = StatementContent.model_validate(statement.content)
    canned = "We apologise for any inconvenience this may have caused."
    locales = {
        locale: value.model_copy(
            update={"sections": value.sections.model_copy(update={"apology": canned})}
        )
        for locale, value in content.locales.items()
    }
    statement = statement_flow.save(
        session,
        statement_id,
        content.model_copy(update={"locales": locales}),
        base_revision=statement.revision,
        actor=SYSTEM,
        now=NOW,
    )
    assert statement.check_passed is False
    response = client.post(
        f"{statement_url}/submit", data={"csrf_token": admin_csrf}, follow_redirects=True
    )
    assert response.status_code == 200
    assert "the transparency check does not pass" in response.text
    assert "Submitted for review." not in response.text
    # The approver: the review leads, and a refused approval is said at the top too.
    approver = make_user(session, role=Role.APPROVER)
    client.post("/logout", data={"csrf_token": admin_csrf})
    csrf = page_sign_in(client, approver.email)
    review = client.get(statement_url).text
    assert "Save my edits instead (returns it to draft)" in review
    assert 'class="actions sticky"' not in review and "Save and submit for review" not in review
    refused = client.post(f"{statement_url}/approve", data={"csrf_token": csrf})
    assert refused.status_code == 422
    top = refused.text[refused.text.index('id="action-errors"') :].split("</div>", 1)[0]
    assert "Approving did not work: statement" in top and "fails the transparency check" in top
    assert 'id="approve-error"' in refused.text  # and beside the form
