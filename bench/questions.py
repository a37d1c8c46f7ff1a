"""Benchmark: how well questions are grouped and matched, and how fast a burst is taken in.

Usage: python bench/questions.py [--split dev|heldout|all] [--burst N] [--db sqlite|postgres]
                                 [--show]

Quality: reads the labelled corpus in tests/fixtures/questions/<split>.yaml (items with
scenario, incident, language, channel, group, plan_question, text), groups each incident's
questions in corpus order exactly as the service does (`matching.group_texts`, against the
plan of the item's scenario) and prints, per split and per language:
- pairwise grouping precision and recall: of the pairs of questions put in one group, how
  many the labels put together; of the pairs the labels put together, how many were;
- plan-match accuracy: how often the matched plan question (or none) is the labelled one.

Burst: N replies (default 10,000) from N customers, each a parsed inbound email with its
signed reply token, taken in one by one through `flows.questions.receive_email`, each in
its own transaction as the SMTP receiver and the webhooks do; prints the rate and checks
that every one was stored and grouped (none dropped). `--burst 0` skips it.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisiscomms.plans.loader import load_plan_file
from crisiscomms.plans.schema import PlanBody
from crisiscomms.questions import matching

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fixtures" / "questions"


def load(split: str) -> list[dict[str, Any]]:
    """The items of a split (dev, heldout or all)."""
    names = ["dev", "heldout"] if split == "all" else [split]
    items: list[dict[str, Any]] = []
    for name in names:
        path = CORPUS / f"{name}.yaml"
        if not path.exists():
            raise SystemExit(f"{path} is missing")
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = data.get("items", data) if isinstance(data, dict) else data
        items.extend(found or [])
    return items


def plans() -> dict[str, PlanBody]:
    """The library's plans by slug and by scenario."""
    found: dict[str, PlanBody] = {}
    for path in sorted((REPO / "plans").glob("*.yaml")):
        body, _ = load_plan_file(path)
        if body is not None:
            found[body.slug] = body
            found.setdefault(str(body.scenario), body)
    return found


