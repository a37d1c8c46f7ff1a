"""A worker on PostgreSQL writes a step's results while the next step runs (`record_behind`):
nothing is sent twice or lost, and a stopped engine leaves nothing claimed."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import Delivery, DeliveryAttempt, DeliveryStatus
from crisiscomms.db import make_engine, utc_now
from crisiscomms.worker.delivery import DeliveryEngine, drain, for_worker
from tests import conftest
from tests.broadcasts.factories import deliveries, fanned_out_to, worker_settings
from tests.channels.servers import LocalSmtpServer, SmtpBehaviour

pytestmark = pytest.mark.postgres
RECIPIENTS = 120


def test_results_written_behind_the_next_step_lose_nothing_and_repeat_nothing(
    own_postgres: Engine,
) -> None:
    engine = own_postgres
    smtp = LocalSmtpServer(SmtpBehaviour())
    smtp.start()
    try:
        fanned_out_to(engine, smtp.port, RECIPIENTS)
        worker = DeliveryEngine(engine, worker_settings(engine), batch_size=25, record_behind=True)
        # Each write waits until the next step has claimed: the two always overlap.
        claims = [0]
        claimed = threading.Condition()
        original_claim = worker._claim
        original_record = worker._record

        def claim(*args: object) -> object:
            found = original_claim(*args)  # type: ignore[arg-type]
            with claimed:
                claims[0] += 1
                claimed.notify_all()
            return found

        records = [0]

        def record(*args: object) -> None:
            # The n-th write is of the n-th claim's batch: it waits for claim n + 1 (counted
            # by position, not read when this thread starts, which may be after that claim).
            records[0] += 1
            written = records[0]
            with claimed:
                assert claimed.wait_for(lambda: claims[0] > written, timeout=30)
            original_record(*args)  # type: ignore[arg-type]

        worker._claim = claim  # type: ignore[method-assign]
        worker._record = record  # type: ignore[method-assign]
        try:
            first = worker.step(utc_now())
            assert first == 25
            # Its results are not written yet: the next step's claim lets them go.
            assert deliveries(engine, col(Delivery.status) == DeliveryStatus.CLAIMED) == 25
            assert drain(worker) == RECIPIENTS - 25
        finally:
            worker.close()
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.SENT) == RECIPIENTS
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.CLAIMED) == 0
        with Session(engine) as session:
            attempts = session.exec(select(func.count()).select_from(DeliveryAttempt)).one()
            on_rows = session.exec(
                select(func.count()).where(col(Delivery.sent_by).is_not(None))
            ).one()
        # Every try is in the history: an attempt row, or (a first try taken) its own row.
        assert attempts + on_rows == RECIPIENTS
        recipients = [r for mail in smtp.behaviour.received for r in mail.recipients]
        assert len(recipients) == len(set(recipients)) == RECIPIENTS
    finally:
        smtp.stop()


def test_closing_waits_for_the_results_still_being_written(own_postgres: Engine) -> None:
    engine = own_postgres
    smtp = LocalSmtpServer(SmtpBehaviour())
    smtp.start()
    try:
        fanned_out_to(engine, smtp.port, RECIPIENTS)
        worker = for_worker(engine, worker_settings(engine))
        assert worker._behind is not None  # PostgreSQL: behind the step
        release = threading.Event()
        original_record = worker._record

        def record(*args: object) -> None:
            release.wait(timeout=10)
            original_record(*args)  # type: ignore[arg-type]

        worker._record = record  # type: ignore[method-assign]
        assert worker.step(utc_now()) == RECIPIENTS
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.CLAIMED) == RECIPIENTS
        closing = threading.Thread(target=worker.close)
        closing.start()
        closing.join(timeout=0.5)
        assert closing.is_alive()  # waiting for the write
        release.set()
        closing.join(timeout=30)
        assert not closing.is_alive()
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.SENT) == RECIPIENTS
    finally:
        smtp.stop()


def test_a_worker_on_sqlite_writes_its_own_results() -> None:
    settings = conftest.test_settings("sqlite://")
    engine = make_engine(settings)
    try:
        assert for_worker(engine, settings)._behind is None
    finally:
        engine.dispose()
