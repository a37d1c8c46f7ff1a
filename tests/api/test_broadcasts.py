"""The broadcast HTTP contract: idempotency, roles, bad input, progress, dead letters."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from crisiscomms.broadcasts import idempotency
from crisiscomms.broadcasts import targets as broadcast_targets
from crisiscomms.broadcasts.models import (
    Broadcast,
    Delivery,
    DeliveryStatus,
    IdempotencyKey,
    IdempotencyState,
)
from crisiscomms.broadcasts.schemas import BroadcastCreate
from crisiscomms.db import utc_now
from crisiscomms.principal import Role
from crisiscomms.statements.models import Statement, StatementStatus
from tests.broadcasts.factories import approved
from tests.commitments.factories import Scene, draft, scene
from tests.factories import auth_headers, make_api_key


@pytest.fixture
def commander(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.COMMANDER)


@pytest.fixture
def ready(session: Session) -> tuple[Scene, Statement]:
    s = scene(session)
    return s, approved(session, s, now=utc_now())


def post(client: TestClient, headers: dict[str, str], body: Any, key: str | None = "k-1") -> Any:
    extra = {} if key is None else {"Idempotency-Key": key}
    return client.post("/api/v1/broadcasts", json=body, headers={**headers, **extra})


def count(session: Session, model: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def test_publish_now_is_202_and_a_repeat_returns_the_first_response(
    client: TestClient, session: Session, commander: dict[str, str], ready: tuple[Scene, Statement]
) -> None:
    _, statement = ready
    body = {"statement_id": statement.id, "audiences": ["public", "customers"]}
    first = post(client, commander, body)
    assert first.status_code == 202, first.text
    accepted = first.json()
    assert accepted["status"] == "queued" and accepted["broadcast_id"] > 0
    assert accepted["recipient_count"] == 0  # no channels configured yet
    again = post(client, commander, body)
    assert again.status_code == 202 and again.json() == accepted
    assert again.headers["Idempotent-Replayed"] == "true"
    assert count(session, Broadcast) == 1
    session.refresh(statement)
    assert statement.status == StatementStatus.PUBLISHED

    other = post(client, commander, {**body, "audiences": ["public"]})
    assert other.status_code == 422
    assert other.json()["error"]["details"][0]["location"] == "header.Idempotency-Key"
    assert count(session, Broadcast) == 1

    # Another key for the same statement and audience: refused, nothing sent twice.
    twice = post(client, commander, body, key="k-2")
    assert twice.status_code == 409 and "already broadcast" in twice.json()["error"]["message"]


def test_a_key_still_running_is_409(
    client: TestClient, session: Session, commander: dict[str, str], ready: tuple[Scene, Statement]
) -> None:
    _, statement = ready
    body = {"statement_id": statement.id}
    first = post(client, commander, body, key="busy")
    assert first.status_code == 202
    row = session.exec(select(IdempotencyKey).where(IdempotencyKey.key == "busy")).one()
    row.state, row.response_body = IdempotencyState.RUNNING, None
    row.locked_until = utc_now() + timedelta(minutes=1)
    session.add(row)
    session.flush()
    response = post(client, commander, body, key="busy")
    assert response.status_code == 409
    assert "still being processed" in response.json()["error"]["message"]


def test_a_key_left_running_by_a_crash_is_taken_over_once_its_lock_ran_out(
    client: TestClient, session: Session, ready: tuple[Scene, Statement]
) -> None:
    _, statement = ready
    api_key, token = make_api_key(session, role=Role.COMMANDER)
    body = {"statement_id": statement.id}
    now = utc_now()
    session.add(
        IdempotencyKey(
            scope=f"broadcast:api_key:{api_key.id}",
            key="crashed",
            request_hash=idempotency.request_hash(
                BroadcastCreate.model_validate(body).model_dump(mode="json")
            ),
            state=IdempotencyState.RUNNING,
            created_at=now - timedelta(minutes=2),
            locked_until=now - timedelta(seconds=1),
        )
    )
    session.flush()
    response = post(client, {"Authorization": f"Bearer {token}"}, body, key="crashed")
    assert response.status_code == 202, response.text
    row = session.exec(select(IdempotencyKey).where(IdempotencyKey.key == "crashed")).one()
    session.refresh(row)
    assert row.state == IdempotencyState.DONE and row.response_body == response.json()


@pytest.mark.parametrize(
    ("key", "message"),
    [(None, "header is required"), ("", "must be 1 to 255"), ("x" * 256, "must be 1 to 255")],
)
def test_missing_or_malformed_key_is_400(
    client: TestClient,
    session: Session,
    commander: dict[str, str],
    ready: tuple[Scene, Statement],
    key: str | None,
    message: str,
) -> None:
    response = post(client, commander, {"statement_id": ready[1].id}, key=key)
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]
    assert count(session, Broadcast) == 0


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COMMS, Role.APPROVER])
def test_only_a_commander_broadcasts(
    client: TestClient, session: Session, ready: tuple[Scene, Statement], role: Role
) -> None:
    response = post(client, auth_headers(session, role), {"statement_id": ready[1].id})
    assert response.status_code == 403
    assert count(session, Broadcast) == 0


def test_bad_requests_name_the_field_and_change_nothing(
    client: TestClient, session: Session, commander: dict[str, str], ready: tuple[Scene, Statement]
) -> None:
    s, statement = ready
    unknown = post(client, commander, {"statement_id": 999999}, key="a")
    assert unknown.status_code == 422
    assert unknown.json()["error"]["details"][0]["location"] == "body.statement_id"
    audience = post(client, commander, {"statement_id": statement.id, "audiences": ["fans"]}, "b")
    assert audience.status_code == 422
    assert audience.json()["error"]["details"][0]["location"] == "body.audiences.0"
    naive = post(
        client,
        commander,
        {"statement_id": statement.id, "scheduled_at": "2030-01-01T10:00:00"},
        "c",
    )
    assert naive.status_code == 422
    past = post(
        client,
        commander,
        {"statement_id": statement.id, "scheduled_at": "2020-01-01T10:00:00Z"},
        "e",
    )
    assert past.status_code == 422
    assert past.json()["error"]["details"][0]["location"] == "body.scheduled_at"
    unapproved = draft(session, s.incident_id, s.author, now=utc_now())
    refused = post(client, commander, {"statement_id": unapproved.id}, key="d")
    assert refused.status_code == 409
    assert "only an approved statement" in refused.json()["error"]["message"]
    assert count(session, Broadcast) == 0
    assert count(session, IdempotencyKey) == 0  # failed requests free their keys
    session.refresh(statement)
    assert statement.status == StatementStatus.APPROVED
    # The key of a refused request can be used again once the request is corrected.
    fixed = post(client, commander, {"statement_id": statement.id}, key="b")
    assert fixed.status_code == 202


def test_a_timed_update_waits_and_can_be_moved_or_cancelled(
    client: TestClient, session: Session, commander: dict[str, str], ready: tuple[Scene, Statement]
) -> None:
    _, statement = ready
    later = (utc_now() + timedelta(hours=1)).isoformat()
    response = post(client, commander, {"statement_id": statement.id, "scheduled_at": later})
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["status"] == "scheduled"
    session.refresh(statement)
    assert statement.status == StatementStatus.APPROVED  # published only at its time
    path = f"/api/v1/broadcasts/{accepted['broadcast_id']}"
    past = (utc_now() - timedelta(hours=1)).isoformat()
    moved = client.post(f"{path}/reschedule", json={"scheduled_at": past}, headers=commander)
    assert moved.status_code == 422
    cancelled = client.post(
        f"{path}/cancel", json={"reason": "superseded by events"}, headers=commander
    )
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    again = client.post(f"{path}/cancel", json={"reason": "twice"}, headers=commander)
    assert again.status_code == 409


def test_progress_dead_letters_and_redrive(
    client: TestClient, session: Session, commander: dict[str, str], ready: tuple[Scene, Statement]
) -> None:
    from crisiscomms.channels.models import Audience
    from tests.broadcasts.factories import channel
    from tests.conftest import test_settings

    settings = test_settings("sqlite://")
    dry = channel(session, settings, "rehearsal", "dry-run", Audience.PUBLIC, {})
    _, statement = ready
    accepted = post(client, commander, {"statement_id": statement.id, "audiences": ["public"]})
    broadcast_id = accepted.json()["broadcast_id"]
    assert accepted.json()["recipient_count"] == 1
    session.add(
        Delivery(
            broadcast_id=broadcast_id,
            channel_id=dry.id or 0,
            recipient_id=0,
            status=DeliveryStatus.FAILED,
            attempts=8,
            next_attempt_at=utc_now(),
            last_error="550 gave up",
        )
    )
    session.flush()
    read = client.get(f"/api/v1/broadcasts/{broadcast_id}", headers=commander).json()
    assert read["progress"]["failed"] == 1 and read["progress"]["total"] == 1
    listed = client.get("/api/v1/broadcasts", headers=commander).json()
    assert [b["progress"] for b in listed if b["id"] == broadcast_id] == [read["progress"]]
    # A list counts every broadcast's deliveries in one query, as each alone counts them.
    from crisiscomms.broadcasts.progress import progress, progress_of
    from crisiscomms.broadcasts.schemas import Progress

    counted = progress_of(session, [broadcast_id, broadcast_id + 1000])
    assert counted == {
        broadcast_id: progress(session, broadcast_id),
        broadcast_id + 1000: Progress(),
    }
    dead = client.get("/api/v1/deliveries", headers=commander).json()
    assert [d["last_error"] for d in dead] == ["550 gave up"]
    redriven = client.post(
        "/api/v1/deliveries/redrive", json={"broadcast_id": broadcast_id}, headers=commander
    )
    assert redriven.status_code == 200 and redriven.json() == {"requeued": 1}
    assert client.get("/api/v1/deliveries", headers=commander).json() == []
    empty = client.post("/api/v1/deliveries/redrive", json={}, headers=commander)
    assert empty.status_code == 422


HUGE = [2**31, 2**63]
"""Past an INTEGER column (PostgreSQL: "integer out of range") and past any SQLite integer."""


@pytest.mark.parametrize("huge", HUGE)
@pytest.mark.parametrize(
    ("method", "path", "body", "location"),
    [
        ("POST", "/broadcasts", {"statement_id": "{n}"}, "body.statement_id"),
        ("GET", "/broadcasts/{n}", None, "path.broadcast_id"),
        ("POST", "/broadcasts/{n}/cancel", {"reason": "not needed"}, "path.broadcast_id"),
        (
            "POST",
            "/broadcasts/{n}/reschedule",
            {"scheduled_at": "2030-01-01T10:00:00Z"},
            "path.broadcast_id",
        ),
        ("POST", "/deliveries/redrive", {"broadcast_id": "{n}"}, "body.broadcast_id"),
        ("GET", "/broadcasts?incident_id={n}", None, "query.incident_id"),
        ("GET", "/deliveries?broadcast_id={n}", None, "query.broadcast_id"),
        ("GET", "/dry-run?channel_id={n}", None, "query.channel_id"),
    ],
)
def test_an_id_beyond_its_column_is_422_naming_it(
    client: TestClient,
    session: Session,
    commander: dict[str, str],
    huge: int,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    location: str,
) -> None:
    json = None if body is None else {k: huge if v == "{n}" else v for k, v in body.items()}
    response = client.request(
        method,
        "/api/v1" + path.replace("{n}", str(huge)),
        json=json,
        headers={**commander, "Idempotency-Key": "huge"},
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["location"] == location
    assert count(session, IdempotencyKey) == 0


@pytest.mark.parametrize(
    ("path", "body", "location"),
    [
        ("/deliveries/{n}/attempts", None, "path.delivery_id"),
        ("/deliveries/redrive", {"delivery_ids": [1, 2**63]}, "body.delivery_ids.1"),
        ("/dry-run?offset={n}", None, "query.offset"),
    ],
)
def test_a_delivery_id_beyond_bigint_is_422_naming_it(
    client: TestClient,
    commander: dict[str, str],
    path: str,
    body: dict[str, Any] | None,
    location: str,
) -> None:
    url = "/api/v1" + path.replace("{n}", str(2**63))
    if body is None:
        response = client.get(url, headers=commander)
    else:
        response = client.post(url, json=body, headers=commander)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["location"] == location


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:30:00+01:00"])
def test_a_time_with_no_utc_equivalent_is_422_and_the_key_stays_free(
    client: TestClient,
    session: Session,
    commander: dict[str, str],
    ready: tuple[Scene, Statement],
    when: str,
) -> None:
    _, statement = ready
    refused = post(client, commander, {"statement_id": statement.id, "scheduled_at": when})
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["details"][0]["location"] == "body.scheduled_at"
    assert "no UTC equivalent" in refused.json()["error"]["message"]
    later = (utc_now() + timedelta(hours=1)).isoformat()
    fixed = post(client, commander, {"statement_id": statement.id, "scheduled_at": later})
    assert fixed.status_code == 202, fixed.text
    path = f"/api/v1/broadcasts/{fixed.json()['broadcast_id']}/reschedule"
    moved = client.post(path, json={"scheduled_at": when}, headers=commander)
    assert moved.status_code == 422, moved.text
    assert moved.json()["error"]["details"][0]["location"] == "body.scheduled_at"


def test_an_unexpected_error_gives_the_key_back_and_keeps_nothing(
    client: TestClient,
    session: Session,
    commander: dict[str, str],
    ready: tuple[Scene, Statement],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, statement = ready
    failures = iter([RuntimeError("the database went away")])

    def count_messages(*args: Any, **kwargs: Any) -> int:
        # Fails once, after the statement was published in the request's transaction.
        raise next(failures)

    real = broadcast_targets.count_messages
    monkeypatch.setattr(broadcast_targets, "count_messages", count_messages)
    body = {"statement_id": statement.id, "audiences": ["public"]}
    failed = post(client, commander, body, key="retry-me")
    assert failed.status_code == 500
    assert count(session, IdempotencyKey) == 0
    assert count(session, Broadcast) == 0
    session.refresh(statement)
    assert statement.status == StatementStatus.APPROVED  # the publish was rolled back too
    monkeypatch.setattr(broadcast_targets, "count_messages", real)
    again = post(client, commander, body, key="retry-me")
    assert again.status_code == 202, again.text
    assert "Idempotent-Replayed" not in again.headers
