"""Which question is this? Matching to the plan's anticipated questions and grouping.

Two signals, no model. First the question's intent (`lexicon`): what it asks about (when
it will be fixed, whether we pay, the SLA, data, a refund...), found by its words in
English, Bengali and Bengali in Latin letters. Then text similarity with rapidfuzz: both
sides normalised (case folded, Unicode NFKC, punctuation and filler words dropped, English
words reduced to a crude stem) and scored by `token_set_ratio` blended with
`partial_ratio`. A question joins:

1. the group of the plan question with its intent (the closest in wording when several
   have it), or, with no intent recognised, the plan question its text is closest to at
   PLAN_THRESHOLD or more (one group per plan question per incident);
2. else the group of this incident with the same intent;
3. else, with no intent, the group whose first question is closest at GROUP_THRESHOLD;
4. else a new group.

The lexicon and the thresholds were tuned on the dev split of the labelled corpus only
(tests/fixtures/questions/dev.yaml; `bench/questions.py` prints the figures).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from crisiscomms.plans.schema import PlanBody
from crisiscomms.questions import lexicon

PLAN_THRESHOLD = 80.0
"""A question with no recognised intent matches a plan question only at this text score."""
GROUP_THRESHOLD = 75.0
"""Questions with no recognised intent share a group at this text score or more."""
INTENT_BASE = 70.0
"""A plan match by intent scores this plus 30 % of the text score (70-100)."""
AUTO_ANSWER_THRESHOLD = 88.0
"""A pre-approved plan answer goes out automatically only at this score or more (an intent
match whose wording is also close), and only where the plan allows it."""

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    """a an the is are was were be been am i me my we our you your it its this that to of
    in on at for and or do does did will would can could should has have had please hi hello
    dear there what when why how who which any some just still yet so about with from
    কি কী আমার আমি আমাদের এটা এটি কেন কখন কবে কিভাবে কীভাবে এবং বা হবে হয় হয়েছে করে
    দয়া দয়া করে আপনারা আপনি""".split()
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def language_of(text: str) -> str:
    """bn when Bengali script dominates the letters, else en."""
    bengali = sum(1 for c in text if "\u0980" <= c <= "\u09ff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "bn" if bengali > latin else "en"


def _stem(word: str) -> str:
    if word.isascii():
        for suffix in _SUFFIXES:
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                return word[: -len(suffix)]
    return word


def fold(text: str) -> str:
    """The text case folded and NFKC-normalised, whitespace collapsed (for the lexicon)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def normalise(text: str) -> str:
    """Lower-case words without punctuation or filler, stemmed, for comparison."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = [_stem(w) for w in _WORD.findall(folded) if w not in _STOP]
    return " ".join(words) if words else " ".join(_WORD.findall(folded))


def score(a: str, b: str, **_: object) -> float:
    """Similarity of two normalised texts, 0-100."""
    if not a or not b:
        return 0.0
    return 0.7 * fuzz.token_set_ratio(a, b) + 0.3 * fuzz.partial_ratio(a, b)


@dataclass(frozen=True)
class PlanMatch:
    question_id: str
    score: float


class PlanQuestions:
    """A plan's anticipated questions: their intents and wording in every language."""

    def __init__(self, plan: PlanBody | None) -> None:
        self.ids: list[str] = []
        self.texts: list[str] = []
        self.intents: dict[str, str | None] = {}
        for question in plan.questions if plan is not None else []:
            wording = list(question.question.values())
            self.intents[question.id] = lexicon.intent(fold(" ".join(wording)))
            for text in wording:
                self.ids.append(question.id)
                self.texts.append(normalise(text))

    def best(self, normalised: str, intent: str | None) -> PlanMatch | None:
        """The plan question for a text: by intent when one has it, else by wording."""
        if not self.texts:
            return None
        candidates = [i for i, qid in enumerate(self.ids) if self.intents[qid] == intent]
        if intent is not None and not candidates:
            return None
        pool = candidates or list(range(len(self.texts)))
        found = process.extractOne(normalised, [self.texts[i] for i in pool], scorer=score)
        if found is None:
            return None
        index = pool[found[2]]
        value = float(found[1])
        if intent is not None:
            value = INTENT_BASE + 0.3 * value
        return PlanMatch(self.ids[index], value)


@dataclass(frozen=True)
class Placement:
    """Where a question goes: a plan question's group, an existing group, or a new one."""

    plan_question_id: str | None
    group_key: int | None
    """The index into the candidates passed in, when it joins an existing group."""
    score: float
    intent: str | None = None


GroupKey = tuple[str | None, str, str | None]
"""An existing group as matching sees it: (plan question id, normalised label, intent)."""


def key_of(plan_question_id: str | None, label: str) -> GroupKey:
    """A group's key from its plan question and its first question's text."""
    return plan_question_id, normalise(label), lexicon.intent(fold(label))


def place(text: str, plan: PlanQuestions, groups: Sequence[GroupKey]) -> Placement:
    """Decide the group of a question, given the incident's existing groups."""
    normalised = normalise(text)
    intent = lexicon.intent(fold(text))
    match = plan.best(normalised, intent)
    threshold = INTENT_BASE if intent is not None else PLAN_THRESHOLD
    if match is not None and match.score >= threshold:
        for index, (plan_id, _, _) in enumerate(groups):
            if plan_id == match.question_id:
                return Placement(match.question_id, index, match.score, intent)
        return Placement(match.question_id, None, match.score, intent)
    if intent is not None:
        for index, (plan_id, _, group_intent) in enumerate(groups):
            if plan_id is None and group_intent == intent:
                return Placement(None, index, INTENT_BASE, intent)
        return Placement(None, None, match.score if match else 0.0, intent)
    loose = [i for i, (plan_id, _, g) in enumerate(groups) if plan_id is None and g is None]
    labels = [groups[i][1] for i in loose]
    found = process.extractOne(normalised, labels, scorer=score) if labels else None
    if found is not None and found[1] >= GROUP_THRESHOLD:
        return Placement(None, loose[found[2]], float(found[1]), None)
    return Placement(None, None, match.score if match is not None else 0.0, None)


def group_texts(texts: Iterable[str], plan: PlanBody | None) -> list[tuple[int, str | None]]:
    """Group a list of questions as the service would, without a database: (group number,
    plan question id) for each. Used by the benchmark and the tests of the thresholds."""
    questions = PlanQuestions(plan)
    groups: list[GroupKey] = []
    out: list[tuple[int, str | None]] = []
    for text in texts:
        placed = place(text, questions, groups)
        if placed.group_key is None:
            groups.append((placed.plan_question_id, normalise(text), placed.intent))
            out.append((len(groups) - 1, placed.plan_question_id))
        else:
            out.append((placed.group_key, placed.plan_question_id))
    return out
