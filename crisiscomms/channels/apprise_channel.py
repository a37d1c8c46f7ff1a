"""Any apprise URL (Slack, Mastodon, Discord, Teams, Telegram, ntfy, SMS gateways, …).

One apprise plugin per target, with redirects off whatever the URL says (`?redirect=yes`
would otherwise override the asset) and a timeout (the URL's own `cto`/`rto`, else ours,
set on the plugin so the URL itself is never rewritten; and the asset's service timeout).
Every host the plugin is known to connect to (the URL's host, an email `smtp=` host) is
checked by the netguard when the channel is saved and before each send, and each send runs
inside `netguard.guard_connections`, which checks the peer of every connection apprise
opens, so hosts apprise discovers itself and a second DNS answer are covered too.
Apprise tells only whether a service succeeded, failed or timed out, never why: a failure
is mapped to RETRY and the delivery engine's attempt count and quarantine decide when to
stop; a timeout may hide a delivered message, so it is AMBIGUOUS (apprise targets cannot
be reconciled or deduplicated). Each call's own log (apprise ≥ 2.2 captures it per call,
so concurrent sends in other threads do not leak into it, unlike the process-wide
`LogCapture`) goes into `SendResult.log` with the URL's secret parts replaced by "***".
"""

from __future__ import annotations

import logging
import socket
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, urlsplit

import apprise
from pydantic import field_validator

from crisiscomms.channels import netguard
from crisiscomms.channels.base import (
    ChannelSettings,
    OutboundMessage,
    Outcome,
    SendResult,
    SyncChannelMixin,
)

_MIN_SECRET = 4
_GENERIC = frozenset({"json", "jsons", "xml", "xmls", "form", "forms"})
_TIMEOUTS = ("socket_connect_timeout", "socket_read_timeout")
CONNECTION_HOSTS = ("smtp_host", "xmpp_host")
"""Plugin attributes naming the server connected to when it is not the URL's host
(`mailto://…?smtp=relay`, `xmpp://…?xmpp=server`)."""


class AppriseSettings(ChannelSettings):
    """One apprise URL; all of it is secret (tokens live in its host and path)."""

    url: str

    @field_validator("url")
    @classmethod
    def _understood(cls, value: str) -> str:
        if apprise.Apprise.instantiate(value) is None:
            raise ValueError("not a URL apprise understands")
        return value


def configure(plugin: Any, timeout: float) -> Any:
    """The plugin with redirects off and our timeouts where its URL set none.

    Set on the plugin rather than added to the URL: rebuilding an apprise URL can move
    its query before a `#channel` and change what it means.
    """
    plugin.redirects = False
    for attribute in _TIMEOUTS:
        if attribute not in vars(plugin):  # URLBase sets them per instance only from the URL
            setattr(plugin, attribute, timeout)
    return plugin


def _looks_like_host(host: str) -> bool:
    return (
        netguard.parse_ip(host) is not None
        or "." in host
        or host.lower() in ("localhost", "localhost.")
    )


def network_hosts(plugin: Any) -> list[str]:
    """The hosts the plugin connects to that its URL names (json://host, ?smtp=host).

    Services such as Slack or Telegram carry tokens where a URL's host would be and call
    a fixed public API: their plugins have no `{host}` template, so there is nothing to
    guard. Plugins that take both forms (ntfy, matrix, notica, …) clear `host` when it
    held a token, so a host left there is one they connect to.
    """
    templates = [str(t) for t in getattr(plugin, "templates", ())]
    host = str(getattr(plugin, "host", "") or "")
    hosts = [host] if host and any("{host}" in t for t in templates) else []
    for attribute in CONNECTION_HOSTS:
        value = getattr(plugin, attribute, None)
        if isinstance(value, str) and value.strip() and value.strip() not in hosts:
            hosts.append(value.strip())
    return hosts


