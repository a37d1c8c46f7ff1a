"""Only one watchdog acts at a time: an advisory lock on PostgreSQL, a leased row on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.flows import watchdog as watchdog
from crisiscomms.watchdog import lock
from tests.commitments.factories import first_statement, scene
from tests.conftest import NOW, bound_session
from tests.watchdog.factories import holding_statements


def test_a_second_watchdog_waits_while_the_first_holds_the_lock(
    session: Session, engine: Engine
) -> None:
    assert lock.try_acquire(session, "watchdog-test", holder="a", now=NOW)
    if engine.dialect.name == "postgresql":
        with engine.connect() as other, Session(bind=other) as second:
            assert not lock.try_acquire(second, "watchdog-test", holder="b", now=NOW)
            second.rollback()
        return
    assert not lock.try_acquire(session, "watchdog-test", holder="b", now=NOW)
    renewed = NOW + timedelta(seconds=30)
    assert lock.try_acquire(session, "watchdog-test", holder="a", now=renewed)
    assert not lock.try_acquire(session, "watchdog-test", holder="b", now=NOW + lock.LEASE)
    # a holder that stopped renewing loses the lock when its lease runs out
    assert lock.try_acquire(session, "watchdog-test", holder="b", now=renewed + lock.LEASE)
    assert not lock.try_acquire(session, "watchdog-test", holder="a", now=renewed + lock.LEASE)


@pytest.fixture
def sqlite_session(sqlite_engine: Engine) -> Iterator[Session]:
    """SQLite only: its lock row outlives a transaction (PostgreSQL's advisory lock does not,
    and the test above covers it)."""
    with sqlite_engine.connect() as connection:
        transaction = connection.begin()
        try:
            with bound_session(connection) as session:
                yield session
        finally:
            transaction.rollback()


def test_a_watchdog_without_the_lock_does_nothing(sqlite_session: Session) -> None:
    session = sqlite_session
    s = scene(session)
    first_statement(session, s, now=NOW)
    due = NOW + timedelta(minutes=30)
    assert lock.try_acquire(session, watchdog.LOCK_NAME, holder="other", now=due)
    assert watchdog.run(session, due, holder="me") == 0
    assert holding_statements(session, s.incident_id) == []
    assert watchdog.run(session, due + lock.LEASE, holder="me") == 1
    assert len(holding_statements(session, s.incident_id)) == 1
