"""The channels pages over HTTP: roles, secrets never written into a page, settings errors
beside their field with the input kept, edit keeping a secret, switches and test sends."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Broadcast, Delivery
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.principal import Role
from tests.broadcasts.factories import WEBHOOK_SECRET
from tests.factories import make_user
from tests.web.helpers import page_sign_in

PUBLIC_HOOK = "https://93.184.215.14/hooks/crisis"
"""An address literal on the public internet: the netguard accepts it without DNS."""
SMTP_PASSWORD = "smtp-pass-Zq81-very-secret"


@pytest.fixture
def admin_csrf(client: TestClient, session: Session) -> str:
    return page_sign_in(client, make_user(session, role=Role.ADMIN).email)


def _create(client: TestClient, csrf: str, kind: str, **fields: str) -> object:
    data = {
        "csrf_token": csrf,
        "kind": kind,
        "name": f"{kind} channel",
        "audience": "customers",
        "quarantine_after": "5",
        "enabled": "1",
        **fields,
    }
    return client.post("/channels", data=data, follow_redirects=False)


def _only_channel(session: Session) -> ChannelConfig:
    channels = session.exec(select(ChannelConfig)).all()
    assert len(channels) == 1
    return channels[0]


def _assert_page_ok(html: str) -> None:
    assert len(html.encode()) < 200_000
    assert "Traceback" not in html


def test_signed_out_goes_to_login_and_roles_are_checked(
    client: TestClient, session: Session
) -> None:
    response = client.get("/channels", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fchannels"
    csrf = page_sign_in(client, make_user(session, role=Role.COMMANDER).email)
    listing = client.get("/channels")
    assert listing.status_code == 200
    assert "Add a channel" not in listing.text  # only admins change channels
    assert client.get("/channels/new?kind=webhook").status_code == 403
    refused = _create(client, csrf, "dry-run")
    assert refused.status_code == 403  # type: ignore[attr-defined]
    assert session.exec(select(ChannelConfig)).all() == []


def test_webhook_secret_never_reaches_a_page_and_empty_keeps_it(
    client: TestClient, session: Session, settings: Settings, admin_csrf: str
) -> None:
    form = client.get("/channels/new?kind=webhook")
    assert form.status_code == 200
    assert re.search(r'<label for="f-settings-url">URL', form.text)
    assert re.search(
        r'<input id="f-settings-secret" name="settings.secret" type="password"', form.text
    )
    created = _create(
        client,
        admin_csrf,
        "webhook",
        name="Partner <b>hook</b>",
        **{"settings.url": PUBLIC_HOOK, "settings.secret": WEBHOOK_SECRET},
    )
    assert created.status_code == 303, created.text  # type: ignore[attr-defined]
    channel = _only_channel(session)
    assert created.headers["location"] == f"/channels/{channel.id}?notice=created"  # type: ignore[attr-defined]
    for path in ("/channels", f"/channels/{channel.id}", "/"):
        html = client.get(path).text
        assert WEBHOOK_SECRET not in html, path
        assert WEBHOOK_SECRET.removeprefix("whsec_") not in html, path
        _assert_page_ok(html)
    detail = client.get(f"/channels/{channel.id}").text
    assert "Partner &lt;b&gt;hook&lt;/b&gt;" in detail and "<b>hook" not in detail
    assert "secret: <code>***</code>" in detail
    assert re.search(r'name="settings.secret" type="password" autocomplete="new-password"', detail)

    # Saved with the secret left empty: the URL changes, the stored secret stays.
    saved = client.post(
        f"/channels/{channel.id}",
        data={
            "csrf_token": admin_csrf,
            "name": "Partner hook",
            "audience": "public",
            "quarantine_after": "3",
            "settings.url": PUBLIC_HOOK + "/v2",
            "settings.secret": "",
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303, saved.text
    session.refresh(channel)
    clear = channel_service.decrypted_settings(session, channel, settings, now=utc_now())
    assert clear == {"url": PUBLIC_HOOK + "/v2", "secret": WEBHOOK_SECRET}
    assert channel.audience == "public" and channel.quarantine_after == 3


def test_private_url_is_refused_beside_the_field_with_input_kept(
    client: TestClient, session: Session, admin_csrf: str
) -> None:
    private = "http://127.0.0.1:8080/hook"
    response = _create(
        client,
        admin_csrf,
        "webhook",
        name="Internal hook",
        **{"settings.url": private, "settings.secret": WEBHOOK_SECRET},
    )
    html = response.text  # type: ignore[attr-defined]
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert re.search(r'<p class="field-error" id="f-settings-url-error">[^<]*refused', html)
    assert f'value="{private}"' in html
    assert 'value="Internal hook"' in html
    assert WEBHOOK_SECRET not in html
    assert session.exec(select(ChannelConfig)).all() == []


def test_a_secret_apprise_url_is_masked_in_the_error(client: TestClient, admin_csrf: str) -> None:
    token = "json://10.20.30.40/TopSecretToken9876"
    response = _create(client, admin_csrf, "apprise", **{"settings.url": token})
    html = response.text  # type: ignore[attr-defined]
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert 'id="f-settings-url-error"' in html
    assert "TopSecretToken9876" not in html and "10.20.30.40" not in html
    assert 'value="apprise channel"' in html


@pytest.mark.parametrize(
    ("fields", "error_id", "kept"),
    [
        (
            {"settings.host": "smtp.example.test", "settings.port": "not a port"},
            "f-settings-port-error",
            'value="not a port"',
        ),
        (
            {"settings.host": "smtp.example.test", "settings.from_address": "x"},
            "f-settings-from_address-error",
            'value="smtp.example.test"',
        ),
        (
            {"settings.host": "", "settings.from_address": "status@example.test"},
            "f-settings-host-error",
            'value="status@example.test"',
        ),
        (
            {"settings.host": "h.example.test", "quarantine_after": "0"},
            "f-quarantine_after-error",
            'value="0"',
        ),
        (
            {"settings.host": "h.example.test", "audience": "everyone"},
            "f-audience-error",
            'value="h.example.test"',
        ),
    ],
)
def test_bad_email_settings_redisplay_beside_the_field(
    client: TestClient,
    admin_csrf: str,
    fields: dict[str, str],
    error_id: str,
    kept: str,
) -> None:
    data = {"settings.password": SMTP_PASSWORD, "settings.security": "starttls", **fields}
    data.setdefault("settings.from_address", "status@example.test")
    response = _create(client, admin_csrf, "email", **data)
    html = response.text  # type: ignore[attr-defined]
    assert response.status_code == 422, html[:2000]  # type: ignore[attr-defined]
    assert f'id="{error_id}"' in html
    assert kept in html
    assert SMTP_PASSWORD not in html


def test_password_without_tls_is_a_form_error_and_never_echoed(
    client: TestClient, admin_csrf: str
) -> None:
    response = _create(
        client,
        admin_csrf,
        "email",
        **{
            "settings.host": "smtp.example.test",
            "settings.security": "none",
            "settings.username": "mailer",  # a lone password is an error of its own
            "settings.password": SMTP_PASSWORD,
            "settings.from_address": "status@example.test",
        },
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "only sent over TLS" in response.text  # type: ignore[attr-defined]
    assert SMTP_PASSWORD not in response.text  # type: ignore[attr-defined]


def test_duplicate_name_is_shown_beside_the_name(
    client: TestClient, session: Session, admin_csrf: str
) -> None:
    assert _create(client, admin_csrf, "dry-run", name="Rehearsal").status_code == 303  # type: ignore[attr-defined]
    again = _create(client, admin_csrf, "dry-run", name="Rehearsal")
    assert again.status_code == 409  # type: ignore[attr-defined]
    assert re.search(r'id="f-name-error">a channel named', again.text)  # type: ignore[attr-defined]


def test_switch_release_and_test_send(
    client: TestClient, session: Session, admin_csrf: str
) -> None:
    created = _create(
        client,
        admin_csrf,
        "email",
        name="Customer email",
        **{
            "settings.host": "smtp.example.test",
            "settings.username": "mailer",
            "settings.password": SMTP_PASSWORD,
            "settings.from_address": "status@example.test",
        },
    )
    assert created.status_code == 303, created.text  # type: ignore[attr-defined]
    channel = _only_channel(session)
    base = f"/channels/{channel.id}"
    page = client.get(base).text
    assert SMTP_PASSWORD not in page
    assert '<label for="f-recipient">Send the test email to' in page

    off = client.post(f"{base}/enabled", data={"csrf_token": admin_csrf, "enabled": "false"})
    assert off.status_code == 200 and "Channel disabled" in off.text
    session.refresh(channel)
    assert channel.enabled is False
    on = client.post(f"{base}/enabled", data={"csrf_token": admin_csrf, "enabled": "true"})
    assert "Channel enabled." in on.text

    not_quarantined = client.post(f"{base}/release", data={"csrf_token": admin_csrf})
    assert not_quarantined.status_code == 409
    assert "is not quarantined" in not_quarantined.text
    channel.quarantined_at = utc_now()
    channel.quarantine_reason = "5 failures: 550 <mailbox> unavailable"
    channel.consecutive_failures = 5
    session.add(channel)
    session.flush()
    listing = client.get("/channels").text
    assert "quarantined" in listing and "550 &lt;mailbox&gt; unavailable" in listing
    released = client.post(f"{base}/release", data={"csrf_token": admin_csrf})
    assert "Quarantine lifted" in released.text
    session.refresh(channel)
    assert channel.quarantined_at is None and channel.consecutive_failures == 0

    bad = client.post(f"{base}/test", data={"csrf_token": admin_csrf, "recipient": "nobody"})
    assert bad.status_code == 422
    assert 'id="f-recipient-error"' in bad.text and 'value="nobody"' in bad.text
    assert session.exec(select(Broadcast)).all() == []
    sent = client.post(
        f"{base}/test",
        data={"csrf_token": admin_csrf, "recipient": "ops@example.com"},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    broadcast = session.exec(select(Broadcast)).one()
    assert sent.headers["location"] == f"/broadcasts/{broadcast.id}?notice=test-queued"
    assert len(session.exec(select(Delivery)).all()) == 1
    shown = client.get(sent.headers["location"]).text
    assert "Test queued" in shown and "(test send)" in shown
    assert f'data-broadcast="{broadcast.id}" data-live' in shown


def test_viewer_cannot_change_a_channel(
    client: TestClient, session: Session, settings: Settings
) -> None:
    admin = make_user(session, role=Role.ADMIN)
    csrf = page_sign_in(client, admin.email)
    assert _create(client, csrf, "dry-run", name="Rehearsal").status_code == 303  # type: ignore[attr-defined]
    channel = _only_channel(session)
    client.post("/logout", data={"csrf_token": csrf})
    csrf = page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    page = client.get(f"/channels/{channel.id}")
    assert page.status_code == 200 and "Send a test" not in page.text
    for action, data in (
        ("", {"name": "Renamed", "audience": "public"}),
        ("/enabled", {"enabled": "false"}),
        ("/release", {}),
        ("/test", {}),
    ):
        response = client.post(f"/channels/{channel.id}{action}", data={"csrf_token": csrf, **data})
        assert response.status_code == 403, action
    session.refresh(channel)
    assert channel.name == "Rehearsal" and channel.enabled


@pytest.mark.parametrize(
    ("kind", "secret_field", "secret", "fields"),
    [
        (
            "mastodon",
            "access_token",
            "mastodon-token-Zq81-secret",
            {"settings.base_url": "https://93.184.215.14"},
        ),
        (
            "bluesky",
            "app_password",
            "abcd-efgh-ijkl-mnop",
            {"settings.handle": "status.example.com", "settings.base_url": "https://93.184.215.14"},
        ),
        (
            "threads",
            "access_token",
            "THAAthreadstoken0123456789",
            {"settings.base_url": "https://93.184.215.14"},
        ),
        (
            "facebook",
            "page_access_token",
            "EAAGpagetoken0123456789abcdef",
            {"settings.page_id": "1048576", "settings.base_url": "https://93.184.215.14"},
        ),
        (
            "linkedin",
            "access_token",
            "AQVlinkedintoken0123456789",
            {"settings.organization_id": "5515715", "settings.base_url": "https://93.184.215.14"},
        ),
    ],
)
def test_each_social_network_has_a_form_that_keeps_its_token_out_of_pages(
    client: TestClient,
    session: Session,
    settings: Settings,
    admin_csrf: str,
    kind: str,
    secret_field: str,
    secret: str,
    fields: dict[str, str],
) -> None:
    form = client.get(f"/channels/new?kind={kind}")
    assert form.status_code == 200
    assert re.search(
        rf'<input id="f-settings-{secret_field}" name="settings.{secret_field}" type="password"',
        form.text,
    )
    assert 'name="settings.base_url"' in form.text
    created = _create(client, admin_csrf, kind, **fields, **{f"settings.{secret_field}": secret})
    assert created.status_code == 303, created.text  # type: ignore[attr-defined]
    channel = _only_channel(session)
    assert channel.kind == kind
    for path in ("/channels", f"/channels/{channel.id}"):
        assert secret not in client.get(path).text, path
    clear = channel_service.decrypted_settings(session, channel, settings, now=utc_now())
    assert clear[secret_field] == secret
    assert channel.short_form == (kind in ("mastodon", "bluesky", "threads"))


def test_a_social_api_address_on_a_private_network_is_refused_beside_the_field(
    client: TestClient, session: Session, admin_csrf: str
) -> None:
    response = _create(
        client,
        admin_csrf,
        "mastodon",
        **{"settings.base_url": "http://10.1.2.3", "settings.access_token": "tok-Zq81-secret-x"},
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert "tok-Zq81-secret-x" not in html
    assert "10.1.2.3" in html and "private" in html.lower()
    assert session.exec(select(ChannelConfig)).all() == []


def test_a_host_that_does_not_resolve_is_saved_with_a_warning_on_the_page(
    client: TestClient, session: Session, admin_csrf: str
) -> None:
    created = _create(
        client,
        admin_csrf,
        "webhook",
        **{"settings.url": "https://hooks.example.invalid/x", "settings.secret": WEBHOOK_SECRET},
    )
    assert created.status_code == 303, created.text  # type: ignore[attr-defined]
    location = created.headers["location"]  # type: ignore[attr-defined]
    assert location.endswith("?notice=unresolved")
    assert "does not resolve now" in client.get(location).text
    assert _only_channel(session).kind == "webhook"
