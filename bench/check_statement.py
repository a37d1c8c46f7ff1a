"""Benchmark: the transparency check of one full sectioned statement (every locale of a
plan, with its renditions), as a save in the editor runs it.

Usage: python bench/check_statement.py [--plan service-outage] [--rounds 30] [--profile]

Each round is a save in the editor: one section of every locale has changed since the last
round (a sentence added, in turn to each section), so nothing is served whole from a
previous round. Prints the median and p95 per check after one warm-up call, for:
- the full check (sections, records, and every rendition judged as its channel);
- the same full check with every cache of the check emptied first (a statement whose words
  the process has never seen);
- the baseline: the statement's plain text checked as one part per locale (`check_text`),
  the cheapest way to judge the same words, also with one section changed.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import SECTION_NAMES, PlanBody, Stage
from crisiscomms.statements import drafting, renditions
from crisiscomms.statements.check import dates, language, run_check
from crisiscomms.statements.check import facts as fact_check
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text
from crisiscomms.statements.content import SectionsContent, StatementContent

PLANS = Path(__file__).resolve().parent.parent / "plans"


def scene(name: str) -> tuple[PlanBody, Incident]:
    plan = PlanBody.model_validate(yaml.safe_load((PLANS / f"{name}.yaml").read_text()))
    now = datetime(2026, 6, 4, 9, 0, tzinfo=UTC)
    incident = Incident(
        id=1,
        plan_slug=plan.slug,
        plan_version_id=1,
        severity=plan.severities[0].id,
        title="Checkout failing",
        summary="Card payments fail for about 30% of checkouts.",
        scope={"products": ["Checkout"], "regions": ["EU"]},
        affected_customers=1200,
        detected_at=now - timedelta(minutes=20),
        started_at=now - timedelta(minutes=20),
        status=IncidentStatus.IDENTIFIED,
        opened_at=now,
        created_at=now,
        updated_at=now,
    )
    return plan, incident


def timed(call: object, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", default="service-outage")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    plan, incident = scene(args.plan)
    stage = Stage.IDENTIFIED
    now = datetime(2026, 6, 4, 9, 0, tzinfo=UTC)
    content = drafting.draft_content(
        plan, incident, stage=stage, holding=False, next_update_at=now + timedelta(hours=1)
    )
    defaults = {locale: value.sections for locale, value in content.locales.items()}
    summaries = renditions.summaries(
        content, plan=plan, statement_id=1, incident_id=1, stage=stage.value
    )
    facts = drafting.facts_of(plan, incident)

    edits = iter(range(1_000_000))

    def edited() -> StatementContent:
        """The draft with one section changed in every locale."""
        number = next(edits)
        changed = (SECTION_NAMES[number % len(SECTION_NAMES)],)
        locales = {}
        for locale, value in content.locales.items():
            sections = value.sections.model_dump()
            for name in changed:
                sections[name] = f"{sections[name]} Note {number}.".strip()
            locales[locale] = value.model_copy(
                update={"sections": SectionsContent.model_validate(sections)}
            )
        return content.model_copy(update={"locales": locales})

    def cold() -> object:
        for cached in (
            language.analyse,
            language._hits_by_source,
            language._forms,
            language.normalise_word,
            language.lemma,
            dates._found,
            dates._found_in_paragraph,
            language._sentences,
            fact_check._facts,
        ):
            cached.cache_clear()
        return full()

    def full() -> object:
        return run_check(
            edited(),
            plan=plan,
            facts=facts,
            stage=stage,
            template_defaults=defaults,
            renditions=summaries,
        )

    def plain() -> object:
        draft = edited()
        return [
            check_text(
                "\n\n".join(text for text in value.sections.model_dump().values() if text),
                language=locale,
                channel=Channel.EMAIL,
                stage=stage,
            )
            for locale, value in draft.locales.items()
        ]

    full()
    plain()
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(5):
            full()
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        return
    rounds = args.rounds
    full_times: list[float] = []
    fresh_times: list[float] = []
    plain_times: list[float] = []
    for _ in range(3):  # interleaved, so all three see the same machine
        full_times += timed(full, rounds // 3)
        fresh_times += timed(cold, rounds // 3)
        plain_times += timed(plain, rounds // 3)
    locales = ", ".join(content.locales)
    print(f"plan {args.plan}, stage {stage.value}, locales {locales}, {rounds} rounds each")
    for name, times in (
        ("full check, one section edited", full_times),
        ("full check, every cache emptied", fresh_times),
        ("plain text, one part per locale", plain_times),
    ):
        ordered = sorted(times)
        p95 = ordered[int(len(ordered) * 0.95) - 1]
        print(f"  {name:34} median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms")
    ratio = statistics.median(full_times) / statistics.median(plain_times)
    print(f"  ratio full (one section edited) / plain: {ratio:.2f}")


if __name__ == "__main__":
    main()
