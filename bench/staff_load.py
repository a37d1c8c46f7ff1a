"""Benchmark: a crisis-room load on the staff side, with broadcasts triggered during it.

Usage: python bench/staff_load.py [--database sqlite|postgres] [--staff 50] [--commanders 5]
                                  [--seconds 60] [--customers 2000] [--trigger-every 3]
                                  [--incidents 3] [--channel email|dry-run]

Builds a fresh database with the service-outage plan, `--customers` customers in scope, an
email channel for the customer audience to a counting SMTP sink on 127.0.0.1
(bench/smtp_sink.py; `--channel dry-run` instead records each whole message in the database,
nothing sent), `--incidents` open incidents (3), an approved statement ready to publish for
each commander trigger (taking turns among the incidents) and one draft per staff member.
Starts `crisiscomms serve` (the embedded default: one process with its in-process worker; on
PostgreSQL the same one process) and, in this process, drives for `--seconds`:

- `--staff` people signed in through the API (a session cookie and its CSRF token), each
  doing what people in a crisis room do, with 0.5-1.5 s between actions: refreshing the
  control center (`GET /`), opening an incident page (`GET /incidents/{id}`), polling
  broadcast progress (`GET /api/v1/broadcasts`), and saving their draft in the editor
  (`GET` then `PUT /api/v1/statements/{id}`, which runs the transparency check);
- `--commanders` API clients: every `--trigger-every` seconds one of them publishes a
  statement to the customers (`POST /api/v1/broadcasts`, with an Idempotency-Key) and the
  bench measures how long until its first message is delivered (`progress.sent > 0`).

Every request is bounded (10 s timeout) and goes to 127.0.0.1. Prints throughput, p50/p99 per
route, errors (a 5xx, a timeout or an unexpected status) and the broadcast start times.
Targets (issue 15): 0 errors; p99 <= 500 ms for page loads and <= 1 s for an editor save
with the check; a broadcast starts delivering within 5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import statistics
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import broadcast_scene as scene
import httpx
from smtp_sink import Sink
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from crisiscomms.accounts.apikeys import create_api_key
from crisiscomms.accounts.models import User
from crisiscomms.accounts.passwords import hash_password
from crisiscomms.broadcasts.models import Broadcast, Delivery
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.models import Audience
from crisiscomms.channels.schemas import ChannelCreate
from crisiscomms.db import as_utc, utc_now
from crisiscomms.flows import statements as statement_flow
from crisiscomms.principal import SYSTEM, Role

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "crisis-room-" + secrets.token_hex(8)
TIMEOUT = 10.0
LIMITS = httpx.Limits(keepalive_expiry=2.0)
"""Idle connections close sooner than uvicorn's 5 s keep-alive, as browsers' do sooner than
their servers'; with both at 5 s, a request sent on a connection the server is closing
fails with a ReadError that is the bench's, not the service's."""


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    starts: list[float] = field(default_factory=list)
    began: float = 0.0
    at: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    """When each request began (perf_counter), for the figures by window."""

    def record(
        self,
        route: str,
        started: float,
        response: httpx.Response | None,
        ok: set[int],
        problem: str = "",
    ) -> None:
        self.latencies[route].append(time.perf_counter() - started)
        self.at[route].append(started)
        if response is None or response.status_code not in ok:
            status = "no answer" if response is None else str(response.status_code)
            self.errors[route].append(
                f"{status} {problem or (response.text[:120] if response else '')}"
            )


@dataclass
class World:
    incidents: list[int]
    drafts: list[int]
    ready: list[int]
    """Approved statements, one per trigger, each on its own incident."""
    staff: list[str]
    commander_tokens: list[str]


def build(
    engine: object, settings: object, args: argparse.Namespace, sink_port: int | None
) -> World:
    # Incidents activated now, as in a real crisis room (the scene's fixed date would make
    # every one overdue, and the watchdog would spend its first ticks on them).
    scene.NOW = utc_now()
    scene.load_customers(engine, args.customers)  # type: ignore[arg-type]
    triggers = int(args.seconds / args.trigger_every) + 5
    with Session(engine, expire_on_commit=False) as session:  # type: ignore[call-overload]
        if sink_port is not None:  # what customers get in production: personal email
            scene.email_channel(session, settings, sink_port)  # type: ignore[arg-type]
        else:
            channel_service.create_channel(
                session,
                ChannelCreate(
                    name="customers (dry run)",
                    kind="dry-run",
                    audience=Audience.CUSTOMERS,
                    settings={},
                ),
                settings=settings,  # type: ignore[arg-type]
                actor=SYSTEM,
                now=scene.NOW,
            )
        stages = [scene.stage(session, store_plan=(i == 0)) for i in range(args.incidents)]
        ready = [
            scene.approved_statement(session, stages[i % len(stages)], now=utc_now()).id or 0
            for i in range(triggers)
        ]
        hashed = hash_password(PASSWORD)
        staff = []
        for i in range(args.staff):
            email = f"staff{i}@northwind.example.com"
            session.add(
                User(
                    email=email,
                    name=f"Staff {i}",
                    role=Role.COMMS,
                    password_hash=hashed,
                    created_at=scene.NOW,
                )
            )
            staff.append(email)
        session.flush()
        drafts = []
        for i in range(args.staff):
            draft = statement_flow.draft(
                session,
                stages[i % len(stages)].incident_id,
                stage=None,
                holding=False,
                actor=stages[0].author,
                now=scene.NOW,
            )
            drafts.append(draft.id or 0)
        tokens = [
            create_api_key(
                session, name=f"commander {i}", role=Role.COMMANDER, actor=SYSTEM, now=scene.NOW
            )[1]
            for i in range(args.commanders)
        ]
        session.commit()
    return World([s.incident_id for s in stages], drafts, ready, staff, tokens)


async def sign_in(base: str, email: str, gate: asyncio.Semaphore) -> httpx.AsyncClient:
    """A signed-in person's client (session cookie) with its CSRF header; before the clock."""
    client = httpx.AsyncClient(base_url=base, timeout=TIMEOUT, limits=LIMITS)
    async with gate:
        response = await client.post(
            "/api/v1/auth/login", json={"email": email, "password": PASSWORD}
        )
    if response.status_code != 200:
        raise SystemExit(f"sign-in failed: {response.status_code} {response.text[:200]}")
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


