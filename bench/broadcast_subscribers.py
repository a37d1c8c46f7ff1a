"""Benchmark: subscribers ride the same engine as customers at the same rate per recipient.

Usage: python bench/broadcast_subscribers.py [--customers N] [--subscribers N]
       [--database sqlite|postgres] [--batch N] [--runs N]

The scene of bench/broadcast_email.py (N customers imported through the import service, an
incident covering them, the counting SMTP server in its own process), plus N confirmed
subscribers who follow everything (inserted in bulk) and an email channel for the
subscribers audience. Each run sends two fresh statements, in alternating order:
1. customers alone (audience `customers`): N messages;
2. customers and subscribers (audiences `customers` and `subscribers`): 2N messages.
Both are timed from `create_broadcast` to the last delivery sent, the worker's way (one
fan-out step and one engine step per pass). The server's count must rise by exactly the
messages expected. Printed: the medians, messages per second for each, and the ratio of
the per-recipient rates (target: 1.00 +/- 0.15).
"""

from __future__ import annotations

import argparse
import gc
import secrets
import statistics
import time

import broadcast_scene as scene
from broadcast_email import engine_run
from smtp_sink import Sink
from sqlalchemy import insert
from sqlmodel import Session

from crisiscomms.channels.models import Audience
from crisiscomms.db import utc_now
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus


def load_subscribers(session: Session, count: int) -> float:
    """`count` confirmed subscribers following everything, in bulk; seconds taken."""
    started = time.perf_counter()
    now = utc_now()
    table = Subscriber.__table__  # type: ignore[attr-defined]
    for start in range(0, count, 10_000):
        rows = [
            {
                "kind": SubscriberKind.EMAIL.value,
                "address": f"follower{n:07d}@partners.example.org",
                "locale": "bn" if n % 4 == 0 else "en",
                "components": "",
                "status": SubscriberStatus.ACTIVE.value,
                "nonce": secrets.token_hex(16),
                "source": "bench",
                "confirmations_sent": 0,
                "created_at": now,
                "confirmed_at": now,
            }
            for n in range(start, min(start + 10_000, count))
        ]
        session.execute(insert(table), rows)
    session.commit()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    sink = Sink(2)
    port = sink.port
    try:
        with scene.database(args.database) as (engine, settings):
            print(
                f"crisiscomms: {args.customers:,} customers alone, then with "
                f"{args.subscribers:,} subscribers, {args.database}, batch {args.batch}, "
                f"{args.runs} run(s); {sink.describe()}",
                flush=True,
            )
            imported = scene.load_customers(engine, args.customers)
            with Session(engine, expire_on_commit=False) as session:
                loaded = load_subscribers(session, args.subscribers)
                s = scene.stage(session)
                scene.email_channel(session, settings, port)
                scene.email_channel(session, settings, port, Audience.SUBSCRIBERS)
                session.commit()
            print(f"import: customers {imported:.1f} s, subscribers {loaded:.1f} s", flush=True)
            gc.freeze()
            kinds = {
                "customers alone": (("customers",), args.customers),
                "customers + subscribers": (
                    ("customers", "subscribers"),
                    args.customers + args.subscribers,
                ),
            }
            rates: dict[str, list[float]] = {name: [] for name in kinds}
            for run in range(args.runs):
                order = list(kinds) if run % 2 == 0 else list(reversed(kinds))
                for name in order:
                    audiences, expected = kinds[name]
                    seconds, _parts, _id = engine_run(
                        engine,
                        settings,
                        s,
                        batch=args.batch,
                        workers=1,
                        expected=expected,
                        counter=sink,
                        audiences=audiences,
                    )
                    rates[name].append(expected / seconds)
                    print(
                        f"run {run + 1}: {name:24} {expected:9,} msgs {seconds:7.1f} s "
                        f"{expected / seconds:8,.0f} msgs/s",
                        flush=True,
                    )
        print()
        print(f"medians of {args.runs} run(s):")
        medians = {name: statistics.median(values) for name, values in rates.items()}
        for name, rate in medians.items():
            print(f"{name:24} {rate:8,.0f} msgs/s per recipient")
        ratio = medians["customers + subscribers"] / medians["customers alone"]
        print(f"ratio with subscribers / customers alone: {ratio:.2f}  (target 1.00 +/- 0.15)")
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
