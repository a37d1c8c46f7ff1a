"""Webhook channel: Standard Webhooks signatures and outcomes, against a local HTTP server."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest

from crisiscomms.channels import netguard
from crisiscomms.channels.base import MAX_RETRY_AFTER, OutboundMessage, Outcome
from crisiscomms.channels.http_pool import WebhookClient
from crisiscomms.channels.webhook import (
    WebhookChannel,
    WebhookSettings,
    classify_error,
    classify_status,
    generate_secret,
)
from tests.channels.servers import LocalHttpServer, RecordedRequest, Reply

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


def message(number: int = 1) -> OutboundMessage:
    return OutboundMessage(
        delivery_id=f"d-{number}",
        kind="webhook",
        idempotency_key=f"msg_delivery_{number}",
        payload={"type": "statement.published", "data": {"n": number, "text": "Über"}},
    )


def channel(url: str, **options: Any) -> WebhookChannel:
    options.setdefault("allow_private", True)
    options.setdefault("timeout", 2.0)
    return WebhookChannel(WebhookSettings(url=url, secret=SECRET), clock=lambda: NOW, **options)


def verify(request: RecordedRequest, secret: str = SECRET) -> bool:
    """The receiver's check, written from the Standard Webhooks spec."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    msg_id = request.headers["webhook-id"]
    timestamp = request.headers["webhook-timestamp"]
    signed = f"{msg_id}.{timestamp}.".encode() + request.body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    given = [s.split(",", 1)[1] for s in request.headers["webhook-signature"].split(" ")]
    return any(hmac.compare_digest(expected, g) for g in given)


def test_a_delivery_is_signed_the_standard_webhooks_way(http_server: LocalHttpServer) -> None:
    result = channel(http_server.url("/hooks/status")).send(message())

    assert result.outcome == Outcome.SENT
    assert result.external_id == "msg_delivery_1"
    request = http_server.requests[0]
    assert request.method == "POST" and request.path == "/hooks/status"
    assert request.headers["webhook-id"] == "msg_delivery_1"
    assert request.headers["webhook-timestamp"] == str(int(NOW.timestamp()))
    assert request.headers["content-type"] == "application/json"
    assert verify(request)
    assert not verify(request, generate_secret())
    assert json.loads(request.body)["data"] == {"n": 1, "text": "Über"}


def test_a_retry_carries_the_same_webhook_id(http_server: LocalHttpServer) -> None:
    http_server.queue(Reply(500))
    hook = channel(http_server.url("/h"))

    first, second = hook.send(message()), hook.send(message())

    assert (first.outcome, second.outcome) == (Outcome.RETRY, Outcome.SENT)
    ids = {r.headers["webhook-id"] for r in http_server.requests}
    assert ids == {"msg_delivery_1"}
    assert all(verify(r) for r in http_server.requests)


@pytest.mark.parametrize(
    ("reply", "outcome", "disable"),
    [
        (Reply(200), Outcome.SENT, False),
        (Reply(204, body=b""), Outcome.SENT, False),
        (Reply(500), Outcome.RETRY, False),
        (Reply(503, {"retry-after": "120"}), Outcome.RETRY, False),
        (Reply(429, {"retry-after": "30"}), Outcome.RETRY, False),
        (Reply(410), Outcome.PERMANENT, True),
        (Reply(302, {"location": "http://127.0.0.1:1/elsewhere"}), Outcome.PERMANENT, False),
        (Reply(400), Outcome.PERMANENT, False),
        (Reply(404), Outcome.PERMANENT, False),
        (Reply(drop=True), Outcome.AMBIGUOUS, False),
        (Reply(delay=1.0), Outcome.AMBIGUOUS, False),
    ],
    ids=["200", "204", "500", "503", "429", "410", "302", "400", "404", "dropped", "timeout"],
)
def test_answers_are_classified(
    http_server: LocalHttpServer, reply: Reply, outcome: Outcome, disable: bool
) -> None:
    http_server.queue(reply)

    result = channel(http_server.url("/h"), timeout=0.3).send(message())

    assert result.outcome == outcome, result.detail
    assert result.disable is disable
    assert len(http_server.requests) == 1  # a redirect is not followed


def test_a_redirect_is_reported_not_followed(http_server: LocalHttpServer) -> None:
    http_server.queue(Reply(307, {"location": http_server.url("/moved")}))

    result = channel(http_server.url("/h")).send(message())

    assert "redirects are not followed" in (result.detail or "")
    assert [r.path for r in http_server.requests] == ["/h"]


