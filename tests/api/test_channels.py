"""The channels HTTP contract: secrets never come back, private destinations are refused."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Broadcast, Delivery
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.principal import Role
from tests.broadcasts.factories import WEBHOOK_SECRET
from tests.factories import auth_headers

X_SECRETS = {
    "consumer_key": "ck-visible-nowhere",
    "consumer_secret": "cs-never-shown",
    "access_token": "at-never-shown",
    "access_token_secret": "ats-never-shown",
}


@pytest.fixture
def admin(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.ADMIN)


def create(client: TestClient, headers: dict[str, str], **body: Any) -> Any:
    return client.post("/api/v1/channels", json=body, headers=headers)


def test_secrets_are_stored_encrypted_and_never_returned(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    response = create(client, admin, name="X", kind="x", audience="public", settings=X_SECRETS)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["settings"] == {k: "***" for k in X_SECRETS}
    assert created["short_form"] is True
    for text in (response.text, client.get("/api/v1/channels", headers=admin).text):
        assert not any(secret in text for secret in X_SECRETS.values())
    stored = session.exec(select(ChannelConfig)).one()
    assert "cs-never-shown" not in stored.settings_encrypted
    # "***" sent back keeps the secret; a new value replaces it.
    patched = client.patch(
        f"/api/v1/channels/{created['id']}",
        json={"settings": {**{k: "***" for k in X_SECRETS}, "access_token": "at-new"}},
        headers=admin,
    )
    assert patched.status_code == 200, patched.text
    assert "at-new" not in patched.text


def test_a_kept_password_only_goes_where_it_went_before(
    client: TestClient, admin: dict[str, str]
) -> None:
    """Moving the SMTP host with the password kept ("***") would send it to that host."""
    values = {
        "host": "smtp.northwind.example",
        "port": 587,
        "username": "mailer",
        "password": "smtp-password",
        "from_address": "status@northwind.example",
    }
    created = create(
        client, admin, name="mail", kind="email", audience="customers", settings=values
    )
    assert created.status_code == 201, created.text
    url = f"/api/v1/channels/{created.json()['id']}"

    def patch(**changed: Any) -> Any:
        return client.patch(url, json={"settings": {**values, **changed}}, headers=admin)

    for moved in ({"host": "smtp.attacker.example"}, {"port": 2525}, {"username": "other"}):
        refused = patch(password="***", **moved)
        assert refused.status_code == 422, refused.text
        assert refused.json()["error"]["details"][0]["location"] == "body.settings.password"
    assert patch(password="***", from_address="news@northwind.example").status_code == 200
    assert patch(password="typed-again", host="smtp2.northwind.example").status_code == 200


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("webhook", {"url": "http://127.0.0.1:9/hook", "secret": WEBHOOK_SECRET}),
        ("webhook", {"url": "http://169.254.169.254/latest/meta-data", "secret": WEBHOOK_SECRET}),
        ("webhook", {"url": "http://10.1.2.3/hook", "secret": WEBHOOK_SECRET}),
        ("apprise", {"url": "json://192.168.1.20/notify"}),
        ("apprise", {"url": "json://[::1]:8080/notify"}),
    ],
)
def test_private_destinations_are_refused_at_save(
    client: TestClient, session: Session, admin: dict[str, str], kind: str, values: dict[str, str]
) -> None:
    response = create(client, admin, name="inside", kind=kind, audience="public", settings=values)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["location"] == "body.settings.url"
    assert session.exec(select(ChannelConfig)).first() is None


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"name": "a", "kind": "pigeon", "audience": "public", "settings": {}}, 422),
        ({"name": "a", "kind": "webhook", "audience": "public", "settings": {"url": "x"}}, 422),
        ({"name": "a", "kind": "dry-run", "audience": "everyone", "settings": {}}, 422),
        ({"name": "a", "kind": "email", "audience": "customers", "settings": {"port": 25}}, 422),
    ],
)
def test_bad_channels_are_422(
    client: TestClient, session: Session, admin: dict[str, str], body: dict[str, Any], status: int
) -> None:
    assert create(client, admin, **body).status_code == status
    assert session.exec(select(ChannelConfig)).first() is None


def test_only_admins_configure_and_names_are_unique(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    body = {"name": "rehearsal", "kind": "dry-run", "audience": "public", "settings": {}}
    refused = create(client, auth_headers(session, Role.COMMANDER), **body)
    assert refused.status_code == 403
    assert create(client, admin, **body).status_code == 201
    assert create(client, admin, **body).status_code == 409


def test_test_send_queues_one_delivery(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    email = create(
        client,
        admin,
        name="mail",
        kind="email",
        audience="customers",
        settings={
            "host": "127.0.0.1",
            "port": 2525,
            "security": "none",
            "from_address": "s@x.test",
        },
    ).json()
    missing = client.post(f"/api/v1/channels/{email['id']}/test", json={}, headers=admin)
    assert missing.status_code == 422
    header = client.post(
        f"/api/v1/channels/{email['id']}/test",
        json={"recipient": "a@x.test\r\nBcc: all@x.test"},
        headers=admin,
    )
    assert header.status_code == 422
    reserved = client.post(
        f"/api/v1/channels/{email['id']}/test", json={"recipient": "ops@x.test"}, headers=admin
    )
    assert reserved.status_code == 422  # email-validator: .test is a special-use name
    [detail] = reserved.json()["error"]["details"]
    assert detail["location"] == "body.recipient"
    assert detail["message"].startswith("'ops@x.test' is not a valid email address: ")
    queued = client.post(
        f"/api/v1/channels/{email['id']}/test", json={"recipient": "ops@example.com"}, headers=admin
    )
    assert queued.status_code == 202, queued.text
    broadcast = session.get(Broadcast, queued.json()["broadcast_id"])
    assert broadcast is not None and broadcast.kind == "test"
    assert len(session.exec(select(Delivery)).all()) == 1


def test_an_empty_smtp_username_means_no_login_and_a_lone_password_is_refused(
    client: TestClient, admin: dict[str, str]
) -> None:
    values = {
        "host": "smtp.northwind.example",
        "security": "starttls",
        "username": "",
        "password": "",
        "from_address": "status@northwind.example",
    }
    created = create(
        client, admin, name="relay", kind="email", audience="customers", settings=values
    )
    assert created.status_code == 201, created.text
    assert created.json()["settings"].get("username") is None
    refused = create(
        client,
        admin,
        name="half",
        kind="email",
        audience="customers",
        settings={**values, "password": "smtp-password"},
    )
    assert refused.status_code == 422, refused.text
    error = refused.json()["error"]
    assert error["details"][0]["location"].startswith("body.settings")
    assert "a password needs a username" in error["details"][0]["message"]


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("webhook", {"url": "https://hooks.example.invalid/crisis", "secret": WEBHOOK_SECRET}),
        (
            "mastodon",
            {"base_url": "https://mastodon.example.invalid", "access_token": "tok-123456"},
        ),
        ("apprise", {"url": "json://hooks.example.invalid/crisis"}),
    ],
)
def test_a_host_that_does_not_resolve_is_saved_with_a_warning(
    client: TestClient, session: Session, admin: dict[str, str], kind: str, values: dict[str, str]
) -> None:
    response = create(client, admin, name="later", kind=kind, audience="public", settings=values)

    assert response.status_code == 201, response.text
    (warning,) = response.json()["warnings"]
    assert "example.invalid does not resolve" in warning and "every send" in warning
    assert session.exec(select(ChannelConfig)).one().kind == kind
    shown = client.get(f"/api/v1/channels/{response.json()['id']}", headers=admin).json()
    assert shown["warnings"] == []  # a save's answer only
