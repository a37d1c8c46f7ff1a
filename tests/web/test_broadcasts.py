"""The broadcasts pages over HTTP: publishing to chosen audiences once, timed updates that can
be rescheduled or cancelled, progress and dry-run messages after the worker ran, dead
letters re-driven by commanders only, and bad input redisplayed beside its field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from crisiscomms.broadcasts import fanout
from crisiscomms.broadcasts.models import (
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
)
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.customers import suppressions
from crisiscomms.customers.models import ChannelKind, SuppressionReason
from crisiscomms.db import utc_now
from crisiscomms.flows import scheduled
from crisiscomms.principal import SYSTEM, Role
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.worker.delivery import DeliveryEngine, drain
from tests.broadcasts.factories import approved, channel, customers
from tests.commitments.factories import Scene, scene
from tests.conftest import bound_session
from tests.customers.factories import line, load
from tests.factories import make_user
from tests.web.helpers import page_sign_in

XSS_NAME = "<script>alert(1)</script> Ada"
IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"], "segment": "business"}


@pytest.fixture
def s(session: Session, settings: Settings) -> Scene:
    """An incident with dry-run channels for the public and the customers, and a customer."""
    found = scene(session)
    channel(session, settings, "public rehearsal", "dry-run", Audience.PUBLIC, {})
    channel(session, settings, "customer rehearsal", "dry-run", Audience.CUSTOMERS, {})
    customers(session, 1, name=XSS_NAME, attributes=IN_SCOPE)
    return found


@pytest.fixture
def worker(engine: Engine, connection: Connection, settings: Settings) -> Iterator[DeliveryEngine]:
    delivery = DeliveryEngine(
        engine, settings, name="page-test", sessions=lambda: bound_session(connection)
    )
    yield delivery
    delivery.close()


def run_worker(session: Session, delivery: DeliveryEngine) -> None:
    """Fan out, send everything due, mark finished broadcasts done."""
    while scheduled.fan_out(session, utc_now()):
        session.flush()
    drain(delivery)
    fanout.complete(session, utc_now())
    session.flush()


def _publish(client: TestClient, csrf: str, statement_id: int, **fields: object) -> object:
    return client.post(
        f"/statements/{statement_id}/publish",
        data={"csrf_token": csrf, **fields},
        follow_redirects=False,
    )


def _broadcasts(session: Session) -> list[Broadcast]:
    return list(session.exec(select(Broadcast).order_by(col(Broadcast.id))).all())


def test_publish_to_chosen_audiences_publishes_once(
    client: TestClient, session: Session, s: Scene
) -> None:
    statement = approved(session, s, now=utc_now())
    sid = statement.id or 0
    csrf = page_sign_in(client, s.commander.label)
    page = client.get(f"/statements/{sid}").text
    assert "Choose the audiences, or schedule a timed update" in page
    assert re.search(r'name="audiences" value="public" checked', page)
    assert re.search(r'name="audiences" value="internal">', page)  # not ticked by default

    first = _publish(client, csrf, sid, choose="1", audiences=["customers"])
    again = _publish(client, csrf, sid, choose="1", audiences=["customers"])
    assert first.headers["location"] == f"/statements/{sid}?notice=published"  # type: ignore[attr-defined]
    assert again.status_code == 303  # type: ignore[attr-defined]
    assert again.headers["location"] == f"/statements/{sid}?notice=already-broadcast"  # type: ignore[attr-defined]
    shown = client.get(again.headers["location"])  # type: ignore[attr-defined]
    assert shown.status_code == 200 and "nothing was sent twice" in shown.text
    assert "Broadcasts of this statement" in shown.text
    assert [b.audiences for b in _broadcasts(session)] == [["customers"]]
    session.refresh(statement)
    assert statement.status == StatementStatus.PUBLISHED

    # The plain button on a published statement, and more audiences later.
    assert _publish(client, csrf, sid).headers["location"].endswith("already-published")  # type: ignore[attr-defined]
    more = _publish(client, csrf, sid, choose="1", audiences=["public", "customers"])
    assert more.headers["location"].endswith("already-broadcast")  # type: ignore[attr-defined]
    more = _publish(client, csrf, sid, choose="1", audiences=["public"])
    assert more.headers["location"].endswith("notice=published")  # type: ignore[attr-defined]
    assert [b.audiences for b in _broadcasts(session)] == [["customers"], ["public"]]


def test_bad_publish_options_are_shown_beside_the_field(
    client: TestClient, session: Session, s: Scene
) -> None:
    sid = approved(session, s, now=utc_now()).id or 0
    csrf = page_sign_in(client, s.commander.label)
    none_chosen = _publish(client, csrf, sid, choose="1", scheduled_at="")
    assert none_chosen.status_code == 422  # type: ignore[attr-defined]
    assert 'id="audiences-error">choose at least one audience' in none_chosen.text  # type: ignore[attr-defined]
    bad_time = _publish(client, csrf, sid, choose="1", audiences=["public"], scheduled_at="soon<b>")
    html = bad_time.text  # type: ignore[attr-defined]
    assert bad_time.status_code == 422  # type: ignore[attr-defined]
    assert 'id="publish-scheduled-at-error">is not a time' in html
    assert 'value="soon&lt;b&gt;"' in html
    assert re.search(r'value="public" checked', html) and not re.search(
        r'value="customers" checked', html
    )
    unknown = _publish(client, csrf, sid, choose="1", audiences=["martians"])
    assert unknown.status_code == 422  # type: ignore[attr-defined]
    assert 'id="audiences-error">unknown audience' in unknown.text  # type: ignore[attr-defined]
    assert _broadcasts(session) == []
    statement = session.get(Statement, sid)
    assert statement is not None and statement.status == StatementStatus.APPROVED


def test_timed_update_can_be_rescheduled_and_cancelled(
    client: TestClient, session: Session, s: Scene
) -> None:
    sid = approved(session, s, now=utc_now()).id or 0
    csrf = page_sign_in(client, s.commander.label)
    later = (utc_now() + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    fields = {"choose": "1", "audiences": ["public", "customers"], "scheduled_at": later}
    first = _publish(client, csrf, sid, **fields)
    assert first.headers["location"].endswith("notice=scheduled")  # type: ignore[attr-defined]
    assert (
        _publish(client, csrf, sid, **fields)
        .headers["location"]
        .endswith(  # type: ignore[attr-defined]
            "already-broadcast"
        )
    )
    (broadcast,) = _broadcasts(session)
    assert broadcast.status == BroadcastStatus.SCHEDULED
    statement = session.get(Statement, sid)
    assert statement is not None and statement.status == StatementStatus.APPROVED

    path = f"/broadcasts/{broadcast.id}"
    page = client.get(path).text
    assert "Reschedule" in page and "Cancel broadcast" in page and "Scheduled for" in page
    control = client.get("/").text
    assert "Broadcasts in progress" in control and f'data-broadcast="{broadcast.id}"' in control

    short = client.post(f"{path}/cancel", data={"csrf_token": csrf, "reason": "x"})
    assert short.status_code == 422
    assert 'id="reason-error"' in short.text and 'value="x"' in short.text
    bad = client.post(f"{path}/reschedule", data={"csrf_token": csrf, "scheduled_at": "next week"})
    assert bad.status_code == 422
    assert 'id="scheduled_at-error"' in bad.text and 'value="next week"' in bad.text
    past = client.post(
        f"{path}/reschedule", data={"csrf_token": csrf, "scheduled_at": "2001-01-01 10:00"}
    )
    assert past.status_code == 422 and "in the future" in past.text
    moved = client.post(
        f"{path}/reschedule",
        data={"csrf_token": csrf, "scheduled_at": (utc_now() + timedelta(hours=3)).isoformat()},
    )
    assert moved.status_code == 200 and "Moved to the new time." in moved.text
    cancelled = client.post(
        f"{path}/cancel", data={"csrf_token": csrf, "reason": "Wrong <b>audience</b>"}
    )
    assert "Cancelled: nothing more of it is sent." in cancelled.text
    assert "Wrong &lt;b&gt;audience&lt;/b&gt;" in cancelled.text
    session.refresh(broadcast)
    assert broadcast.status == BroadcastStatus.CANCELLED
    again = client.post(f"{path}/cancel", data={"csrf_token": csrf, "reason": "twice over"})
    assert again.status_code == 409 and "nothing to cancel" in again.text


def test_progress_and_dry_run_messages_after_the_worker(
    client: TestClient, session: Session, s: Scene, worker: DeliveryEngine
) -> None:
    load(session, line("C00099", attributes=IN_SCOPE))  # in scope, but unsubscribed
    suppressions.suppress(
        session,
        kind=ChannelKind.EMAIL,
        address="c00099@example.com",
        reason=SuppressionReason.UNSUBSCRIBED,
        source="test",
        actor=SYSTEM,
        now=utc_now(),
    )
    sid = approved(session, s, now=utc_now()).id or 0
    csrf = page_sign_in(client, s.commander.label)
    assert _publish(client, csrf, sid).headers["location"].endswith("notice=published")  # type: ignore[attr-defined]
    (broadcast,) = _broadcasts(session)
    listing = client.get("/broadcasts").text
    assert f'data-broadcast="{broadcast.id}" data-live' in listing
    assert "(fan-out not started)" in listing

    run_worker(session, worker)
    session.refresh(broadcast)
    assert broadcast.status == BroadcastStatus.DONE
    api = client.get(f"/api/v1/broadcasts/{broadcast.id}")  # what app.js polls, by cookie
    assert api.status_code == 200
    progress = api.json()["progress"]
    assert progress["sent"] == progress["total"] == 2

    for path in ("/broadcasts", f"/incidents/{s.incident_id}/broadcasts"):
        html = client.get(path).text
        assert f'data-broadcast="{broadcast.id}" data-live' not in html
        assert re.search(r'<span data-count="sent">2</span> sent', html)
        assert '<progress max="2" value="2"' in html
    assert "Nothing is being sent right now" in client.get("/").text

    detail = client.get(f"/broadcasts/{broadcast.id}").text
    assert len(detail.encode()) < 200_000
    assert "Dry-run messages" in detail
    assert '<pre class="raw-email" tabindex="0">' in detail
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ada" in detail
    assert "<script>alert" not in detail
    assert "None: no delivery failed" in detail
    # The customer left out at fan-out is said apart from the counters, which agree.
    assert 'id="messages-expected">2<' in detail
    assert "1 customer in scope with no consent, no address or a suppressed address" in detail
    assert '<span data-count="suppressed">0</span> suppressed at sending' in detail


def test_dead_letters_show_attempts_and_only_commanders_redrive(
    client: TestClient, session: Session, s: Scene, worker: DeliveryEngine
) -> None:
    sid = approved(session, s, now=utc_now()).id or 0
    csrf = page_sign_in(client, s.commander.label)
    _publish(client, csrf, sid)
    run_worker(session, worker)
    (broadcast,) = _broadcasts(session)
    delivery = session.exec(select(Delivery).where(Delivery.recipient_id != 0)).one()
    delivery.status = DeliveryStatus.FAILED
    delivery.last_error = "550 <ada@example.com> mailbox unavailable"
    session.add(delivery)
    session.add(
        DeliveryAttempt(
            delivery_id=delivery.id or 0,
            number=2,
            outcome="permanent",
            detail="550 mailbox unavailable",
            log="RCPT TO:<ada@example.com>\n550 5.1.1 <script>x</script>",
            worker="w1",
            at=utc_now(),
        )
    )
    session.flush()
    path = f"/broadcasts/{broadcast.id}"
    client.post("/logout", data={"csrf_token": csrf})

    viewer_csrf = page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    seen = client.get(path).text
    assert f"Delivery #{delivery.id}" in seen
    assert "550 &lt;ada@example.com&gt; mailbox unavailable" in seen
    assert "550 5.1.1 &lt;script&gt;x&lt;/script&gt;" in seen
    assert "Re-drive" not in seen
    refused = client.post(f"{path}/redrive", data={"csrf_token": viewer_csrf})
    assert refused.status_code == 403
    assert client.post(f"{path}/cancel", data={"csrf_token": viewer_csrf}).status_code == 403
    client.post("/logout", data={"csrf_token": viewer_csrf})

    csrf = page_sign_in(client, s.commander.label)
    assert "Re-drive all 1 dead letters" in client.get(path).text
    wrong = client.post(f"{path}/redrive", data={"csrf_token": csrf, "delivery_id": "999999"})
    assert wrong.status_code == 404
    redriven = client.post(
        f"{path}/redrive", data={"csrf_token": csrf, "delivery_id": str(delivery.id)}
    )
    assert "Dead letters queued again" in redriven.text
    session.refresh(delivery)
    assert delivery.status == DeliveryStatus.RETRYING
    nothing = client.post(f"{path}/redrive", data={"csrf_token": csrf})
    assert "There was nothing to re-drive" in nothing.text


def test_signed_out_and_missing_broadcasts(client: TestClient, session: Session) -> None:
    response = client.get("/broadcasts", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fbroadcasts"
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    assert client.get("/broadcasts").status_code == 200
    missing = client.get("/broadcasts/987654")
    assert missing.status_code == 404 and "<!doctype html>" in missing.text
    assert client.get("/incidents/987654/broadcasts").status_code == 404
