"""While a broadcast delivers batch after batch, the worker's other jobs run once a poll
interval, not on every batch; a fan-out with more waiting goes round with the batches."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.db import make_engine
from crisiscomms.worker.loop import Worker, start_in_thread
from tests import conftest


class BusyDelivery:
    """A delivery engine with a full batch waiting on each of its first `batches` steps."""

    batch_size = 10

    def __init__(self, batches: int) -> None:
        self.batches = batches
        self.steps = 0
        self.done = threading.Event()

    def step(self, now: datetime) -> int:
        self.steps += 1
        if self.steps >= self.batches:
            self.done.set()
            return 0
        return self.batch_size

    def close(self) -> None:
        pass


def test_jobs_run_once_a_poll_interval_while_batches_deliver(tmp_path: Path) -> None:
    engine = make_engine(conftest.test_settings(f"sqlite:///{tmp_path / 'loop.db'}"))
    migrations.upgrade(engine)
    runs = {"sweep": 0, "fan_out": 0}

    def sweep(session: Session, now: object) -> int:
        runs["sweep"] += 1
        return 0

    def fan_out(session: Session, now: object) -> int:
        runs["fan_out"] += 1
        return 1 if runs["fan_out"] < 20 else 0  # more to fan out for 20 passes

    delivery = BusyDelivery(batches=200)
    worker = Worker(
        engine,
        poll_seconds=30,
        jobs={"sweep": sweep, "fan_out": fan_out},
        delivery=delivery,  # type: ignore[arg-type]
    )
    thread = start_in_thread(worker)
    try:
        assert delivery.done.wait(10)
    finally:
        worker.stop()
        thread.join(10)
        engine.dispose()
    assert delivery.steps >= 200
    assert runs["sweep"] == 1  # the first pass; the next is due in 30 s
    assert runs["fan_out"] == 20  # every pass while it said more was waiting, then not again


def test_a_single_pass_runs_every_job(tmp_path: Path) -> None:
    engine = make_engine(conftest.test_settings(f"sqlite:///{tmp_path / 'once.db'}"))
    migrations.upgrade(engine)
    ran: list[str] = []

    def job(name: str) -> Callable[[Session, object], int]:
        def run(session: Session, now: object) -> int:
            ran.append(name)
            return 0

        return run

    try:
        assert Worker(engine, jobs={"a": job("a"), "b": job("b")}).run_once() == {"a": 0, "b": 0}
    finally:
        engine.dispose()
    assert ran == ["a", "b"]
