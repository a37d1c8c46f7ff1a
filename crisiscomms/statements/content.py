"""The content of a statement: the one source of truth every channel is rendered from.

A statement is structured, not one blob: per locale, the ten transparent sections plus
answers to the anticipated follow-up questions; across locales, the commitments it makes
and the time of the next update. Numbers, dates and amounts are the same in every locale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from crisiscomms.dbtypes import RowId
from crisiscomms.plans.schema import LOCALE_SHAPE, SECTION_NAMES
from crisiscomms.textrules import AwareDatetime

MAX_SECTION_CHARS = 4000
"""The documented size limit of one section."""
MAX_ANSWERS = 20


def _clean(value: str) -> str:
    from crisiscomms.textrules import _no_control_characters

    return _no_control_characters(value)


Locale = Annotated[str, StringConstraints(pattern=LOCALE_SHAPE)]
"""A locale key: it must be one of the plan's locales (`service._validate_locales`), which
langcodes checked when the plan was saved."""
SectionText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SECTION_CHARS),
    AfterValidator(_clean),
]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SectionsContent(Input):
    """The ten transparent sections, as final text (templates already rendered)."""

    headline: Annotated[SectionText, StringConstraints(max_length=200)]
    acknowledgement: SectionText
    apology: SectionText
    impact: SectionText
    root_cause: SectionText
    remediation: SectionText
    commitments: SectionText
    make_good: SectionText
    next_update: SectionText
    help: SectionText

    def items(self) -> list[tuple[str, str]]:
        """(section name, text) in reading order."""
        return [(name, getattr(self, name)) for name in SECTION_NAMES]


class Answer(Input):
    """An anticipated follow-up question, answered before it is asked."""

    question_id: Annotated[str, StringConstraints(max_length=64)]
    question: SectionText
    answer: SectionText


class LocaleContent(Input):
    """One language's version of the statement."""

    sections: SectionsContent
    answers: list[Answer] = Field(default_factory=list, max_length=MAX_ANSWERS)


class CommitmentDraft(Input):
    """A promise the statement makes; becomes a tracked commitment when published."""

    text: SectionText
    owner_id: RowId | None = Field(default=None, description="The user who owns the promise.")
    due_at: AwareDatetime | None = None
    public: bool = True


class StatementContent(Input):
    """Everything a statement says, in every locale."""

    locales: dict[Locale, LocaleContent] = Field(min_length=1)
    commitments: list[CommitmentDraft] = Field(default_factory=list, max_length=50)
    next_update_at: AwareDatetime | None = None


@dataclass(frozen=True)
class IncidentFacts:
    """The incident record's facts that statements must agree with."""

    title: str
    severity_name: str
    detected_at: datetime
    affected_customers: int | None
    next_update_due_at: datetime | None
    products: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    amounts: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RenditionSummary:
    """What the transparency check needs to know of one channel rendition."""

    channel: str
    locale: str
    text: str
    length: int
    limit: int | None
    unit: str
    """What `length` counts: "weighted characters", "segments", "characters"."""
    detail: str = ""

    @property
    def over_limit(self) -> bool:
        """Whether the rendition is longer than its channel allows."""
        return self.limit is not None and self.length > self.limit
