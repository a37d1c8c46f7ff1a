"""Previews: how a statement will look on each channel, before anything is sent."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlmodel import Session

from crisiscomms.errors import NotFound
from crisiscomms.statements import renditions
from crisiscomms.statements import service as statement_service

CHANNELS = renditions.CHANNELS


def preview(
    session: Session, statement_id: int, *, channel: str, locale: str | None
) -> dict[str, Any]:
    """One channel's rendition of the statement in one locale (default: the plan's)."""
    statement = statement_service.get_statement(session, statement_id)
    incident, plan = statement_service.context_of(session, statement)
    if channel not in CHANNELS:
        raise NotFound(f"no channel {channel!r}; previews exist for {', '.join(CHANNELS)}")
    content = statement_service.content_of(statement)
    locale = locale or plan.default_locale
    if locale not in content.locales:
        raise NotFound(
            f"statement {statement_id} has no {locale!r} text; it has {', '.join(content.locales)}"
        )
    rendered = renditions.render_all(
        content,
        plan=plan,
        statement_id=statement.id,
        incident_id=incident.id,
        stage=statement.stage,
    )[channel][locale]
    summary = rendered.summary()
    return {
        "statement_id": statement_id,
        "channel": channel,
        "locale": locale,
        "rendition": dataclasses.asdict(rendered),  # type: ignore[call-overload]
        "length": summary.length,
        "limit": summary.limit,
        "unit": summary.unit,
        "over_limit": summary.over_limit,
    }
