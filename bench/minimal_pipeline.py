"""A minimal email pipeline, the baseline the delivery engine's cost of reliability is stated
against; not a benchmark of its own (bench/broadcast_email.py runs it).

What someone would write to email an audience once, fast, with nothing else: `processes`
forked processes (the engine's worker count), each one asyncio loop (uvloop where
installed) over its share of the customers (id modulo the process count). Per batch of
500: read the customers with one raw SQL query (the driver itself, no ORM), render each
message with the project's own `EmailPersonaliser` and unsubscribe link (the same bytes as
the engine's), send them over 16 persistent connections, and record each send (customer,
Message-ID, time) in a table of its own, one executemany and one commit per batch. No
claims, leases, retries, attempt rows, rate limits, suppression or scope re-checks.

Two SMTP clients (`client`): "aiosmtplib", the library's `sendmail` (what the engine is
built on, and what a minimal pipeline would use; it prepares DATA with two regex passes
over the message and sends MAIL, RCPT, DATA and the message one exchange at a time); and
"pipelined", the bare PIPELINING client of smtp_ceiling.py (one write and one round trip
per message) with DATA prepared as the engine's does (`smtp_pool.data_bytes`): the
cheapest sending there is, so that pipeline is the engine's orchestration against none.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import sqlite3
import time
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import aiosmtplib
import psycopg
from smtp_ceiling import _connect, _Pipelined, _send
from sqlalchemy import text
from sqlalchemy.engine import Engine

from crisiscomms.channels.smtp_pool import data_bytes
from crisiscomms.customers import unsubscribe
from crisiscomms.customers.models import ChannelKind
from crisiscomms.statements.personalise import EmailPersonaliser, Recipient, RecipientAttributes

try:
    import uvloop
except ImportError:  # pragma: no cover
    uvloop = None  # type: ignore[assignment]

BATCH = 500
CONNECTIONS = 16
TABLE = "bench_minimal_sent"


def reset(engine: Engine) -> None:
    """An empty record table (created on first use)."""
    with engine.begin() as connection:
        connection.execute(
            text(
                f"CREATE TABLE IF NOT EXISTS {TABLE} (customer_id BIGINT PRIMARY KEY, "
                "message_id TEXT NOT NULL, sent_at TIMESTAMP NOT NULL)"
            )
        )
        connection.execute(text(f"DELETE FROM {TABLE}"))


def recorded(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one())


class _Db:
    """The driver connection of one process, and the two statements the pipeline runs."""

    def __init__(self, url: str, share: int, shares: int) -> None:
        self.sqlite = url.startswith("sqlite")
        where = "active AND email_consent AND email IS NOT NULL"
        if self.sqlite:
            self.connection: Any = sqlite3.connect(url.split("///", 1)[1], timeout=60)
            self.select = (
                "SELECT id, external_id, name, email, phone, locale, attributes FROM customer "
                f"WHERE {where} AND id % {shares} = {share} AND id > ? ORDER BY id LIMIT {BATCH}"
            )
            self.insert = f"INSERT INTO {TABLE} VALUES (?, ?, ?)"
        else:
            self.connection = psycopg.connect(url.replace("+psycopg", "", 1))
            self.select = (
                "SELECT id, external_id, name, email, phone, locale, attributes FROM customer "
                f"WHERE {where} AND id %% {shares} = {share} AND id > %s ORDER BY id LIMIT {BATCH}"
            )
            self.insert = f"INSERT INTO {TABLE} VALUES (%s, %s, %s)"

    def batch(self, after: int) -> list[tuple[Any, ...]]:
        cursor = self.connection.execute(self.select, (after,))
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        self.connection.commit()
        return rows

    def record(self, rows: list[tuple[int, str, datetime]]) -> None:
        cursor = self.connection.cursor()
        cursor.executemany(self.insert, rows)
        self.connection.commit()


def _message_id(raw: bytes) -> str:
    start = raw.find(b"\r\nMessage-ID: ")
    end = raw.find(b"\r\n", start + 2)
    return raw[start + 14 : end].decode("ascii")


async def _pipeline(
    url: str,
    share: int,
    shares: int,
    port: int,
    sender: str,
    personaliser: EmailPersonaliser,
    key: bytes,
    base_url: str,
    now: datetime,
    client: str,
    go: Any,
) -> int:
    db = _Db(url, share, shares)
    clients: list[aiosmtplib.SMTP] = []
    pipelined: list[_Pipelined] = []
    if client == "pipelined":
        pipelined = [await _connect(port) for _ in range(CONNECTIONS)]
    else:
        clients = [
            aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
            for _ in range(CONNECTIONS)
        ]
        await asyncio.gather(*(c.connect() for c in clients))
    go()
    after, sent = 0, 0
    stamp = now.replace(tzinfo=None)
    while rows := db.batch(after):
        after = rows[-1][0]
        out: list[tuple[int, str, bytes]] = []
        for id_, external_id, name, email, phone, locale, attributes in rows:
            if isinstance(attributes, str):
                attributes = json.loads(attributes)
            recipient = Recipient(
                external_id=external_id,
                name=name,
                email=email,
                phone=phone,
                locale=locale,
                attributes=RecipientAttributes.from_json(attributes or {}),
            )
            token = unsubscribe.make_token(
                key, external_id=external_id, kind=ChannelKind.EMAIL, address=email
            )
            link = unsubscribe.unsubscribe_url(base_url, token)
            out.append((id_, email, personaliser.render(recipient, unsubscribe_url=link, now=now)))
        done: list[tuple[int, str, datetime]] = []
        if pipelined:  # every message answered, or _send raised
            ready = iter([(email, data_bytes(raw)) for _, email, raw in out])
            await asyncio.gather(*(_send(p, ready) for p in pipelined))
            done = [(id_, _message_id(raw), stamp) for id_, _, raw in out]
            db.record(done)
            sent += len(done)
            continue
        work = iter(out)

        async def one(client: aiosmtplib.SMTP) -> None:
            for id_, email, raw in work:  # noqa: B023 - the batch's own iterator
                await client.sendmail(sender, [email], raw)
                done.append((id_, _message_id(raw), stamp))  # noqa: B023

        await asyncio.gather(*(one(c) for c in clients))
        db.record(done)
        sent += len(done)
    await asyncio.gather(*(c.quit() for c in clients))
    for protocol in pipelined:
        assert protocol.transport is not None
        protocol.transport.close()
    db.connection.close()
    return sent


def _child(args: tuple[Any, ...], ready: Any, start: Any, out: Any) -> None:
    def go() -> None:
        ready.release()
        start.wait()

    url, share, shares, port, sender, personaliser, key, base_url, now, client = args
    coroutine = _pipeline(
        url, share, shares, port, sender, personaliser, key, base_url, now, client, go
    )
    sent = uvloop.run(coroutine) if uvloop is not None else asyncio.run(coroutine)
    out.send((time.monotonic(), sent))


def run(
    url: str,
    *,
    processes: int,
    port: int,
    sender: str,
    personaliser: EmailPersonaliser,
    key: bytes,
    base_url: str,
    now: datetime,
    client: str = "aiosmtplib",
) -> tuple[float, int]:
    """Seconds from the common start (every process connected) to the last batch recorded,
    and the messages sent. The processes are forked: they share the personaliser as built."""
    context = multiprocessing.get_context("fork")
    ready, start = context.Semaphore(0), context.Event()
    children, pipes = [], []
    for share in range(processes):
        receive, send = context.Pipe(duplex=False)
        arguments = (url, share, processes, port, sender, personaliser, key, base_url, now, client)
        child = context.Process(target=_child, args=(arguments, ready, start, send), daemon=True)
        child.start()
        children.append(child)
        pipes.append(receive)
    for _ in range(processes):
        ready.acquire()
    began = time.monotonic()
    start.set()
    try:
        results: Sequence[tuple[float, int]] = [pipe.recv() for pipe in pipes]
    except EOFError:
        raise SystemExit("a pipeline process failed (its traceback is above)") from None
    for child in children:
        child.join()
    return max(r[0] for r in results) - began, sum(r[1] for r in results)
