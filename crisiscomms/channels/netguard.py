"""Outbound URL guard: no webhook or apprise call reaches inside our own network.

A user who can configure a channel must not be able to make the server call its own
loopback, the private network, link-local addresses or a cloud metadata service (SSRF).
`check_url` parses a URL, resolves its host with `socket.getaddrinfo` and refuses it when
any address is not globally routable, naming the address class; `allow_private` (the
`allow_private_destinations` setting, on in tests and for self-hosted targets) lifts it.
IPv4 written the legacy ways (`2130706433`, `0x7f000001`, `127.1`) counts as the address
it means, and IPv6 forms that carry an IPv4 address (mapped, 6to4, Teredo) are judged by
it. It runs when a channel is saved and again at every send; the webhook channel also
checks each address its HTTP client resolves, and code run inside `guard_connections`
(apprise) has every TCP connection's peer address checked, so a name that changes its
answer (DNS rebinding) is caught between the two.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., Sequence[tuple[Any, ...]]]

METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
WEB_SCHEMES = ("http", "https")
ALLOWANCE = "set CRISISCOMMS_ALLOW_PRIVATE_DESTINATIONS=true to allow it"

# What inet_aton (and so getaddrinfo) reads as IPv4: 1-4 decimal, octal or hex parts.
_LEGACY_IPV4 = re.compile(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}\.?", re.I)
# Hosts the socket module turns into addresses without asking any resolver.
_SOCKET_SPECIAL = {"": "0.0.0.0", "<broadcast>": "255.255.255.255"}


class DestinationRefused(ValueError):
    """The destination is refused for good: a forbidden scheme or address."""


class DestinationUnresolved(ValueError):
    """The host name did not resolve (possibly a passing DNS failure)."""


class ConnectionRefusedByGuard(OSError):
    """A connection inside `guard_connections` to a refused address (an OSError, so the
    client library reports it as a failed connection)."""


def _embedded_ipv4(address: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses a packet to this IPv6 address is delivered to (6to4, Teredo)."""
    embedded = []
    if address.sixtofour is not None:
        embedded.append(("a 6to4 address for", address.sixtofour))
    if address.teredo is not None:
        server, client = address.teredo
        embedded += [("a Teredo address for", client), ("a Teredo address via", server)]
    return embedded


def address_class(address: IPAddress) -> str | None:
    """The reason an address is refused ("loopback", "private", …), or None when global."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address_class(address.ipv4_mapped)
        for kind, inner in _embedded_ipv4(address):
            reason = address_class(inner)
            if reason is not None:
                return f"{kind} {inner}, {reason}"
    site_local = isinstance(address, ipaddress.IPv6Address) and address.is_site_local
    checks: list[tuple[bool, str]] = [
        (address in METADATA_ADDRESSES, "a cloud metadata address"),
        (address.is_loopback, "a loopback address"),
        (address.is_unspecified, "the unspecified address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (site_local, "a site-local address"),
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
    """The address when `host` is an IP literal (brackets, zone id, legacy IPv4), else None."""
    literal = host.strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(literal)
    except ValueError:
        pass
    if not _LEGACY_IPV4.fullmatch(literal):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(literal.rstrip(".")))
    except OSError:
        return None


def resolve(host: str, port: int | None, resolver: Resolver = socket.getaddrinfo) -> list[str]:
    """Every address `host` resolves to, or DestinationUnresolved."""
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise DestinationUnresolved(f"{host} does not resolve: {exc}") from None
    return sorted({str(info[4][0]).split("%", 1)[0] for info in infos})


def refused_message(host: str, reason: str, *, literal: bool) -> str:
    """The one wording of a refusal, for saves, sends and connections alike."""
    named = reason if literal else f"{host} resolves to {reason}"
    return f"outbound address refused: {named} ({ALLOWANCE})"


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
    # A legacy form (0x7f000001) is named with the address it means, like a resolved name.
    canonical = literal is not None and str(literal) == host.strip("[]").split("%", 1)[0]
    for address in addresses:
        reason = refusal(address, allow_private=False)
        if reason is not None:
            raise DestinationRefused(refused_message(host, reason, literal=canonical))
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


# --- Connections ------------------------------------------------------------------------


@dataclass
class ConnectionGuard:
    """Checks the peer of every connection made inside `guard_connections`; keeps refusals."""

    resolver: Resolver = socket.getaddrinfo
    refused: list[str] = field(default_factory=list)

    def peer(self, family: int, address: Any) -> Any:
        """The address to connect to: a name is resolved once, here, and its address used."""
        if family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple):
            return address
        host, port, *rest = address
        host = _SOCKET_SPECIAL.get(host, host)
        literal = parse_ip(str(host))
        ip = literal
        if ip is None:
            info = self.resolver(host, port, family=family, type=socket.SOCK_STREAM)[0]
            ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            address = (str(ip), port, *rest)
        reason = refusal(ip, allow_private=False)
        if reason is not None:
            message = refused_message(str(host), reason, literal=literal is not None)
            self.refused.append(message)
            raise ConnectionRefusedByGuard(message)
        return address


_ACTIVE: ContextVar[ConnectionGuard | None] = ContextVar("netguard_connections", default=None)
_ORIGINAL: dict[str, Any] = {}
_INSTALL = threading.Lock()


def _connect(sock: socket.socket, address: Any) -> None:
    guard = _ACTIVE.get()
    target = address if guard is None else guard.peer(sock.family, address)
    _ORIGINAL["connect"](sock, target)


def _connect_ex(sock: socket.socket, address: Any) -> int:
    guard = _ACTIVE.get()
    target = address if guard is None else guard.peer(sock.family, address)
    result: int = _ORIGINAL["connect_ex"](sock, target)
    return result


def _install() -> None:
    """Route socket connects through the guard: a no-op outside `guard_connections`."""
    with _INSTALL:
        if not _ORIGINAL:
            _ORIGINAL.update(connect=socket.socket.connect, connect_ex=socket.socket.connect_ex)
            setattr(socket.socket, "connect", _connect)  # noqa: B010  (mypy: method assign)
            setattr(socket.socket, "connect_ex", _connect_ex)  # noqa: B010


@contextlib.contextmanager
def guard_connections(
    *, allow_private: bool, resolver: Resolver = socket.getaddrinfo
) -> Iterator[ConnectionGuard]:
    """Check every TCP connection opened in this context (and in work it hands to a thread
    pool with `contextvars.copy_context`, as apprise does): libraries that resolve a name
    themselves cannot be sent elsewhere by a second, different DNS answer."""
    guard = ConnectionGuard(resolver=resolver)
    if allow_private:
        yield guard
        return
    _install()
    token = _ACTIVE.set(guard)
    try:
        yield guard
    finally:
        _ACTIVE.reset(token)
