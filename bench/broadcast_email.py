"""Benchmark: a statement emailed to N customers end to end, against a minimal pipeline and
the SMTP ceiling.

Usage: python bench/broadcast_email.py [--customers N] [--database sqlite|postgres]
       [--batch N] [--workers N] [--runs N] [--sinks N] [--ceiling-processes N]
       [--ceiling-sample N] [--naive-sample N] [--phases] [--overlap auto|on|behind|off]

Sink: bench/smtp_sink.py, a bare counting SMTP server (uvloop) in `--sinks` processes of
its own on 127.0.0.1, so it never shares a GIL with what is measured. In a fresh migrated
database: N customers imported through the import service, the service-outage plan stored,
an incident activated whose scope covers them all, an `email` channel for customers
pointing at the sink. Then, per run, in this order:
1. engine: a fresh approved statement (outside the clock); the clock runs from
   `create_broadcast` (the request: publish, count the audience, store the broadcast) to
   the last delivery recorded as sent, the worker's way: each pass one `scheduled.fan_out`
   step (committed) and one `DeliveryEngine.step` (claim, compose, send over the pooled
   connections, record). `--workers N` runs N such worker processes (they share the
   fan-out and the outbox: SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite).
2. minimal pipeline (bench/minimal_pipeline.py): the same N customers, the same rendered
   bytes, `--workers` processes, each one uvloop loop: raw SQL batches of 500, render,
   aiosmtplib `sendmail` over 16 connections, one executemany and commit per batch of
   results. No leases, retries, attempts, rate limits or re-checks.
3. ceiling (bench/smtp_ceiling.py): `--ceiling-sample` of the broadcast's own messages,
   rendered and dot-stuffed outside the clock, sent by `--ceiling-processes` processes of
   16 pipelined connections each (the sink's best in smtp_ceiling.py).
4. naive: one apprise `mailto://` notify per recipient (a fresh Apprise object, a fresh
   connection, the same personalised texts) on a small sample, extrapolated.
The sink's count must rise by exactly N for the engine and the pipeline, every delivery
end `sent` and the pipeline record N rows. Printed: each run, then medians and the ratios
engine / pipeline (target >= 0.8 with the same processes), engine / ceiling, engine /
naive, and the time 1,000,000 would take at the engine's median rate. `--phases` (one
worker) also prints the engine's CPU per message phase by phase (bench/engine_phases.py),
beside what rendering costs (the pipeline's own work). `--overlap on|off` has the workers
claim the next batch ahead and write results behind the step (or neither) whatever the
database, `behind` only write results behind; `auto` (the default) is the shipped
choice: both on PostgreSQL, neither on SQLite.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import multiprocessing
import multiprocessing.connection
import resource
import statistics
import time
from datetime import datetime
from typing import Any

import apprise
import broadcast_scene as scene
import engine_phases
import minimal_pipeline
from smtp_ceiling import ceiling, payloads
from smtp_sink import Sink
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
from crisiscomms.db import begin_writes, make_engine, utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.incidents.models import Incident
from crisiscomms.statements.personalise import EmailPersonaliser, Recipient
from crisiscomms.worker.delivery import DeliveryEngine, for_worker
from crisiscomms.worker.loop import settle_heap

CONNECTIONS = 16
SENDER = "status@northwind.example.com"
OVERLAP: dict[str, bool] = {}
"""`record_behind` and `claim_ahead` for every worker (`--overlap`); empty: the shipped
choice for the database. Set before the worker processes are forked."""


def cpu_seconds() -> float:
    """CPU used so far by this process and by its children that have ended (the worker and
    pipeline processes, joined after each run; not the sink's, which run until the end)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def work(engine: Engine, delivery: DeliveryEngine) -> tuple[float, int]:
    """The worker loop until the broadcast is fanned out and nothing is due; returns the
    monotonic time of the last step that recorded deliveries, and how many it settled."""
    last, settled, fanning = 0.0, 0, True
    while True:
        if fanning:
            with Session(engine, expire_on_commit=False) as session:
                begin_writes(session)  # as the worker loop's jobs (SQLite: BEGIN IMMEDIATE)
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
            delivery.flush()  # a worker on PostgreSQL writes its last results behind its step
            return max(last, delivery.recorded_at), settled


def _child(
    url: str,
    batch: int,
    number: int,
    ready: Any,
    go: Any,
    out: multiprocessing.connection.Connection,
    overlap: dict[str, bool],
) -> None:
    settings = scene.settings_for(url)
    engine = make_engine(settings)
    delivery = for_worker(
        engine, settings, batch_size=batch, name=f"bench-worker-{number}", **overlap
    )
    settle_heap()  # as `crisiscomms worker` does before its loop
    ready.release()
    go.wait()
    used = resource.getrusage(resource.RUSAGE_SELF)
    try:
        last, settled = work(engine, delivery)
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
        out.send((last, settled, cpu))
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
                args=(settings.database_url, batch, number, self.ready, self.go, send, OVERLAP),
                daemon=True,
            )
            process.start()
            self.pipes.append(receive)
            self.processes.append(process)
        for _ in range(count):
            self.ready.acquire()

    def run(self) -> tuple[float, int, float]:
        """Let them go; the last recording time of any, the deliveries settled, and the CPU
        seconds the workers used from the start signal on (not their start-up, which the
        process-wide figure of a joined child would include)."""
        self.go.set()
        results = [pipe.recv() for pipe in self.pipes]
        for process in self.processes:
            process.join()
        return max(r[0] for r in results), sum(r[1] for r in results), sum(r[2] for r in results)


