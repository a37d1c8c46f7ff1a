"""An incident's public updates: each published statement as the public sees it, and the
resolved line that closes the story when no resolved statement was published.

Statuspage always adds a resolved update when an incident is resolved, so readers of the
page, the feeds and the JSON never see a resolved incident whose last word is
"investigating". Here the same holds: a resolved or closed incident whose newest published
statement is of an open stage gets one more update, "This incident has been resolved.", in
the language of that statement, dated when the incident was resolved (or when that
statement went out, if it went out later). It is derived from the incident, not stored: a
resolved statement published later replaces it, and a reopened incident loses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from crisiscomms.incidents.lifecycle import OPEN_STATUSES
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody, Stage
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement
from crisiscomms.statements.renditions.context import context_for, pick_locale
from crisiscomms.statements.renditions.statuspage import (
    STATUS_SECTIONS,
    markdown_to_html,
    render_status_page,
)
from crisiscomms.statuspage import derive
from crisiscomms.statuspage.derive import StatuspageStatus
from crisiscomms.statuspage.labels import labels_for

CLOSING_STATUSES: frozenset[StatuspageStatus] = frozenset({"resolved", "postmortem"})
"""Update statuses a resolved incident's story may end on."""


@dataclass(frozen=True)
class Section:
    """One section of an update: its heading in the update's language and its safe HTML."""

    heading: str
    html: str


@dataclass(frozen=True)
class PublicUpdate:
    """One update as the public sees it, in one locale: a published statement, or the
    resolved line (`statement_id` None)."""

    statement_id: int | None
    incident_id: int
    stage: str
    status: StatuspageStatus
    """The Statuspage update status: investigating … resolved, or postmortem (follow-up)."""
    locale: str
    headline: str
    sections: tuple[Section, ...]
    markdown: str
    html: str
    """The whole status-page rendition, sanitised (for the feed)."""
    published_at: datetime

    @property
    def key(self) -> str:
        """A stable id: the statement's, or `resolved-{incident}` for the resolved line."""
        if self.statement_id is None:
            return f"resolved-{self.incident_id}"
        return str(self.statement_id)


def statement_update(statement: Statement, plan: PlanBody, wanted: str | None) -> PublicUpdate:
    """A published statement as an update, in the wanted language where it has it."""
    content = statement_service.content_of(statement)
    locale = pick_locale(list(content.locales), wanted or plan.default_locale, plan.default_locale)
    here = context_for(
        content,
        plan,
        locale,
        statement_id=statement.id,
        incident_id=statement.incident_id,
        stage=statement.stage,
    )
    text = content.locales[locale]
    rendition = render_status_page(text, here)
    headings = here.phrases.headings
    sections = [
        Section(heading=headings[name], html=markdown_to_html(getattr(text.sections, name)))
        for name in STATUS_SECTIONS
    ]
    sections += [
        Section(heading=answer.question, html=markdown_to_html(answer.answer))
        for answer in text.answers
    ]
    return PublicUpdate(
        statement_id=statement.id or 0,
        incident_id=statement.incident_id,
        stage=statement.stage,
        status=derive.update_status(statement.stage),
        locale=locale,
        headline=text.sections.headline,
        sections=tuple(sections),
        markdown=rendition.markdown,
        html=rendition.html,
        published_at=statement.published_at or statement.updated_at,
    )


def with_resolution(
    incident: Incident, updates: tuple[PublicUpdate, ...]
) -> tuple[PublicUpdate, ...]:
    """The updates (newest first), with the resolved line on top where a resolved or closed
    incident's newest update is of an open stage."""
    latest = updates[0]
    if incident.status in OPEN_STATUSES or incident.resolved_at is None:
        return updates
    if latest.status in CLOSING_STATUSES:
        return updates
    line = labels_for(latest.locale).gettext("This incident has been resolved.")
    resolved = PublicUpdate(
        statement_id=None,
        incident_id=latest.incident_id,
        stage=Stage.RESOLVED.value,
        status="resolved",
        locale=latest.locale,
        headline=line,
        sections=(),
        markdown=line,
        html=f"<p>{escape(line)}</p>",
        published_at=max(incident.resolved_at, latest.published_at),
    )
    return (resolved, *updates)
