"""From the first alert to the holding statement in customers' inboxes: a real HTTP client
posts an Alertmanager alert to a running server (uvicorn, the in-process worker at its
default poll), the rule opens the incident and posts the plan's pre-approved holding
statement, and the engine emails it to a real SMTP server. The time is measured."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.db import begin_writes, make_engine
from crisiscomms.principal import Role
from tests.broadcasts.factories import channel, customers
from tests.browser.conftest import LiveServer, start_server
from tests.channels.servers import LocalSmtpServer, SmtpBehaviour
from tests.factories import make_api_key

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "alerts" / "alertmanager.json"
DEADLINE_SECONDS = 10.0
IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"], "segment": "business"}


@pytest.fixture
def smtp() -> Iterator[LocalSmtpServer]:
    server = LocalSmtpServer(SmtpBehaviour())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server(tmp_path: Path, smtp: LocalSmtpServer) -> Iterator[LiveServer]:
    yield from start_server(
        tmp_path,
        host="127.0.0.1",
        worker=True,
        worker_poll_seconds=Settings.model_fields["worker_poll_seconds"].default,
        allow_private_destinations=True,
    )


def test_an_alert_reaches_customers_as_the_holding_statement_within_ten_seconds(
    server: LiveServer, smtp: LocalSmtpServer
) -> None:
    engine = make_engine(server.settings)
    with Session(engine, expire_on_commit=False) as session:
        # The server's worker is running: take the write lock first and wait for it (SQLite
        # refuses a deferred reader that turns writer while another one commits).
        begin_writes(session)
        customers(session, 3, attributes=IN_SCOPE)
        channel(
            session,
            server.settings,
            "customer email",
            "email",
            Audience.CUSTOMERS,
            {
                "host": "127.0.0.1",
                "port": smtp.port,
                "security": "none",
                "from_address": "Status <status@northwind.example>",
            },
        )
        _key, admin = make_api_key(session, role=Role.ADMIN)
        session.commit()
    engine.dispose()
    rule = {
        "match": {"service": "checkout"},
        "plan": "service-outage",
        "severity": "sev1",
        "products": ["Checkout"],
        "regions": ["EU"],
        "action": "open",
        "holding_statement": True,
    }
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        created = client.post(
            "/api/v1/alert-sources",
            json={"name": "prometheus", "kind": "alertmanager", "routes": [rule]},
            headers={"Authorization": f"Bearer {admin}"},
        )
        assert created.status_code == 201, created.text
        token = created.json()["secret"]
        started = time.monotonic()
        answer = client.post(
            "/api/v1/alerts/prometheus",
            content=FIXTURE.read_bytes(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        assert answer.status_code == 202 and answer.json()["counts"] == {"opened": 1}
        while len(smtp.behaviour.received) < 3 and time.monotonic() - started < 30:
            time.sleep(0.05)
        elapsed = time.monotonic() - started
    recipients = sorted(r for mail in smtp.behaviour.received for r in mail.recipients)
    assert recipients == ["c00001@example.com", "c00002@example.com", "c00003@example.com"]
    print(f"alert to holding statement in 3 inboxes: {elapsed:.2f} s")
    assert elapsed <= DEADLINE_SECONDS, f"{elapsed:.1f} s from the alert to the inboxes"
