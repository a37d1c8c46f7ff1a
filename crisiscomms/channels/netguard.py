"""Outbound URL guard: no webhook or apprise call reaches inside our own network.

A user who can configure a channel must not be able to make the server call its own
loopback, the private network, link-local addresses or a cloud metadata service (SSRF).
`check_url` parses a URL, resolves its host with `socket.getaddrinfo` and refuses it when
any address is not globally routable, naming the address class; `allow_private` (the
`allow_private_destinations` setting, on in tests and for self-hosted targets) lifts it.
It runs when a channel is saved and again at every send; the webhook channel also checks
each address its HTTP client resolves, so a name that changes its answer (DNS rebinding)
is caught between the two.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., Sequence[tuple[Any, ...]]]

METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
WEB_SCHEMES = ("http", "https")


class DestinationRefused(ValueError):
    """The destination is refused for good: a forbidden scheme or address."""


class DestinationUnresolved(ValueError):
    """The host name did not resolve (possibly a passing DNS failure)."""


def address_class(address: IPAddress) -> str | None:
    """The reason an address is refused ("loopback", "private", …), or None when global."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address_class(address.ipv4_mapped)
    checks: list[tuple[bool, str]] = [
        (address in METADATA_ADDRESSES, "a cloud metadata address"),
        (address.is_loopback, "a loopback address"),
        (address.is_unspecified, "the unspecified address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "not a globally routable address"),
    ]
    return next((reason for refused, reason in checks if refused), None)


def refusal(address: IPAddress | str, *, allow_private: bool) -> str | None:
    """Why connecting to this address is refused, or None when it is allowed."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if allow_private:
        return None
    reason = address_class(ip)
    return None if reason is None else f"{ip} is {reason}"


def parse_ip(host: str) -> IPAddress | None:
    """The address when `host` is an IP literal (brackets and zone id allowed), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def resolve(host: str, port: int | None, resolver: Resolver = socket.getaddrinfo) -> list[str]:
    """Every address `host` resolves to, or DestinationUnresolved."""
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise DestinationUnresolved(f"{host} does not resolve: {exc}") from None
    return sorted({str(info[4][0]).split("%", 1)[0] for info in infos})


def check_host(
    host: str,
    *,
    port: int | None = None,
    allow_private: bool,
    resolver: Resolver = socket.getaddrinfo,
) -> list[str]:
    """The host's addresses when every one is allowed; DestinationRefused names the first not."""
    if not host:
        raise DestinationRefused("the URL has no host")
    literal = parse_ip(host)
    addresses = [str(literal)] if literal is not None else resolve(host, port, resolver)
    if allow_private:
        return addresses
    for address in addresses:
        reason = refusal(address, allow_private=False)
        if reason is not None:
            named = reason if literal is not None else f"{host} resolves to {reason}"
            raise DestinationRefused(
                f"outbound address refused: {named} "
                "(set CRISISCOMMS_ALLOW_PRIVATE_DESTINATIONS=true to allow it)"
            )
    return addresses


def check_url(
    url: str,
    *,
    allow_private: bool,
    schemes: Iterable[str] | None = WEB_SCHEMES,
    resolver: Resolver = socket.getaddrinfo,
    resolve_names: bool = True,
) -> list[str]:
    """Parse, check the scheme and every resolved address; the addresses, or an exception.

    With `resolve_names=False` only IP literals are checked, for callers whose own
    resolver applies the guard to each connection (see webhook.GuardedResolver).
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise DestinationRefused(f"not a valid URL: {exc}") from None
    allowed = None if schemes is None else tuple(schemes)
    if allowed is not None and parts.scheme.lower() not in allowed:
        raise DestinationRefused(
            f"scheme {parts.scheme or '(none)'!r} refused: use {' or '.join(allowed)}"
        )
    host = parts.hostname or ""
    if not resolve_names and host and parse_ip(host) is None:
        return []
    return check_host(host, port=port, allow_private=allow_private, resolver=resolver)
