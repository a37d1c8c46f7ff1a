"""Helpers for watchdog tests: dry-run channels for every audience, a worker pass."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.broadcasts import fanout
from crisiscomms.broadcasts.models import Broadcast, DryRunMessage
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.flows import scheduled
from crisiscomms.flows import watchdog as watchdog
from crisiscomms.statements.models import Statement
from crisiscomms.watchdog import notices
from crisiscomms.watchdog.models import WatchdogAction
from crisiscomms.worker.delivery import DeliveryEngine, drain
from tests.broadcasts.factories import channel


def dry_run_channels(session: Session, settings: Settings) -> None:
    """A dry-run channel for the public, the customers and the staff."""
    for audience in (Audience.PUBLIC, Audience.CUSTOMERS, Audience.INTERNAL):
        channel(session, settings, f"rehearsal {audience.value}", "dry-run", audience, {})


def tick(session: Session, now: datetime, delivery: DeliveryEngine | None = None) -> int:
    """One worker pass at `now`: the watchdog, notices, fan-out, and delivery when given."""
    done = watchdog.run(session, now)
    notices.send_pending(session, now)
    while scheduled.fan_out(session, now):
        session.flush()
    if delivery is not None:
        drain(delivery, now=lambda: now)
        fanout.complete(session, now)
    return done


def holding_statements(session: Session, incident_id: int) -> list[Statement]:
    """The incident's holding statements."""
    return list(
        session.exec(
            select(Statement)
            .where(Statement.incident_id == incident_id, col(Statement.holding))
            .order_by(col(Statement.id))
        ).all()
    )


def actions(session: Session, incident_id: int) -> list[WatchdogAction]:
    """What the watchdog did about the incident."""
    return list(
        session.exec(
            select(WatchdogAction)
            .where(WatchdogAction.incident_id == incident_id)
            .order_by(col(WatchdogAction.id))
        ).all()
    )


def recorded(session: Session, broadcast: Broadcast) -> list[DryRunMessage]:
    """What the dry-run channels recorded for a broadcast."""
    return list(
        session.exec(select(DryRunMessage).where(DryRunMessage.broadcast_id == broadcast.id)).all()
    )