def pairs(labels: list[Any]) -> set[tuple[int, int]]:
    """Index pairs that share a label."""
    by: dict[Any, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        by[label].append(index)
    return {p for members in by.values() for p in itertools.combinations(members, 2)}


def score(items: list[dict[str, Any]], library: dict[str, PlanBody], show: bool) -> dict[str, Any]:
    """Grouping precision/recall and plan-match accuracy over the items."""
    by_incident: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_incident[(item.get("scenario"), item.get("incident"))].append(item)
    tp = fp = fn = 0
    right = total = 0
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    started = time.perf_counter()
    for (scenario, _), group in by_incident.items():
        plan = library.get(str(scenario))
        placed = matching.group_texts([str(i["text"]) for i in group], plan)
        ours = pairs([g for g, _ in placed])
        # Spam items share the label "spam" but are no group (corpus README, rule 5).
        labels = [
            i.get("group") if i.get("group") != "spam" else f"spam-{n}" for n, i in enumerate(group)
        ]
        theirs = pairs(labels)
        tp += len(ours & theirs)
        fp += len(ours - theirs)
        fn += len(theirs - ours)
        for item, (_, plan_id) in zip(group, placed, strict=True):
            wanted = item.get("plan_question") or None
            ok = plan_id == wanted
            right += ok
            total += 1
            counts = per_language[str(item.get("language", "?"))]
            counts[0] += ok
            counts[1] += 1
            if show and not ok:
                print(f"  plan {wanted!s:>18} got {plan_id!s:>18}: {item['text'][:90]}")
    elapsed = time.perf_counter() - started
    return {
        "items": total,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "plan_accuracy": right / total if total else 0.0,
        "per_language": {k: v[0] / v[1] for k, v in sorted(per_language.items())},
        "ms_per_question": 1000 * elapsed / max(total, 1),
    }


def quality(split: str, show: bool) -> None:
    library = plans()
    splits = ["dev", "heldout"] if split == "all" else [split]
    for name in splits:
        result = score(load(name), library, show)
        languages = ", ".join(f"{k} {v:.1%}" for k, v in result["per_language"].items())
        print(
            f"{name:8} {result['items']:4} questions  grouping precision "
            f"{result['precision']:.1%} recall {result['recall']:.1%}  plan-match accuracy "
            f"{result['plan_accuracy']:.1%} ({languages})  "
            f"{result['ms_per_question']:.2f} ms/question"
        )


QUESTIONS = [
    "Was I charged twice for my order?",
    "Is my data safe?",
    "When will the service be back?",
    "Will I pay for the time the service was down?",
    "How do I get the service credit?",
    "আমার ডেটা কি হারিয়ে গেছে?",
    "Does this count against our SLA?",
    "What should I tell my own customers?",
    "Where do I find the latest news?",
    "Can I get a refund for this month?",
    "Why did this happen?",
    "Is the mobile app affected too?",
]


def burst(count: int, kind: str) -> None:
    from sqlmodel import Session, func, select

    from bench.broadcast_scene import NOW, database, load_customers, stage
    from crisiscomms.customers.models import Customer
    from crisiscomms.flows import questions as question_flow
    from crisiscomms.questions import tokens
    from crisiscomms.questions.mail import InboundMail
    from crisiscomms.questions.models import Question, QuestionGroup

    rng = random.Random(18)
    with database(kind) as (engine, settings):
        settings = settings.model_copy(
            update={"inbound_reply_address": "replies@northwind.example"}
        )
        load_customers(engine, count)
        with Session(engine) as session:
            scene = stage(session)
            session.commit()
            key = tokens.signing_key(session, settings, now=NOW)
            session.commit()
            ids = list(session.exec(select(Customer.id).order_by(Customer.id)))
        mails = []
        for n, customer_id in enumerate(ids[:count]):
            token = tokens.make_token(
                key, kind="customer", incident_id=scene.incident_id, recipient_id=customer_id or 0
            )
            text = rng.choice(QUESTIONS)
            if rng.random() < 0.5:
                text = text.lower().rstrip("?") + rng.choice(["", "??", " please", " thanks"])
            mails.append(
                InboundMail(
                    recipients=[tokens.reply_address("replies@northwind.example", token)],
                    sender=f"customer{n}@example.com",
                    subject="Re: Console unavailable",
                    message_id=f"<q{n}@mail.example>",
                    text=text,
                )
            )
        outcomes: dict[str, int] = defaultdict(int)
        started = time.perf_counter()
        for mail in mails:
            with Session(engine, expire_on_commit=False) as session:
                result = question_flow.receive_email(session, settings, mail, now=NOW)
                session.commit()
            outcomes[result.status] += 1
        elapsed = time.perf_counter() - started
        with Session(engine) as session:
            stored = session.exec(select(func.count()).select_from(Question)).one()
            grouped = session.exec(
                select(func.count()).select_from(Question).where(Question.group_id.is_not(None))  # type: ignore[union-attr]
            ).one()
            groups = session.exec(select(func.count()).select_from(QuestionGroup)).one()
        dropped = count - grouped
        print(
            f"burst    {count:,} replies on {kind}: {count / elapsed:,.0f} questions/s "
            f"({elapsed:.1f} s, one transaction each); stored {stored:,}, grouped {grouped:,} "
            f"into {groups} groups, dropped {dropped}; outcomes {dict(outcomes)}"
        )
        if dropped:
            raise SystemExit("questions were dropped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="all", choices=["dev", "heldout", "all"])
    parser.add_argument("--burst", type=int, default=10_000)
    parser.add_argument("--db", default="sqlite", choices=["sqlite", "postgres"])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    args = parser.parse_args()
    if not args.no_quality:
        quality(args.split, args.show)
    if args.burst:
        burst(args.burst, args.db)


if __name__ == "__main__":
    main()
