"""The post-incident report page: the report inside the site layout, cleaned, and its
Markdown as a download."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.schemas import IncidentUpdate
from crisiscomms.principal import Role
from crisiscomms.web.reports import report_fragment
from tests.commitments.factories import first_statement, promise, scene
from tests.factories import make_user
from tests.web.helpers import page_sign_in

EVIL_TITLE = "Checkout <script>alert(1)</script> failing"


def test_the_report_page_shows_the_report_inside_the_layout(
    client: TestClient, session: Session
) -> None:
    s = scene(session)
    now = utc_now()
    first_statement(
        session,
        s,
        promise("Refund <img src=x onerror=alert(1)> orders", s.author, now + timedelta(days=1)),
        now=now - timedelta(hours=1),
    )
    incident_service.update_details(
        session, s.incident_id, IncidentUpdate(title=EVIL_TITLE), actor=s.author, now=now
    )
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    incident_page = client.get(f"/incidents/{s.incident_id}").text
    assert f'href="/incidents/{s.incident_id}/report"' in incident_page

    response = client.get(f"/incidents/{s.incident_id}/report")
    assert response.status_code == 200
    html = response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert '<nav aria-label="Main">' in html  # the site layout
    assert "Commitments and their fate" in html and "Timeline" in html
    assert "Refund &lt;img src=x onerror=alert(1)&gt; orders" in html
    assert "Checkout &lt;script&gt;alert(1)&lt;/script&gt; failing" in html
    assert "<script>alert" not in html and "<img" not in html
    assert "<style" not in html and "style=" not in html
    assert f'href="/incidents/{s.incident_id}/report.md"' in html

    download = client.get(f"/incidents/{s.incident_id}/report.md")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/markdown")
    assert download.headers["content-disposition"] == (
        f'attachment; filename="incident-{s.incident_id}-report.md"'
    )
    assert download.text.startswith("# Post-incident report")


def test_report_needs_sign_in_and_an_incident(client: TestClient, session: Session) -> None:
    signed_out = client.get("/incidents/1/report", follow_redirects=False)
    assert signed_out.status_code == 303 and signed_out.headers["location"].startswith("/login")
    markdown = client.get("/incidents/1/report.md", follow_redirects=False)
    assert markdown.status_code == 303
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    missing = client.get("/incidents/999999/report")
    assert missing.status_code == 404 and "<html" in missing.text
    assert client.get("/incidents/999999/report.md").status_code == 404


def test_the_fragment_keeps_only_the_allowed_markup() -> None:
    document = (
        "<html><head><style>body{}</style></head><body><h1>Title</h1>"
        '<p onclick="x()">Said</p><a href="javascript:alert(1)">bad</a>'
        '<a href="https://example.com/e">good</a><script>alert(1)</script>'
        '<section id="commitment-1" style="color:red"><strong class="kept">kept</strong></section>'
        "</body></html>"
    )
    fragment = report_fragment(document)
    assert "<h1>" not in fragment and "body{}" not in fragment
    assert "<p>Said</p>" in fragment
    assert "javascript:" not in fragment and "<script" not in fragment
    assert 'href="https://example.com/e"' in fragment and "nofollow" in fragment
    assert '<section id="commitment-1"><strong class="kept">kept</strong></section>' in fragment