async def staff_member(
    client: httpx.AsyncClient,
    draft: int,
    world: World,
    tally: Tally,
    deadline: float,
    rng: random.Random,
) -> None:
    edits = 0
    try:
        while time.monotonic() < deadline:
            await asyncio.sleep(rng.uniform(0.5, 1.5))
            action = rng.choices(["control", "incident", "progress", "save"], [4, 2, 2, 2])[0]
            started = time.perf_counter()
            try:
                if action == "control":
                    tally.record("GET / (control center)", started, await client.get("/"), {200})
                elif action == "incident":
                    incident = rng.choice(world.incidents)
                    tally.record(
                        "GET /incidents/{id}",
                        started,
                        await client.get(f"/incidents/{incident}"),
                        {200},
                    )
                elif action == "progress":
                    tally.record(
                        "GET /api/v1/broadcasts",
                        started,
                        await client.get("/api/v1/broadcasts?limit=20"),
                        {200},
                    )
                else:
                    current = await client.get(f"/api/v1/statements/{draft}")
                    body = current.json()
                    # A real edit (an unchanged save is a no-op that skips the check).
                    edits += 1
                    for locale in body["content"]["locales"].values():
                        sections = locale["sections"]
                        sections["impact"] = (
                            f"{sections['impact'].split(' (edit ')[0]} (edit {edits})"
                        )
                    saved = await client.put(
                        f"/api/v1/statements/{draft}",
                        json={"content": body["content"], "base_revision": body["revision"]},
                    )
                    tally.record("editor save (GET + PUT with the check)", started, saved, {200})
            except httpx.HTTPError as exc:
                tally.record(action, started, None, set(), f"{type(exc).__name__}")
    finally:
        await client.aclose()


