"""Which question is this? Matching to the plan's anticipated questions and grouping.

Two signals, no model, both from the plan itself. A question becomes a bag of words
(normalised: case folded, Unicode NFKC, filler words dropped, English and Bengali endings
cut) plus the intents it names (`lexicon`: when it will be fixed, whether we pay, a refund,
a scam text... in English, Bengali and Bengali in Latin letters), each intent counted
INTENT_WEIGHT times. Each anticipated question of the plan is a bag of its wording in every
language (twice) and of its answer (half), weighted by how rare each word is among the
plan's questions (tf-idf). A question joins:

1. the plan question whose bag is closest (cosine) when that reaches PLAN_THRESHOLD (one
   group per plan question per incident);
2. else the unforeseen group of this incident closest to it (cosine with the words of the
   group's questions so far) at GROUP_THRESHOLD or more;
3. else a new group.

rapidfuzz breaks a tie of plan questions by their wording, and catches a misspelt word
that is one edit from a plan word.

The lexicon and the thresholds were tuned on the dev split of the labelled corpus only
(tests/fixtures/questions/dev.yaml; `bench/questions.py` prints the figures).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from crisiscomms.plans.schema import PlanBody
from crisiscomms.questions import lexicon

PLAN_THRESHOLD = 0.10
"""The cosine at which a question matches a plan question."""
GROUP_THRESHOLD = 0.25
"""The cosine at which an unforeseen question joins an unforeseen group."""
INTENT_WEIGHT = 4
ANSWER_WEIGHT = 0.5
QUESTION_WEIGHT = 2.0
AUTO_ANSWER_THRESHOLD = 0.45
"""A pre-approved plan answer goes out automatically only at this cosine or more (and only
where the plan allows it)."""
MAX_GROUP_WORDS = 150
"""The words a group keeps for matching (its first questions' words)."""

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


_BN_ENDINGS = ("গুলোর", "গুলো", "দের", "ের", "র", "কে", "টা", "টি", "য়", "ে", "ও")


def _cut(word: str) -> str:
    if word.isascii():
        return _stem(word)
    for ending in _BN_ENDINGS:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def tokens(text: str, *, intents: bool = True) -> list[str]:
    """The words of a text for matching, and its intents as `§name` (INTENT_WEIGHT each)."""
    words = [_cut(w) for w in normalise(text).split()]
    found = [w for w in words if len(w) > 1 and not w.isdigit()]
    if intents:
        for name in lexicon.hits(fold(text)):
            found += [f"§{name}"] * INTENT_WEIGHT
    return found


def score(a: str, b: str, **_: object) -> float:
    """Similarity of two normalised texts, 0-100 (rapidfuzz)."""
    if not a or not b:
        return 0.0
    return 0.7 * fuzz.token_set_ratio(a, b) + 0.3 * fuzz.partial_ratio(a, b)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(key, 0.0) for key, value in a.items())


@dataclass(frozen=True)
class PlanMatch:
    question_id: str
    score: float


class PlanQuestions:
    """A plan's anticipated questions as tf-idf vectors of their wording and answers."""

    def __init__(self, plan: PlanBody | None) -> None:
        self._build(
            [
                (q.id, list(q.question.values()), list(q.answer.values()))
                for q in (plan.questions if plan is not None else [])
            ]
        )

    @classmethod
    def from_key(cls, key: _PlanKey) -> PlanQuestions:
        """Built from `plan_questions`' cache key."""
        found = cls.__new__(cls)
        found._build(
            [(qid, [t for _, t in asked], [t for _, t in answers]) for qid, asked, answers in key]
        )
        return found

    def _build(self, questions: list[tuple[str, list[str], list[str]]]) -> None:
        bags: dict[str, dict[str, float]] = {}
        self.wording: dict[str, str] = {}
        for question_id, asked, answers in questions:
            bag: defaultdict[str, float] = defaultdict(float)
            for text in asked:
                for token in tokens(text):
                    bag[token] += QUESTION_WEIGHT
            for text in answers:
                for token in tokens(text, intents=False):
                    bag[token] += ANSWER_WEIGHT
            bags[question_id] = bag
            self.wording[question_id] = normalise(" ".join(asked))
        count = max(len(bags), 1)
        seen = Counter(token for bag in bags.values() for token in bag)
        self.idf = {token: math.log(1 + count / n) for token, n in seen.items()}
        self.unknown = math.log(1 + count)
        self.vectors = {qid: self.vector(bag) for qid, bag in bags.items()}
        self.vocabulary = [t for t in self.idf if not t.startswith("§") and len(t) > 4]

    def vector(self, bag: Mapping[str, float]) -> dict[str, float]:
        """A unit tf-idf vector of a bag of tokens."""
        weights = {
            t: (1 + math.log(c)) * self.idf.get(t, self.unknown) for t, c in bag.items() if c > 0
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def spell(self, found: list[str]) -> list[str]:
        """Words one edit from a plan word become that word (rapidfuzz)."""
        if not self.vocabulary:
            return found
        fixed = []
        for token in found:
            if token in self.idf or token.startswith("§") or len(token) < 5:
                fixed.append(token)
                continue
            near = process.extractOne(token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=88)
            fixed.append(near[0] if near else token)
        return fixed

    def best(self, found: list[str], normalised: str) -> PlanMatch | None:
        """The closest plan question (cosine), rapidfuzz on the wording breaking ties."""
        if not self.vectors:
            return None
        query = self.vector(Counter(found))
        scored = {qid: cosine(query, vector) for qid, vector in self.vectors.items()}
        top = max(scored.values())
        tied = [qid for qid, value in scored.items() if top - value < 1e-9]
        if len(tied) > 1:
            tied.sort(key=lambda qid: -score(normalised, self.wording[qid]))
        return PlanMatch(tied[0], top)


_PlanKey = tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...]


