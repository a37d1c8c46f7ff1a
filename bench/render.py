"""Benchmark: complete personal emails per second per core, against EmailMessage per message.

Usage: python bench/render.py [--messages N] [--naive-sample N] [--runs N]

Builds the `identified` statement of plans/service-outage.yaml (sample facts), N synthetic
recipients (half English, half Bengali; most get a percent-of-bill credit, some a voucher),
renders every message in one process, and reports the median of several runs. The naive
figure builds each message with `email.message.EmailMessage` from the same texts.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import statistics
import time
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from crisiscomms.plans.loader import load_plan_file
from crisiscomms.plans.schema import MakeGoodKind, MakeGoodTier, PlanBody
from crisiscomms.plans.templating import SAMPLE_TIME, compile_and_render, sample_context
from crisiscomms.statements.content import LocaleContent, SectionsContent, StatementContent
from crisiscomms.statements.personalise import (
    AccountManager,
    EmailPersonaliser,
    Recipient,
    RecipientAttributes,
)

PLAN = Path(__file__).resolve().parent.parent / "plans" / "service-outage.yaml"
FROM = "Northwind Status <status@northwind.example.com>"
SECRET = b"benchmark-secret-benchmark-secret"
NOW = SAMPLE_TIME
VOUCHER_SEVERITY = "sev2"
NAMES = {
    "en": ["Anna Smith", "José Álvarez", "Li Wei", "Mary-Jane O'Neill", "Tom Baker"],
    "bn": ["রহিম উদ্দিন", "ফাতেমা বেগম চৌধুরী", "Karim Ahmed", "সুমাইয়া রহমান", "তানভীর হাসান"],
}


def load_plan() -> PlanBody:
    """The library plan, with a voucher tier for sev2 so some recipients get vouchers."""
    plan, problems = load_plan_file(PLAN)
    if plan is None:
        raise SystemExit(f"{PLAN}: {problems}")
    voucher = MakeGoodTier(
        severity=VOUCHER_SEVERITY,
        kind=MakeGoodKind.VOUCHER,
        value=25,
        description={"en": "A voucher worth EUR 25.", "bn": "২৫ ইউরো মূল্যের একটি ভাউচার।"},
    )
    tiers = [t for t in plan.make_good.tiers if t.severity != VOUCHER_SEVERITY] + [voucher]
    policy = plan.make_good.model_copy(update={"tiers": tiers})
    return plan.model_copy(update={"make_good": policy})


def statement(plan: PlanBody) -> StatementContent:
    """The `identified` template rendered with the sample context, in every plan locale."""
    locales = {}
    for locale in plan.locales:
        context = sample_context(plan, locale)
        template = plan.templates["identified"][locale]  # type: ignore[index]
        sections = {
            name: compile_and_render(getattr(template, name), name, context)
            for name in SectionsContent.model_fields
        }
        locales[locale] = LocaleContent(sections=SectionsContent(**sections))
    return StatementContent(locales=locales, next_update_at=SAMPLE_TIME)


def recipients(count: int) -> list[tuple[Recipient, str]]:
    """Synthetic affected customers, each with the unsubscribe URL of its delivery."""
    found = []
    manager = AccountManager("Jane Doe", "jane.doe@northwind.example.com")
    for i in range(count):
        locale = "en" if i % 2 == 0 else "bn"
        attributes = RecipientAttributes(
            products=["Example product", "Backups"][: 1 + i % 2],
            order_ids=[f"ORD-{i:07d}"] if i % 3 == 0 else [],
            monthly_bill=round(19.0 + (i * 7.31) % 2000, 2),
            account_manager=manager if i % 10 == 0 else None,
        )
        recipient = Recipient(
            external_id=f"cust-{i:08d}",
            name=NAMES[locale][i % 5],
            email=f"customer{i}@example.com",
            locale=locale,
            attributes=attributes,
        )
        found.append((recipient, f"https://northwind.example.com/unsubscribe/{i:08d}x9f"))
    return found


def personalisers(plan: PlanBody, content: StatementContent) -> tuple[EmailPersonaliser, ...]:
    """One for the percent-credit severity, one for the voucher severity."""
    return tuple(
        EmailPersonaliser(
            content,
            plan=plan,
            severity=severity,
            statement_id=4242,
            from_address=FROM,
            secret=SECRET,
            incident_products=["Example product", "Backups"],
        )
        for severity in ("sev1", VOUCHER_SEVERITY)
    )


def fast_run(
    people: list[tuple[Recipient, str]], renderers: tuple[EmailPersonaliser, ...]
) -> tuple[float, int]:
    """Seconds to render every message, and the bytes rendered."""
    percent, voucher = renderers
    total = 0
    start = time.perf_counter()
    for i, (recipient, url) in enumerate(people):
        renderer = voucher if i % 10 >= 7 else percent  # 30% vouchers
        total += len(renderer.render(recipient, unsubscribe_url=url, now=NOW))
    return time.perf_counter() - start, total


def naive_message(renderer: EmailPersonaliser, recipient: Recipient, url: str) -> bytes:
    """The same message built the usual way: EmailMessage, then as_bytes()."""
    plain, html = renderer.texts(recipient, unsubscribe_url=url)
    message = EmailMessage()
    message["Date"] = format_datetime(NOW, usegmt=True)
    message["From"] = FROM
    message["To"] = Address(display_name=recipient.name, addr_spec=recipient.email)
    message["Subject"] = renderer.subject(recipient)
    message["Message-ID"] = f"<stmt-4242.{recipient.external_id}@northwind.example.com>"
    message["Content-Language"] = renderer.locale_for(recipient)
    message["List-Unsubscribe"] = f"<{url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=email.policy.SMTP)


def naive_run(
    people: list[tuple[Recipient, str]], renderers: tuple[EmailPersonaliser, ...]
) -> tuple[float, int]:
    """Seconds to build the sample the naive way, and the bytes built."""
    percent, voucher = renderers
    total = 0
    start = time.perf_counter()
    for i, (recipient, url) in enumerate(people):
        total += len(naive_message(voucher if i % 10 >= 7 else percent, recipient, url))
    return time.perf_counter() - start, total


def check_sample(
    people: list[tuple[Recipient, str]], renderers: tuple[EmailPersonaliser, ...]
) -> None:
    """Parse a few messages back: the figures mean nothing if the output is broken."""
    for i, (recipient, url) in enumerate(people[:50]):
        raw = renderers[i % 2].render(recipient, unsubscribe_url=url, now=NOW)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [p.get_content_type() for p in message.iter_parts()]
        if message.defects or parts != ["text/plain", "text/html"] or not raw.isascii():
            raise SystemExit(f"message {i} does not parse cleanly: {message.defects} {parts}")


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--naive-sample", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    plan = load_plan()
    content = statement(plan)
    start = time.perf_counter()
    renderers = personalisers(plan, content)
    precompile = time.perf_counter() - start
    people = recipients(args.messages)
    check_sample(people, renderers)

    runs = [fast_run(people, renderers) for _ in range(args.runs)]
    seconds = statistics.median(r[0] for r in runs)
    rate = args.messages / seconds
    size = runs[0][1] / args.messages
    sample = people[: args.naive_sample]
    naive_seconds, naive_bytes = naive_run(sample, renderers)
    naive_rate = len(sample) / naive_seconds

    print("crisiscomms: personal email rendering (one process, one core)")
    print(f"statement: {PLAN.name}, stage identified, locales {', '.join(content.locales)}")
    print(
        f"recipients: {args.messages:,} (half en, half bn; 70% percent credit, 30% voucher; "
        "every message with List-Unsubscribe)"
    )
    print(f"precompile (2 personalisers x 2 locales): {precompile * 1000:.1f} ms")
    per_run = ", ".join(f"{args.messages / r[0]:,.0f}" for r in runs)
    print(f"fast path: {rate:,.0f} messages/s per core (median of {args.runs} runs: {per_run})")
    print(f"           {size:,.0f} bytes per message on average, {1e6 / rate:.1f} µs per message")
    print(
        f"naive EmailMessage ({len(sample):,}-message sample): {naive_rate:,.0f} messages/s "
        f"per core, {naive_bytes / len(sample):,.0f} bytes per message"
    )
    print(f"ratio: {rate / naive_rate:.1f}x faster than EmailMessage")
    verdict = "met" if rate >= 10_000 else "NOT met"
    print(f"target >= 10,000 messages/s per core: {verdict}")


if __name__ == "__main__":
    main()
