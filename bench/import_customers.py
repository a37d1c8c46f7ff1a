"""Benchmark: the customer import against a raw bulk insert of the same rows.

Usage: python bench/import_customers.py [--customers N] [--database sqlite|postgres] [--runs N]

Generates N customers as JSON Lines in memory, then, in one database of the chosen kind:
1. raw: the same rows, already as tuples of column values (prepared outside the clock),
   inserted into the empty customer table each of the ways in METHODS: on SQLite
   `executemany` in one transaction, plain and with a page cache that holds the indexes;
   on PostgreSQL `COPY` row by row (`write_row`, the old reference), of a pre-built text
   buffer, and of that buffer split over two connections at once;
2. import: the JSONL bytes through `import_customers` (decode, check every field, upsert
   in chunks) into the emptied table, commit included;
3. re-import: the same bytes again (every row found unchanged).
The target: import time at most twice the fastest raw time; medians of `--runs` runs.
PostgreSQL runs in a throwaway database on CRISISCOMMS_BENCH_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/postgres),
created and dropped here; SQLite in a temporary file (WAL, as `crisiscomms serve` uses it).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import broadcast_scene as scene
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.config import Settings
from crisiscomms.customers.bulk import COLUMNS
from crisiscomms.customers.importing import ImportFormat, import_customers
from crisiscomms.customers.parsing import tag_key
from crisiscomms.db import make_engine

POSTGRES_URL = os.environ.get(
    "CRISISCOMMS_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
PRODUCTS = ["Northwind Cloud Console", "Northwind Mail", "Northwind Backup", "Northwind Voice"]
REGIONS = ["EU", "UK", "US", "APAC", "South Asia"]
SEGMENTS = ["business", "consumer", "enterprise"]
NAMES = ["Anna Smith", "José Álvarez", "Li Wei", "রহিম উদ্দিন", "ফাতেমা বেগম চৌধুরী", "Tom Baker"]


def generate(count: int) -> Iterator[dict[str, Any]]:
    """Realistic customers: two products, a region, a segment, a bill, an account manager."""
    rnd = random.Random(20261122)
    return (
        {
            "external_id": f"C{i:08d}",
            "name": f"{rnd.choice(NAMES)} {i}",
            "email": f"customer{i}@example.com",
            "phone": f"+44207946{i % 1000:04d}",  # Ofcom's London drama range
            "locale": "bn" if i % 3 == 0 else "en",
            "active": i % 40 != 0,
            "attributes": {
                "products": rnd.sample(PRODUCTS, 2),
                "regions": [rnd.choice(REGIONS)],
                "segment": rnd.choice(SEGMENTS),
                "monthly_bill": round(rnd.uniform(5, 900), 2),
                "currency": "EUR",
                "account_manager": {"name": "Alex Morgan", "email": "alex.morgan@example.org"},
            },
        }
        for i in range(count)
    )


def raw_row(c: dict[str, Any]) -> tuple[Any, ...]:
    """One customer as a tuple of column values, the way the table stores them."""
    a = c["attributes"]
    tags = [tag_key("p", p) for p in a["products"]] + [tag_key("r", r) for r in a["regions"]]
    tags.append(tag_key("s", a["segment"]))
    return (
        c["external_id"],
        c["name"],
        c["email"],
        c["phone"],
        c["locale"],
        c["active"],
        True,
        True,
        json.dumps(a, ensure_ascii=False, separators=(",", ":")),
        a["segment"],
        "".join(tags).replace("\n\n", "\n"),
    )


METHODS = {
    "sqlite": ("executemany", "executemany+cache"),
    "postgresql": ("COPY write_row", "COPY buffer", "COPY buffer x2"),
}
"""The raw inserts tried, per database: the old reference first, then the fast ones."""


def raw_insert(engine: Engine, rows: list[tuple[Any, ...]], method: str) -> float:
    """Seconds for one raw insert of the rows into the empty table; what each method needs
    (the stamped tuples, the COPY text) is built first, outside the clock."""
    stamp: Any = NOW if engine.dialect.name == "postgresql" else NOW.replace(tzinfo=None)
    if engine.dialect.name == "sqlite":
        stamp = stamp.isoformat(" ")
    stamped = [(*row, stamp, stamp) for row in rows]
    names = (*COLUMNS, "created_at", "updated_at")
    return scene.raw_insert(engine, "customer", names, stamped, method)


def run_import(engine: Engine, body: bytes) -> str:
    """Import the JSONL body as `crisiscomms customers import` does, in 1 MiB reads."""

    def reads() -> Iterator[bytes]:
        for start in range(0, len(body), 1 << 20):
            yield body[start : start + (1 << 20)]

    with Session(engine) as session:
        report = import_customers(session, reads(), fmt=ImportFormat.JSONL, now=NOW)
        session.commit()
    return (
        f"inserted {report.inserted:,}, updated {report.updated:,}, "
        f"unchanged {report.unchanged:,}, failed {report.failed:,}"
    )


def empty(engine: Engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM customer"))
        else:
            # CASCADE: tables that point at customers (questions) are empty in this bench too
            connection.execute(text("TRUNCATE customer RESTART IDENTITY CASCADE"))
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            # Outside any transaction: the driver runs in autocommit mode (see crisiscomms.db).
            connection.connection.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
    else:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE customer")


def timed(label: str, count: int, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    outcome = action()
    seconds = time.perf_counter() - started
    extra = f"  ({outcome})" if isinstance(outcome, str) else ""
    print(f"{label:<34} {seconds:8.2f} s {count / seconds:12,.0f} rows/s{extra}", flush=True)
    return seconds


def bench(engine: Engine, count: int, runs: int) -> None:
    migrations.upgrade(engine)
    print(f"generating {count:,} customers ...", flush=True)
    lines: list[bytes] = []
    rows: list[tuple[Any, ...]] = []
    for customer in generate(count):
        lines.append(json.dumps(customer, ensure_ascii=False).encode())
        rows.append(raw_row(customer))
    body = b"\n".join(lines) + b"\n"
    del lines
    gc.collect()
    # The fixture data (a million tuples kept for the raw insert) is not part of either
    # path: freezing it keeps the cyclic collector from rescanning it during the timings.
    gc.freeze()
    print(f"JSONL: {len(body) / 1e6:,.1f} MB, {engine.dialect.name}, {runs} run(s)", flush=True)
    methods = METHODS[engine.dialect.name]
    raw: dict[str, list[float]] = {method: [] for method in methods}
    first, again = [], []
    for run in range(runs):
        for method in methods:
            empty(engine)
            seconds = raw_insert(engine, rows, method)
            with engine.connect() as connection:
                written = connection.execute(text("SELECT count(*) FROM customer")).scalar()
            if written != count:
                raise SystemExit(f"{method} wrote {written:,} rows, expected {count:,}")
            raw[method].append(seconds)
            print(
                f"run {run + 1}: raw {method:<26} {seconds:8.2f} s {count / seconds:12,.0f} rows/s"
            )
        empty(engine)
        first.append(
            timed(f"run {run + 1}: import (empty table)", count, lambda: run_import(engine, body))
        )
        again.append(
            timed(f"run {run + 1}: re-import (unchanged)", count, lambda: run_import(engine, body))
        )
        best = min(raw[m][-1] for m in methods)
        print(f"run {run + 1}: ratio import / fastest raw {first[-1] / best:.2f}", flush=True)
    f, a = statistics.median(first), statistics.median(again)
    print(f"medians of {runs} run(s), {count:,} rows:")
    print(f"{'import (empty table)':34} {f:8.2f} s {count / f:12,.0f} rows/s")
    print(f"{'re-import (all unchanged)':34} {a:8.2f} s {count / a:12,.0f} rows/s")
    for method in methods:
        r = statistics.median(raw[method])
        label = f"raw: {method}"
        print(f"{label:34} {r:8.2f} s {count / r:12,.0f} rows/s  (import / this: {f / r:.2f})")
    fastest = min(methods, key=lambda m: statistics.median(raw[m]))
    r = statistics.median(raw[fastest])
    print(f"ratio import / fastest raw ({fastest}): {f / r:5.2f}  (target <= 2.00)")
    print(f"ratio re-import / fastest raw:     {a / r:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.database == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            engine = make_engine(Settings(database_url=url))
            bench(engine, args.customers, args.runs)
            engine.dispose()
        return
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"crisiscomms_bench_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        engine = make_engine(Settings(database_url=url))
        bench(engine, args.customers, args.runs)
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
