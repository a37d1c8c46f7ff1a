"""The channel forms: fields drawn from each kind's settings model, read back from a post,
and errors placed beside their field with every secret kept out of the page.

A secret field is a password input that never carries a value. Left empty when editing, it
keeps the stored secret (it is sent to the service as "***", which the service reads as
"keep"); an optional secret can be removed with its "remove" box. An error message that
quotes a secret typed in the form (a host inside an apprise URL, say) has it masked.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined
from starlette.datastructures import FormData

from crisiscomms.channels import registry
from crisiscomms.channels.models import Audience
from crisiscomms.channels.service import HIDDEN
from crisiscomms.web.forms import text

LABELS = {
    "url": "URL",
    "from_address": "From address (envelope sender)",
    "consumer_key": "Consumer key (API key)",
    "consumer_secret": "Consumer secret (API key secret)",
    "access_token_secret": "Access token secret",
    "base_url": "API address",
    "app_password": "App password",
    "page_id": "Page ID",
    "page_access_token": "Page access token",
    "organization_id": "Organization ID",
    "user_id": "Threads user ID",
    "api_version": "API version",
}
HINTS = {
    "apprise": {"url": "Any apprise URL, e.g. slack://…, discord://…, tgram://…"},
    "webhook": {
        "url": "https://… the receiver; private and loopback addresses are refused.",
        "secret": "The Standard Webhooks signing secret, whsec_…",
    },
    "dry-run": {"label": "Sends nothing: records each message so you can read it here."},
    "mastodon": {
        "base_url": "Your instance, e.g. https://mastodon.social",
        "access_token": "Preferences → Development → New application, scopes write:statuses "
        "read:accounts read:statuses; paste 'Your access token'.",
    },
    "bluesky": {
        "handle": "The account's handle, e.g. status.example.com",
        "app_password": "Settings → Privacy and security → App passwords (xxxx-xxxx-xxxx-xxxx); "
        "never the account password.",
        "base_url": "The account's PDS; https://bsky.social unless you host your own.",
        "language": "Optional BCP 47 tag set on every post, e.g. en.",
    },
    "threads": {
        "access_token": "A long-lived Threads user token with threads_basic and "
        "threads_content_publish.",
        "user_id": "me, or the numeric Threads user ID.",
    },
    "facebook": {
        "page_id": "The numeric ID of the Page (Page → About → Page transparency).",
        "page_access_token": "A Page access token with pages_manage_posts and "
        "pages_read_engagement (a long-lived one, from a system user).",
    },
    "linkedin": {
        "organization_id": "The number in the page's admin URL: linkedin.com/company/<id>/admin.",
        "access_token": "An OAuth token of a page administrator with w_organization_social and "
        "r_organization_social (Community Management API).",
        "api_version": "The LinkedIn-Version header, YYYYMM.",
    },
}
KIND_NAMES = {
    "x": "X (Twitter)",
    "mastodon": "Mastodon (threads replies, Idempotency-Key)",
    "bluesky": "Bluesky (app password, threads replies)",
    "threads": "Threads (Meta)",
    "facebook": "Facebook Page",
    "linkedin": "LinkedIn organisation page",
    "apprise": "Apprise (Slack, Teams, Discord, Telegram, SMS gateways, …)",
    "email": "Email over SMTP, one message per customer",
    "webhook": "Signed webhook (Standard Webhooks)",
    "dry-run": "Dry run (records messages, sends nothing)",
}
COMMON_FIELDS = ("name", "audience", "rate_per_minute", "quarantine_after", "owner_email")
MIN_MASKED = 4
"""Pieces of a typed secret at least this long are masked in error messages."""


@dataclass(frozen=True)
class SettingField:
    """One input of a kind's settings, as the form shows it."""

    name: str
    label: str
    kind: str
    """text, number, password or select."""
    required: bool
    secret: bool
    choices: tuple[str, ...] = ()
    default: str = ""
    hint: str = ""

    @property
    def key(self) -> str:
        """The form field name, also the key of its error."""
        return f"settings.{self.name}"


