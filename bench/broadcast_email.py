"""Benchmark: a statement emailed to N customers end to end, against the raw SMTP ceiling.

Usage: python bench/broadcast_email.py [--customers N] [--database sqlite|postgres]
       [--batch N] [--workers N] [--runs N] [--naive-sample N]

Server: the minimal counting asyncio SMTP server of bench/smtp_ceiling.py (accepts
everything, counts each message), in a child process on 127.0.0.1 so it does not share the
engine's GIL. In a fresh migrated database: N customers imported through the import service,
the service-outage plan stored, an incident activated whose scope covers them all, an
`email` channel for customers pointing at the server. Then, per run:
1. engine: a fresh approved statement (outside the clock); the clock runs from
   `create_broadcast` (the request: publish, count the audience, store the broadcast) to
   the last delivery recorded as sent, the worker's way: each pass one `scheduled.fan_out`
   step (committed) and one `DeliveryEngine.step` (claim, compose, send over the pooled
   connections, record). `--workers 2` runs two such worker processes (they share the
   fan-out and the outbox: SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite).
2. ceiling: the same N messages, rendered first (outside the clock, in chunks of 50,000)
   by the same EmailPersonaliser the engine used, with the same unsubscribe links, blasted
   with `sendmail` over 16 persistent aiosmtplib connections.
3. naive: one apprise `mailto://` notify per recipient (a fresh Apprise object, a fresh
   connection, the same personalised texts) on a small sample, extrapolated.
The server's count must rise by exactly N per engine run, and every delivery be `sent`.
Targets: engine/ceiling >= 0.7, engine/naive >= 50, 1,000,000 messages in <= 10 minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import multiprocessing.connection
import statistics
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import aiosmtplib
import apprise
import broadcast_scene as scene
from smtp_ceiling import _serve
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from crisiscomms.broadcasts import fanout
from crisiscomms.broadcasts import progress as broadcast_progress
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers import unsubscribe
from crisiscomms.customers.models import ChannelKind
from crisiscomms.db import make_engine, utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.incidents.models import Incident
from crisiscomms.statements.personalise import EmailPersonaliser, Recipient
from crisiscomms.worker.delivery import DeliveryEngine

RENDER_CHUNK = 50_000
CONNECTIONS = 16
SENDER = "status@northwind.example.com"


def work(engine: Engine, delivery: DeliveryEngine) -> tuple[float, int]:
    """The worker loop until the broadcast is fanned out and nothing is due; returns the
    monotonic time of the last step that recorded deliveries, and how many it settled."""
    last, settled, fanning = 0.0, 0, True
    while True:
        if fanning:
            with Session(engine, expire_on_commit=False) as session:
                wrote = scheduled.fan_out(session, utc_now())
                session.commit()
        done = delivery.step(utc_now())
        if done:
            last, settled = time.monotonic(), settled + done
            continue
        if fanning and not wrote:
            with Session(engine) as session:
                waiting = session.exec(
                    select(Broadcast.id).where(
                        col(Broadcast.status).in_(
                            [BroadcastStatus.QUEUED, BroadcastStatus.SCHEDULED]
                        )
                    )
                ).first()
            fanning = waiting is not None
            if fanning:  # another worker holds the fan-out step: let it write its chunk
                time.sleep(0.01)
            continue
        if not fanning:
            return last, settled


def _child(
    url: str,
    batch: int,
    number: int,
    ready: Any,
    go: Any,
    out: multiprocessing.connection.Connection,
) -> None:
    settings = scene.settings_for(url)
    engine = make_engine(settings)
    delivery = DeliveryEngine(engine, settings, batch_size=batch, name=f"bench-worker-{number}")
    ready.release()
    go.wait()
    try:
        out.send(work(engine, delivery))
    finally:
        delivery.close()
        engine.dispose()


class Workers:
    """`count` worker processes, started (imports, engine) before the clock, waiting to go."""

    def __init__(self, settings: Settings, batch: int, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.ready = context.Semaphore(0)
        self.go = context.Event()
        self.pipes: list[multiprocessing.connection.Connection] = []
        self.processes = []
        for number in range(count):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(
                target=_child,
                args=(settings.database_url, batch, number, self.ready, self.go, send),
                daemon=True,
            )
            process.start()
            self.pipes.append(receive)
            self.processes.append(process)
        for _ in range(count):
            self.ready.acquire()

    def run(self) -> tuple[float, int]:
        """Let them go; the last recording time of any, and the deliveries settled."""
        self.go.set()
        results = [pipe.recv() for pipe in self.pipes]
        for process in self.processes:
            process.join()
        return max(r[0] for r in results), sum(r[1] for r in results)


def engine_run(
    engine: Engine,
    settings: Settings,
    s: scene.Scene,
    *,
    batch: int,
    workers: int,
    expected: int,
    counter: Any,
    audiences: tuple[str, ...] = ("customers",),
) -> tuple[float, dict[str, float], int]:
    """One broadcast, request to last delivery sent: seconds, a breakdown, broadcast id."""
    with Session(engine, expire_on_commit=False) as session:
        statement = scene.approved_statement(session, s, now=utc_now())
        session.commit()
    pool = Workers(settings, batch, workers) if workers > 1 else None
    delivery = None
    if pool is None:
        delivery = DeliveryEngine(engine, settings, batch_size=batch, name="bench-worker")
    gc.collect()
    before = counter.value
    started = time.monotonic()
    with Session(engine, expire_on_commit=False) as session:
        broadcast = broadcast_flow.create_broadcast(
            session,
            statement_id=statement.id or 0,
            audiences=list(audiences),
            scheduled_at=None,
            actor=s.commander,
            now=utc_now(),
        )
        session.commit()
    requested = time.monotonic()
    if pool is not None:
        last, settled = pool.run()
    else:
        assert delivery is not None
        last, settled = work(engine, delivery)
        delivery.close()
    seconds = last - started
    with Session(engine) as session:
        fanout.complete(session, utc_now())
        session.commit()
        progress = broadcast_progress.progress(session, broadcast.id or 0)
        fanned = session.get(Broadcast, broadcast.id)
        assert fanned is not None and fanned.status == BroadcastStatus.DONE, fanned
    received = counter.value - before
    if not (progress.sent == progress.total == expected == received == settled):
        raise SystemExit(
            f"engine run incomplete: {progress}, settled {settled}, server got {received}, "
            f"expected {expected}"
        )
    return seconds, {"request": requested - started}, broadcast.id or 0


def messages(
    engine: Engine, settings: Settings, broadcast_id: int, channel_id: int
) -> Iterator[list[tuple[str, bytes]]]:
    """The broadcast's emails as the engine renders them (its Composer, personaliser and
    unsubscribe links), in chunks of (recipient address, raw message)."""
    delivery = DeliveryEngine(engine, settings, name="bench-render")
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        layout = delivery.composer.layout(session, broadcast_id)
        channel = session.get(ChannelConfig, channel_id)
        assert channel is not None
        personaliser = delivery.composer.personaliser(session, layout, channel, scene.FROM, now=now)
        key = unsubscribe.signing_key(session, settings, now=now)
        incident = session.get(Incident, layout.broadcast.incident_id)
        assert incident is not None
        chunk: list[tuple[str, bytes]] = []
        for recipients in customer_audience.resolve_audience(
            session, incident, channel_kind=ChannelKind.EMAIL
        ):
            for recipient in recipients:
                chunk.append((recipient.email, render(personaliser, key, recipient, settings, now)))
            if len(chunk) >= RENDER_CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
    delivery.close()


def render(
    personaliser: EmailPersonaliser,
    key: bytes,
    recipient: Recipient,
    settings: Settings,
    now: datetime,
) -> bytes:
    """One message exactly as Composer._email builds it."""
    token = unsubscribe.make_token(
        key, external_id=recipient.external_id, kind=ChannelKind.EMAIL, address=recipient.email
    )
    link = unsubscribe.unsubscribe_url(settings.public_base_url, token)
    return personaliser.render(recipient, unsubscribe_url=link, now=now)


def ceiling_run(
    port: int, chunks: Iterator[list[tuple[str, bytes]]], counter: Any, expected: int
) -> float:
    """Seconds spent sending (rendering excluded) over 16 persistent connections."""
    runner = asyncio.Runner()
    clients = [
        aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
        for _ in range(CONNECTIONS)
    ]

    async def each(method: str) -> None:
        await asyncio.gather(*(getattr(c, method)() for c in clients))

    runner.run(each("connect"))

    async def blast(chunk: list[tuple[str, bytes]]) -> None:
        work = iter(chunk)

        async def one(client: aiosmtplib.SMTP) -> None:
            for address, raw in work:
                await client.sendmail(SENDER, [address], raw)

        await asyncio.gather(*(one(c) for c in clients))

    before, sending = counter.value, 0.0
    for chunk in chunks:
        gc.collect()
        started = time.perf_counter()
        runner.run(blast(chunk))
        sending += time.perf_counter() - started
    runner.run(each("quit"))
    runner.close()
    if counter.value - before != expected:
        raise SystemExit(f"ceiling: server got {counter.value - before}, expected {expected}")
    return sending


def naive_run(
    engine: Engine, settings: Settings, port: int, broadcast_id: int, channel_id: int, sample: int
) -> float:
    """Messages per second, one apprise mailto:// notify (fresh object) per recipient."""
    delivery = DeliveryEngine(engine, settings, name="bench-naive")
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        layout = delivery.composer.layout(session, broadcast_id)
        channel = session.get(ChannelConfig, channel_id)
        assert channel is not None
        personaliser = delivery.composer.personaliser(session, layout, channel, scene.FROM, now=now)
        incident = session.get(Incident, layout.broadcast.incident_id)
        assert incident is not None
        people = next(
            customer_audience.resolve_audience(
                session, incident, channel_kind=ChannelKind.EMAIL, chunk_size=sample
            )
        )
    delivery.close()
    started = time.perf_counter()
    for recipient in people:
        plain, _html = personaliser.texts(recipient, unsubscribe_url=None)
        notifier = apprise.Apprise()
        notifier.add(f"mailto://127.0.0.1:{port}?mode=insecure&from={SENDER}&to={recipient.email}")
        if not notifier.notify(title=personaliser.subject(recipient), body=plain):
            raise SystemExit(f"apprise could not send to {recipient.email}")
    return len(people) / (time.perf_counter() - started)


