"""What a rule sees: the statement and its surroundings, its own tuned phrases and severity.

A rule is a plain function from a `RuleContext` to findings. The context builds findings
(so each carries the rule id, the tuned severity and the exact excerpt) and offers the
shared helpers most rules need: the texts of a locale, phrase hits, whether a sentence
carries a figure.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from crisiscomms.plans.schema import PlanBody, Stage
from crisiscomms.statements.check.phrases import (
    NUMBER_WORDS,
    auxiliary,
    default_lists,
    phrase_set,
)
from crisiscomms.statements.check.report import Finding, Severity
from crisiscomms.statements.check.text import PhraseSet
from crisiscomms.statements.content import (
    IncidentFacts,
    RenditionSummary,
    SectionsContent,
    StatementContent,
)

Localized = str | Mapping[str, str]
"""A text, or texts keyed by language with "en" as the fallback (for examples in suggestions)."""


def localized(text: Localized, locale: str) -> str:
    """The text for a locale's language, else the English one."""
    if isinstance(text, str):
        return text
    return text.get(locale, text.get(locale.split("-")[0], text["en"]))


@dataclass(frozen=True)
class CheckInput:
    """Everything `run_check` was given."""

    content: StatementContent
    plan: PlanBody
    facts: IncidentFacts
    stage: Stage
    template_defaults: dict[str, SectionsContent] = field(default_factory=dict)
    other_apologies: Sequence[str] = ()
    renditions: Sequence[RenditionSummary] = ()
    known_commitment_texts: Sequence[str] = ()


@dataclass(frozen=True)
class RuleContext:
    """One rule's view of the check: the input, its severity and its phrases per locale."""

    input: CheckInput
    rule_id: str
    severity: Severity
    phrase_lists: dict[str, list[str]]
    enabled: frozenset[str]

    @property
    def locales(self) -> list[str]:
        """The statement's locales, in the order written."""
        return list(self.input.content.locales)

    @property
    def home_locale(self) -> str:
        """Where findings about the whole statement go: the plan's default locale if present."""
        default = self.input.plan.default_locale
        return default if default in self.input.content.locales else self.locales[0]

    def phrases(self, locale: str) -> PhraseSet | None:
        """This rule's phrases for a locale and its language, None where there are none."""
        language = locale.split("-")[0]
        entries = self.phrase_lists.get(language, []) if language != locale else []
        entries = [*entries, *self.phrase_lists.get(locale, [])]
        if not entries:
            return None
        found = phrase_set(entries)
        return found if found else None

    def section(self, locale: str, name: str) -> str:
        """The text of one section in one locale."""
        text: str = getattr(self.input.content.locales[locale].sections, name)
        return text

    def texts(self, locale: str) -> list[tuple[str, str]]:
        """(section, text) of a locale: the sections, then each answer."""
        content = self.input.content.locales[locale]
        answers = [(f"answers[{i}].answer", a.answer) for i, a in enumerate(content.answers)]
        return [*content.sections.items(), *answers]

    def has_figure(self, locale: str, text: str) -> bool:
        """Whether a text holds a digit (any script) or a number word."""
        if any(char.isdecimal() for char in text):
            return True
        language = locale.split("-")[0]
        words = auxiliary(NUMBER_WORDS, locale) or auxiliary(NUMBER_WORDS, language)
        return bool(words.find(text))

    def finding(
        self,
        locale: str,
        section: str,
        text: str,
        span: tuple[int, int],
        message: str,
        suggestion: str,
    ) -> Finding:
        """A finding of this rule at `span` of `text`."""
        start, end = span
        return Finding(
            rule=self.rule_id,
            severity=self.severity,
            message=message,
            locale=locale,
            section=section,
            start=start,
            end=end,
            excerpt=text[start:end],
            suggestion=suggestion,
        )

    def require_phrases(
        self, section: str, message: str, suggestion: Localized
    ) -> Iterator[Finding]:
        """A whole-section finding in each locale where no phrase of the list appears."""
        for locale in self.locales:
            phrases = self.phrases(locale)
            if phrases is None:
                continue
            text = self.section(locale, section)
            if not phrases.find(text):
                yield self.finding(
                    locale, section, text, (0, 0), message, localized(suggestion, locale)
                )

    def flag_phrases(
        self,
        message: str,
        suggestion: Localized,
        sections: Iterable[str] | None = None,
        hint: str = "{hint}",
    ) -> Iterator[Finding]:
        """A finding for every phrase hit; `{excerpt}` in the message is the hit's text.

        A phrase's own suggestion (after "=>" in its list) goes into `hint` and replaces the
        rule's general suggestion.
        """
        wanted = set(sections) if sections is not None else None
        for locale in self.locales:
            phrases = self.phrases(locale)
            if phrases is None:
                continue
            for name, text in self.texts(locale):
                if wanted is not None and name not in wanted:
                    continue
                for hit in phrases.find(text):
                    excerpt = text[hit.start : hit.end]
                    yield self.finding(
                        locale,
                        name,
                        text,
                        (hit.start, hit.end),
                        message.format(excerpt=excerpt),
                        hint.format(hint=hit.suggestion)
                        if hit.suggestion
                        else localized(suggestion, locale),
                    )


Check = Callable[[RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A transparency rule: its id, default severity and the function that applies it."""

    id: str
    severity: Severity
    check: Check

    @property
    def doc(self) -> str:
        """What the rule looks for, from the function's docstring."""
        return inspect.getdoc(self.check) or ""

    @property
    def default_phrases(self) -> dict[str, list[str]]:
        """The shipped phrase lists of this rule, per locale."""
        return default_lists().get(self.id, {})
