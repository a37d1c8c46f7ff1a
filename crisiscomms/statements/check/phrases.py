"""The phrase lists of the transparency check: defaults from `phrases.yaml`, tuned by plans.

A plan's `transparency.rules[rule_id].phrases[locale]` is added to the defaults, never
substituted for them: a plan can make the check stricter or teach it a new language, but it
cannot quietly drop "we regret any inconvenience" from the non-apology list. To stop a rule,
a plan disables it, which is visible in review.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements.check.text import PhraseSet

DATA_FILE = Path(__file__).with_name("phrases.yaml")
NUMBER_WORDS = "_number_words"
APPROXIMATORS = "_approximators"
_AUXILIARY = (NUMBER_WORDS, APPROXIMATORS)

PhraseLists = dict[str, dict[str, list[str]]]
"""Phrase lists keyed by rule id (or auxiliary key), then locale."""


def _as_lists(key: str, value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict) or not all(
        isinstance(items, list) and all(isinstance(item, str) for item in items)
        for items in value.values()
    ):
        raise ValueError(f"{DATA_FILE.name}: {key} must map each locale to a list of phrases")
    return {str(locale): list(items) for locale, items in value.items()}


@lru_cache(maxsize=1)
def default_lists() -> PhraseLists:
    """The shipped phrase lists, read once."""
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{DATA_FILE.name} must be a mapping of rule ids")
    return {str(key): _as_lists(str(key), value) for key, value in raw.items()}


def tuned_lists(rule_id: str, plan: PlanBody) -> dict[str, list[str]]:
    """The defaults for a rule, with the plan's phrases added per locale."""
    lists = {locale: list(items) for locale, items in default_lists().get(rule_id, {}).items()}
    setting = plan.transparency.rules.get(rule_id)
    if setting is not None:
        for locale, extra in setting.phrases.items():
            lists.setdefault(locale, []).extend(extra)
    return lists


@lru_cache(maxsize=64)
def _phrase_set(entries: tuple[str, ...]) -> PhraseSet:
    return PhraseSet(entries)


def phrase_set(entries: list[str]) -> PhraseSet:
    """A compiled phrase set, shared between checks with the same entries."""
    return _phrase_set(tuple(entries))


def auxiliary(key: str, locale: str) -> PhraseSet:
    """Number words or approximators for a locale (empty where none are listed)."""
    if key not in _AUXILIARY:
        raise KeyError(key)
    return phrase_set(default_lists().get(key, {}).get(locale, []))


def shipped_rule_ids() -> frozenset[str]:
    """Rule ids that have default phrase lists in the data file."""
    return frozenset(key for key in default_lists() if key not in _AUXILIARY)