def engine_run(
    engine: Engine,
    settings: Settings,
    s: scene.Scene,
    *,
    batch: int,
    workers: int,
    expected: int,
    counter: Sink,
    audiences: tuple[str, ...] = ("customers",),
) -> tuple[float, dict[str, float], int]:
    """One broadcast, request to last delivery sent: seconds, a breakdown (the request's
    seconds, the CPU seconds of the engine's processes), broadcast id."""
    with Session(engine, expire_on_commit=False) as session:
        statement = scene.approved_statement(session, s, now=utc_now())
        session.commit()
    pool = Workers(settings, batch, workers) if workers > 1 else None
    delivery = None
    if pool is None:
        delivery = for_worker(engine, settings, batch_size=batch, name="bench-worker", **OVERLAP)
    gc.collect()
    before = counter.count()
    cpu = cpu_seconds()
    own = resource.getrusage(resource.RUSAGE_SELF)
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
        last, settled, workers_cpu = pool.run()
        mine = resource.getrusage(resource.RUSAGE_SELF)
        # This process's share (the request) and the workers' own from the start signal on.
        cpu = mine.ru_utime + mine.ru_stime - own.ru_utime - own.ru_stime + workers_cpu
    else:
        assert delivery is not None
        last, settled = work(engine, delivery)
        delivery.close()
        cpu = cpu_seconds() - cpu
    seconds = last - started
    with Session(engine) as session:
        fanout.complete(session, utc_now())
        session.commit()
        progress = broadcast_progress.progress(session, broadcast.id or 0)
        fanned = session.get(Broadcast, broadcast.id)
        assert fanned is not None and fanned.status == BroadcastStatus.DONE, fanned
    received = counter.count() - before
    if not (progress.sent == progress.total == expected == received == settled):
        raise SystemExit(
            f"engine run incomplete: {progress}, settled {settled}, server got {received}, "
            f"expected {expected}"
        )
    return seconds, {"request": requested - started, "cpu": cpu}, broadcast.id or 0


def renderer(
    engine: Engine, settings: Settings, broadcast_id: int, channel_id: int
) -> tuple[EmailPersonaliser, bytes, datetime, Incident]:
    """What the engine renders a broadcast's emails with: its Composer's personaliser, the
    unsubscribe signing key, the time, the incident (for the audience)."""
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
    delivery.close()
    return personaliser, key, now, incident


def messages(
    engine: Engine, settings: Settings, broadcast_id: int, channel_id: int, limit: int
) -> list[tuple[str, bytes]]:
    """The broadcast's first `limit` emails as the engine renders them (its personaliser and
    unsubscribe links): (recipient address, raw message)."""
    personaliser, key, now, incident = renderer(engine, settings, broadcast_id, channel_id)
    out: list[tuple[str, bytes]] = []
    with Session(engine, expire_on_commit=False) as session:
        for recipients in customer_audience.resolve_audience(
            session, incident, channel_kind=ChannelKind.EMAIL
        ):
            for recipient in recipients[: limit - len(out)]:
                out.append((recipient.email, render(personaliser, key, recipient, settings, now)))
            if len(out) >= limit:
                break
    return out


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


