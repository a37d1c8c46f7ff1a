"""How each rule of the transparency check fared on writers it had never seen, as first scored.

Usage: python bench/check_fresh_rounds.py

Reads `bench/data/second_opinion_rounds.jsonl` (the error-severity findings of the rules alone on
every fresh round's statements, re-run from the code of the day each round was scored; see
bench/train_second_opinion.py) and the editor's labels in the corpus's `dev/` split, where each
round was released after its scoring. Prints per rule its precision and recall on those first
scorings, and how often it was the only error on a statement the editor would have sent. Unlike
`check_quality.py --split dev`, which scores today's rules on statements they were tuned on,
these figures are the rules as they met each round.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = ROOT / "bench" / "data" / "second_opinion_rounds.jsonl"
DEV = ROOT / "tests" / "fixtures" / "check_corpus" / "dev"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "n/a"


def main() -> None:
    labels = {
        item["id"]: item
        for path in sorted(DEV.glob("*.yaml"))
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    }
    rows = [json.loads(line) for line in ROUNDS.read_text(encoding="utf-8").splitlines() if line]
    found, wrong, missed, alone = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    rounds: set[str] = set()
    for row in rows:
        item = labels.get(row["id"])
        if item is None:
            continue
        rounds.add(row["round"])
        flaws, errors = set(item["flaws"]), set(row["errors"])
        for rule in errors:
            (found if rule in flaws else wrong)[rule] += 1
        for flaw in flaws - errors:
            missed[flaw] += 1
        if item["verdict"] == "pass" and len(errors) == 1:
            alone[next(iter(errors))] += 1
    numbers = sorted(rounds, key=lambda r: int(r[1:]))
    print(
        f"{len(rows):,} statements, rounds {numbers[0]}-{numbers[-1]}, rules alone, as first scored"
    )
    print(f"{'rule':22} {'precision':>17} {'recall':>17} {'sole error on a good one':>24}")
    for rule in sorted(set(found) | set(wrong) | set(missed)):
        fired, flawed = found[rule] + wrong[rule], found[rule] + missed[rule]
        precision = (
            f"{100 * found[rule] / fired:5.1f} % ({found[rule]}/{fired})" if fired else "n/a"
        )
        recall = (
            f"{100 * found[rule] / flawed:5.1f} % ({found[rule]}/{flawed})" if flawed else "n/a"
        )
        print(f"{rule:22} {precision:>17} {recall:>17} {alone[rule]:>24}")


if __name__ == "__main__":
    main()
