"""Database engine per process, the request session, and the one clock.

SQLite runs in WAL mode with a busy timeout and foreign keys on. Its driver's own
transaction handling is turned off so SQLAlchemy emits BEGIN itself: that makes
SAVEPOINTs work (tests roll every test back) and lets the worker ask for BEGIN IMMEDIATE.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import msgspec
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from crisiscomms.config import Settings


def utc_now() -> datetime:
    """The current time, timezone-aware UTC; services take `now` as an argument instead."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Attach UTC to a naive datetime read back from SQLite (it stores no offset)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def rowcount(result: Any) -> int:
    """Rows an UPDATE/DELETE/INSERT touched (CursorResult.rowcount; -1 unknown → 0)."""
    count = getattr(result, "rowcount", 0)
    return max(int(count or 0), 0)


def upsert_insert(session: Session) -> Any:
    """The dialect's INSERT, which has ON CONFLICT DO NOTHING / DO UPDATE (both databases
    have it; SQLAlchemy's generic insert does not)."""
    dialect = session.connection().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def begin_writes(session: Session) -> None:
    """Start the session's transaction as a writer (SQLite: BEGIN IMMEDIATE).

    On SQLite a deferred transaction that reads and then writes fails at once with
    "database is locked" when another connection (the in-process worker) committed in
    between; the busy timeout does not cover that case. Beginning IMMEDIATE makes the
    writer wait its turn instead. On PostgreSQL this does nothing.
    """
    session.info["writer"] = True
    if session.get_bind().dialect.name == "sqlite":
        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})


def before_first_write(session: Session) -> bool:
    """Call before the first write of a transaction that began as a reader (a GET that
    must record when a key or a sign-in was last used). On SQLite, a reader that writes
    after another connection committed fails at once ("database is locked"), whatever the
    busy timeout; so the read-only transaction ends here (nothing was written) and a writer
    one begins, which waits its turn. Nothing happens on PostgreSQL, or when the
    transaction already began as a writer. True when a writer transaction began here."""
    if session.info.get("writer") or session.get_bind().dialect.name != "sqlite":
        return False
    session.commit()
    begin_writes(session)
    return True


def commit_touch(session: Session, began: bool) -> None:
    """Commit at once a small write that `before_first_write` began (`began`), and go on as
    a reader.

    A GET that records when a sign-in or a key was last used must not keep SQLite's one
    write lock while the rest of the request runs: FastAPI runs a request's dependencies,
    handler and clean-up in separate worker threads, so a lock kept between them waits for a
    free thread while the threads wait for the lock. Nothing happens otherwise (PostgreSQL,
    or a request that is a writer anyway: its write commits with the rest of its work)."""
    if not began:
        return
    session.commit()
    session.info["writer"] = False


def json_text(value: Any) -> str:
    """JSON columns' text: msgspec's encoder, a third of `json.dumps`'s time on the large
    records the delivery engine writes (dry runs, attempts). UTF-8 as it is rather than
    \\u escapes; NaN and infinities are written as null (PostgreSQL refuses `NaN` in JSON).
    They are read back by `json_value`."""
    try:
        return msgspec.json.encode(value).decode()
    except TypeError:  # a type only `json` knows (a plain str or int subclass)
        return json.dumps(value)


def json_value(text: str | bytes) -> Any:
    """A JSON column's value: msgspec's decoder (about twice as fast as `json.loads`), or
    `json` for text only it reads (`NaN`, written by json.dumps into older SQLite rows)."""
    try:
        return msgspec.json.decode(text)
    except msgspec.DecodeError:
        return json.loads(text)