def secret_parts(url: str) -> list[str]:
    """The pieces of an apprise URL that may be secrets: user info, host tokens, path, query."""
    parts = urlsplit(url)
    userinfo, _, hostport = parts.netloc.rpartition("@")
    pieces = userinfo.split(":")
    host = hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport
    # Only the generic web schemes put a real host there; elsewhere it is a token.
    if parts.scheme.lower() not in _GENERIC or not _looks_like_host(host):
        pieces += [hostport, *hostport.split(":")]
    pieces += parts.path.split("/")
    pieces += [value for _, value in parse_qsl(parts.query)]
    found = {p for piece in pieces for p in (piece, unquote(piece)) if len(p) >= _MIN_SECRET}
    return sorted(found, key=len, reverse=True)


def redact(text: str, url: str) -> str:
    """The text with every secret part of the URL replaced by "***"."""
    for piece in secret_parts(url):
        text = text.replace(piece, "***")
    return text


class AppriseChannel(SyncChannelMixin):
    """Notifies one apprise target."""

    kind: ClassVar[str] = "apprise"
    max_length: ClassVar[int | None] = None
    idempotent: ClassVar[bool] = False
    settings_model: ClassVar[type[ChannelSettings]] = AppriseSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"url"})

    def __init__(
        self,
        settings: AppriseSettings,
        *,
        allow_private: bool,
        timeout: float = 10.0,
        resolver: netguard.Resolver = socket.getaddrinfo,
    ) -> None:
        self.settings = settings
        self.allow_private = allow_private
        self.resolver = resolver
        self.timeout = timeout
        self.asset = apprise.AppriseAsset(
            http_redirects=False, async_mode=False, service_timeout=timeout * 2
        )
        self.apprise = self._target(settings.url)

    def _target(self, url: str) -> apprise.Apprise:
        target = apprise.Apprise(asset=self.asset)
        plugin = apprise.Apprise.instantiate(url, asset=self.asset)
        if plugin is not None:
            target.add(configure(plugin, self.timeout))
        return target

    def check_destination(self, target: apprise.Apprise | None = None) -> None:
        """Raise DestinationRefused / DestinationUnresolved when the target is not allowed.

        A refusal wins over a host that does not resolve: the first is final.
        """
        unresolved: netguard.DestinationUnresolved | None = None
        for plugin in target if target is not None else self.apprise:
            for host in network_hosts(plugin):
                try:
                    netguard.check_host(
                        host,
                        port=getattr(plugin, "port", None),
                        allow_private=self.allow_private,
                        resolver=self.resolver,
                    )
                except netguard.DestinationUnresolved as exc:
                    unresolved = unresolved or exc
        if unresolved is not None:
            raise unresolved

    def send(self, message: OutboundMessage) -> SendResult:
        """Notify the target (the recipient's own when the message has one); never raises."""
        url = message.destination or self.settings.url
        target = self.apprise if message.destination is None else self._target(url)
        if len(target) == 0:
            return SendResult(Outcome.PERMANENT, detail="not a URL apprise understands")
        try:
            self.check_destination(target)
        except netguard.DestinationRefused as exc:
            return SendResult(Outcome.PERMANENT, detail=str(exc))
        except netguard.DestinationUnresolved as exc:
            return SendResult(Outcome.RETRY, detail=redact(str(exc), url))
        body = message.text or "\n\n".join(message.thread())
        try:
            with netguard.guard_connections(allow_private=self.allow_private) as guard:
                result = target.notify(
                    body=body,
                    title=message.subject,
                    body_format=apprise.NotifyFormat.TEXT,
                    log_level=logging.INFO,
                )
            log = "\n".join(f"{entry.level} {entry.message}" for entry in result.logs())
            status = result.status
        except Exception as exc:
            return SendResult(Outcome.RETRY, detail=redact(f"apprise failed: {exc!r}", url))
        log = redact(log, url)
        name = type(next(iter(target))).__name__
        if status == apprise.AppriseResultStatus.SUCCESS:
            return SendResult(Outcome.SENT, detail=f"{name}: sent", log=log)
        if guard.refused:
            return SendResult(Outcome.PERMANENT, detail=guard.refused[0], log=log)
        if status == apprise.AppriseResultStatus.TIMEOUT:
            return SendResult(
                Outcome.AMBIGUOUS, detail=f"{name}: timed out; it may have arrived", log=log
            )
        return SendResult(Outcome.RETRY, detail=f"{name}: failed ({status.name})", log=log)
