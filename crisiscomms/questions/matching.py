"""Which question is this? Matching to the plan's anticipated questions and grouping.

Text similarity with rapidfuzz (no model): both sides are normalised (case folded, Unicode
NFKC, punctuation and filler words dropped, English words reduced to a crude stem) and
scored by `token_set_ratio` blended with `partial_ratio`, which keeps short questions
("refund when?") close to their long plan wording. A question joins:

1. the group of the plan question it matches best, when that score reaches PLAN_THRESHOLD
   (one group per plan question per incident, so every way of asking it lands together);
2. else the existing group of this incident whose questions it is closest to, at
   GROUP_THRESHOLD or more (near-duplicates);
3. else a new group.

The thresholds were tuned on the dev split of the labelled corpus only
(tests/fixtures/questions/dev.yaml; `bench/questions.py` prints the figures).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from crisiscomms.plans.schema import PlanBody

PLAN_THRESHOLD = 62.0
GROUP_THRESHOLD = 70.0
AUTO_ANSWER_THRESHOLD = 85.0
"""A pre-approved plan answer goes out automatically only at this score or more (and only
where the plan allows it)."""

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
    """A plan's anticipated questions, normalised once, in every language they are written."""

    def __init__(self, plan: PlanBody | None) -> None:
        self.ids: list[str] = []
        self.texts: list[str] = []
        for question in plan.questions if plan is not None else []:
            for text in question.question.values():
                self.ids.append(question.id)
                self.texts.append(normalise(text))

    def best(self, normalised: str) -> PlanMatch | None:
        """The plan question closest to the text, with its score (None without questions)."""
        if not self.texts:
            return None
        found = process.extractOne(normalised, self.texts, scorer=score)
        if found is None:
            return None
        _, value, index = found
        return PlanMatch(self.ids[index], float(value))


@dataclass(frozen=True)
class Placement:
    """Where a question goes: a plan question's group, an existing group, or a new one."""

    plan_question_id: str | None
    group_key: int | None
    """The index into the candidates passed in, when it joins an existing group."""
    score: float


def place(
    normalised: str, plan: PlanQuestions, groups: Sequence[tuple[str | None, str]]
) -> Placement:
    """Decide the group of a normalised question, given the incident's existing groups as
    (plan question id, normalised label) pairs."""
    match = plan.best(normalised)
    if match is not None and match.score >= PLAN_THRESHOLD:
        for index, (plan_id, _) in enumerate(groups):
            if plan_id == match.question_id:
                return Placement(match.question_id, index, match.score)
        return Placement(match.question_id, None, match.score)
    labels = [label for _, label in groups]
    found = process.extractOne(normalised, labels, scorer=score) if labels else None
    if found is not None and found[1] >= GROUP_THRESHOLD:
        index = found[2]
        return Placement(groups[index][0], index, float(found[1]))
    return Placement(None, None, match.score if match is not None else 0.0)


def group_texts(texts: Iterable[str], plan: PlanBody | None) -> list[tuple[int, str | None]]:
    """Group a list of questions as the service would, without a database: (group number,
    plan question id) for each. Used by the benchmark and the tests of the thresholds."""
    questions = PlanQuestions(plan)
    groups: list[tuple[str | None, str]] = []
    out: list[tuple[int, str | None]] = []
    for text in texts:
        normalised = normalise(text)
        placed = place(normalised, questions, groups)
        if placed.group_key is None:
            groups.append((placed.plan_question_id, normalised))
            out.append((len(groups) - 1, placed.plan_question_id))
        else:
            out.append((placed.group_key, placed.plan_question_id))
    return out
