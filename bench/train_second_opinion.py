"""Train the transparency check's second opinion (crisiscomms/statements/check/second_opinion.py).

Usage: pip install scikit-learn && python bench/train_second_opinion.py [--max-grams N]

Not part of CI, and scikit-learn is not a dependency of the service: the service reads only
the weights this writes (`second_opinion.json.gz`, a few hundred kB) with plain Python.

1. The text model: logistic regression over the tf-idf of `second_opinion.ngrams` (character
   n-grams of the whole text and its channel), trained on every statement of the corpus's
   `dev/` split, labelled by the editor's verdict.
2. The verdict model: logistic regression over `second_opinion.verdict_features`: which of
   the rules' errors fired, the text model's probability, language and channel. It is
   trained on `bench/data/second_opinion_rounds.jsonl`: the rules' errors on rounds 5 to 9
   as each round was first scored, with the rules of that day, on writers the rules had
   never seen (re-running today's rules on them would give tuned, too-good errors). The
   text model's input for a round is the one trained without that round, so the verdict
   model learns how far to trust it on new writers.

It prints, for each round left out of both models, the verdict agreement of the rules alone
and with the second opinion, and the share of good statements passed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path
from typing import Any

import yaml
from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import TfidfTransformer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from crisiscomms.statements.check.second_opinion import (
    ABSENCE_RULES,
    MODEL_PATH,
    model,
    ngrams,
    verdict_features,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "fixtures" / "check_corpus" / "dev"
ROUNDS = Path(__file__).resolve().parent / "data" / "second_opinion_rounds.jsonl"
THRESHOLD = 0.5


def load_dev() -> list[dict[str, Any]]:
    """Every dev statement, with the group it was written in (a round, or its file)."""
    items: list[dict[str, Any]] = []
    for path in sorted(DEV.glob("*.yaml")):
        found = re.match(r"heldout_(r\d+)_", path.name)
        group = found.group(1) if found else path.stem
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            item["group"] = group
            item["text"] = item["text"].strip()
            items.append(item)
    return items


class TextModel:
    """Tf-idf of the n-grams and a logistic regression, as the service computes it."""

    def __init__(self, items: list[dict[str, Any]], max_grams: int) -> None:
        features = [ngrams(item["text"], item["channel"]) for item in items]
        frequency: dict[str, int] = {}
        for feature in features:
            for gram in feature:
                frequency[gram] = frequency.get(gram, 0) + 1
        kept = sorted(frequency, key=lambda gram: (-frequency[gram], gram))[:max_grams]
        self.vectorizer = DictVectorizer().fit([dict.fromkeys(kept, 1)])
        matrix = self.vectorizer.transform(features)
        self.tfidf = TfidfTransformer(sublinear_tf=True).fit(matrix)
        labels = [item["verdict"] == "fail" for item in items]
        self.model = LogisticRegression(C=4, max_iter=4000).fit(
            self.tfidf.transform(matrix), labels
        )

    def logits(self, items: list[dict[str, Any]]) -> list[float]:
        matrix = self.vectorizer.transform([ngrams(i["text"], i["channel"]) for i in items])
        return list(self.model.decision_function(self.tfidf.transform(matrix)))

    def weights(self) -> dict[str, list[float]]:
        names = self.vectorizer.get_feature_names_out()
        return {
            str(name): [round(float(idf), 4), round(float(weight), 5)]
            for name, idf, weight in zip(names, self.tfidf.idf_, self.model.coef_[0], strict=True)
        }


def verdict_rows(
    rounds: list[dict[str, Any]], by_id: dict[str, dict[str, Any]], logits: dict[str, float]
) -> tuple[list[dict[str, float]], list[bool]]:
    rows = [
        verdict_features(
            errors=frozenset(r["errors"]),
            text_logit=logits[r["id"]],
            language=by_id[r["id"]]["language"],
            channel=by_id[r["id"]]["channel"],
        )
        for r in rounds
    ]
    return rows, [by_id[r["id"]]["verdict"] == "fail" for r in rounds]


def softened(errors: set[str], probability: float) -> bool:
    return bool(errors) and errors <= ABSENCE_RULES and probability < THRESHOLD


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-grams", type=int, default=60000)
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()

    items = load_dev()
    by_id = {item["id"]: item for item in items}
    rounds = [json.loads(line) for line in ROUNDS.read_text(encoding="utf-8").splitlines()]
    round_names = sorted({r["round"] for r in rounds})

    # The text model's logit for each round's statements, from a model that never saw it.
    unseen: dict[str, float] = {}
    for name in round_names:
        train = [item for item in items if item["group"] != name]
        members = [by_id[r["id"]] for r in rounds if r["round"] == name]
        text = TextModel(train, args.max_grams)
        unseen.update(zip([m["id"] for m in members], text.logits(members), strict=True))

    # Each round left out of the verdict model too: what a new writer would see.
    print("round  n    rules   second opinion   good passed (rules → second opinion)")
    totals = [0, 0, 0, 0, 0, 0]
    for name in round_names:
        train = [r for r in rounds if r["round"] != name]
        test = [r for r in rounds if r["round"] == name]
        x_train, y_train = verdict_rows(train, by_id, unseen)
        x_test, y_test = verdict_rows(test, by_id, unseen)
        features = DictVectorizer().fit(x_train + x_test)
        verdict = LogisticRegression(C=1, max_iter=4000).fit(features.transform(x_train), y_train)
        probabilities = verdict.predict_proba(features.transform(x_test))[:, 1]
        rules_ok = both_ok = good = good_rules = good_both = 0
        for r, fail, probability in zip(test, y_test, probabilities, strict=True):
            errors = set(r["errors"])
            rules_fail = bool(errors)
            both_fail = rules_fail and not softened(errors, probability)
            rules_ok += rules_fail == fail
            both_ok += both_fail == fail
            if not fail:
                good += 1
                good_rules += not rules_fail
                good_both += not both_fail
        print(
            f"{name:5} {len(test):4} {100 * rules_ok / len(test):6.1f} %  "
            f"{100 * both_ok / len(test):6.1f} %          "
            f"{100 * good_rules / good:5.1f} % → {100 * good_both / good:5.1f} %"
        )
        for i, value in enumerate((len(test), rules_ok, both_ok, good, good_rules, good_both)):
            totals[i] += value
    n, rules_ok, both_ok, good, good_rules, good_both = totals
    print(
        f"all   {n:4} {100 * rules_ok / n:6.1f} %  {100 * both_ok / n:6.1f} %          "
        f"{100 * good_rules / good:5.1f} % → {100 * good_both / good:5.1f} %"
    )

    # The shipped models: the text model on all of dev, the verdict model on all rounds.
    text = TextModel(items, args.max_grams)
    x_all, y_all = verdict_rows(rounds, by_id, unseen)
    features = DictVectorizer().fit(x_all)
    verdict = LogisticRegression(C=1, max_iter=4000).fit(features.transform(x_all), y_all)
    payload = {
        "trained_on": f"{len(items)} dev statements; {len(rounds)} first-scored round verdicts",
        "grams": text.weights(),
        "intercept": round(float(text.model.intercept_[0]), 5),
        "verdict": {
            "features": [str(name) for name in features.get_feature_names_out()],
            "weights": [round(float(w), 5) for w in verdict.coef_[0]],
            "intercept": round(float(verdict.intercept_[0]), 5),
        },
        "threshold": THRESHOLD,
    }
    if args.dry_run:
        return
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    MODEL_PATH.write_bytes(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0))
    size = MODEL_PATH.stat().st_size
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(payload['grams'])} n-grams, {size:,} bytes")
    # The service computes the same log-odds from the file as scikit-learn did.
    model.cache_clear()
    shipped = model()
    assert shipped is not None
    sample = items[:: max(1, len(items) // 50)]
    drift = max(
        abs(shipped.text_logit(item["text"], item["channel"]) - expected)
        for item, expected in zip(sample, text.logits(sample), strict=True)
    )
    print(f"largest difference from scikit-learn's log-odds, {len(sample)} statements: {drift:.1e}")
    assert drift < 1e-3, drift


if __name__ == "__main__":
    main()
