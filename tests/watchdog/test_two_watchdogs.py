"""Two watchdogs against one PostgreSQL database, 200 incidents, pinned time: each speaks once.

This test commits for real, so it runs in a database of its own (created and dropped here).
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from crisiscomms.flows import plans as plan_flow
from crisiscomms.flows import watchdog as watchdog
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.principal import SYSTEM, Role
from crisiscomms.statements.models import Statement
from crisiscomms.watchdog.models import ActionKind, WatchdogAction
from tests.commitments.factories import draft, release
from tests.conftest import NOW, load_library_plan
from tests.statements.factories import person

pytestmark = pytest.mark.postgres
INCIDENTS = 200


def test_two_watchdogs_post_each_holding_statement_once(own_postgres: Engine) -> None:
    engine = own_postgres
    updated: set[int] = set()
    with Session(engine, expire_on_commit=False) as session:
        plan = load_library_plan("service-outage")
        plan_flow.create_plan(session, body=plan, source="test", actor=SYSTEM, now=NOW)
        author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
        ids: list[int] = []
        for n in range(INCIDENTS):
            # first-statement deadlines 15 minutes after activation, spread over 200 seconds
            incident = incident_service.activate(
                session,
                IncidentCreate(
                    plan_slug=plan.slug,
                    severity="sev1",
                    title=f"Checkout failing #{n}",
                    summary="Card payments fail for about 30% of checkouts.",
                    scope=Scope(products=["Checkout"], regions=["EU"]),
                    affected_customers=1200,
                    detected_at=NOW - timedelta(minutes=20),
                ),
                actor=SYSTEM,
                now=NOW + timedelta(seconds=n),
            )
            ids.append(incident.id or 0)
        for incident_id in ids[::4]:  # a quarter speak in time
            at = NOW + timedelta(minutes=10)
            release(
                session,
                draft(session, incident_id, author, now=at),
                author=author,
                approver=approver,
                now=at,
            )
            updated.add(incident_id)
        session.commit()

    ticks = [NOW + timedelta(minutes=14, seconds=20 * k) for k in range(16)]  # 09:14 → 09:19
    errors: list[BaseException] = []

    def watch(name: str) -> None:
        try:
            for now in ticks:
                with Session(engine, expire_on_commit=False) as session:
                    watchdog.run(session, now, holder=name)
                    session.commit()
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=watch, args=(f"watchdog-{i}",)) for i in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not errors, errors

    with Session(engine) as session:
        holding = dict(
            session.exec(
                select(Statement.incident_id, func.count())
                .where(col(Statement.holding))
                .group_by(col(Statement.incident_id))
            ).all()
        )
        deadline_actions = session.exec(
            select(func.count()).where(WatchdogAction.kind == ActionKind.DEADLINE)
        ).one()
    silent = set(ids) - updated
    assert set(holding) == silent
    assert set(holding.values()) == {1}
    assert deadline_actions == len(silent) == 150
