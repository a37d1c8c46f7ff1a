"""Broadcast requests racing each other and the worker, on PostgreSQL with real transactions.

Each test holds one transaction open in the test (a request, a retry, a fan-out step) and
sends the competing request through the API from a thread; the request must wait for the
transaction and then see what it wrote. The data is committed, so each test has a database
of its own; SQLite serialises writers (BEGIN IMMEDIATE), so there is nothing to race there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from crisiscomms.broadcasts import idempotency
from crisiscomms.broadcasts.models import (
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryStatus,
    IdempotencyKey,
    IdempotencyState,
)
from crisiscomms.broadcasts.schemas import BroadcastCreate
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.main import create_app
from crisiscomms.principal import Role
from crisiscomms.statements.models import Statement
from tests import conftest
from tests.broadcasts.factories import approved, channel, customers
from tests.commitments.factories import Scene, scene
from tests.conftest import wait_blocked
from tests.factories import make_api_key

pytestmark = pytest.mark.postgres
IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"]}


def meanwhile(engine: Engine, hold: Session, call: Callable[[], Any]) -> Any:
    """Run `call` in a thread while `hold` keeps its transaction open; commit; its result."""
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(call()))
    thread.start()
    wait_blocked(engine, thread)
    hold.commit()
    thread.join(30)
    assert out, "the competing call did not finish"
    return out[0]


@dataclass
class World:
    engine: Engine
    settings: Settings
    client: TestClient
    scene: Scene
    statement_id: int
    headers: dict[str, str]
    scope: str

    def post(self, path: str, body: dict[str, Any], key: str | None = None) -> httpx.Response:
        extra = {} if key is None else {"Idempotency-Key": key}
        response: httpx.Response = self.client.post(
            f"/api/v1{path}", json=body, headers={**self.headers, **extra}
        )
        return response


@pytest.fixture
def world(own_postgres: Engine) -> Iterator[World]:
    """An approved statement, a public and a customer channel, a commander's API key."""
    engine = own_postgres
    settings = conftest.test_settings(
        engine.url.render_as_string(hide_password=False), allow_private_destinations=True
    )
    with Session(engine, expire_on_commit=False) as session:
        s = scene(session)
        statement = approved(session, s, now=utc_now())
        channel(session, settings, "public rehearsal", "dry-run", Audience.PUBLIC, {})
        channel(session, settings, "customer rehearsal", "dry-run", Audience.CUSTOMERS, {})
        customers(session, 5, attributes=IN_SCOPE)
        key, token = make_api_key(session, role=Role.COMMANDER)
        session.commit()
    app = create_app(settings, engine=engine, run_startup=False)
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as client:
        yield World(
            engine=engine,
            settings=settings,
            client=client,
            scene=s,
            statement_id=statement.id or 0,
            headers={"Authorization": f"Bearer {token}"},
            scope=f"broadcast:api_key:{key.id}",
        )


def broadcasts_of(engine: Engine, statement_id: int) -> list[Broadcast]:
    with Session(engine) as session:
        return list(session.exec(select(Broadcast).where(Broadcast.statement_id == statement_id)))


def test_two_requests_cannot_both_schedule_a_statement_to_an_audience(world: World) -> None:
    later = utc_now() + timedelta(hours=1)
    with Session(world.engine) as first:
        broadcast_flow.create_broadcast(
            first,
            statement_id=world.statement_id,
            audiences=["public"],
            scheduled_at=later,
            actor=world.scene.commander,
            now=utc_now(),
        )
        body = {
            "statement_id": world.statement_id,
            "audiences": ["public"],
            "scheduled_at": later.isoformat(),
        }
        second = meanwhile(world.engine, first, lambda: world.post("/broadcasts", body, "k-2"))
    assert second.status_code == 409, second.text
    assert second.json()["error"]["code"] == "already_broadcast"
    assert len(broadcasts_of(world.engine, world.statement_id)) == 1


