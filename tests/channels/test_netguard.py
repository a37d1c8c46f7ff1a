"""The outbound URL guard: refused address classes, names that resolve to them, the flag."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from crisiscomms.channels import netguard
from crisiscomms.channels.registry import validate_settings
from crisiscomms.errors import ValidationFailed

REFUSED = [
    ("http://127.0.0.1/hook", "loopback"),
    ("http://127.9.9.9:8080/hook", "loopback"),
    ("http://10.1.2.3/hook", "private"),
    ("http://172.16.0.1/hook", "private"),
    ("http://172.31.255.254/hook", "private"),
    ("http://192.168.1.10/hook", "private"),
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
    ("http://169.254.10.10/", "link-local"),
    ("http://[::1]:8080/hook", "loopback"),
    ("http://[fd00::1]/hook", "private"),
    ("http://[fd00:ec2::254]/", "cloud metadata"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://224.0.0.1/", "multicast"),
    ("http://240.0.0.1/", "reserved"),
    ("http://100.64.0.1/", "not a globally routable"),
    ("http://localhost:8080/hook", "loopback"),
]


@pytest.mark.parametrize(("url", "named"), REFUSED)
def test_inside_addresses_are_refused(url: str, named: str) -> None:
    with pytest.raises(netguard.DestinationRefused, match=named):
        netguard.check_url(url, allow_private=False)


@pytest.mark.parametrize(("url", "named"), REFUSED)
def test_the_flag_allows_them(url: str, named: str) -> None:
    assert netguard.check_url(url, allow_private=True)


def test_a_name_is_refused_with_the_address_it_resolves_to() -> None:
    with pytest.raises(netguard.DestinationRefused, match=r"localhost resolves to .* loopback"):
        netguard.check_url("https://localhost/hook", allow_private=False)


def _resolver(*addresses: str) -> Any:
    def resolve(host: str, port: int | None, **_: Any) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port or 0)) for a in addresses]

    return resolve


def test_a_public_name_is_allowed() -> None:
    addresses = netguard.check_url(
        "https://hooks.example.com/x", allow_private=False, resolver=_resolver("93.184.215.14")
    )

    assert addresses == ["93.184.215.14"]


def test_one_inside_address_among_public_ones_is_enough_to_refuse() -> None:
    with pytest.raises(netguard.DestinationRefused, match=r"10\.0\.0\.5 is a private address"):
        netguard.check_url(
            "https://hooks.example.com/x",
            allow_private=False,
            resolver=_resolver("93.184.215.14", "10.0.0.5"),
        )


def test_a_name_that_does_not_resolve_is_reported_apart() -> None:
    def fail(*_: Any, **__: Any) -> list[tuple[Any, ...]]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(netguard.DestinationUnresolved, match="does not resolve"):
        netguard.check_url("https://nowhere.example/x", allow_private=False, resolver=fail)


@pytest.mark.parametrize(
    "url", ["ftp://example.com/x", "file:///etc/passwd", "gopher://example.com/", "example.com"]
)
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(netguard.DestinationRefused, match="scheme"):
        netguard.check_url(url, allow_private=True)


def test_public_literals_pass_without_dns() -> None:
    assert netguard.check_url("https://93.184.215.14/x", allow_private=False) == ["93.184.215.14"]
    assert netguard.check_url("https://[2606:4700::1111]/", allow_private=False)


def test_names_can_be_left_to_the_connection_resolver() -> None:
    assert netguard.check_url("https://localhost/x", allow_private=False, resolve_names=False) == []


@pytest.mark.parametrize(
    ("kind", "settings"),
    [
        ("webhook", {"url": "http://127.0.0.1:9/h", "secret": "whsec_MDEyMzQ1Njc4OWFiY2RlZg=="}),
        ("webhook", {"url": "http://localhost:9/h", "secret": "whsec_MDEyMzQ1Njc4OWFiY2RlZg=="}),
        ("apprise", {"url": "json://192.168.0.5/hook"}),
        ("apprise", {"url": "json://localhost:9/hook"}),
    ],
)
def test_saving_a_channel_applies_the_guard(kind: str, settings: dict[str, str]) -> None:
    with pytest.raises(ValidationFailed) as refused:
        validate_settings(kind, settings, allow_private=False)

    assert refused.value.details[0]["location"] == "body.settings.url"
    assert validate_settings(kind, settings, allow_private=True)["url"] == settings["url"]
