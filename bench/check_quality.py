"""Benchmark: how often the transparency check agrees with the editor, and how fast it is.

Usage: python bench/check_quality.py [--split dev|heldout|all] [--show] [--rounds N]

Reads the labelled corpus in tests/fixtures/check_corpus/<split>/*.yaml, checks every
statement as it stands (`check_text` with its language, channel and stage, default policy)
and prints: verdict agreement overall, per language and per channel; the confusion matrix;
per flaw precision and recall (a flaw counts as found when a finding of its rule is reported,
whatever its severity); the good statements wrongly failed; and the median time per
statement after a warm-up pass. `--show` prints every disagreement with its findings.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from crisiscomms.plans.schema import Stage, TransparencyPolicy
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "check_corpus"
RULE_TAG = {"rendition_too_long": "too_long"}
"""Rules reported under another flaw tag; rules with no tag of their own (evasive_passive,
readability) count against precision like any other finding."""


def load(split: str) -> list[dict[str, Any]]:
    """Every statement of a split ("dev", "heldout" or "all")."""
    splits = ["dev", "heldout"] if split == "all" else [split]
    items: list[dict[str, Any]] = []
    for name in splits:
        for path in sorted((CORPUS / name).glob("*.yaml")):
            for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                item["split"] = name
                # author.yaml was written by the author of the rules; every other file by
                # writers who had read only the standard.
                item["source"] = "author" if path.stem.startswith("author") else "independent"
                items.append(item)
    return items


POLICY = TransparencyPolicy()


def judge(item: dict[str, Any]) -> tuple[bool, set[str], list[Any]]:
    """The check's verdict, the flaw tags it reports, and its findings."""
    report = check_text(
        item["text"].strip(),
        language=item["language"],
        channel=Channel(item["channel"]),
        stage=Stage(item["stage"]) if item.get("stage") else None,
        policy=POLICY,
    )
    tags = {RULE_TAG.get(f.rule, f.rule) for f in report.findings}
    return report.passed, tags, list(report.findings)


def _pct(numerator: int, denominator: int) -> str:
    return (
        f"{100 * numerator / denominator:5.1f} % ({numerator}/{denominator})"
        if denominator
        else "   n/a"
    )


def main() -> None:
    """Score the split and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    parser.add_argument(
        "--source",
        default="all",
        choices=["all", "independent", "author"],
        help="statements by independent writers, by the rules' author, or both",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="timed passes after warm-up (0: no timing)"
    )
    parser.add_argument(
        "--second-opinion",
        default="on",
        choices=["on", "off"],
        help="the shipped second opinion on (the default policy) or off (the rules alone)",
    )
    args = parser.parse_args()
    global POLICY
    POLICY = TransparencyPolicy(second_opinion=args.second_opinion == "on")
    items = [i for i in load(args.split) if args.source in ("all", i["source"])]
    if not items:
        raise SystemExit(f"no statements in {CORPUS / args.split}")

    started = time.perf_counter()
    judge(items[0])
    first_call = time.perf_counter() - started
    results = [judge(item) for item in items]  # warm-up pass, also the scored one
    timings: list[float] = []
    for _ in range(args.rounds):
        for item in items:
            t0 = time.perf_counter()
            judge(item)
            timings.append(time.perf_counter() - t0)

    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    wrongly_failed: list[tuple[dict[str, Any], list[Any]]] = []
    shown: list[str] = []
    for item, (passed, tags, findings) in zip(items, results, strict=True):
        expected = item["verdict"] == "pass"
        gold = set(item.get("flaws") or [])
        ok = passed == expected
        keys = ("all", f"language={item['language']}", f"channel={item['channel']}")
        for key in (*keys, f"source={item['source']}"):
            total[key] += 1
            agree[key] += ok
        confusion[(item["verdict"], "pass" if passed else "fail")] += 1
        for tag in gold | tags:
            if tag in gold and tag in tags:
                true_pos[tag] += 1
            elif tag in tags:
                false_pos[tag] += 1
            else:
                false_neg[tag] += 1
        if expected and not passed:
            wrongly_failed.append((item, findings))
        if args.show and (not ok or gold != tags):
            lines = [
                f"--- {item['id']} ({item['language']}, {item['channel']}, {item['stage']}): "
                f"editor {item['verdict']} {sorted(gold)}; check {'pass' if passed else 'fail'} "
                f"{sorted(tags)}",
                item["text"].strip(),
            ]
            lines += [f"    {f.severity} {f.rule}: {f.excerpt!r}" for f in findings]
            shown.append("\n".join(lines))

    if shown:
        print("\n\n".join(shown), end="\n\n")
    print(f"split: {args.split}, source: {args.source}, {len(items)} statements")
    print(f"second opinion: {args.second_opinion}")
    print("verdict agreement")
    for key in sorted(total, key=lambda k: (k != "all", k)):
        print(f"  {key:22} {_pct(agree[key], total[key])}")
    print("confusion (editor → check)")
    for gold_verdict in ("pass", "fail"):
        row = "  ".join(f"{got}: {confusion[(gold_verdict, got)]:3}" for got in ("pass", "fail"))
        print(f"  editor {gold_verdict}:  {row}")
    good = sum(1 for item in items if item["verdict"] == "pass")
    print(f"good statements passed: {_pct(good - len(wrongly_failed), good)}")
    print("per flaw            precision           recall")
    per_tag: dict[str, tuple[int, int, int]] = defaultdict(lambda: (0, 0, 0))
    for tag in sorted(set(true_pos) | set(false_pos) | set(false_neg)):
        per_tag[tag] = (true_pos[tag], false_pos[tag], false_neg[tag])
        tp, fp, fn = per_tag[tag]
        print(f"  {tag:20} {_pct(tp, tp + fp):19} {_pct(tp, tp + fn)}")
    if wrongly_failed:
        print("good statements wrongly failed:")
        for item, findings in wrongly_failed:
            rules = sorted({f.rule for f in findings if f.severity == "error"})
            print(f"  {item['id']}: {', '.join(rules)}")
    if not timings:  # --rounds 0: the verdicts only
        return
    median = statistics.median(timings) * 1000
    print(
        f"time per statement: median {median:.2f} ms, p95 "
        f"{statistics.quantiles(timings, n=20)[-1] * 1000:.2f} ms over {len(timings)} checks "
        f"(first call, loading data: {first_call * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
