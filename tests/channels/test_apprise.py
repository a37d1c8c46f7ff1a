"""Apprise channel: real apprise `json://` posts into a local HTTP server."""

from __future__ import annotations

import base64
import json
from typing import Any

import apprise
import pytest

from crisiscomms.channels.apprise_channel import (
    AppriseChannel,
    AppriseSettings,
    network_hosts,
    redact,
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


def _plugin(url: str, *, timeout: float = 3.0) -> Any:
    channel = AppriseChannel(AppriseSettings(url=url), allow_private=True, timeout=timeout)
    [plugin] = list(channel.apprise)
    return plugin


@pytest.mark.parametrize(
    ("url", "attribute", "value"),
    [
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general", "channels", ["#general"]),
        ("slack://T1/B1/C1/#general", "channels", ["#general"]),
        ("rocket://user:pass@host.example/#general", "channels", ["general"]),
        (
            "mailtos://user:pass@example.com?smtp=smtp.example.net&to=a@example.com",
            "smtp_host",
            "smtp.example.net",
        ),
    ],
)
def test_timeouts_leave_the_url_meaning_what_it_meant(url: str, attribute: str, value: Any) -> None:
    # The timeouts are set on the plugin: rebuilding the URL put its query before the
    # `#channel` and apprise lost the channel (slack) or the whole URL (rocket).
    plugin = _plugin(url)

    assert getattr(plugin, attribute) == value
    assert (plugin.socket_connect_timeout, plugin.socket_read_timeout) == (3.0, 3.0)
    assert plugin.request_timeout == (3.0, 3.0)


def test_timeouts_in_the_url_are_kept() -> None:
    plugin = _plugin("json://example.com/x?cto=9&rto=7")

    assert (plugin.socket_connect_timeout, plugin.socket_read_timeout) == (9.0, 7.0)


@pytest.mark.parametrize("query", ["", "?redirect=yes", "?redirect=true"])
def test_redirects_are_off_whatever_the_url_says(query: str) -> None:
    assert _plugin(f"json://example.com/x{query}").redirects is False


def test_a_redirect_asked_for_in_the_url_is_not_followed(http_server: LocalHttpServer) -> None:
    inner = LocalHttpServer().start()
    try:
        http_server.queue(Reply(302, {"location": inner.url("/latest/meta-data/")}))
        url = f"json://127.0.0.1:{http_server.port}/hook?redirect=yes"
        channel = AppriseChannel(AppriseSettings(url=url), allow_private=True, timeout=2.0)

        result = channel.send(MESSAGE)
    finally:
        inner.stop()

    assert result.outcome == Outcome.RETRY
    assert len(http_server.requests) == 1
    assert inner.requests == []


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
    ("url", "hosts"),
    [
        ("json://127.0.0.1:8080/hook", ["127.0.0.1"]),
        ("json://intranet/hook", ["intranet"]),
        ("ntfys://ntfy.example.com/topic", ["ntfy.example.com"]),
        ("ntfy://intranet/alerts", ["intranet"]),
        ("ntfy://2130706433:8080/alerts", ["2130706433"]),
        ("ntfy://0x7f000001/alerts", ["0x7f000001"]),
        ("notica://intranet/abcdefg", ["intranet"]),
        ("mastodon://token@mastodon.example.org", ["mastodon.example.org"]),
        ("mailto://user:pass@example.com?smtp=127.0.0.1", ["example.com", "127.0.0.1"]),
        ("mailtos://user:pass@example.com", ["example.com"]),
        ("rsyslog://10.0.0.5", ["10.0.0.5"]),
        # Tokens where a host would be: nothing to guard.
        ("ntfy://mytopic", []),
        ("ntfy://intranet", []),
        ("notica://abcdefg", []),
        ("pushdeer://PDU123abc", []),
        ("matrix://" + "a" * 64, []),
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", []),
        ("slack://T1/B1/C1/#general", []),
        ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", []),
        ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-100123", []),
    ],
)
def test_the_guarded_hosts_are_the_ones_connected_to(url: str, hosts: list[str]) -> None:
    assert network_hosts(apprise.Apprise.instantiate(url)) == hosts