async def commanders(base: str, world: World, tally: Tally, deadline: float, every: float) -> None:
    clients = [
        httpx.AsyncClient(
            base_url=base,
            timeout=TIMEOUT,
            limits=LIMITS,
            headers={"Authorization": f"Bearer {t}"},
        )
        for t in world.commander_tokens
    ]
    watchers = []

    async def watch(client: httpx.AsyncClient, broadcast_id: int, triggered: float) -> None:
        while time.monotonic() - triggered < 60:
            started = time.perf_counter()
            try:
                response = await client.get(f"/api/v1/broadcasts/{broadcast_id}")
            except httpx.HTTPError as exc:
                route = "GET /api/v1/broadcasts/{id} (commander)"
                tally.record(route, started, None, set(), type(exc).__name__)
                continue
            tally.record("GET /api/v1/broadcasts/{id} (commander)", started, response, {200})
            if response.status_code == 200 and response.json()["progress"]["sent"] > 0:
                tally.starts.append(time.monotonic() - triggered)
                return
            await asyncio.sleep(0.2)
        tally.starts.append(float("inf"))

    try:
        # Triggers on a fixed clock (not `every` after each answer): a faster trigger must
        # not raise the load the worker is offered, or runs of two versions do not compare.
        began = time.monotonic()
        for number, statement in enumerate(world.ready):
            due = began + number * every
            if due >= deadline:
                break
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            client = clients[number % len(clients)]
            started = time.perf_counter()
            triggered = time.monotonic()
            try:
                response = await client.post(
                    "/api/v1/broadcasts",
                    json={"statement_id": statement, "audiences": ["customers"]},
                    headers={"Idempotency-Key": str(uuid.uuid4())},
                )
            except httpx.HTTPError as exc:
                route = "POST /api/v1/broadcasts (trigger)"
                tally.record(route, started, None, set(), type(exc).__name__)
                continue
            tally.record("POST /api/v1/broadcasts (trigger)", started, response, {202})
            if response.status_code == 202:
                watchers.append(
                    asyncio.create_task(watch(client, response.json()["broadcast_id"], triggered))
                )
        await asyncio.gather(*watchers)
    finally:
        for client in clients:
            await client.aclose()


