"""Benchmark: broadcast trigger latency, POST /api/v1/broadcasts, for 1 and for N customers.

Usage: python bench/trigger.py [--requests N] [--customers N] [--database sqlite|postgres]

In a fresh migrated database holding N customers (imported through the import service),
two active incidents on the service-outage plan: one whose scope names a single customer,
one whose scope (product and region) covers all N. An `email` channel for customers and a
commander's API key. Each request publishes a fresh statement, drafted and approved just
before (outside the clock), to the `customers` audience with its own Idempotency-Key,
through the real ASGI app (FastAPI's TestClient, in process: routing, auth, the request's
session and commit included). The two audiences take turns, so load on the shared machine
falls on both alike. `count_audience`, which the request used to run and the worker now
runs ahead, is also timed on its own at N customers.
The first 3 requests per audience warm the process up and are not counted. The request
reads the audience estimate the worker keeps (broadcasts/estimates.py): the estimates job
runs once per incident before the clock, then in a worker thread of this process while the
requests run, as `crisiscomms serve` runs it by default.
Targets: p99 <= 100 ms, and the two audiences' p99 within 50% of each other.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
import uuid

import broadcast_scene as scene
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.accounts.apikeys import create_api_key
from crisiscomms.broadcasts import estimates
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers.models import ChannelKind
from crisiscomms.db import begin_writes, utc_now
from crisiscomms.incidents.models import Incident
from crisiscomms.incidents.schemas import Scope
from crisiscomms.main import create_app
from crisiscomms.principal import SYSTEM, Role
from crisiscomms.worker.loop import Worker, start_in_thread

WARM_UP = 3
"""Requests per audience sent first and not counted (first-use imports and caches)."""


def percentile(values: list[float], p: int) -> float:
    """The p-th percentile (inclusive method, as numpy's default)."""
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def count_seconds(engine: Engine, incident_id: int, runs: int = 5) -> tuple[float, int]:
    """Median seconds of count_audience for the incident's email audience, and the count."""
    timings, found = [], 0
    with Session(engine) as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        for _ in range(runs):
            started = time.perf_counter()
            found = customer_audience.count_audience(
                session, incident, channel_kind=ChannelKind.EMAIL
            )
            timings.append(time.perf_counter() - started)
    return statistics.median(timings), found


def main() -> None:
    """Stage both incidents, time the requests in turn, print the percentiles."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per audience")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    count = args.customers

    with scene.database(args.database) as (engine, settings):
        print(
            f"crisiscomms: POST /api/v1/broadcasts through the ASGI app, {args.database}, "
            f"{count:,} customers stored, {args.requests} requests per audience",
            flush=True,
        )
        imported = scene.load_customers(engine, count)
        print(f"import of {count:,} customers: {imported:.1f} s", flush=True)
        with Session(engine, expire_on_commit=False) as session:
            wide = scene.stage(session)
            one = scene.stage(session, scope=Scope(customer_ids=["C00000000"]), store_plan=False)
            scene.email_channel(session, settings, 2525)
            _key, token = create_api_key(
                session, name="bench", role=Role.COMMANDER, actor=SYSTEM, now=utc_now()
            )
            session.commit()
        audiences = {"1 customer": (one, 1), f"{count:,} customers": (wide, count)}
        for label, (s, expected) in audiences.items():
            seconds, found = count_seconds(engine, s.incident_id)
            assert found == expected, (found, expected)
            print(f"count_audience, {label:>20}: {seconds * 1000:8.1f} ms (median of 5)")

        for _ in audiences:  # the worker's job, once per incident before the clock
            with Session(engine) as session:
                estimates.refresh(session, utc_now())
                session.commit()
        # The worker keeps the estimates fresh while the requests run, in a thread of this
        # process, as `crisiscomms serve` runs it by default (run_worker_in_process).
        worker = Worker(engine, jobs={"audience_estimates": estimates.refresh})
        thread = start_in_thread(worker)
        app = create_app(settings, engine=engine, run_startup=False)
        headers = {"Authorization": f"Bearer {token}"}
        timings: dict[str, list[float]] = {label: [] for label in audiences}
        with TestClient(app) as client:
            for number in range(-WARM_UP, args.requests):
                for label, (s, expected) in audiences.items():
                    with Session(engine, expire_on_commit=False) as session:
                        begin_writes(session)  # the worker thread commits meanwhile
                        statement = scene.approved_statement(session, s, now=utc_now())
                        session.commit()
                    gc.collect()
                    started = time.perf_counter()
                    response = client.post(
                        "/api/v1/broadcasts",
                        json={"statement_id": statement.id, "audiences": ["customers"]},
                        headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
                    )
                    if number >= 0:
                        timings[label].append(time.perf_counter() - started)
                    if response.status_code != 202:
                        raise SystemExit(f"{response.status_code}: {response.text}")
                    if response.json()["recipient_count"] != expected:
                        raise SystemExit(f"unexpected recipient count: {response.text}")
                if number >= 0 and (number + 1) % 50 == 0:
                    print(f"{number + 1} requests per audience done", flush=True)
        worker.stop()
        thread.join()

    print(f"latency of POST /api/v1/broadcasts, {args.requests} requests per audience:")
    p99s = []
    for label, values in timings.items():
        p50, p99 = percentile(values, 50) * 1000, percentile(values, 99) * 1000
        p99s.append(p99)
        print(f"audience of {label:>20}: p50 {p50:8.1f} ms   p99 {p99:8.1f} ms")
    print(f"p99 ratio (larger / smaller): {max(p99s) / min(p99s):.2f}  (target <= 1.50)")
    verdict = "met" if max(p99s) <= 100 else "NOT met"
    print(f"target p99 <= 100 ms: {verdict}")


if __name__ == "__main__":
    main()
