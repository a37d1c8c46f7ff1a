"""The audit log over HTTP, and its append-only table."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from crisiscomms.audit import service as audit_service
from crisiscomms.db import utc_now
from crisiscomms.principal import SYSTEM, Role
from tests.factories import auth_headers

AUDIT = "/api/v1/audit"


@pytest.fixture
def admin(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.ADMIN)


def test_changes_are_audited_with_actor_target_before_and_after(
    client: TestClient, admin: dict[str, str]
) -> None:
    created = client.post(
        "/api/v1/users",
        json={"email": "a@example.org", "name": "A", "role": "viewer", "password": "x" * 12},
        headers=admin,
    ).json()
    client.patch(f"/api/v1/users/{created['id']}", json={"role": "comms"}, headers=admin)

    events = client.get(
        AUDIT, params={"target_type": "user", "target_id": created["id"]}, headers=admin
    )
    assert events.status_code == 200
    update, create = events.json()[:2]
    assert (update["action"], create["action"]) == ("user.update", "user.create")
    assert update["actor_type"] == "api_key"
    assert update["before"]["role"] == "viewer" and update["after"]["role"] == "comms"
    assert create["before"] is None and create["after"]["email"] == "a@example.org"
    assert update["request_id"]
    assert update["id"] > create["id"]  # newest first


def test_filters_and_paging(client: TestClient, session: Session, admin: dict[str, str]) -> None:
    for i in range(5):
        audit_service.record(
            session,
            actor=SYSTEM,
            action="test.ping",
            target_type="thing",
            target_id=i,
            now=utc_now(),
        )
    session.commit()
    events = audit_service.list_events(session, action="test.ping")
    assert [e.target_id for e in events] == ["4", "3", "2", "1", "0"]  # ids in recorded order
    ids = [e.id for e in events][::-1]
    page = client.get(AUDIT, params={"action": "test.ping", "limit": 2}, headers=admin).json()
    assert [e["id"] for e in page] == ids[::-1][:2]
    older = client.get(
        AUDIT, params={"action": "test.ping", "before_id": page[-1]["id"]}, headers=admin
    ).json()
    assert [e["id"] for e in older] == ids[::-1][2:]
    one = client.get(AUDIT, params={"target_type": "thing", "target_id": "3"}, headers=admin).json()
    assert [e["target_id"] for e in one] == ["3"]


@pytest.mark.parametrize(
    "params", [{"limit": 501}, {"limit": 0}, {"before_id": "x"}, {"before_id": 0}]
)
def test_bad_query_is_422(
    client: TestClient, admin: dict[str, str], params: dict[str, object]
) -> None:
    assert client.get(AUDIT, params=params, headers=admin).status_code == 422


def test_limit_of_500_is_allowed(client: TestClient, admin: dict[str, str]) -> None:
    assert client.get(AUDIT, params={"limit": 500}, headers=admin).status_code == 200


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"]
)
def test_the_database_refuses_to_change_the_audit_log(session: Session, statement: str) -> None:
    audit_service.record(
        session, actor=SYSTEM, action="test.keep", target_type="thing", target_id=1, now=utc_now()
    )
    with pytest.raises(DBAPIError, match="append-only"), session.begin_nested():
        session.connection().execute(text(statement))
    kept = session.connection().execute(
        text("SELECT count(*) FROM audit_event WHERE action = 'test.keep'")
    )
    assert kept.scalar_one() == 1