def sending_spans(engine: Engine) -> list[tuple[float, float, int, int]]:
    """Per customer broadcast, in order: when its first and last message went, in seconds
    after the broadcast was stored, and how many of its deliveries were sent. Broadcasts
    that start only when the previous one ends are waiting in the queue, not for a lock."""
    query = (
        select(
            Broadcast.created_at,
            func.min(Delivery.sent_at),
            func.max(Delivery.sent_at),
            func.count(col(Delivery.sent_at)),
            func.count(),
        )
        .join(Delivery, col(Delivery.broadcast_id) == col(Broadcast.id))
        .group_by(col(Broadcast.id), col(Broadcast.created_at))
        .order_by(col(Broadcast.id))
    )
    spans = []
    with Session(engine) as session:
        for created, first, last, sent, total_rows in session.exec(query):
            if first is None or total_rows < 2:
                continue
            created, first, last = (as_utc(v) for v in (created, first, last))
            began, ended = (first - created).total_seconds(), (last - created).total_seconds()
            spans.append((began, ended, sent, total_rows))
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--staff", type=int, default=50)
    parser.add_argument("--commanders", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--trigger-every", type=float, default=3.0)
    parser.add_argument("--incidents", type=int, default=3, help="open incidents")
    parser.add_argument(
        "--channel",
        choices=["email", "dry-run"],
        default="email",
        help="the customers' channel: email to a counting SMTP sink on 127.0.0.1 (as in "
        "production), or a dry run (each whole message also written to the database)",
    )
    args = parser.parse_args()
    print(
        f"staff load: {args.database}, {args.staff} staff + {args.commanders} commanders, "
        f"{args.seconds:.0f} s, {args.customers:,} customers, {args.channel} channel, "
        f"{os.cpu_count()} cores"
    )
    sink = Sink(1) if args.channel == "email" else None
    try:
        run_load(args, sink)
    finally:
        if sink is not None:
            print(f"SMTP sink counted {sink.count():,} messages")
            sink.stop()


def print_windows(tally: Tally, elapsed: float, width: float = 10.0) -> None:
    """p99 per route in each window of the run, to tell a cold start from a steady tail."""
    windows = max(1, int(elapsed // width + (elapsed % width > 1)))
    heads = " ".join(f"{f'{i * width:.0f}-{(i + 1) * width:.0f}s':>8}" for i in range(windows))
    print(f"\np99 ms by window of the run{'':17} {heads}")
    for route, values in sorted(tally.latencies.items()):
        cells = []
        for i in range(windows):
            low, high = tally.began + i * width, tally.began + (i + 1) * width
            inside = [v for v, t in zip(values, tally.at[route], strict=True) if low <= t < high]
            if len(inside) > 1:
                p99 = statistics.quantiles(inside, n=100, method="inclusive")[98]
                cells.append(f"{p99 * 1000:8.0f}")
            else:
                cells.append(f"{'-':>8}")
        print(f"{route[:44]:44} {' '.join(cells)}")


def run_load(args: argparse.Namespace, sink: Sink | None) -> None:
    """Build the world, start the service, drive the load, print the figures."""
    with scene.database(args.database) as (engine, settings):
        world = build(engine, settings, args, None if sink is None else sink.port)
        port = scene.free_port()
        base = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "CRISISCOMMS_DATABASE_URL": settings.database_url,
            "CRISISCOMMS_PLANS_DIR": str(REPO / "plans"),
            "CRISISCOMMS_WEB_DIR": str(REPO / "web"),
            "CRISISCOMMS_IMPORT_PLANS_ON_START": "false",
            "CRISISCOMMS_COOKIE_SECURE": "false",
            "CRISISCOMMS_SECRET_KEY": settings.secret_key.get_secret_value()
            if settings.secret_key
            else "",
            "CRISISCOMMS_WORKER_POLL_SECONDS": "0.5",
            "CRISISCOMMS_LOG_LEVEL": os.environ.get("BENCH_SERVER_LOG_LEVEL", "WARNING"),
            "CRISISCOMMS_ALLOW_PRIVATE_DESTINATIONS": "true",  # the sink on 127.0.0.1
        }
        serve = [sys.executable, "-m", "crisiscomms.cli", "serve", "--port", str(port)]
        log = os.environ.get("BENCH_SERVER_LOG")
        with scene.running(serve, env, f"{base}/healthz", log=log) as server:
            tally = Tally()
            cpu: dict[str, float] = {}

            async def run() -> float:
                gate = asyncio.Semaphore(2)  # argon2 verification is meant to be slow
                clients = await asyncio.gather(*(sign_in(base, e, gate) for e in world.staff))
                began = time.monotonic()
                tally.began = time.perf_counter()
                cpu["server"], cpu["machine"] = scene.cpu_seconds(server.pid), scene.cpu_seconds()
                stop = began + args.seconds
                rng = random.Random(7)
                await asyncio.gather(
                    *(
                        staff_member(client, draft, world, tally, stop, random.Random(rng.random()))
                        for client, draft in zip(clients, world.drafts, strict=True)
                    ),
                    commanders(base, world, tally, stop, args.trigger_every),
                )
                cpu["server"] = scene.cpu_seconds(server.pid) - cpu["server"]
                cpu["machine"] = scene.cpu_seconds() - cpu["machine"]
                return time.monotonic() - began

            elapsed = asyncio.run(run())
        spans = sending_spans(engine)

    total = sum(len(v) for v in tally.latencies.values())
    print(f"\n{total:,} requests in {elapsed:.1f} s: {total / elapsed:.1f} req/s")
    print(
        f"CPU in that time: the service {cpu['server'] / elapsed:.2f} cores (its check processes "
        f"included), the whole machine "
        f"{cpu['machine'] / elapsed:.2f} of {os.cpu_count()} (this bench and its SMTP sink "
        "included; anything else running makes the run noisy)\n"
    )
    print(f"{'route':44} {'count':>6} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for route, values in sorted(tally.latencies.items()):
        cuts = (
            statistics.quantiles(values, n=100, method="inclusive")
            if len(values) > 1
            else values * 99
        )
        print(
            f"{route:44} {len(values):6} {cuts[49] * 1000:8.1f} {cuts[98] * 1000:8.1f} "
            f"{len(tally.errors.get(route, [])):7}"
        )
    print_windows(tally, elapsed)
    errors = sum(len(v) for v in tally.errors.values())
    print(f"\nerrors: {errors}")
    for route, problems in tally.errors.items():
        print(f"  {route}: {problems[:3]}")
    if spans:
        print("each broadcast, seconds after it was stored: first sent, last sent (sent/total)")
        for first, last, sent, total_rows in spans:
            print(f"  {first:7.2f} {last:7.2f}  ({sent}/{total_rows})")
    if tally.starts:
        print(
            f"broadcasts triggered: {len(tally.starts)}; first message delivered after "
            f"median {statistics.median(tally.starts):.2f} s, max {max(tally.starts):.2f} s"
        )


if __name__ == "__main__":
    main()
