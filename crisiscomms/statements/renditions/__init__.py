"""Renditions: one statement, shaped for every channel and locale.

Each channel module turns a locale's content and a `RenderContext` into a typed rendition
with a `summary()` for the transparency check; none of them touches the database.
"""

from __future__ import annotations

from typing import Protocol

from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements.content import RenditionSummary, StatementContent
from crisiscomms.statements.renditions.context import RenderContext, context_for
from crisiscomms.statements.renditions.email import EmailRendition, render_email
from crisiscomms.statements.renditions.sms import SmsRendition, render_sms
from crisiscomms.statements.renditions.statuspage import StatusPageRendition, render_status_page
from crisiscomms.statements.renditions.webhook import WebhookPayload, render_webhook
from crisiscomms.statements.renditions.x import XPost, XThread, render_x

__all__ = [
    "EmailRendition",
    "RenderContext",
    "Rendition",
    "SmsRendition",
    "StatusPageRendition",
    "WebhookPayload",
    "XPost",
    "XThread",
    "render_all",
    "summaries",
]

CHANNELS = ("x", "sms", "email", "status_page", "webhook")


class Rendition(Protocol):
    """What every channel's rendition offers."""

    @property
    def locale(self) -> str: ...

    def summary(self) -> RenditionSummary: ...


def render_all(
    content: StatementContent,
    *,
    plan: PlanBody,
    statement_id: int | None,
    incident_id: int | None,
    stage: str,
) -> dict[str, dict[str, Rendition]]:
    """Every channel's rendition, keyed by channel ("x", "sms", ...) then locale."""
    result: dict[str, dict[str, Rendition]] = {channel: {} for channel in CHANNELS}
    for locale, locale_content in content.locales.items():
        here = context_for(
            content, plan, locale, statement_id=statement_id, incident_id=incident_id, stage=stage
        )
        result["x"][locale] = render_x(locale_content, here)
        result["sms"][locale] = render_sms(locale_content, here)
        result["email"][locale] = render_email(locale_content, here)
        result["status_page"][locale] = render_status_page(locale_content, here)
        result["webhook"][locale] = render_webhook(locale_content, here)
    return result


def summaries(
    content: StatementContent,
    *,
    plan: PlanBody,
    statement_id: int | None = None,
    incident_id: int | None = None,
    stage: str = "",
) -> list[RenditionSummary]:
    """The summary of every rendition, channel by channel, for the transparency check."""
    renditions = render_all(
        content, plan=plan, statement_id=statement_id, incident_id=incident_id, stage=stage
    )
    return [r.summary() for by_locale in renditions.values() for r in by_locale.values()]