def pipeline_run(
    engine: Engine,
    settings: Settings,
    sink: Sink,
    broadcast_id: int,
    channel_id: int,
    *,
    processes: int,
    expected: int,
    client: str,
) -> tuple[float, float]:
    """Seconds for the minimal pipeline to send and record the same audience, and the CPU
    seconds its processes used."""
    personaliser, key, now, _ = renderer(engine, settings, broadcast_id, channel_id)
    minimal_pipeline.reset(engine)
    before = sink.count()
    gc.collect()
    cpu = cpu_seconds()
    seconds, sent = minimal_pipeline.run(
        settings.database_url,
        processes=processes,
        port=sink.port,
        sender=SENDER,
        personaliser=personaliser,
        key=key,
        base_url=settings.public_base_url,
        now=now,
        client=client,
    )
    cpu = cpu_seconds() - cpu
    stored, received = minimal_pipeline.recorded(engine), sink.count() - before
    if not (sent == stored == received == expected):
        raise SystemExit(
            f"pipeline: sent {sent}, recorded {stored}, sink got {received}, expected {expected}"
        )
    return seconds, cpu


def ceiling_run(
    engine: Engine,
    settings: Settings,
    sink: Sink,
    broadcast_id: int,
    channel_id: int,
    *,
    sample: int,
    processes: int,
) -> float:
    """Messages per second: a sample of the broadcast's messages, rendered and dot-stuffed
    outside the clock, sent by `processes` processes of 16 pipelined connections each."""
    ready = payloads(messages(engine, settings, broadcast_id, channel_id, sample))
    before = sink.count()
    gc.collect()
    seconds, _ = ceiling(sink.port, ready, processes=processes, connections=CONNECTIONS)
    if sink.count() - before != len(ready):
        raise SystemExit(f"ceiling: sink got {sink.count() - before}, expected {len(ready)}")
    return len(ready) / seconds


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
    """Import, run the engine, the minimal pipeline, the ceiling and the naive peer; print
    each run, the medians and the ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--batch", type=int, default=500, help="deliveries per engine step")
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sinks", type=int, default=2, help="SMTP sink processes")
    parser.add_argument("--ceiling-processes", type=int, default=2)
    parser.add_argument("--ceiling-sample", type=int, default=60_000)
    parser.add_argument("--naive-sample", type=int, default=20)
    parser.add_argument(
        "--pipeline-clients",
        default="aiosmtplib,pipelined",
        help="the minimal pipeline's SMTP clients to run (see minimal_pipeline.py)",
    )
    parser.add_argument(
        "--overlap",
        choices=["auto", "on", "behind", "off"],
        default="auto",
        help="claim ahead and record behind the step: the shipped choice, or on/off",
    )
    parser.add_argument(
        "--phases",
        action="store_true",
        help="print the engine's CPU per message phase by phase (one worker only)",
    )
    args = parser.parse_args()
    if args.overlap != "auto":
        OVERLAP.update(
            record_behind=args.overlap in ("on", "behind"), claim_ahead=args.overlap == "on"
        )
    if args.phases and args.workers != 1:
        parser.error("--phases measures the engine in this process: use it with --workers 1")
    count = args.customers
    phases = engine_phases.Phases()
    clients = args.pipeline_clients.split(",")

    sink = Sink(args.sinks)
    try:
        with scene.database(args.database) as (engine, settings):
            print(
                f"crisiscomms: email broadcast to {count:,} customers, {args.database}, "
                f"{args.workers} worker process(es), batch {args.batch}, "
                f"overlap {args.overlap}, {args.runs} run(s); "
                f"{sink.describe()}",
                flush=True,
            )
            imported = scene.load_customers(engine, count)
            print(f"import of {count:,} customers: {imported:.1f} s", flush=True)
            with Session(engine, expire_on_commit=False) as session:
                s = scene.stage(session)
                channel = scene.email_channel(session, settings, sink.port)
                session.commit()
            assert channel.id is not None
            gc.freeze()

            engine_s, request_s, ceilings, naives, engine_cpu = [], [], [], [], []
            pipeline_s: dict[str, list[float]] = {client: [] for client in clients}
            pipeline_cpu: dict[str, list[float]] = {client: [] for client in clients}
            for run in range(args.runs):
                sink_cpu = sink.cpu_seconds()
                with phases.measuring() if args.phases else contextlib.nullcontext():
                    seconds, parts, broadcast_id = engine_run(
                        engine,
                        settings,
                        s,
                        batch=args.batch,
                        workers=args.workers,
                        expected=count,
                        counter=sink,
                    )
                sink_cpu = sink.cpu_seconds() - sink_cpu
                engine_s.append(seconds)
                request_s.append(parts["request"])
                engine_cpu.append(parts["cpu"])
                for client in clients:
                    elapsed, used = pipeline_run(
                        engine,
                        settings,
                        sink,
                        broadcast_id,
                        channel.id,
                        processes=args.workers,
                        expected=count,
                        client=client,
                    )
                    pipeline_s[client].append(elapsed)
                    pipeline_cpu[client].append(used)
                ceilings.append(
                    ceiling_run(
                        engine,
                        settings,
                        sink,
                        broadcast_id,
                        channel.id,
                        sample=min(count, args.ceiling_sample),
                        processes=args.ceiling_processes,
                    )
                )
                naives.append(
                    naive_run(
                        engine, settings, sink.port, broadcast_id, channel.id, args.naive_sample
                    )
                )
                pipelines = "; ".join(
                    f"pipeline ({c}) {pipeline_s[c][-1]:6.1f} s "
                    f"{count / pipeline_s[c][-1]:7,.0f} msgs/s, engine / it "
                    f"{pipeline_s[c][-1] / seconds:.2f} "
                    f"(CPU {pipeline_cpu[c][-1] / count * 1e6:,.0f}"
                    f" µs/msg, engine / it {pipeline_cpu[c][-1] / engine_cpu[-1]:.2f})"
                    for c in clients
                )
                print(
                    f"run {run + 1}: engine {seconds:6.1f} s {count / seconds:7,.0f} msgs/s "
                    f"(CPU {parts['cpu'] / count * 1e6:,.0f} µs/msg; "
                    f"request {parts['request'] * 1000:,.0f} ms; sink busy "
                    f"{sink_cpu / seconds:.0%} of a core); {pipelines}; "
                    f"ceiling {ceilings[-1]:7,.0f} msgs/s; naive {naives[-1]:5.1f} msgs/s",
                    flush=True,
                )

        rate = count / statistics.median(engine_s)
        minimal = {c: count / statistics.median(pipeline_s[c]) for c in clients}
        raw = statistics.median(ceilings)
        naive = statistics.median(naives)
        print()
        print(f"medians of {args.runs} run(s), {count:,} messages each:")
        print(
            f"engine (request -> last sent), {args.workers} process(es)  {rate:8,.0f} msgs/s  "
            f"({statistics.median(engine_s):.1f} s; request "
            f"{statistics.median(request_s) * 1000:,.0f} ms)"
        )
        for c in clients:
            label = f"minimal pipeline ({c}), {args.workers} process(es)"
            print(f"{label:45} {minimal[c]:8,.0f} msgs/s")
        print(
            f"ceiling, {args.ceiling_processes} process(es) x {CONNECTIONS} pipelined connections "
            f"{raw:8,.0f} msgs/s  (sample of {min(count, args.ceiling_sample):,})"
        )
        print(
            f"naive apprise, 1 per recipient          {naive:8,.1f} msgs/s  "
            f"(sample {args.naive_sample})"
        )

        def per_run(engine: list[float], pipeline: list[float]) -> str:
            return ", ".join(f"{p / e:.2f}" for e, p in zip(engine, pipeline, strict=True))

        for c in clients:
            cpu_engine, cpu_pipeline = (
                statistics.median(engine_cpu),
                statistics.median(pipeline_cpu[c]),
            )
            print(
                f"ratio engine / pipeline ({c}): {rate / minimal[c]:6.2f}  (target >= 0.80; "
                f"per run: {per_run(engine_s, pipeline_s[c])})"
            )
            print(
                f"CPU per message, engine / pipeline ({c}): {cpu_engine / count * 1e6:,.0f} / "
                f"{cpu_pipeline / count * 1e6:,.0f} µs, ratio {cpu_pipeline / cpu_engine:.2f} "
                f"(per run: {per_run(engine_cpu, pipeline_cpu[c])}; on a busy machine the "
                "steadier figure)"
            )
        print(f"ratio engine / ceiling:  {rate / raw:6.2f}")
        print(f"ratio engine / naive:    {rate / naive:6.0f}  (target >= 50)")
        print(
            f"1,000,000 at the engine's median rate: {1_000_000 / rate / 60:.1f} min "
            "(target <= 5 min)"
        )
        if args.phases:
            first = statistics.median(pipeline_cpu[clients[0]]) / count * 1e6 if clients else None
            print(f"\nthe engine's CPU by phase (mean of {args.runs} run(s)):")
            for line in phases.lines(count, args.runs, first):
                print(line)
        print(f"sink counted {sink.count():,} messages in all")
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
