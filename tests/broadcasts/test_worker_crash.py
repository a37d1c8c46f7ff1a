"""A worker process killed mid-broadcast loses nothing: 10,000 emails, two workers, PostgreSQL.

Two real `crisiscomms worker` processes share the queue (FOR UPDATE SKIP LOCKED). One is
killed with SIGKILL in the middle; its claims wait out their lease and are sent again by
the others, with the same Message-ID, so a receiver can drop the duplicate.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict

import pytest
from sqlalchemy import func
from sqlmodel import Session, col, select

from crisiscomms import migrations
from crisiscomms.broadcasts.models import Delivery, DeliveryStatus
from crisiscomms.db import make_engine
from tests import conftest
from tests.broadcasts.factories import email_broadcast_fanned_out
from tests.channels.servers import LocalSmtpServer, SmtpBehaviour

RECIPIENTS = 10_000
pytestmark = pytest.mark.postgres


def start_worker(url: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "CRISISCOMMS_DATABASE_URL": url,
        "CRISISCOMMS_ALLOW_PRIVATE_DESTINATIONS": "true",
        "CRISISCOMMS_PUBLIC_BASE_URL": "https://status.example.test",
        "CRISISCOMMS_DELIVERY_LEASE_SECONDS": "5",
        "CRISISCOMMS_DELIVERY_BATCH_SIZE": "200",
        "CRISISCOMMS_WORKER_POLL_SECONDS": "0.2",
        "CRISISCOMMS_SMTP_POOL_SIZE": "4",
        "CRISISCOMMS_LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "crisiscomms.cli", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def sent(session: Session) -> int:
    query = select(func.count()).select_from(Delivery).where(Delivery.status == DeliveryStatus.SENT)
    return int(session.exec(query).one())


def wait_for(condition: object, *, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"not reached within {seconds:.0f} s")


def test_sigkill_mid_broadcast_loses_no_email(fresh_postgres: str) -> None:
    settings = conftest.test_settings(
        fresh_postgres,
        allow_private_destinations=True,
        public_base_url="https://status.example.test",
    )
    engine = make_engine(settings)
    migrations.upgrade(engine)
    smtp = LocalSmtpServer(SmtpBehaviour())
    smtp.start()
    workers: list[subprocess.Popen[bytes]] = []
    try:
        with Session(engine, expire_on_commit=False) as session:
            fanned = email_broadcast_fanned_out(session, settings, smtp.port, RECIPIENTS)
            assert fanned == RECIPIENTS

        workers = [start_worker(fresh_postgres), start_worker(fresh_postgres)]
        with Session(engine) as session:
            wait_for(lambda: sent(session) >= RECIPIENTS // 5, seconds=180)
        workers[0].send_signal(signal.SIGKILL)
        workers[0].wait(timeout=10)
        workers.append(start_worker(fresh_postgres))  # the restart
        with Session(engine) as session:
            wait_for(lambda: sent(session) >= RECIPIENTS * 3 // 5, seconds=300)
        # SIGTERM: the worker finishes the batch it is sending and leaves nothing claimed.
        workers[1].send_signal(signal.SIGTERM)
        assert workers[1].wait(timeout=60) == 0
        with Session(engine) as session:
            held = session.exec(
                select(func.count())
                .select_from(Delivery)
                .where(
                    Delivery.status == DeliveryStatus.CLAIMED,
                    col(Delivery.claimed_by).contains(f":{workers[1].pid}:"),
                )
            ).one()
            assert held == 0
            wait_for(lambda: sent(session) == RECIPIENTS, seconds=300)

        received: dict[str, set[str | None]] = defaultdict(set)
        for mail in smtp.behaviour.received:
            for recipient in mail.recipients:
                received[recipient].add(mail.message_id)
        assert len(received) == RECIPIENTS  # every recipient got the email
        assert all(len(ids) == 1 for ids in received.values())  # any duplicate: same Message-ID
        with Session(engine) as session:
            open_rows = session.exec(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status != DeliveryStatus.SENT)
            ).one()
            assert open_rows == 0
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
        smtp.stop()
        engine.dispose()
