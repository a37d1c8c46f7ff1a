"""A worker on PostgreSQL claims the next batch while it composes and sends this one
(`claim_ahead`): nothing is sent twice or lost, the batch claimed ahead keeps its lease
while a slow server holds the one before it, and a stopped engine gives it back untried."""

from __future__ import annotations

import threading
from datetime import timedelta

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


def test_batches_claimed_ahead_are_each_sent_once_and_in_full(own_postgres: Engine) -> None:
    engine = own_postgres
    recipients = 110
    smtp = LocalSmtpServer(SmtpBehaviour())
    smtp.start()
    try:
        fanned_out_to(engine, smtp.port, recipients)
        worker = DeliveryEngine(
            engine, worker_settings(engine), batch_size=25, record_behind=True, claim_ahead=True
        )
        claimers: list[str] = []
        original = worker._claim_unit

        def claim_unit(*args: object) -> object:
            claimers.append(threading.current_thread().name)
            return original(*args)  # type: ignore[arg-type]

        worker._claim_unit = claim_unit  # type: ignore[method-assign]
        try:
            assert drain(worker) == recipients
        finally:
            worker.close()
        # The first claim is the step's own; the next four were made ahead, in the claim
        # thread; the fifth batch was short (10), so the last claim is the step's own again.
        assert claimers[0] == threading.current_thread().name
        assert sum(name.startswith("delivery-claim") for name in claimers) == 4
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.SENT) == recipients
        assert deliveries(engine, col(Delivery.status) != DeliveryStatus.SENT) == 0
        with Session(engine) as session:
            attempts = session.exec(select(func.count()).select_from(DeliveryAttempt)).one()
            on_rows = session.exec(
                select(func.count()).where(col(Delivery.sent_by).is_not(None))
            ).one()
            tries = session.exec(select(func.sum(Delivery.attempts))).one()
        # Every try is in the history: an attempt row, or (a first try taken) its own row.
        assert attempts + on_rows == tries == recipients
        sent_to = [r for mail in smtp.behaviour.received for r in mail.recipients]
        assert len(sent_to) == len(set(sent_to)) == recipients
    finally:
        smtp.stop()


def test_closing_gives_the_batch_claimed_ahead_back_untried(own_postgres: Engine) -> None:
    engine = own_postgres
    smtp = LocalSmtpServer(SmtpBehaviour())
    smtp.start()
    try:
        fanned_out_to(engine, smtp.port, 60)
        worker = for_worker(engine, worker_settings(engine), batch_size=20)
        assert worker._ahead is not None  # PostgreSQL: the next batch is claimed ahead
        assert worker.step(utc_now()) == 20
        assert worker._next is not None
        worker._next.result(timeout=30)  # the next 20 are claimed
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.CLAIMED) >= 20
        worker.close()
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.SENT) == 20
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.CLAIMED) == 0
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.PENDING) == 40
        # Given back untried: no attempt counted, due at once.
        assert (
            deliveries(
                engine, col(Delivery.status) == DeliveryStatus.PENDING, col(Delivery.attempts) == 0
            )
            == 40
        )
        assert len(smtp.behaviour.received) == 20
        # Another worker sends them, each once.
        other = for_worker(engine, worker_settings(engine), batch_size=20)
        try:
            assert drain(other) == 40
        finally:
            other.close()
        sent_to = [r for mail in smtp.behaviour.received for r in mail.recipients]
        assert len(sent_to) == len(set(sent_to)) == 60
    finally:
        smtp.stop()


def test_the_batch_claimed_ahead_keeps_its_lease_while_a_slow_server_holds_this_one(
    own_postgres: Engine,
) -> None:
    engine = own_postgres
    # Each message's reply comes after 1.2 s; the lease is 0.6 s. Without renewal the batch
    # claimed ahead would be free for another worker's recovery before it is sent.
    smtp = LocalSmtpServer(SmtpBehaviour(stall="data", stall_seconds=1.2))
    smtp.start()
    try:
        fanned_out_to(engine, smtp.port, 8)
        worker = DeliveryEngine(
            engine,
            worker_settings(engine),
            batch_size=4,
            lease=timedelta(seconds=0.6),
            record_behind=True,
            claim_ahead=True,
        )
        try:
            started = utc_now()
            assert worker.step(started) == 4
            worker.flush()  # the first batch's results written: what is claimed is ahead
            with Session(engine) as session:
                ahead = session.exec(
                    select(Delivery).where(col(Delivery.status) == DeliveryStatus.CLAIMED)
                ).all()
            assert len(ahead) == 4
            # Renewed while the first batch was sent (its claim alone gave started + 0.6 s).
            assert all(
                d.lease_until is not None and d.lease_until > started + timedelta(seconds=1)
                for d in ahead
            )
            assert drain(worker) == 4
        finally:
            worker.close()
        assert deliveries(engine, col(Delivery.status) == DeliveryStatus.SENT) == 8
        sent_to = [r for mail in smtp.behaviour.received for r in mail.recipients]
        assert len(sent_to) == len(set(sent_to)) == 8
    finally:
        smtp.stop()


def test_a_worker_on_sqlite_claims_its_own_batches() -> None:
    settings = conftest.test_settings("sqlite://")
    engine = make_engine(settings)
    try:
        assert for_worker(engine, settings)._ahead is None
    finally:
        engine.dispose()
