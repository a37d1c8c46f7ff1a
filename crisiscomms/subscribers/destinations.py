"""Where a subscriber is reached, checked and kept: an email address, a phone number, a
webhook URL, or a Slack, Teams or Discord incoming-webhook URL.

- Phones are parsed by `phonenumbers` (international form, or the default region) and kept
  in E.164; only numbers that can be valid are taken.
- A chat URL must be https on its service's own host, with its incoming-webhook path
  (`hooks.slack.com/services/…`, a Teams Workflows URL `*.logic.azure.com/…/workflows/…`,
  `discord.com/api/webhooks/…`), and apprise must read it as that service.
- A webhook URL is http(s) with a host; the private-address policy is the flow's (it is
  the channels' netguard), at sign-up and at every send.
- A URL is a bearer secret (anyone holding a Slack webhook URL may post to it): it is kept
  encrypted in `destination`, with a webhook's signing secret; `address` holds a keyed
  digest, so the same URL signs up once and nothing readable is stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import apprise
import phonenumbers
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from crisiscomms.errors import BadRequest
from crisiscomms.subscribers.models import CHAT_KINDS, URL_KINDS, Subscriber, SubscriberKind

MAX_URL = 2000
CHAT_SERVICES: dict[SubscriberKind, tuple[str, str]] = {
    SubscriberKind.SLACK: ("Slack", "NotifySlack"),
    SubscriberKind.TEAMS: ("Microsoft Teams", "NotifyWorkflows"),
    SubscriberKind.DISCORD: ("Discord", "NotifyDiscord"),
}
"""Each chat kind's name and the apprise plugin that must read its URL."""
FIELDS = {
    SubscriberKind.EMAIL: "email",
    SubscriberKind.SMS: "phone",
    SubscriberKind.WEBHOOK: "webhook_url",
    SubscriberKind.SLACK: "chat_url",
    SubscriberKind.TEAMS: "chat_url",
    SubscriberKind.DISCORD: "chat_url",
}
"""The sign-up field each kind is given in."""


def invalid(where: str, message: str, rule: str = "value_error") -> BadRequest:
    """A 422 at the field; `rule` (the detail's `type`) names what was broken, so a page
    can say it in its reader's language."""
    return BadRequest(
        message,
        status=422,
        details=[{"location": where, "message": message, "type": rule}],
    )


@dataclass(frozen=True)
class Destination:
    """A checked destination: its kind, the stored `address`, and what is kept sealed."""

    kind: SubscriberKind
    address: str
    sealed: dict[str, str] = field(default_factory=dict)


def phone(value: str, *, region: str | None = None, where: str = "phone") -> str:
    """A phone number in E.164, or a 422 naming the field and the value."""
    text = (value or "").strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        message = f"{where}: {text[:40]!r} is not a phone number ({exc})."
        raise invalid(where, message, "phone_invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise invalid(
            where,
            f"{where}: {text[:40]!r} is not a valid number (give it as +<country> …).",
            "phone_invalid",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _chat_host_ok(kind: SubscriberKind, host: str, path: str) -> bool:
    if kind == SubscriberKind.SLACK:
        return host == "hooks.slack.com" and path.startswith("/services/")
    if kind == SubscriberKind.DISCORD:
        hosts = ("discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com")
        return host in hosts and path.startswith("/api/webhooks/")
    # Teams' incoming webhooks are Workflows (Power Automate) URLs now: the Office 365
    # connectors (*.webhook.office.com) are retired, and apprise reads them no longer.
    azure = host.endswith((".logic.azure.com", ".logic.azure.us"))
    return (azure or ".powerplatform." in f".{host}") and "/workflows/" in path


def chat_url(value: str, *, where: str = "chat_url") -> tuple[SubscriberKind, str]:
    """A Slack, Teams or Discord incoming-webhook URL and its kind, or a 422: https, on the
    service's own host and path, and read by apprise as that service."""
    url = (value or "").strip()
    if len(url) > MAX_URL:
        raise invalid(where, f"{where}: at most {MAX_URL} characters.", "url_too_long")
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path
    kind = next((k for k in CHAT_SERVICES if _chat_host_ok(k, host, path)), None)
    if parts.scheme != "https" or kind is None or parts.username or parts.port not in (None, 443):
        raise invalid(
            where,
            f"{where}: not an incoming-webhook URL of Slack (https://hooks.slack.com/services/…), "
            "Microsoft Teams (a Workflows URL, https://….logic.azure.com/…/workflows/…) or Discord "
            "(https://discord.com/api/webhooks/…).",
            "chat_url_invalid",
        )
    plugin = apprise.Apprise.instantiate(url)
    name, plugin_class = CHAT_SERVICES[kind]
    if plugin is None or type(plugin).__name__ != plugin_class:
        message = f"{where}: this {name} URL is incomplete (copy it whole)."
        raise invalid(where, message, "chat_url_incomplete")
    return kind, url


def webhook_url(value: str, *, where: str = "webhook_url") -> str:
    """An http(s) URL with a host, or a 422 (the address policy is checked by the caller)."""
    url = (value or "").strip()
    parts = urlsplit(url)
    if len(url) > MAX_URL:
        raise invalid(where, f"{where}: at most {MAX_URL} characters.", "url_too_long")
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username:
        message = f"{where}: {url[:80]!r} is not an http(s)://host/… URL."
        raise invalid(where, message, "webhook_url_invalid")
    return url


def url_address(key: bytes, url: str) -> str:
    """The stored `address` of a URL: a keyed digest, equal for equal URLs."""
    digest = hmac.new(key, url.encode(), hashlib.sha256).hexdigest()[:48]
    return f"url:{digest}"


def for_url(key: bytes, kind: SubscriberKind, url: str) -> Destination:
    """A URL destination; a webhook gets a signing secret of its own."""
    sealed = {"url": url}
    if kind == SubscriberKind.WEBHOOK:
        sealed["secret"] = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    return Destination(kind, url_address(key, url), sealed)


def _fernet(keys: Sequence[bytes]) -> MultiFernet:
    return MultiFernet([Fernet(base64.urlsafe_b64encode(k[:32])) for k in keys])


def seal(key: bytes, values: dict[str, str]) -> str:
    """Values encrypted and authenticated, as stored text."""
    return _fernet([key]).encrypt(json.dumps(values, sort_keys=True).encode()).decode()


def unseal(keys: Sequence[bytes], subscriber: Subscriber) -> dict[str, Any]:
    """A subscriber's sealed destination ({} when it has none or no key opens it)."""
    if not subscriber.destination or not keys:
        return {}
    try:
        value = json.loads(_fernet(keys).decrypt(subscriber.destination.encode()))
    except (InvalidToken, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def shown(subscriber: Subscriber, clear: dict[str, Any]) -> str:
    """The destination as its owner sees it on the manage page: masked."""
    if subscriber.kind == SubscriberKind.SMS:
        return subscriber.address[:4] + "…" + subscriber.address[-2:]
    if subscriber.kind in URL_KINDS:
        parts = urlsplit(str(clear.get("url", "")))
        kind = CHAT_SERVICES.get(subscriber.kind, ("webhook", ""))[0]
        return f"{kind}: {parts.scheme}://{parts.hostname}/…" if parts.hostname else kind
    return subscriber.address


__all__ = ["CHAT_KINDS", "URL_KINDS", "Destination"]
