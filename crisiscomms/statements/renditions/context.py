"""What a renderer needs besides the locale's text: who speaks, when, and about what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crisiscomms.plans.schema import Organisation, PlanBody
from crisiscomms.statements.content import CommitmentDraft, StatementContent
from crisiscomms.statements.renditions.phrases import Phrases, phrases_for


@dataclass(frozen=True)
class RenderContext:
    """The facts shared by every channel's rendition of one statement in one locale."""

    locale: str
    organisation: Organisation
    next_update_at: datetime | None = None
    statement_id: int | None = None
    incident_id: int | None = None
    stage: str = ""
    commitments: tuple[CommitmentDraft, ...] = ()
    published_at: datetime | None = None
    """When the statement was published (None for a draft's preview)."""

    @property
    def help_url(self) -> str:
        """Where short channels send people: the status page, else the support site."""
        return self.organisation.status_page_url or self.organisation.support_url

    @property
    def phrases(self) -> Phrases:
        """The headings and labels of this locale."""
        return phrases_for(self.locale)


def context_for(
    content: StatementContent,
    plan: PlanBody,
    locale: str,
    *,
    statement_id: int | None = None,
    incident_id: int | None = None,
    stage: str = "",
    published_at: datetime | None = None,
) -> RenderContext:
    """The render context of one locale of a statement under a plan."""
    return RenderContext(
        locale=locale,
        organisation=plan.organisation,
        next_update_at=content.next_update_at,
        statement_id=statement_id,
        incident_id=incident_id,
        stage=stage,
        commitments=tuple(content.commitments),
        published_at=published_at,
    )


def pick_locale(available: list[str] | dict[str, object], wanted: str, default: str) -> str:
    """The locale to use: the wanted one, its language, the default, else the first available."""
    language = wanted.split("-", 1)[0]
    for candidate in (wanted, language, default):
        if candidate in available:
            return candidate
    for candidate in available:
        if candidate.split("-", 1)[0] == language:
            return candidate
    return next(iter(available))