def main() -> None:
    """Import, run the engine, the ceiling and the naive peer, print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--batch", type=int, default=500, help="deliveries per engine step")
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--naive-sample", type=int, default=20)
    args = parser.parse_args()
    count = args.customers

    counter = multiprocessing.Value("q", 0)
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=_serve, args=(send, counter), daemon=True)
    server.start()
    port = receive.recv()
    try:
        with scene.database(args.database) as (engine, settings):
            print(
                f"crisiscomms: email broadcast to {count:,} customers, {args.database}, "
                f"{args.workers} worker process(es), batch {args.batch}, {args.runs} run(s); "
                f"counting SMTP server in its own process on 127.0.0.1:{port}",
                flush=True,
            )
            imported = scene.load_customers(engine, count)
            print(f"import of {count:,} customers: {imported:.1f} s", flush=True)
            with Session(engine, expire_on_commit=False) as session:
                s = scene.stage(session)
                channel = scene.email_channel(session, settings, port)
                session.commit()
            assert channel.id is not None
            gc.freeze()

            engine_seconds, request_seconds, ceiling_seconds, naive_rates = [], [], [], []
            for run in range(args.runs):
                seconds, parts, broadcast_id = engine_run(
                    engine,
                    settings,
                    s,
                    batch=args.batch,
                    workers=args.workers,
                    expected=count,
                    counter=counter,
                )
                engine_seconds.append(seconds)
                request_seconds.append(parts["request"])
                print(
                    f"run {run + 1}: engine {seconds:7.1f} s {count / seconds:8,.0f} msgs/s "
                    f"(request {parts['request'] * 1000:,.0f} ms)",
                    flush=True,
                )
                chunks = messages(engine, settings, broadcast_id, channel.id)
                ceiling = ceiling_run(port, chunks, counter, count)
                ceiling_seconds.append(ceiling)
                print(
                    f"run {run + 1}: ceiling {ceiling:6.1f} s {count / ceiling:8,.0f} msgs/s",
                    flush=True,
                )
                naive = naive_run(
                    engine, settings, port, broadcast_id, channel.id, args.naive_sample
                )
                naive_rates.append(naive)
                print(f"run {run + 1}: naive apprise {naive:8,.1f} msgs/s", flush=True)

        rate = count / statistics.median(engine_seconds)
        raw = count / statistics.median(ceiling_seconds)
        naive = statistics.median(naive_rates)
        print()
        print(f"medians of {args.runs} run(s), {count:,} messages each:")
        print(
            f"engine (request -> last sent)  {rate:8,.0f} msgs/s  "
            f"({statistics.median(engine_seconds):.1f} s; request "
            f"{statistics.median(request_seconds) * 1000:,.0f} ms)"
        )
        print(f"raw ceiling (16 connections)   {raw:8,.0f} msgs/s")
        print(f"naive apprise, 1 per recipient {naive:8,.1f} msgs/s  (sample {args.naive_sample})")
        print(f"ratio engine / ceiling: {rate / raw:6.2f}  (target >= 0.70)")
        print(f"ratio engine / naive:   {rate / naive:6.0f}  (target >= 50)")
        projected = 1_000_000 / rate
        print(
            f"projected for 1,000,000: {projected / 60:.1f} min engine, "
            f"{1_000_000 / naive / 3600:.1f} h naive  (target <= 10 min)"
        )
        total = counter.value
        print(f"server counted {total:,} messages in all; {count:,} per engine run, as expected")
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
