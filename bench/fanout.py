"""Benchmark: writing a broadcast's delivery rows through the fan-out, against a raw bulk insert.

Usage: python bench/fanout.py [--rows N] [--database sqlite|postgres] [--runs N]

In a fresh migrated database: N customers imported through the import service, all in the
scope of one active incident, an `email` channel for customers. Then, per run, into the
emptied `delivery` table (all its indexes in place):
1. fan-out: a broadcast is created (a fresh approved statement; outside the clock), then
   `scheduled.fan_out` is called and committed, one chunk per call as the worker does, until
   it reports nothing left: N rows written by INSERT … SELECT over the audience query;
2. raw: the same N rows (same broadcast, channel, customer ids and values), prepared
   outside the clock, written each of the ways in METHODS: on SQLite `executemany` in one
   transaction, plain and with a page cache that holds the indexes; on PostgreSQL `COPY`
   row by row (`write_row`, the old reference), of a pre-built text buffer, and of that
   buffer split over two connections at once. Each is checked to have written N rows.
The target: fan-out time at most twice the fastest raw time. Medians of `--runs` runs.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from typing import Any

import broadcast_scene as scene
from sqlalchemy import func, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from crisiscomms.broadcasts import fanout
from crisiscomms.broadcasts.models import DELIVERY, Delivery
from crisiscomms.db import utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled

COLUMNS = (
    "broadcast_id",
    "channel_id",
    "recipient_id",
    "status",
    "attempts",
    "next_attempt_at",
    "unconfirmed",
)


def empty(engine: Engine) -> None:
    """An empty delivery table with fresh statistics, as before the first broadcast."""
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM delivery"))
        else:
            connection.execute(text("TRUNCATE delivery"))
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.connection.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
    else:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE delivery")
            connection.exec_driver_sql("ANALYZE customer")


def engine_fanout(engine: Engine, s: scene.Scene) -> tuple[float, int, int]:
    """Seconds for the fan-out steps of a new broadcast, rows written, its id."""
    with Session(engine, expire_on_commit=False) as session:
        statement = scene.approved_statement(session, s, now=utc_now())
        broadcast = broadcast_flow.create_broadcast(
            session,
            statement_id=statement.id or 0,
            audiences=["customers"],
            scheduled_at=None,
            actor=s.commander,
            now=utc_now(),
        )
        session.commit()
    gc.collect()
    started = time.perf_counter()
    while True:
        with Session(engine, expire_on_commit=False) as session:
            wrote = scheduled.fan_out(session, utc_now())
            session.commit()
        if not wrote:
            break
    seconds = time.perf_counter() - started
    with Session(engine) as session:
        rows = session.exec(select(func.count()).select_from(Delivery)).one()
    return seconds, rows, broadcast.id or 0


def raw_rows(engine: Engine, broadcast_id: int, channel_id: int) -> list[tuple[Any, ...]]:
    """The rows the fan-out wrote, as tuples of stored values (built outside the clock)."""
    now = utc_now()
    with engine.connect() as connection:
        ids = connection.execute(text("SELECT id FROM customer ORDER BY id")).scalars().all()
        processor = DELIVERY.c.next_attempt_at.type.bind_processor(connection.dialect)
    stamp = processor(now) if processor else now
    return [(broadcast_id, channel_id, i, "pending", 0, stamp, False) for i in ids]


METHODS = {
    "sqlite": ("executemany", "executemany+cache"),
    "postgresql": ("COPY write_row", "COPY buffer", "COPY buffer x2"),
}
"""The raw inserts tried, per database: the old reference first, then the fast ones."""


def raw_insert(engine: Engine, rows: list[tuple[Any, ...]], method: str) -> float:
    """Seconds for one raw insert of the rows; what each method needs is built first."""
    return scene.raw_insert(engine, "delivery", COLUMNS, rows, method)


def main() -> None:
    """Import, then fan-out and raw insert in turn, and print the medians."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    count = args.rows

    with scene.database(args.database) as (engine, settings):
        print(
            f"crisiscomms: fan-out of {count:,} delivery rows, {args.database}, "
            f"chunks of {fanout.CHUNK:,}, {args.runs} run(s)",
            flush=True,
        )
        imported = scene.load_customers(engine, count)
        print(f"import of {count:,} customers: {imported:.1f} s", flush=True)
        with Session(engine, expire_on_commit=False) as session:
            s = scene.stage(session)
            channel = scene.email_channel(session, settings, 2525)
            session.commit()
        assert channel.id is not None
        empty(engine)
        methods = METHODS[engine.dialect.name]
        fanned: list[float] = []
        raw: dict[str, list[float]] = {method: [] for method in methods}
        for run in range(args.runs):
            seconds, rows, broadcast_id = engine_fanout(engine, s)
            if rows != count:
                raise SystemExit(f"fan-out wrote {rows:,} rows, expected {count:,}")
            fanned.append(seconds)
            prepared = raw_rows(engine, broadcast_id, channel.id)
            empty(engine)
            for method in methods:
                raw[method].append(raw_insert(engine, prepared, method))
                with engine.connect() as connection:
                    written = connection.execute(text("SELECT count(*) FROM delivery")).scalar()
                if written != count:
                    raise SystemExit(f"{method} wrote {written:,} rows, expected {count:,}")
                empty(engine)
            del prepared
            best = min(raw[m][-1] for m in methods)
            print(
                f"run {run + 1}: fan-out {fanned[-1]:6.2f} s {count / fanned[-1]:10,.0f} rows/s; "
                + "; ".join(f"{m} {raw[m][-1]:6.2f} s" for m in methods)
                + f"; ratio to the fastest {fanned[-1] / best:.2f}",
                flush=True,
            )
    f = statistics.median(fanned)
    print(f"medians of {args.runs} run(s), {count:,} rows:")
    print(f"{'fan-out (scheduled.fan_out to completion)':44} {f:7.2f} s {count / f:10,.0f} rows/s")
    for method in methods:
        r = statistics.median(raw[method])
        label = f"raw: {method}"
        print(f"{label:44} {r:7.2f} s {count / r:10,.0f} rows/s  (fan-out / this: {f / r:.2f})")
    fastest = min(methods, key=lambda m: statistics.median(raw[m]))
    r = statistics.median(raw[fastest])
    print(f"ratio fan-out / fastest raw ({fastest}): {f / r:.2f}  (target <= 2.00)")
    per_run = [fanned[i] / min(raw[m][i] for m in methods) for i in range(args.runs)]
    print("per run: " + ", ".join(f"{ratio:.2f}" for ratio in per_run))


if __name__ == "__main__":
    main()
