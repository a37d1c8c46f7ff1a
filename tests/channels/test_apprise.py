"""Apprise channel: real apprise `json://` posts into a local HTTP server."""

from __future__ import annotations

import base64
import json

import apprise
import pytest

from crisiscomms.channels.apprise_channel import (
    AppriseChannel,
    AppriseSettings,
    network_host,
    redact,
    with_timeouts,
)
from crisiscomms.channels.base import OutboundMessage, Outcome
from tests.channels.servers import LocalHttpServer, Reply

MESSAGE = OutboundMessage(
    delivery_id="d-1",
    kind="apprise",
    idempotency_key="k-1",
    subject="Checkout outage",
    text="We are investigating failed payments. Next update by 10:30 UTC.",
)


def target(server: LocalHttpServer, *, allow_private: bool = True) -> AppriseChannel:
    url = f"json://bot:s3cret-pass@127.0.0.1:{server.port}/hooks/status"
    return AppriseChannel(AppriseSettings(url=url), allow_private=allow_private, timeout=0.5)


def test_a_notification_reaches_the_json_endpoint(http_server: LocalHttpServer) -> None:
    result = target(http_server).send(MESSAGE)

    assert result.outcome == Outcome.SENT
    [request] = http_server.requests
    assert request.method == "POST" and request.path == "/hooks/status"
    body = json.loads(request.body)
    assert (body["title"], body["message"]) == (MESSAGE.subject, MESSAGE.text)
    assert (
        request.headers["authorization"] == "Basic " + base64.b64encode(b"bot:s3cret-pass").decode()
    )


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        (Reply(200), Outcome.SENT),
        (Reply(500), Outcome.RETRY),
        (Reply(404), Outcome.RETRY),
        (Reply(302, {"location": "http://127.0.0.1:1/elsewhere"}), Outcome.RETRY),
        (Reply(drop=True), Outcome.RETRY),
        (Reply(delay=1.0), Outcome.RETRY),
    ],
    ids=["200", "500", "404", "302-not-followed", "dropped", "read-timeout"],
)
def test_answers_are_classified(
    http_server: LocalHttpServer, reply: Reply, outcome: Outcome
) -> None:
    # apprise reports only success or failure: every failure is a RETRY and the engine's
    # attempt count and quarantine decide when to stop.
    http_server.queue(reply)

    result = target(http_server).send(MESSAGE)

    assert result.outcome == outcome, result.detail
    assert len(http_server.requests) == 1  # the redirect was not followed
    assert "s3cret-pass" not in result.log + (result.detail or "")


def test_the_failure_log_is_captured(http_server: LocalHttpServer) -> None:
    http_server.queue(Reply(500))

    result = target(http_server).send(MESSAGE)

    assert "500" in result.log


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_targets_are_refused_without_the_allowance(
    http_server: LocalHttpServer, host: str
) -> None:
    url = f"json://{host}:{http_server.port}/hooks"
    channel = AppriseChannel(AppriseSettings(url=url), allow_private=False)

    result = channel.send(MESSAGE)

    assert result.outcome == Outcome.PERMANENT
    assert "loopback" in (result.detail or "")
    assert http_server.requests == []


def test_timeouts_are_added_unless_given() -> None:
    assert "cto=3&rto=3" in with_timeouts("json://example.com/x", 3.0)
    assert "cto=9" in with_timeouts("json://example.com/x?cto=9", 3.0)


def test_an_unknown_url_is_refused() -> None:
    with pytest.raises(ValueError, match="not a URL apprise understands"):
        AppriseSettings(url="nosuchservice://whatever")


@pytest.mark.parametrize(
    ("url", "secrets"),
    [
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", ["TIiajkdnlazkcOXrIdevi7FQ"]),
        ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", ["JHMHI8qBe7bk2ZwO5U711o3dV_js"]),
        (
            "tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-100123",
            ["AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"],
        ),
        ("mastodon://tok3n-abcdef@mastodon.social/", ["tok3n-abcdef"]),
        ("json://user:pa55word@hooks.example.com/path?token=qwerty123", ["pa55word", "qwerty123"]),
    ],
)
def test_secret_parts_are_redacted(url: str, secrets: list[str]) -> None:
    text = f"sending to {url} failed; token {secrets[0]} rejected"

    cleaned = redact(text, url)

    assert "***" in cleaned
    assert not any(secret in cleaned for secret in secrets)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("json://127.0.0.1:8080/hook", "127.0.0.1"),
        ("json://intranet/hook", "intranet"),
        ("ntfys://ntfy.example.com/topic", "ntfy.example.com"),
        ("ntfy://mytopic", None),
        ("mastodon://token@mastodon.example.org", "mastodon.example.org"),
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", None),
        ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", None),
    ],
)
def test_the_guarded_host_is_the_one_connected_to(url: str, host: str | None) -> None:
    assert network_host(apprise.Apprise.instantiate(url)) == host