@lru_cache(maxsize=32)
def _plan_questions(key: _PlanKey) -> PlanQuestions:
    return PlanQuestions.from_key(key)


def plan_questions(plan: PlanBody | None) -> PlanQuestions:
    """The plan's questions as vectors, built once per distinct set of questions (a burst
    of questions about one incident builds them once)."""
    if plan is None:
        return PlanQuestions(None)
    key = tuple(
        (q.id, tuple(sorted(q.question.items())), tuple(sorted(q.answer.items())))
        for q in plan.questions
    )
    return _plan_questions(key)


@dataclass(frozen=True)
class Placement:
    """Where a question goes: a plan question's group, an existing group, or a new one."""

    plan_question_id: str | None
    group_key: int | None
    """The index into the candidates passed in, when it joins an existing group."""
    score: float
    tokens: tuple[str, ...] = ()


GroupKey = tuple[str | None, "Counter[str]"]
"""An existing group as matching sees it: (plan question id, the words of its questions)."""


def key_of(plan_question_id: str | None, words: str) -> GroupKey:
    """A group's key from its plan question and its stored words."""
    return plan_question_id, Counter(words.split())


def place(text: str, plan: PlanQuestions, groups: Sequence[GroupKey]) -> Placement:
    """Decide the group of a question, given the incident's existing groups."""
    found = plan.spell(tokens(text))
    normalised = normalise(text)
    match = plan.best(found, normalised)
    if match is not None and match.score >= PLAN_THRESHOLD:
        for index, (plan_id, _) in enumerate(groups):
            if plan_id == match.question_id:
                return Placement(match.question_id, index, match.score, tuple(found))
        return Placement(match.question_id, None, match.score, tuple(found))
    query = plan.vector(Counter(found))
    best_index, best = None, 0.0
    for index, (plan_id, words) in enumerate(groups):
        if plan_id is None:
            value = cosine(query, plan.vector(words))
            if value > best:
                best_index, best = index, value
    if best_index is not None and best >= GROUP_THRESHOLD:
        return Placement(None, best_index, best, tuple(found))
    return Placement(None, None, match.score if match else 0.0, tuple(found))


def merged(words: Counter[str], found: Sequence[str]) -> Counter[str]:
    """A group's words after a question joins (bounded: the first questions count most)."""
    if sum(words.values()) < MAX_GROUP_WORDS:
        words.update(found)
    return words


def group_texts(texts: Iterable[str], plan: PlanBody | None) -> list[tuple[int, str | None]]:
    """Group a list of questions as the service would, without a database: (group number,
    plan question id) for each. Used by the benchmark and the tests of the thresholds."""
    questions = plan_questions(plan)
    groups: list[GroupKey] = []
    out: list[tuple[int, str | None]] = []
    for text in texts:
        placed = place(text, questions, groups)
        if placed.group_key is None:
            groups.append((placed.plan_question_id, Counter(placed.tokens)))
            out.append((len(groups) - 1, placed.plan_question_id))
        else:
            merged(groups[placed.group_key][1], placed.tokens)
            out.append((placed.group_key, placed.plan_question_id))
    return out