def make_engine(settings: Settings) -> Engine:
    """Build the engine for the configured database, tuned per backend."""
    url = settings.database_url
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        kwargs: dict[str, Any] = {
            "json_serializer": json_text,
            "json_deserializer": json_value,
            "connect_args": {
                "check_same_thread": False,
                "timeout": settings.sqlite_busy_timeout_ms / 1000,
            },
        }
        if memory:
            kwargs["poolclass"] = StaticPool
        else:
            kwargs.update(pool_size=pool_size(settings), max_overflow=0)
            kwargs["pool_timeout"] = settings.db_pool_timeout_seconds
        engine = create_engine(url, **kwargs)
        _tune_sqlite(engine, wal=not memory, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
        return engine
    return create_engine(
        url,
        json_serializer=json_text,
        json_deserializer=json_value,
        pool_pre_ping=True,
        pool_size=pool_size(settings),
        max_overflow=0,
        pool_timeout=settings.db_pool_timeout_seconds,
    )


def pool_size(settings: Settings) -> int:
    """Connections per process: one per request thread, plus the worker's and the public
    views' own (so a full thread pool never waits on the pool), unless set."""
    return settings.db_pool_size or settings.threads + 8


def _tune_sqlite(engine: Engine, *, wal: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    gate = WriteGate()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        turn = gate.acquire(busy_timeout_ms / 1000) if mode else None
        if turn:
            connection.info["write_gate"] = True
        elif turn is False:
            raise OperationalError(
                f"BEGIN {mode}",
                None,
                sqlite3.OperationalError("database is locked: writers queued past the timeout"),
            )
        try:
            connection.exec_driver_sql(f"BEGIN {mode}".strip())
        except BaseException:
            _leave(connection.info)
            raise

    def _leave(info: dict[str, Any]) -> None:
        if info.pop("write_gate", False):
            gate.release()

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _on_end(connection: Any) -> None:
        _leave(connection.info)

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        _leave(record.info)  # a connection given back (or invalidated) mid-transaction


_THREAD = threading.local()


def background_writer() -> None:
    """Mark the calling thread as a background writer (the worker's loop): on SQLite its
    write transactions queue behind the requests' (see `WriteGate`)."""
    _THREAD.background = True


class WriteGate:
    """Writers of one process take turns before BEGIN IMMEDIATE: requests first come first
    served, background writers (the worker) when no request is waiting or after `patience`.

    SQLite's busy handler is not a queue: a waiting writer sleeps (1, 2, 5 … 100 ms) and
    retries, so a thread that commits and begins again at once (the worker, recording a
    batch of deliveries after another) takes the lock back before the sleepers wake, and
    an editor's save waits seconds behind it. Here each writer waits for its turn on an
    event of its own and the lock is handed to the oldest waiter; SQLite's busy timeout
    still covers writers in other processes (a CLI import, a second server on the file).
    A thread that already holds a turn (a nested write on a second connection) is let
    through rather than queued behind itself.

    A person waits for a save; the worker's batches wait for nobody in particular. Under a
    crisis-room load the worker's claim and record units held the lock most of the time and
    every save queued behind them, so a waiting request goes ahead of a waiting background
    writer, unless that writer has waited `patience` seconds already: a broadcast never
    stalls behind a stream of saves, it waits at most about that long per unit of work."""

    def __init__(self, patience: float = 0.5) -> None:
        self.patience = patience
        self._lock = threading.Lock()
        self._holder: int | None = None
        self._waiters: deque[tuple[int, threading.Event]] = deque()
        self._background: deque[tuple[int, threading.Event, float]] = deque()

    def acquire(self, timeout: float) -> bool | None:
        """Wait up to `timeout` seconds for this thread's turn: True when it came, False if
        it never did, None for a thread that already holds the turn (let through)."""
        me = threading.get_ident()
        background = getattr(_THREAD, "background", False)
        with self._lock:
            if self._holder is None and not self._waiters and not self._background:
                self._holder = me
                return True
            if self._holder == me:
                return None  # nested: not queued, and not ours to release
            turn = threading.Event()
            if background:
                entry: Any = (me, turn, time.monotonic())
                self._background.append(entry)
            else:
                entry = (me, turn)
                self._waiters.append(entry)
        if turn.wait(timeout):
            return True
        with self._lock:
            if turn.is_set():
                return True  # handed over just as the wait ran out
            (self._background if background else self._waiters).remove(entry)
            return False

    def release(self) -> None:
        """Hand the turn to the oldest waiting request, or to the oldest background writer
        when no request waits or it has waited `patience`; else leave the gate open."""
        with self._lock:
            background = self._background
            if background and (
                not self._waiters or time.monotonic() - background[0][2] >= self.patience
            ):
                self._holder, turn, _ = background.popleft()
                turn.set()
            elif self._waiters:
                self._holder, turn = self._waiters.popleft()
                turn.set()
            else:
                self._holder = None


def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
