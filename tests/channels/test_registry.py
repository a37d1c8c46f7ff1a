"""The registry: every kind builds, settings are validated, secrets are never shown."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from crisiscomms.channels import (
    REGISTRY,
    build_channel,
    public_settings,
    sample_message,
    validate_settings,
)
from crisiscomms.channels.base import Channel, Outcome
from crisiscomms.channels.registry import merge_shown
from crisiscomms.config import Settings
from crisiscomms.errors import ValidationFailed
from tests.channels.fake_x import FakeX
from tests.channels.servers import LocalHttpServer, LocalSmtpServer

SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
VALID: dict[str, dict[str, Any]] = {
    "x": {
        "consumer_key": "ck",
        "consumer_secret": "cs",
        "access_token": "at",
        "access_token_secret": "ats",
    },
    "mastodon": {"base_url": "http://127.0.0.1:9", "access_token": "mastodon-token-123"},
    "bluesky": {
        "handle": "status.example.com",
        "app_password": "abcd-efgh-ijkl-mnop",
        "base_url": "http://127.0.0.1:9",
    },
    "threads": {"access_token": "THAAthreadstoken0123456789", "base_url": "http://127.0.0.1:9"},
    "facebook": {
        "page_id": "104857600123",
        "page_access_token": "EAAGpagetoken0123456789abcdef",
        "base_url": "http://127.0.0.1:9",
    },
    "linkedin": {
        "organization_id": "5515715",
        "access_token": "AQVlinkedintoken0123456789",
        "base_url": "http://127.0.0.1:9",
    },
    "apprise": {"url": "json://127.0.0.1:9/hook"},
    "email": {
        "host": "smtp.example.com",
        "port": 587,
        "username": "bot",
        "password": "pw",
        "from_address": "Status <status@example.com>",
    },
    "webhook": {"url": "http://127.0.0.1:9/hook", "secret": SECRET},
    "dry-run": {"label": "rehearsal"},
}


def test_every_kind_is_registered_under_its_own_name() -> None:
    assert set(REGISTRY) == set(VALID)
    assert all(cls.kind == kind for kind, cls in REGISTRY.items())


@pytest.mark.parametrize("kind", list(VALID))
def test_every_kind_builds_from_valid_settings(kind: str) -> None:
    stored = validate_settings(kind, VALID[kind], allow_private=True)

    channel = build_channel(kind, stored, allow_private=True, timeout=3.0, smtp_pool_size=4)

    assert isinstance(channel, Channel)
    assert channel.kind == kind


@pytest.mark.parametrize("kind", list(VALID))
def test_secret_fields_are_never_shown(kind: str) -> None:
    shown = public_settings(kind, VALID[kind])
    secret_fields = REGISTRY[kind].secret_fields

    assert all(shown[f] == "***" for f in secret_fields if f in VALID[kind])
    assert all(shown[f] == v for f, v in VALID[kind].items() if f not in secret_fields)


@pytest.mark.parametrize(
    ("kind", "settings", "field"),
    [
        ("x", {"consumer_key": "ck"}, "consumer_secret"),
        ("email", {"host": "smtp.example.com", "from_address": "s@x.org", "tls": 1}, "tls"),
        ("email", {"host": "smtp.example.com", "from_address": "s@x.org", "port": 0}, "port"),
        (
            "email",
            {"host": "mx", "from_address": "s@x.org", "security": "none", "password": "p"},
            None,
        ),
        ("webhook", {"url": "http://127.0.0.1/h", "secret": "nope"}, "secret"),
        ("apprise", {"url": "nosuchservice://x"}, "url"),
    ],
)
def test_bad_settings_name_the_field(
    kind: str, settings: dict[str, Any], field: str | None
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        validate_settings(kind, settings, allow_private=True)

    location = "body.settings" if field is None else f"body.settings.{field}"
    assert location in [d["location"] for d in refused.value.details]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="unknown channel kind 'pigeon'"):
        build_channel("pigeon", {}, allow_private=False)


def test_the_settings_knobs_default_safely() -> None:
    fields = Settings.model_fields

    assert fields["allow_private_destinations"].default is False
    assert fields["smtp_pool_size"].default == 16
    assert fields["outbound_timeout_seconds"].default == 10


def test_a_test_send_reaches_each_kind_of_local_server(
    http_server: LocalHttpServer, smtp_server: LocalSmtpServer, fake_x: FakeX
) -> None:
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    targets: dict[str, dict[str, Any]] = {
        "webhook": {"url": http_server.url("/hook"), "secret": SECRET},
        "apprise": {"url": f"json://127.0.0.1:{http_server.port}/notify"},
        "email": {
            "host": "127.0.0.1",
            "port": smtp_server.port,
            "security": "none",
            "from_address": "status@example.com",
        },
        "dry-run": {},
    }
    for kind, settings in targets.items():
        stored = validate_settings(kind, settings, allow_private=True)
        channel = build_channel(kind, stored, allow_private=True, timeout=2.0)
        message = sample_message(kind, now=now, recipient="ops@example.net")

        assert channel.send(message).outcome == Outcome.SENT, kind

    assert fake_x.channel().send(sample_message("x", now=now)).outcome == Outcome.SENT
    assert [r.path for r in http_server.requests] == ["/hook", "/notify"]
    assert json.loads(http_server.requests[0].body)["type"] == "test"
    assert smtp_server.behaviour.received[0].recipients == ["ops@example.net"]
    assert fake_x.posts[0]["text"].startswith("Test message from crisiscomms")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "https://user:pass@hooks.example.com/path?token=abc",
            "https://***@hooks.example.com/path?token=***",
        ),
        (
            "https://hooks.example.com/in?key=k1&sig=s2#frag",
            "https://hooks.example.com/in?key=***&sig=***#***",
        ),
        (
            "https://tok3n@[2606:4700::1111]:8443/h?flag",
            "https://***@[2606:4700::1111]:8443/h?flag",
        ),
        ("http://127.0.0.1:9/hook", "http://127.0.0.1:9/hook"),
    ],
)
def test_a_shown_webhook_url_hides_user_info_and_query_values(url: str, shown: str) -> None:
    settings = {"url": url, "secret": SECRET}

    assert public_settings("webhook", settings) == {"url": shown, "secret": "***"}


def test_the_webhook_url_is_stored_and_sent_as_given(http_server: LocalHttpServer) -> None:
    url = f"http://bot:pa55@127.0.0.1:{http_server.port}/hook?token=abc"

    stored = validate_settings("webhook", {"url": url, "secret": SECRET}, allow_private=True)
    result = build_channel("webhook", stored, allow_private=True).send(
        sample_message("webhook", now=datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    )

    assert stored["url"] == url
    assert result.outcome == Outcome.SENT, result.detail
    [request] = http_server.requests
    assert request.path == "/hook?token=abc"
    assert request.headers["authorization"].startswith("Basic ")


def test_a_shown_url_sent_back_is_never_stored_in_place_of_the_real_one() -> None:
    stored = {"url": "https://bot:pa55@hooks.example.com/in?token=abc", "secret": SECRET}
    shown = public_settings("webhook", stored)

    with pytest.raises(ValidationFailed, match=r"still shows \*\*\*") as refused:
        validate_settings("webhook", {**shown, "secret": SECRET}, allow_private=True)

    assert refused.value.details[0]["location"] == "body.settings.url"
    assert merge_shown("webhook", stored, shown) == stored
    changed = {**shown, "url": "https://hooks.example.com/v2"}
    assert merge_shown("webhook", stored, changed) == {**stored, "url": changed["url"]}
