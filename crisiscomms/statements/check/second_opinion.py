"""A second opinion on the check's least reliable verdicts, learnt from editors' verdicts.

The rules that report an *absence* (no ownership, no next update, no make-good, no
remediation, no root cause) are the ones that miss new wording: on writers the rules had
never seen (rounds 5 to 9 of the labelled corpus, each scored with the rules of its day), a
statement failed by such a rule alone was a statement an editor would send half the time.

The second opinion is two small linear models, shipped with the package
(`second_opinion.json.gz`, trained by `bench/train_second_opinion.py`; nothing is
downloaded):

1. a text model over character n-grams of the whole statement (2 to 5 characters within
   words, so it reads Bengali as well as English, with no word list) that gives the
   probability an editor sends the statement back;
2. a verdict model that weighs that probability with which rules fired, how many, the
   language and the channel (trained on the rules' verdicts on writers they had not seen).

It never adds a finding and never hides one. When every error of a statement comes from the
absence rules above, each reporting something missing rather than words it found there, and
the verdict model finds an editor would likely send it as it is, those findings are shown as
warnings, at the same words, saying so. A finding whose
severity the plan set to `error` itself stays an error, and a plan can switch the second
opinion off (`transparency.second_opinion: false`).
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from crisiscomms.statements.check.report import Finding

MODEL_PATH = Path(__file__).with_name("second_opinion.json.gz")

ABSENCE_RULES = frozenset(
    {
        "ownership_missing",
        "next_update_missing",
        "make_good_missing",
        "remediation_missing",
        "root_cause_missing",
    }
)
"""The rules the second opinion may soften: each reports something it did not find."""

NOTE = (
    " Second opinion: statements worded like this one are usually sent as they are, so this "
    "is shown as a warning; read it again before you send."
)


def ngrams(text: str, channel: str) -> Counter[str]:
    """The text model's features: the channel, and every 2- to 5-character slice of each
    lower-cased word padded with a space on both sides."""
    grams: Counter[str] = Counter()
    grams["§" + channel] += 1
    for word in text.lower().split():
        padded = f" {word} "
        size = len(padded)
        for n in range(2, 6):
            for i in range(size - n + 1):
                grams[padded[i : i + n]] += 1
    return grams


@dataclass(frozen=True)
class Model:
    """The shipped weights: per n-gram (idf, weight), and the verdict model's weights."""

    grams: dict[str, tuple[float, float]]
    intercept: float
    verdict_features: tuple[str, ...]
    verdict_weights: tuple[float, ...]
    verdict_intercept: float
    threshold: float

    def text_logit(self, text: str, channel: str) -> float:
        """The text model's log-odds that an editor sends the text back."""
        total = 0.0
        norm = 0.0
        for gram, count in ngrams(text, channel).items():
            known = self.grams.get(gram)
            if known is None:
                continue
            idf, weight = known
            value = (1.0 + math.log(count)) * idf
            norm += value * value
            total += value * weight
        return (total / math.sqrt(norm) if norm else 0.0) + self.intercept

    def fail_probability(
        self, text: str, *, language: str, channel: str, errors: frozenset[str]
    ) -> float:
        """The verdict model's probability that an editor sends the statement back."""
        logit = self.text_logit(text, channel)
        values = verdict_features(
            errors=errors,
            text_logit=logit,
            language=language,
            channel=channel,
        )
        z = self.verdict_intercept + sum(
            weight * values.get(name, 0.0)
            for name, weight in zip(self.verdict_features, self.verdict_weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


def verdict_features(
    *, errors: frozenset[str], text_logit: float, language: str, channel: str
) -> dict[str, float]:
    """The verdict model's inputs by name (training and checking share this)."""
    probability = 1.0 / (1.0 + math.exp(-text_logit))
    values = {f"rule:{rule}": 1.0 for rule in errors}
    values.update(
        {
            "errors": float(len(errors)),
            "rules_fail": 1.0 if errors else 0.0,
            "text_probability": probability,
            "text_logit": text_logit,
            f"language:{language.split('-')[0]}": 1.0,
            f"channel:{channel}": 1.0,
        }
    )
    return values


@cache
def model() -> Model | None:
    """The shipped model, loaded once per process; None when the file is absent."""
    if not MODEL_PATH.exists():
        return None
    data = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    verdict = data["verdict"]
    return Model(
        grams={gram: (idf, weight) for gram, (idf, weight) in data["grams"].items()},
        intercept=data["intercept"],
        verdict_features=tuple(verdict["features"]),
        verdict_weights=tuple(verdict["weights"]),
        verdict_intercept=verdict["intercept"],
        threshold=data["threshold"],
    )


def soften(
    findings: list[Finding],
    *,
    text: str,
    language: str,
    channel: str,
    pinned: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The findings with the absence rules' errors shown as warnings when the second
    opinion finds an editor would likely send the statement as it is. `pinned` are rules
    whose severity the plan set itself: they are never softened."""
    errors = frozenset(f.rule for f in findings if f.severity == "error")
    if not errors or not errors <= ABSENCE_RULES or errors & pinned:
        return findings
    if any(f.severity == "error" and f.excerpt for f in findings):
        # An absence rule pointing at words ("a technical issue" as the cause, "we're
        # unable to cover", "check our website for the latest") found what is there, not
        # what is missing: it stands, like a wording rule.
        return findings
    loaded = model()
    if loaded is None:
        return findings
    probability = loaded.fail_probability(text, language=language, channel=channel, errors=errors)
    if probability >= loaded.threshold:
        return findings
    return [
        replace(f, severity="warning", message=f.message + NOTE) if f.severity == "error" else f
        for f in findings
    ]
