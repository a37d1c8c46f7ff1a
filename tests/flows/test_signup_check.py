"""The sign-up check hook against a real verifier on 127.0.0.1: off by default; when set,
the API and the page need the widget's answer, checked with the verifier (the siteverify
form contract) before anything is written; a refusal is a 422 at `verification`, an
unreachable verifier a 503; in production the verifier obeys the private-address policy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, func
from sqlmodel import Session, select

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.errors import BadRequest, ServiceUnavailable
from crisiscomms.flows import signup_check
from crisiscomms.main import create_app
from crisiscomms.subscribers.models import SignupAttempt, Subscriber
from tests.broadcasts.factories import channel
from tests.channels.servers import LocalHttpServer, RecordedRequest, Reply
from tests.conftest import bound_session
from tests.conftest import test_settings as settings_for

GOOD = "answer-from-the-widget"
SECRET = "verifier-secret-0123"


def _verify(request: RecordedRequest) -> Reply:
    """A siteverify-style verifier: success only for the right secret and answer."""
    form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
    ok = form.get("secret") == SECRET and form.get("response") == GOOD
    return Reply(body=json.dumps({"success": ok, "error-codes": [] if ok else ["bad"]}).encode())


@pytest.fixture
def verifier() -> Iterator[LocalHttpServer]:
    server = LocalHttpServer(_verify).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def settings(engine: Engine, verifier: LocalHttpServer) -> Settings:
    return settings_for(
        engine.url.render_as_string(hide_password=False),
        allow_private_destinations=True,
        signup_verifier_url=verifier.url("/siteverify"),
        signup_verifier_secret=SECRET,
        signup_verifier_field="cf-turnstile-response",
        signup_verifier_script="https://challenges.cloudflare.com/turnstile/v0/api.js",
        signup_verifier_widget_class="cf-turnstile",
        signup_verifier_site_key="0x4AAAAAAA-site",
    )


@pytest.fixture
def app(settings: Settings, engine: Engine, connection: Connection) -> FastAPI:
    return create_app(
        settings,
        engine=engine,
        session_factory=lambda: bound_session(connection),
        run_startup=False,
    )


def _offer(session: Session, settings: Settings) -> None:
    channel(session, settings, "subscriber dry run", "dry-run", Audience.SUBSCRIBERS, {})
    session.flush()


def _written(session: Session) -> tuple[int, int]:
    subscribers = session.exec(select(func.count()).select_from(Subscriber)).one()
    attempts = session.exec(select(func.count()).select_from(SignupAttempt)).one()
    return subscribers, attempts


def test_the_api_needs_an_answer_the_verifier_accepts(
    client: TestClient, session: Session, settings: Settings, verifier: LocalHttpServer
) -> None:
    _offer(session, settings)
    missing = client.post("/api/v1/subscriptions", json={"email": "ana@example.org"})
    assert missing.status_code == 422, missing.text
    assert missing.json()["error"]["details"][0]["location"] == "verification"
    assert verifier.requests == []  # nothing to ask the verifier about
    wrong = client.post(
        "/api/v1/subscriptions", json={"email": "ana@example.org", "verification": "forged"}
    )
    assert wrong.status_code == 422 and "did not pass" in wrong.json()["error"]["message"]
    assert _written(session) == (0, 0)
    sent = parse_qs(verifier.requests[-1].body.decode())
    assert sent["secret"] == [SECRET] and sent["response"] == ["forged"]
    assert sent["remoteip"][0]  # the client's address, as the providers want it

    passed = client.post(
        "/api/v1/subscriptions", json={"email": "ana@example.org", "verification": GOOD}
    )
    assert passed.status_code == 202, passed.text
    assert _written(session) == (1, 1)


def test_an_unreachable_verifier_fails_closed(
    client: TestClient, session: Session, settings: Settings, verifier: LocalHttpServer
) -> None:
    _offer(session, settings)
    verifier.queue(Reply(status=500, body=b"down"), Reply(body=b"<html>not json</html>"))
    for _ in range(2):
        answer = client.post(
            "/api/v1/subscriptions", json={"email": "ana@example.org", "verification": GOOD}
        )
        assert answer.status_code == 503, answer.text
        assert "retry-after" in answer.headers
    assert _written(session) == (0, 0)


def test_the_page_shows_the_widget_and_the_error_at_it(
    client: TestClient, session: Session, settings: Settings
) -> None:
    _offer(session, settings)
    page = client.get("/status/subscribe")
    assert 'class="cf-turnstile" data-sitekey="0x4AAAAAAA-site"' in page.text
    assert 'src="https://challenges.cloudflare.com/turnstile/v0/api.js"' in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self' https://challenges.cloudflare.com" in policy
    assert "frame-src https://challenges.cloudflare.com" in policy
    other = client.get("/status")  # the widget's origin is allowed on the sign-up page only
    assert "challenges.cloudflare.com" not in other.headers["content-security-policy"]

    refused = client.post("/status/subscribe?lang=bn", data={"email": "ana@example.org"})
    assert refused.status_code == 422
    assert 'id="verification-error"' in refused.text and "যাচাই" in refused.text
    assert 'value="ana@example.org"' in refused.text
    accepted = client.post(
        "/status/subscribe",
        data={"email": "ana@example.org", "cf-turnstile-response": GOOD},
    )
    assert accepted.status_code == 200 and 'id="sent"' in accepted.text
    assert _written(session) == (1, 1)


def test_off_by_default_and_private_verifiers_refused_in_production(
    verifier: LocalHttpServer,
) -> None:
    plain = Settings(environment="test")
    assert not signup_check.required(plain)
    signup_check.verify(plain, None, client_ip="198.51.100.7")  # no check: passes
    strict = Settings(
        environment="test",
        allow_private_destinations=False,
        signup_verifier_url=verifier.url("/siteverify"),
        signup_verifier_secret=SECRET,
    )
    with pytest.raises(ServiceUnavailable):
        signup_check.verify(strict, GOOD, client_ip="198.51.100.7")
    assert verifier.requests == []  # 127.0.0.1 is never contacted without the allowance
    with pytest.raises(BadRequest):
        signup_check.verify(strict, "", client_ip="198.51.100.7")
    with pytest.raises(ValueError, match="https"):
        Settings(signup_verifier_script="http://widget.example/api.js")
