"""Only one watchdog acts at a time.

PostgreSQL: a transaction-level advisory lock (`pg_try_advisory_xact_lock`), released when
the watchdog's unit of work commits or rolls back, so a crashed process never holds it.
SQLite: a row in `worker_lock` with a lease, taken with one conditional UPDATE (SQLite runs
one writer at a time, so the UPDATE is the test and the set); a holder that stops renewing
loses it when the lease runs out.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import or_, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from crisiscomms.broadcasts.models import WorkerLock
from crisiscomms.db import rowcount

LEASE = timedelta(seconds=60)
HOLDER = f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
"""This process, as a lock holder."""


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for a lock name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def try_acquire(
    session: Session, name: str, *, holder: str = HOLDER, now: datetime, lease: timedelta = LEASE
) -> bool:
    """Take (or renew) the named lock for this unit of work; False when another holds it."""
    if session.connection().dialect.name == "postgresql":
        taken = session.execute(
            text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": advisory_key(name)}
        ).scalar()
        return bool(taken)
    renewed = session.execute(
        update(WorkerLock)
        .where(
            col(WorkerLock.name) == name,
            or_(col(WorkerLock.holder) == holder, col(WorkerLock.lease_until) <= now),
        )
        .values(holder=holder, lease_until=now + lease)
    )
    if rowcount(renewed):
        return True
    if session.get(WorkerLock, name) is not None:
        return False
    try:
        with session.begin_nested():
            session.add(WorkerLock(name=name, holder=holder, lease_until=now + lease))
    except IntegrityError:  # another process created it first
        return False
    return True
