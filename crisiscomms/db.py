"""Database engine per process, the request session, and the one clock.

SQLite runs in WAL mode with a busy timeout and foreign keys on. Its driver's own
transaction handling is turned off so SQLAlchemy emits BEGIN itself: that makes
SAVEPOINTs work (tests roll every test back) and lets the worker ask for BEGIN IMMEDIATE.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
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


def before_first_write(session: Session) -> None:
    """Call before the first write of a transaction that began as a reader (a GET that
    must record when a key or a sign-in was last used). On SQLite, a reader that writes
    after another connection committed fails at once ("database is locked"), whatever the
    busy timeout; so the read-only transaction ends here (nothing was written) and a writer
    one begins, which waits its turn. Nothing happens on PostgreSQL, or when the
    transaction already began as a writer."""
    if session.info.get("writer") or session.get_bind().dialect.name != "sqlite":
        return
    session.commit()
    begin_writes(session)


def make_engine(settings: Settings) -> Engine:
    """Build the engine for the configured database, tuned per backend."""
    url = settings.database_url
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        kwargs: dict[str, Any] = {
            "connect_args": {
                "check_same_thread": False,
                "timeout": settings.sqlite_busy_timeout_ms / 1000,
            }
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

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())


def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