def test_429_honours_retry_after() -> None:
    result = classify_status(429, {"retry-after": "90"}, NOW)
    dated = classify_status(503, {"retry-after": "Sun, 22 Nov 2026 09:05:00 GMT"}, NOW)

    assert result.retry_after == NOW + timedelta(seconds=90)
    assert dated.retry_after == NOW + timedelta(minutes=5)


@pytest.mark.parametrize(
    "value", ["99999999999", "9" * 40, "Fri, 31 Dec 9999 23:59:59 GMT", "86401"]
)
def test_a_retry_after_beyond_a_day_waits_a_day(value: str) -> None:
    """A receiver must not hold its target's queue for ever (nor overflow the clock)."""
    result = classify_status(429, {"retry-after": value}, NOW)

    assert result.outcome == Outcome.RETRY
    assert result.retry_after == NOW + MAX_RETRY_AFTER


def test_no_connection_is_a_retry(closed_port: int) -> None:
    result = channel(f"http://127.0.0.1:{closed_port}/h").send(message())

    assert result.outcome == Outcome.RETRY


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_destinations_are_refused_at_send(http_server: LocalHttpServer, host: str) -> None:
    url = f"http://{host}:{http_server.port}/h"

    result = channel(url, allow_private=False).send(message())

    assert result.outcome == Outcome.PERMANENT
    assert "loopback" in (result.detail or "")
    assert http_server.requests == []


def test_many_deliveries_go_out_in_order_over_one_connection(
    http_server: LocalHttpServer,
) -> None:
    async def run() -> list[Outcome]:
        client = WebhookClient(allow_private=True, timeout=2.0)
        hook = channel(http_server.url("/h"), client=client)
        try:
            results = await hook.send_many([message(n) for n in range(20)])
        finally:
            await client.aclose()
        return [r.outcome for r in results]

    assert asyncio.run(run()) == [Outcome.SENT] * 20
    assert [json.loads(r.body)["data"]["n"] for r in http_server.requests] == list(range(20))
    assert len({r.client_port for r in http_server.requests}) == 1


def test_channels_share_one_client_concurrently(http_server: LocalHttpServer) -> None:
    async def run() -> list[Outcome]:
        client = WebhookClient(allow_private=True, timeout=2.0, pool_size=4)
        hooks = [channel(http_server.url(f"/h{n}"), client=client) for n in range(8)]
        try:
            results = await asyncio.gather(*(h.asend(message(n)) for n, h in enumerate(hooks)))
        finally:
            await client.aclose()
        return [r.outcome for r in results]

    assert asyncio.run(run()) == [Outcome.SENT] * 8
    assert len({r.client_port for r in http_server.requests}) <= 4


def test_send_inside_an_event_loop_asks_for_asend(http_server: LocalHttpServer) -> None:
    async def run() -> Outcome:
        return channel(http_server.url("/h")).send(message()).outcome

    assert asyncio.run(run()) == Outcome.RETRY
    assert http_server.requests == []


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (netguard.DestinationRefused("10.0.0.1 is a private address"), Outcome.PERMANENT),
        (aiohttp.ConnectionTimeoutError("connect"), Outcome.RETRY),
        (aiohttp.SocketTimeoutError("read"), Outcome.AMBIGUOUS),
        (TimeoutError(), Outcome.AMBIGUOUS),
        (aiohttp.ServerDisconnectedError(), Outcome.AMBIGUOUS),
        (aiohttp.ClientPayloadError("broken"), Outcome.AMBIGUOUS),
        (aiohttp.InvalidURL("http://x:y"), Outcome.PERMANENT),
    ],
)
def test_errors_are_classified(error: Exception, outcome: Outcome) -> None:
    assert classify_error(error).outcome == outcome


@pytest.mark.parametrize(
    "settings",
    [
        {"url": "ftp://example.com/h", "secret": SECRET},
        {"url": "https://example.com/h", "secret": "plain-secret"},
        {"url": "https://example.com/h", "secret": "whsec_" + base64.b64encode(b"short").decode()},
        {"url": "https://example.com/h", "secret": "whsec_!!!"},
    ],
)
def test_bad_settings_are_refused(settings: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        WebhookSettings.model_validate(settings)


def test_a_payload_that_is_not_json_is_permanent(http_server: LocalHttpServer) -> None:
    broken = OutboundMessage("d-1", "webhook", "msg_1", payload={"when": object()})

    result = channel(http_server.url("/h")).send(broken)

    assert result.outcome == Outcome.PERMANENT
    assert http_server.requests == []
