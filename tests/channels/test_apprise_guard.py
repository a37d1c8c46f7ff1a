"""Apprise and the outbound guard: every host a plugin connects to, at save and at send.

Local servers listen on 127.0.0.1; each case builds the channel with allow_private=False
and checks that nothing reached the server. A `resolver` stands in for DNS where a case
needs a name to resolve somewhere (or to lie, for rebinding).
"""

from __future__ import annotations

import socket
from typing import Any

import pytest

from crisiscomms.channels.apprise_channel import AppriseChannel, AppriseSettings
from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.registry import validate_settings
from crisiscomms.errors import ValidationFailed
from tests.channels.servers import LocalHttpServer, LocalSmtpServer

MESSAGE = OutboundMessage(
    delivery_id="d-1",
    kind="apprise",
    idempotency_key="k-1",
    subject="Checkout outage",
    text="We are investigating failed payments.",
)
PUBLIC = "93.184.215.14"


def resolver(**answers: str) -> Any:
    """A resolver answering each name with one address (`intranet="10.0.0.5"`)."""

    def resolve(host: str, port: int | None, *_: Any, **__: Any) -> list[tuple[Any, ...]]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host], port or 0))]

    return resolve


def channel(url: str, *, allow_private: bool = False, **answers: str) -> AppriseChannel:
    settings = AppriseSettings(url=url)
    return AppriseChannel(
        settings, allow_private=allow_private, timeout=2.0, resolver=resolver(**answers)
    )


# Apprise refuses dotted legacy spellings (127.1, 0177.0.0.1) as hosts; netguard's own
# table covers those.
@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "0X7F000001", "[::ffff:7f00:1]"])
def test_ntfy_hosts_in_any_ipv4_spelling_are_refused(
    http_server: LocalHttpServer, host: str
) -> None:
    result = channel(f"ntfy://{host}:{http_server.port}/alerts").send(MESSAGE)

    assert result.outcome == Outcome.PERMANENT
    assert "is a loopback address" in (result.detail or "")
    assert http_server.requests == []


def test_a_private_ntfy_server_without_a_dot_is_checked(http_server: LocalHttpServer) -> None:
    result = channel(f"ntfy://intranet:{http_server.port}/alerts", intranet="10.0.0.5").send(
        MESSAGE
    )

    assert result.outcome == Outcome.PERMANENT
    assert "intranet resolves to 10.0.0.5 is a private address" in (result.detail or "")


def test_an_ntfy_topic_is_not_a_host() -> None:
    # ntfy://topic posts to the public ntfy.sh: there is no host of ours to check.
    channel("ntfy://mytopic").check_destination()


def test_the_allowance_still_reaches_a_local_ntfy(http_server: LocalHttpServer) -> None:
    url = f"ntfy://2130706433:{http_server.port}/alerts"

    result = channel(url, allow_private=True).send(MESSAGE)

    assert result.outcome == Outcome.SENT, result.detail
    assert len(http_server.requests) == 1


def _mailto(smtp: LocalSmtpServer, relay: str) -> str:
    return (
        f"mailto://example.com:{smtp.port}?smtp={relay}"
        "&from=status@example.com&to=ops@example.com&mode=insecure"
    )


def test_the_smtp_relay_of_an_email_url_is_checked(smtp_server: LocalSmtpServer) -> None:
    # Checking only example.com let the mail go through a relay on 127.0.0.1.
    url = _mailto(smtp_server, "127.0.0.1")

    refused = channel(url, **{"example.com": PUBLIC}).send(MESSAGE)
    allowed = channel(url, allow_private=True, **{"example.com": PUBLIC}).send(MESSAGE)

    assert refused.outcome == Outcome.PERMANENT
    assert "127.0.0.1 is a loopback address" in (refused.detail or "")
    assert allowed.outcome == Outcome.SENT, allowed.detail
    assert len(smtp_server.behaviour.received) == 1  # only the allowed one


@pytest.mark.parametrize(
    "url",
    [
        "mailto://user:pass@example.com?smtp=127.0.0.1&to=ops@example.com",
        "ntfy://2130706433/alerts",
        "ntfy://0x7f000001/alerts",
        "json://0x7f000001/hook",
    ],
)
def test_saving_applies_the_same_checks(url: str) -> None:
    with pytest.raises(ValidationFailed, match="loopback") as refused:
        validate_settings("apprise", {"url": url}, allow_private=False)

    assert refused.value.details[0]["location"] == "body.settings.url"


@pytest.mark.parametrize("path", ["/hook", "/hook?redirect=yes"])
def test_a_name_that_answers_differently_at_connect_time_is_refused(
    http_server: LocalHttpServer, path: str
) -> None:
    # The check sees a public address; requests then resolves `localhost` again and gets
    # 127.0.0.1 (DNS rebinding). The connection guard checks the address connected to.
    url = f"json://localhost:{http_server.port}{path}"

    result = channel(url, localhost=PUBLIC).send(MESSAGE)

    assert result.outcome == Outcome.PERMANENT
    assert "127.0.0.1 is a loopback address" in (result.detail or "")
    assert http_server.requests == []


def test_a_rebinding_smtp_relay_is_refused_at_connect_time(smtp_server: LocalSmtpServer) -> None:
    url = _mailto(smtp_server, "localhost")

    result = channel(url, localhost=PUBLIC, **{"example.com": PUBLIC}).send(MESSAGE)

    assert result.outcome == Outcome.PERMANENT
    assert "loopback" in (result.detail or "")
    assert smtp_server.behaviour.received == []
