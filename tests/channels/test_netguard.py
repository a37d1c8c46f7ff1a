"""The outbound guard: refused address classes and spellings, names that resolve to them,
the flag, and the connection guard."""

from __future__ import annotations

import contextvars
import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from crisiscomms.channels import netguard
from crisiscomms.channels.registry import validate_settings
from crisiscomms.errors import ValidationFailed
from tests.channels.servers import LocalHttpServer

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
    # IPv4 spelled the legacy ways getaddrinfo (inet_aton) still reads.
    ("http://2130706433/hook", "2130706433 resolves to 127.0.0.1 is a loopback"),
    ("http://0x7f000001/hook", "loopback"),
    ("http://0X7F.0.0.1/hook", "loopback"),
    ("http://0177.0.0.1/hook", "loopback"),
    ("http://127.1/hook", "loopback"),
    ("http://10.1/hook", "private"),
    ("http://167772161/hook", "10.0.0.1 is a private"),
    # IPv6 forms that deliver to an IPv4 address inside.
    ("http://[2002:a00:1::1]/", "6to4 address for 10.0.0.1, a private"),
    ("http://[2002:7f00:1::1]/", "6to4 address for 127.0.0.1, a loopback"),
    ("http://[2002:a9fe:a9fe::1]/", "6to4 address for 169.254.169.254, a cloud metadata"),
    ("http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/", "Teredo address for 10.0.0.1, a private"),
    ("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "Teredo address for 127.0.0.1"),
    ("http://[fec0::1]/", "site-local"),
    ("http://[fed0:1::5]/", "site-local"),
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
    assert netguard.check_url("https://1572394766/x", allow_private=False) == ["93.184.215.14"]
    assert netguard.check_url("https://[2002:5db8:d70e::1]/", allow_private=False)


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("fe80::1%eth0", "fe80::1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1.2", "10.1.0.2"),
        ("127.0.0.1.", "127.0.0.1"),
        ("1.example", None),
        ("123abc", None),
        ("0x", None),
        ("4294967296", None),
        ("1.2.3.4.5", None),
        ("127.0.0.1 x", None),
        ("localhost", None),
    ],
)
def test_ip_literals_are_read_as_the_resolver_reads_them(host: str, address: str | None) -> None:
    parsed = netguard.parse_ip(host)

    assert (None if parsed is None else str(parsed)) == address


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


# --- The connection guard ---------------------------------------------------------------


def _connect(port: int, host: str = "127.0.0.1") -> None:
    socket.create_connection((host, port), timeout=2).close()


def test_outside_the_guard_connections_are_untouched(http_server: LocalHttpServer) -> None:
    _connect(http_server.port)


def test_inside_the_guard_a_refused_peer_is_never_connected_to(
    http_server: LocalHttpServer,
) -> None:
    with netguard.guard_connections(allow_private=False) as guard:
        with pytest.raises(netguard.ConnectionRefusedByGuard, match="loopback") as refused:
            _connect(http_server.port)
        assert isinstance(refused.value, OSError)  # client libraries report a failed connect

    assert guard.refused == [str(refused.value)]
    _connect(http_server.port)  # the guard ended with the block


def test_the_guard_resolves_a_name_once_and_checks_that_answer() -> None:
    # The connect-time answer is the one checked and the one connected to.
    resolve = _resolver("10.0.0.7")

    with netguard.guard_connections(allow_private=False, resolver=resolve) as guard:
        with pytest.raises(OSError, match=r"rebound\.test resolves to 10\.0\.0\.7 is a private"):
            with socket.socket() as sock:
                sock.connect(("rebound.test", 80))

    assert len(guard.refused) == 1


def test_the_guard_follows_work_handed_to_a_pool_with_the_context(
    http_server: LocalHttpServer,
) -> None:
    # apprise runs each service in its shared pool with `contextvars.copy_context()`.
    with ThreadPoolExecutor(1) as pool, netguard.guard_connections(allow_private=False):
        handed = pool.submit(contextvars.copy_context().run, _connect, http_server.port)
        other = pool.submit(_connect, http_server.port)  # another thread's own work

        with pytest.raises(netguard.ConnectionRefusedByGuard):
            handed.result()
        other.result()


def test_the_allowance_lifts_the_connection_guard(http_server: LocalHttpServer) -> None:
    with netguard.guard_connections(allow_private=True) as guard:
        _connect(http_server.port)

    assert guard.refused == []
