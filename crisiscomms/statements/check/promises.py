"""Rules about promises: every promise is a tracked commitment with an owner and a due time.

A promise sentence ("we will …", "within 24 hours", "আমরা … করব") is tracked when it matches
a commitment of this statement or a known one (difflib ratio >= 0.6, or one text contains
the other). Commitment texts are written in one language, so in the other locales the
n-th promise sentence of a section is tracked when the n-th promise sentence of the same
section in the home locale is: translations keep the order of their sentences. Promises
about the next update are tracked by the update cadence, and sentences written in the plan
itself (answers to anticipated questions, make-good terms) are standing policy.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC
from difflib import SequenceMatcher
from functools import lru_cache

from crisiscomms.statements.check.context import RuleContext
from crisiscomms.statements.check.report import Finding
from crisiscomms.statements.check.text import normalise, numbers, sentences

MATCH_RATIO = 0.6
MIN_CONTAINED = 10
"""Shorter texts are too generic for "one contains the other" to mean the same promise."""


def commitment_incomplete(ctx: RuleContext) -> Iterator[Finding]:
    """Every commitment needs an owner and a due time, or nobody is bound to keep it."""
    locale = ctx.home_locale
    for i, commitment in enumerate(ctx.input.content.commitments):
        missing = [
            label
            for label, value in (("owner", commitment.owner_id), ("due time", commitment.due_at))
            if value is None
        ]
        if not missing:
            continue
        yield ctx.finding(
            locale,
            f"commitments[{i}]",
            commitment.text,
            (0, 0),
            f'The promise "{commitment.text}" has no {" and no ".join(missing)}.',
            "Give every promise an owner and a due time, so that it is tracked and kept.",
        )


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Text for matching promises: punctuation dropped, then normalised. Remembered: the
    plan's answers and make-good terms are keyed again on every check of its statements."""
    return normalise("".join(" " if unicodedata.category(c).startswith("P") else c for c in text))


def _same_promise(sentence: str, targets: Iterable[str]) -> bool:
    for target in targets:
        shorter, longer = sorted((sentence, target), key=len)
        if len(shorter) >= MIN_CONTAINED and shorter in longer:
            return True
        if SequenceMatcher(None, sentence, target, autojunk=False).ratio() >= MATCH_RATIO:
            return True
    return False


def _standing(ctx: RuleContext, locale: str) -> set[str]:
    """Sentences of the plan itself in a locale: its answers and make-good terms."""
    plan = ctx.input.plan
    texts = [q.answer.get(locale, "") for q in plan.questions]
    texts += [tier.description.get(locale, "") for tier in plan.make_good.tiers]
    return {_key(text[s:e]) for text in texts for s, e in sentences(text)}


def untracked_promise(ctx: RuleContext) -> Iterator[Finding]:
    """A promise in the text that is not one of the statement's tracked commitments."""
    content = ctx.input.content
    targets = [_key(c.text) for c in content.commitments]
    targets += [_key(text) for text in ctx.input.known_commitment_texts]
    update_at = content.next_update_at
    update_time = update_at.astimezone(UTC).strftime("%H:%M") if update_at else None
    home = ctx.home_locale
    home_flags: dict[str, list[bool]] = {}
    for locale in [home, *(loc for loc in ctx.locales if loc != home)]:
        phrases = ctx.phrases(locale)
        if phrases is None:
            continue
        standing = _standing(ctx, locale)
        for name, text in ctx.texts(locale):
            if name == "next_update":
                continue
            flags: list[bool] = []
            for start, end in sentences(text):
                sentence = text[start:end]
                if not phrases.find(sentence):
                    continue
                key = _key(sentence)
                tracked = (
                    key in standing
                    or _same_promise(key, targets)
                    or any(n.is_time and n.value == update_time for n in numbers(sentence))
                )
                if not tracked and locale != home:
                    counterpart = home_flags.get(name, [])
                    tracked = len(flags) < len(counterpart) and counterpart[len(flags)]
                flags.append(tracked)
                if tracked:
                    continue
                yield ctx.finding(
                    locale,
                    name,
                    text,
                    (start, end),
                    "This promise is not among the statement's commitments, so nobody is "
                    "tracked to keep it.",
                    "Add it as a commitment with an owner and a due time, or reword it so it "
                    "does not promise anything.",
                )
            if locale == home:
                home_flags[name] = flags