def test_publishing_now_waits_for_a_schedule_of_the_same_statement(world: World) -> None:
    with Session(world.engine) as first:
        broadcast_flow.create_broadcast(
            first,
            statement_id=world.statement_id,
            audiences=["public", "customers"],
            scheduled_at=utc_now() + timedelta(hours=1),
            actor=world.scene.commander,
            now=utc_now(),
        )
        body = {"statement_id": world.statement_id, "audiences": ["customers"]}
        second = meanwhile(world.engine, first, lambda: world.post("/broadcasts", body, "now"))
    assert second.status_code == 409, second.text
    assert len(broadcasts_of(world.engine, world.statement_id)) == 1
    with Session(world.engine) as session:
        statement = session.get(Statement, world.statement_id)
        assert statement is not None and statement.status == "approved"


def test_two_retries_of_a_crashed_request_take_its_key_over_once(world: World) -> None:
    body = {"statement_id": world.statement_id, "audiences": ["public"]}
    fingerprint = idempotency.request_hash(
        BroadcastCreate.model_validate(body).model_dump(mode="json")
    )
    now = utc_now()
    with Session(world.engine) as session:
        session.add(
            IdempotencyKey(
                scope=world.scope,
                key="crashed",
                request_hash=fingerprint,
                state=IdempotencyState.RUNNING,
                created_at=now - timedelta(minutes=2),
                locked_until=now - timedelta(minutes=1),  # its request died a minute ago
            )
        )
        session.commit()
    with Session(world.engine) as first:
        # The first retry has taken the key over and not yet committed.
        idempotency.begin(
            first, scope=world.scope, key="crashed", fingerprint=fingerprint, now=utc_now()
        )
        second = meanwhile(world.engine, first, lambda: world.post("/broadcasts", body, "crashed"))
    assert second.status_code == 409, second.text
    assert "still being processed" in second.json()["error"]["message"]
    assert broadcasts_of(world.engine, world.statement_id) == []


def test_cancel_waits_for_a_fan_out_step_and_cancels_what_it_wrote(world: World) -> None:
    now = utc_now()
    with Session(world.engine) as session:
        broadcast = broadcast_flow.create_broadcast(
            session,
            statement_id=world.statement_id,
            audiences=["customers"],
            scheduled_at=None,
            actor=world.scene.commander,
            now=now,
        )
        broadcast_id = broadcast.id
        session.commit()
        assert scheduled.fan_out(session, now)  # the first step: the channel rows
        session.commit()
    with Session(world.engine) as step:
        scheduled.fan_out(step, now)  # a chunk: one row per customer, not committed yet
        assert step.exec(select(func.count()).select_from(Delivery)).one() == 5
        cancel = {"reason": "wrong audience"}
        answer = meanwhile(
            world.engine, step, lambda: world.post(f"/broadcasts/{broadcast_id}/cancel", cancel)
        )
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "cancelled"
    with Session(world.engine) as session:
        statuses = session.exec(
            select(Delivery.status, func.count())
            .where(Delivery.broadcast_id == broadcast_id)
            .group_by(Delivery.status)
        ).all()
    assert dict(statuses) == {DeliveryStatus.CANCELLED: 5}


def test_reschedule_waits_for_the_scheduled_publish(world: World) -> None:
    at = utc_now() + timedelta(minutes=10)
    with Session(world.engine) as session:
        broadcast = broadcast_flow.create_broadcast(
            session,
            statement_id=world.statement_id,
            audiences=["public"],
            scheduled_at=at,
            actor=world.scene.commander,
            now=utc_now(),
        )
        broadcast_id = broadcast.id
        session.commit()
    with Session(world.engine) as step:
        assert scheduled.fan_out(step, at + timedelta(seconds=1))  # its time: published, queued
        later = {"scheduled_at": (utc_now() + timedelta(hours=2)).isoformat()}
        answer = meanwhile(
            world.engine,
            step,
            lambda: world.post(f"/broadcasts/{broadcast_id}/reschedule", later),
        )
    assert answer.status_code == 409, answer.text
    with Session(world.engine) as session:
        stored = session.get(Broadcast, broadcast_id)
        assert stored is not None
        assert stored.status != BroadcastStatus.SCHEDULED and stored.scheduled_at == at
