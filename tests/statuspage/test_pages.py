"""The public pages: XSS stays inert, lang, CSP without inline code, size, 404, theme, logo."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from lxml import etree  # type: ignore[import-untyped]
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.main import create_app
from tests import conftest
from tests.conftest import PUBLIC_CACHE_CONTROL
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding, publish_text

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = "[x](javascript:alert(1))"
MAX_PAGE_BYTES = 200 * 1024
ATOM = "{http://www.w3.org/2005/Atom}"
JAVASCRIPT_HREF = re.compile(r"""<[^<>]*\bhref\s*=\s*["']?\s*javascript:""", re.IGNORECASE)
"""A javascript: link inside a real tag (escaped text such as `&lt;a href=...` is inert)."""


OWN_SCRIPT = '<script src="/static/public.js" defer></script>'
"""The one script a public page has: our own file (local times), never inline."""


def assert_inert(html: str) -> None:
    """No script but our own file, no injected element or handler, no javascript: link."""
    assert html.count(OWN_SCRIPT) <= 1
    lowered = html.replace(OWN_SCRIPT, "").lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered), "an event handler attribute"
    assert not JAVASCRIPT_HREF.search(html)


def assert_no_inline_code(html: str) -> None:
    lowered = html.replace(OWN_SCRIPT, "").lower()
    assert "<script" not in lowered and "<style" not in lowered
    assert not re.search(r"\sstyle\s*=", lowered)


@pytest.fixture
def hostile(session: Session) -> int:
    """A public incident whose every user-written text is an attack."""
    now = utc_now()
    incident = make_incident(
        session,
        title=f"Outage {SCRIPT}",
        summary=f"Summary {IMG} {JS_LINK}",
        scope={"products": [f"Checkout {SCRIPT}"], "regions": [IMG]},
    )
    statement = publish_text(
        session,
        incident,
        now=now - timedelta(minutes=2),
        headline=f"Headline {SCRIPT}",
        acknowledgement=f"We know. {IMG} {JS_LINK} <a href='javascript:alert(1)'>y</a>",
        remediation=f"Fixing. {SCRIPT}",
    )
    assert statement.status == "published"
    return incident.id or 0


def test_user_text_is_escaped_on_the_status_page(client: TestClient, hostile: int) -> None:
    html = client.get("/status").text
    assert_inert(html)
    assert "Outage &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Headline &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Checkout &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_user_text_is_escaped_on_the_incident_page(client: TestClient, hostile: int) -> None:
    html = client.get(f"/status/incidents/{hostile}").text
    assert_inert(html)
    assert "<title>Outage &lt;script&gt;alert(1)&lt;/script&gt; · Service status</title>" in html
    assert "Summary &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))" in html
    assert "Fixing. &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_user_text_is_inert_in_the_feed(client: TestClient, hostile: int) -> None:
    root = etree.fromstring(client.get("/status/feed.atom").content)
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == f"Headline {SCRIPT}"  # plain text, escaped in XML
    content = entry.find(f"{ATOM}content")
    assert content.get("type") == "html"
    assert_inert(content.text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content.text


def test_the_json_is_plain_text(client: TestClient, hostile: int) -> None:
    response = client.get("/api/v2/summary.json")
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    (incident,) = body["incidents"]
    assert incident["name"] == f"Outage {SCRIPT}"
    assert body["components"][0]["name"] == f"Checkout {SCRIPT}"
    assert "Headline \\<script\\>alert(1)\\</script\\>" in incident["incident_updates"][0]["body"]
    assert json.loads(response.text) == body


def test_lang_is_set_per_locale(client: TestClient, hostile: int) -> None:
    assert '<html lang="en">' in client.get("/status").text
    bn = client.get("/status?lang=bn").text
    assert '<html lang="bn">' in bn and "চলমান ঘটনা" in bn
    assert '<html lang="en">' in client.get("/status?lang=fr").text
    assert '<html lang="en">' in client.get("/status?lang=%22%3E%3Cscript%3E").text
    page = client.get(f"/status/incidents/{hostile}?lang=bn")
    assert '<html lang="bn">' in page.text


@pytest.mark.parametrize("path", ["/status", "/status?lang=bn", "/status/incidents/{id}"])
def test_pages_are_strict_about_code(client: TestClient, hostile: int, path: str) -> None:
    response = client.get(path.format(id=hostile))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert_no_inline_code(response.text)
    assert response.headers["cache-control"] == PUBLIC_CACHE_CONTROL
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in response.text


def test_pages_stay_small_and_updates_are_paged(client: TestClient, session: Session) -> None:
    now = utc_now()
    incident = make_incident(session)
    for minutes in range(12, 0, -1):
        publish_holding(session, incident, now=now - timedelta(minutes=minutes))
    for path in ("/status", f"/status/incidents/{incident.id}", "/status/feed.atom"):
        assert len(client.get(path).content) < MAX_PAGE_BYTES, path
    first = client.get(f"/status/incidents/{incident.id}").text
    assert first.count('<article class="update"') == 10 and 'rel="next"' in first
    second = client.get(f"/status/incidents/{incident.id}?page=2").text
    assert second.count('<article class="update"') == 2 and 'rel="prev"' in second
    assert len(second.encode()) < MAX_PAGE_BYTES


def test_an_unknown_or_silent_incident_is_a_404_page(client: TestClient, session: Session) -> None:
    silent = make_incident(session, title="Not yet announced")
    for path in (f"/status/incidents/{silent.id}", "/status/incidents/987654"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "Not yet announced" not in response.text
        assert '<html lang="en">' in response.text


def test_the_static_stylesheet_is_served(client: TestClient) -> None:
    response = client.get("/static/public.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    assert ":focus-visible" in response.text


@pytest.fixture
def themed(engine: Engine, connection: Connection) -> Iterator[TestClient]:
    settings = conftest.test_settings(
        engine.url.render_as_string(hide_password=False),
        status_page_title="Northwind <status>",
        status_page_logo_url="/static/logo.svg",
        status_page_accent_color="#FC0",
        public_base_url="https://status.northwind.example/",
    )
    app = create_app(
        settings,
        engine=engine,
        session_factory=lambda: conftest.bound_session(connection),
        run_startup=False,
    )
    with TestClient(app, base_url="https://testserver") as client:
        yield client


def test_title_logo_and_colours_are_configurable(themed: TestClient) -> None:
    css = themed.get("/status.css")
    assert css.headers["content-type"].startswith("text/css")
    assert "--accent: #ffcc00;" in css.text and "--on-accent: #000000;" in css.text
    html = themed.get("/status").text
    assert "<title>Northwind &lt;status&gt;</title>" in html
    assert '<img class="logo" src="/static/logo.svg" alt=""' in html
    assert_no_inline_code(html)
    page = themed.get("/api/v2/status.json").json()["page"]
    assert page["name"] == "Northwind <status>"
    assert page["url"] == "https://status.northwind.example/status"
