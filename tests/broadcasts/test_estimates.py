"""Audience estimates: the request reads the worker's recent count; the fan-out makes it exact."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.broadcasts import estimates
from crisiscomms.broadcasts.models import AudienceEstimate
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.incidents.models import Incident
from tests.broadcasts.factories import approved, channel, customers
from tests.commitments.factories import scene
from tests.conftest import NOW, wait_blocked
from tests.customers.factories import line, load

IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"]}


def test_the_request_uses_a_fresh_estimate_and_the_fan_out_the_exact_count(
    session: Session, settings: Settings
) -> None:
    s = scene(session)
    channel(session, settings, "rehearsal", "dry-run", Audience.CUSTOMERS, {})
    customers(session, 10, attributes=IN_SCOPE)
    assert estimates.refresh(session, NOW) == 0
    assert session.get(AudienceEstimate, s.incident_id).count == 10  # type: ignore[union-attr]
    assert estimates.refresh(session, NOW + timedelta(seconds=10)) == 0  # fresh: not recounted
    load(session, *(line(f"D{n}", attributes=IN_SCOPE) for n in range(5)))

    statement = approved(session, s, now=NOW + timedelta(seconds=20))
    broadcast = broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=["customers"],
        scheduled_at=None,
        actor=s.commander,
        now=NOW + timedelta(seconds=20),
    )
    assert broadcast.recipient_count == 10  # the worker's count from 20 s ago
    while scheduled.fan_out(session, NOW + timedelta(seconds=21)):
        pass
    session.refresh(broadcast)
    assert broadcast.recipient_count == 15  # exact once the deliveries are written


def test_a_stale_or_rescoped_estimate_is_counted_again(
    session: Session, settings: Settings
) -> None:
    s = scene(session)
    customers(session, 3, attributes=IN_SCOPE)
    assert estimates.audience_size(session, s.incident, now=NOW) == 3
    load(session, line("E1", attributes=IN_SCOPE))
    assert estimates.audience_size(session, s.incident, now=NOW + timedelta(seconds=30)) == 3
    assert estimates.audience_size(session, s.incident, now=NOW + timedelta(minutes=2)) == 4
    s.incident.scope = {"products": ["Nothing"]}
    session.add(s.incident)
    session.flush()
    assert estimates.audience_size(session, s.incident, now=NOW + timedelta(minutes=2)) == 0


@pytest.mark.postgres
def test_two_first_estimates_at_once_both_succeed(own_postgres: Engine) -> None:
    engine = own_postgres
    with Session(engine, expire_on_commit=False) as session:
        incident_id = scene(session).incident_id
        session.commit()
    errors: list[BaseException] = []

    def second() -> None:
        with Session(engine) as other:
            incident = other.get(Incident, incident_id)
            assert incident is not None
            try:
                estimates.store(other, incident, NOW + timedelta(seconds=1), counted=4)
                other.commit()
            except BaseException as exc:
                errors.append(exc)

    with Session(engine) as first:
        incident = first.get(Incident, incident_id)
        assert incident is not None
        estimates.store(first, incident, NOW, counted=3)  # the worker's count, not committed
        thread = threading.Thread(target=second)  # a request counting the same incident
        thread.start()
        wait_blocked(engine, thread)
        first.commit()
        thread.join(30)
    assert errors == []
    with Session(engine) as session:
        stored = session.get(AudienceEstimate, incident_id)
        assert stored is not None and stored.count == 4  # the later write stands
