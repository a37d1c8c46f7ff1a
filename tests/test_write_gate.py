"""Writers of one process take turns on SQLite, first come first served (`db.WriteGate`).

SQLite's own busy handler lets a thread that commits and begins again at once keep the lock
while other writers sleep; the gate hands the lock to the oldest waiter instead.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from crisiscomms.db import WriteGate, background_writer, begin_writes, make_engine
from tests.conftest import test_settings as settings_for


def test_the_oldest_waiter_gets_the_turn() -> None:
    gate = WriteGate()
    assert gate.acquire(1) is True
    order: list[str] = []
    started = []

    def wait(name: str) -> None:
        started.append(name)
        assert gate.acquire(5) is True
        order.append(name)
        gate.release()

    first = threading.Thread(target=wait, args=("first",))
    first.start()
    while len(gate._waiters) < 1:
        pass
    second = threading.Thread(target=wait, args=("second",))
    second.start()
    while len(gate._waiters) < 2:
        pass
    gate.release()
    first.join()
    second.join()
    assert order == ["first", "second"]
    assert gate.acquire(0) is True  # open again once everyone has gone


def test_a_wait_that_runs_out_leaves_the_queue() -> None:
    gate = WriteGate()
    assert gate.acquire(1) is True
    outcome: list[bool | None] = []
    waiter = threading.Thread(target=lambda: outcome.append(gate.acquire(0.05)))
    waiter.start()
    waiter.join()
    assert outcome == [False]
    assert not gate._waiters
    assert gate.acquire(1) is None  # the holder again: let through, not queued behind itself
    gate.release()
    assert gate.acquire(0) is True


def test_a_writer_is_not_starved_by_back_to_back_transactions(tmp_path: Path) -> None:
    engine = make_engine(settings_for(f"sqlite:///{tmp_path / 'gate.db'}"))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE log (id INTEGER PRIMARY KEY, who TEXT)"))
    stop = threading.Event()
    committed: list[int] = []  # the worker's rows, in the order their commits returned

    def busy_worker() -> None:
        # Like the worker recording delivery batches: commit, begin again at once.
        while not stop.is_set():
            with Session(engine) as session:
                begin_writes(session)
                row = session.execute(text("INSERT INTO log (who) VALUES ('worker')"))
                session.commit()
                committed.append(int(row.lastrowid))

    worker = threading.Thread(target=busy_worker)
    worker.start()
    try:
        seen = 0
        while seen < 20:  # the worker is well into its run of batches
            with engine.connect() as connection:
                seen = connection.execute(text("SELECT count(*) FROM log")).scalar_one()
        with Session(engine) as session:
            # Read in memory just before asking (a query here would leave a window in which
            # a loaded machine lets the worker commit several more before the editor asks).
            asked_at = committed[-1]
            begin_writes(session)
            session.execute(text("INSERT INTO log (who) VALUES ('editor')"))
            session.commit()
    finally:
        stop.set()
        worker.join()
    with engine.connect() as connection:
        editor_id = connection.execute(text("SELECT id FROM log WHERE who = 'editor'")).scalar_one()
    # The editor queued behind at most the transaction running when it asked (and the one
    # that began as it read): it never waits out a run of the worker's batches.
    assert editor_id - asked_at <= 3
    engine.dispose()


def _queue(gate: WriteGate, name: str, order: list[str], *, background: bool) -> threading.Thread:
    def wait() -> None:
        if background:
            background_writer()  # this thread only
        assert gate.acquire(5) is True
        order.append(name)
        gate.release()

    thread = threading.Thread(target=wait)
    thread.start()
    return thread


@pytest.mark.parametrize(
    ("patience", "first"),
    [
        (60.0, "editor"),  # a waiting request goes ahead of a waiting background writer
        (0.05, "worker"),  # unless the background writer has waited its patience already
    ],
)
def test_requests_go_ahead_of_the_worker_until_it_has_waited_its_patience(
    patience: float, first: str
) -> None:
    gate = WriteGate(patience=patience)
    assert gate.acquire(1) is True
    order: list[str] = []
    worker = _queue(gate, "worker", order, background=True)
    while len(gate._background) < 1:
        pass
    editor = _queue(gate, "editor", order, background=False)
    while len(gate._waiters) < 1:
        pass
    time.sleep(0.1)  # longer than the short patience, far shorter than the long one
    gate.release()
    worker.join()
    editor.join()
    assert order[0] == first and sorted(order) == ["editor", "worker"]


def test_a_background_writer_alone_gets_the_turn_at_once() -> None:
    gate = WriteGate(patience=60)
    assert gate.acquire(1) is True
    order: list[str] = []
    worker = _queue(gate, "worker", order, background=True)
    while len(gate._background) < 1:
        pass
    gate.release()
    worker.join()
    assert order == ["worker"]
