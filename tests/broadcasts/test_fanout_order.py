"""Fan-out keeps updates in order across workers (PostgreSQL, committed data)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, text
from sqlmodel import Session, col, select

from crisiscomms import migrations
from crisiscomms.broadcasts.models import Broadcast, Delivery
from crisiscomms.db import make_engine, utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from tests import conftest
from tests.broadcasts.factories import approved, customers
from tests.broadcasts.test_engine import IN_SCOPE, email_channel
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import scene

pytestmark = pytest.mark.postgres


def test_a_worker_does_not_fan_out_an_update_while_another_writes_the_one_before(
    fresh_postgres: str, smtp_server: LocalSmtpServer
) -> None:
    """Worker 1 holds update N (writing a chunk): worker 2 waits rather than write N+1,
    whose rows for customers N has not reached yet would be claimed first."""
    settings = conftest.test_settings(fresh_postgres, allow_private_destinations=True)
    engine = make_engine(settings)
    migrations.upgrade(engine)
    now = utc_now()
    try:
        with Session(engine, expire_on_commit=False) as session:
            s = scene(session)
            customers(session, 4, attributes=IN_SCOPE)
            email_channel(session, settings, smtp_server)
            ids = []
            for minutes in (2, 1):
                statement = approved(session, s, now=now - timedelta(minutes=minutes))
                ids.append(
                    broadcast_flow.create_broadcast(
                        session,
                        statement_id=statement.id or 0,
                        audiences=["customers"],
                        scheduled_at=None,
                        actor=s.commander,
                        now=now - timedelta(minutes=minutes),
                    ).id
                )
            session.commit()
        older, newer = ids
        with engine.connect() as first_worker:
            holding = first_worker.begin()
            first_worker.execute(
                text("SELECT id FROM broadcast WHERE id = :id FOR UPDATE"), {"id": older}
            )
            with Session(engine) as second_worker:
                assert scheduled.fan_out(second_worker, utc_now()) == 0
                second_worker.commit()
            holding.rollback()
        with Session(engine) as session:
            written = dict(
                session.exec(
                    select(Delivery.broadcast_id, func.count()).group_by(col(Delivery.broadcast_id))
                ).all()
            )
            assert written == {}
            while scheduled.fan_out(session, utc_now()):
                session.commit()
            written = dict(
                session.exec(
                    select(Delivery.broadcast_id, func.count()).group_by(col(Delivery.broadcast_id))
                ).all()
            )
            assert written == {older: 4, newer: 4}
            order = session.exec(select(Broadcast.id).order_by(col(Broadcast.fanned_out_at))).all()
            assert list(order) == [older, newer]
    finally:
        engine.dispose()
