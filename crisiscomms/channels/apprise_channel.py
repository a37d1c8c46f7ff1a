"""Any apprise URL (Slack, Mastodon, Discord, Teams, Telegram, ntfy, SMS gateways, …).

One `apprise.Apprise` object per target, with redirects off and a timeout (the URL's
`cto`/`rto` and the asset's service timeout). Apprise tells only whether a service
succeeded, failed or timed out, never why: a failure is mapped to RETRY and the delivery
engine's attempt count and quarantine decide when to stop; a timeout may hide a
delivered message, so it is AMBIGUOUS (apprise targets cannot be reconciled or
deduplicated). Each call's own log (apprise ≥ 2.2 captures it per call, so concurrent
sends in other threads do not leak into it, unlike the process-wide `LogCapture`) goes
into `SendResult.log` with the URL's secret parts replaced by "***".
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

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


class AppriseSettings(ChannelSettings):
    """One apprise URL; all of it is secret (tokens live in its host and path)."""

    url: str

    @field_validator("url")
    @classmethod
    def _understood(cls, value: str) -> str:
        if apprise.Apprise.instantiate(value) is None:
            raise ValueError("not a URL apprise understands")
        return value


def with_timeouts(url: str, timeout: float) -> str:
    """The URL with connect (`cto`) and read (`rto`) timeouts unless it sets its own."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.setdefault("cto", f"{timeout:g}")
    query.setdefault("rto", f"{timeout:g}")
    return urlunsplit(parts._replace(query=urlencode(query)))


def _looks_like_host(host: str) -> bool:
    return (
        netguard.parse_ip(host) is not None
        or "." in host
        or host.lower() in ("localhost", "localhost.")
    )


def network_host(plugin: Any) -> str | None:
    """The host the plugin connects to when the URL names it (json://host), else None.

    Services such as Slack or Telegram carry tokens where a URL's host would be and call
    a fixed public API, so there is nothing to guard; some (ntfy, matrix) accept both
    forms, and there a token never looks like a host name.
    """
    templates = [str(t) for t in getattr(plugin, "templates", ())]
    host = str(getattr(plugin, "host", "") or "")
    if not host or not any("{host}" in t for t in templates):
        return None
    if all("{host}" in t for t in templates) or _looks_like_host(host):
        return host
    return None


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
        self, settings: AppriseSettings, *, allow_private: bool, timeout: float = 10.0
    ) -> None:
        self.settings = settings
        self.allow_private = allow_private
        asset = apprise.AppriseAsset(
            http_redirects=False, async_mode=False, service_timeout=timeout * 2
        )
        self.apprise = apprise.Apprise(asset=asset)
        self.apprise.add(with_timeouts(settings.url, timeout))

    def check_destination(self) -> None:
        """Raise DestinationRefused / DestinationUnresolved when the target is not allowed."""
        for plugin in self.apprise:
            host = network_host(plugin)
            if host is not None:
                netguard.check_host(
                    host, port=getattr(plugin, "port", None), allow_private=self.allow_private
                )

    def send(self, message: OutboundMessage) -> SendResult:
        """Notify the target; never raises."""
        url = self.settings.url
        if len(self.apprise) == 0:
            return SendResult(Outcome.PERMANENT, detail="not a URL apprise understands")
        try:
            self.check_destination()
        except netguard.DestinationRefused as exc:
            return SendResult(Outcome.PERMANENT, detail=str(exc))
        except netguard.DestinationUnresolved as exc:
            return SendResult(Outcome.RETRY, detail=redact(str(exc), url))
        body = message.text or "\n\n".join(message.thread())
        try:
            result = self.apprise.notify(
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
        name = type(next(iter(self.apprise))).__name__
        if status == apprise.AppriseResultStatus.SUCCESS:
            return SendResult(Outcome.SENT, detail=f"{name}: sent", log=log)
        if status == apprise.AppriseResultStatus.TIMEOUT:
            return SendResult(
                Outcome.AMBIGUOUS, detail=f"{name}: timed out; it may have arrived", log=log
            )
        return SendResult(Outcome.RETRY, detail=f"{name}: failed ({status.name})", log=log)
