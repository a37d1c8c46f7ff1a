"""Benchmark: writing a broadcast's delivery rows through the fan-out, against a raw bulk insert.

Usage: python bench/fanout.py [--rows N] [--database sqlite|postgres] [--runs N]

In a fresh migrated database: N customers imported through the import service, all in the
scope of one active incident, an `email` channel for customers. Then, per run, into the
emptied `delivery` table (all its indexes in place):
1. fan-out: a broadcast is created (a fresh approved statement; outside the clock), then
   `scheduled.fan_out` is called and committed, one chunk per call as the worker does, until
   it reports nothing left: N rows written by INSERT … SELECT over the audience query;
2. raw: the same N rows (same broadcast, channel, customer ids and values), prepared as
   tuples outside the clock, written with SQLite `executemany` or PostgreSQL `COPY`.
The target: fan-out time at most twice the raw time. Medians of `--runs` runs.
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


def raw_insert(engine: Engine, rows: list[tuple[Any, ...]]) -> float:
    """Seconds for the driver's fastest insert: executemany (SQLite) or COPY (PostgreSQL)."""
    names = ", ".join(COLUMNS)
    gc.collect()
    started = time.perf_counter()
    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("SELECT 1")  # opens the transaction
            marks = ", ".join("?" * len(COLUMNS))
            driver.executemany(f"INSERT INTO delivery ({names}) VALUES ({marks})", rows)
        else:
            with (
                driver.cursor() as cursor,
                cursor.copy(f"COPY delivery ({names}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        connection.commit()
    return time.perf_counter() - started


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
        fanned, raw = [], []
        for run in range(args.runs):
            seconds, rows, broadcast_id = engine_fanout(engine, s)
            if rows != count:
                raise SystemExit(f"fan-out wrote {rows:,} rows, expected {count:,}")
            fanned.append(seconds)
            prepared = raw_rows(engine, broadcast_id, channel.id)
            empty(engine)
            raw.append(raw_insert(engine, prepared))
            del prepared
            empty(engine)
            print(
                f"run {run + 1}: fan-out {fanned[-1]:6.2f} s {count / fanned[-1]:10,.0f} rows/s; "
                f"raw {raw[-1]:6.2f} s {count / raw[-1]:10,.0f} rows/s; "
                f"ratio {fanned[-1] / raw[-1]:.2f}",
                flush=True,
            )
    f, r = statistics.median(fanned), statistics.median(raw)
    print(f"medians of {args.runs} run(s), {count:,} rows:")
    print(f"fan-out (scheduled.fan_out to completion) {f:7.2f} s {count / f:10,.0f} rows/s")
    raw_kind = "executemany" if args.database == "sqlite" else "COPY"
    label = f"raw bulk insert ({raw_kind})"
    print(f"{label:38} {r:7.2f} s {count / r:10,.0f} rows/s")
    print(f"ratio fan-out / raw: {f / r:.2f}  (target <= 2.00)")


if __name__ == "__main__":
    main()