def _plain(annotation: Any) -> tuple[Any, bool]:
    """The annotation without `| None`, and whether None was allowed."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return (args[0] if len(args) == 1 else str), True
    return annotation, False


def _field(kind: str, name: str, info: FieldInfo, secret: bool) -> SettingField:
    annotation, _optional = _plain(info.annotation)
    choices: tuple[str, ...] = ()
    if secret:
        shape = "password"
    elif get_origin(annotation) is Literal:
        shape, choices = "select", tuple(str(a) for a in get_args(annotation))
    elif annotation is int:
        shape = "number"
    else:
        shape = "text"
    default = info.default
    shown_default = "" if default in (PydanticUndefined, None) else str(default)
    return SettingField(
        name=name,
        label=LABELS.get(name, name.replace("_", " ").capitalize()),
        kind=shape,
        required=info.is_required(),
        secret=secret,
        choices=choices,
        default=shown_default,
        hint=HINTS.get(kind, {}).get(name, info.description or ""),
    )


def setting_fields(kind: str) -> list[SettingField]:
    """The inputs of a kind's settings, in the model's order."""
    cls = registry.channel_class(kind)
    secret_fields: frozenset[str] = cls.secret_fields
    return [
        _field(kind, name, info, name in secret_fields)
        for name, info in cls.settings_model.model_fields.items()
    ]


def kinds() -> list[tuple[str, str]]:
    """Every channel kind with a readable name, in registry order."""
    return [(kind, KIND_NAMES.get(kind, kind)) for kind in registry.REGISTRY]


def audiences() -> list[str]:
    """The audience kinds a channel can serve."""
    return [a.value for a in Audience]


def posted_common(form: FormData) -> dict[str, str]:
    """The fields every channel has, as typed."""
    return {name: text(form, name) for name in COMMON_FIELDS}


def posted_settings(form: FormData, kind: str) -> dict[str, str]:
    """The non-secret settings as typed, for redisplay (secrets are never redisplayed)."""
    return {f.name: text(form, f.key) for f in setting_fields(kind) if not f.secret}


def settings_from(form: FormData, kind: str, *, editing: bool) -> dict[str, Any]:
    """The settings to send to the service; empty inputs are left out (their default).

    Editing, an empty secret keeps the stored one and a ticked "remove" box drops it.
    """
    values: dict[str, Any] = {}
    for f in setting_fields(kind):
        typed = text(form, f.key, strip=not f.secret)
        if f.secret and editing and not typed:
            if not (text(form, f"remove.{f.name}") and not f.required):
                values[f.name] = HIDDEN
        elif typed:
            values[f.name] = typed
    return values


def common_from(values: Mapping[str, str]) -> dict[str, Any]:
    """The common fields for the service's shapes; empty optional numbers left out."""
    data: dict[str, Any] = {"name": values["name"], "audience": values["audience"]}
    data["rate_per_minute"] = values["rate_per_minute"] or None
    if values["quarantine_after"]:
        data["quarantine_after"] = values["quarantine_after"]
    data["owner_email"] = values["owner_email"] or None
    return data


def typed_secrets(form: FormData, kind: str) -> list[str]:
    """Every secret typed in the form (to keep them out of any message shown back)."""
    return [
        value
        for f in setting_fields(kind)
        if f.secret and (value := text(form, f.key, strip=False))
    ]


def _pieces(secret: str) -> list[str]:
    parts = [secret, secret.strip()]
    parts += re.split(r"[/:@?&=#,;\s]+", secret)
    return sorted({p for p in parts if len(p) >= MIN_MASKED}, key=len, reverse=True)


def mask(message: str, secrets: Iterable[str]) -> str:
    """The message with every typed secret (and each longer piece of it) replaced by ***."""
    for secret in secrets:
        for piece in _pieces(secret):
            message = message.replace(piece, HIDDEN)
    return message


def located_errors(
    details: Iterable[Mapping[str, Any]], message: str, *, secrets: Iterable[str] = ()
) -> dict[str, str]:
    """Service or pydantic error details keyed by form field ("settings.url"), masked."""
    hidden = list(secrets)
    errors: dict[str, str] = {}
    for detail in details:
        loc = detail.get("loc", detail.get("location", ""))
        parts = [str(p) for p in loc] if isinstance(loc, list | tuple) else str(loc).split(".")
        if parts and parts[0] == "body":
            parts = parts[1:]
        key = ".".join(parts[:2] if parts and parts[0] == "settings" else parts[:1]) or "form"
        text_ = str(detail.get("msg", detail.get("message", "invalid")))
        errors.setdefault(key, mask(text_.removeprefix("Value error, "), hidden))
    if not errors or "settings" in errors:
        errors.setdefault("form", mask(errors.pop("settings", message), hidden))
    return errors
