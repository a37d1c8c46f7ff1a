"""Scheduled maintenance through the broadcast engine: each change that queues a notice
hands it to the engine in the same transaction, as a broadcast of kind "maintenance" to
the plan's maintenance audiences (customers concerned are those with the maintenance's
components among their products). The worker's clock job moves automatic maintenances and
sends reminders and overrun notices the same way."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.broadcasts import targets as broadcast_targets
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers.models import ChannelKind
from crisiscomms.maintenance import lifecycle, notices
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import Maintenance, MaintenanceNotice, MaintenanceStatus
from crisiscomms.maintenance.schemas import MaintenanceCreate, MaintenanceUpdate
from crisiscomms.principal import Principal

SENDER = "maintenance"
KIND = "maintenance"


def _broadcast(session: Session, notice: MaintenanceNotice, now: datetime) -> Broadcast | None:
    maintenance = maintenance_service.get_maintenance(session, notice.maintenance_id)
    plan = maintenance_service.plan_of(session, maintenance)
    known = {a.id for a in plan.audiences}
    audiences = [a for a in notice.audiences if a in known]
    if not audiences:
        return None
    found = broadcast_targets.targets(session, plan, audiences)
    per_customer = sum(1 for t in found if broadcast_targets.per_recipient(t.channel))
    scope = customer_audience.AudienceScope(products=list(maintenance.components))
    size = (
        customer_audience.count_audience(session, scope, channel_kind=ChannelKind.EMAIL)
        if per_customer
        else 0
    )
    broadcast = Broadcast(
        incident_id=None,
        maintenance_notice_id=notice.id,
        kind=KIND,
        audiences=audiences,
        status=BroadcastStatus.QUEUED,
        scheduled_at=now,
        recipient_count=size * per_customer + len(found) - per_customer,
        created_by=SENDER,
        created_at=now,
    )
    session.add(broadcast)
    return broadcast


def dispatch(session: Session, now: datetime) -> int:
    """Hand every pending notice to the broadcast engine; how many."""
    pending = notices.pending(session)
    for notice in pending:
        _broadcast(session, notice, now)
        notices.mark_sent(session, notice, now=now)
    session.flush()
    return len(pending)


def tick(session: Session, now: datetime) -> int:
    """The worker job: the maintenance clock, then its notices to the engine."""
    return lifecycle.advance(session, now) + dispatch(session, now)


def schedule(
    session: Session, data: MaintenanceCreate, *, actor: Principal, now: datetime
) -> Maintenance:
    """Schedule a maintenance and send its 'scheduled' notice."""
    maintenance = maintenance_service.schedule(session, data, actor=actor, now=now)
    dispatch(session, now)
    return maintenance


def update(
    session: Session,
    maintenance_id: int,
    data: MaintenanceUpdate,
    *,
    actor: Principal,
    now: datetime,
) -> Maintenance:
    """Edit a scheduled maintenance; a changed window is announced again."""
    maintenance = maintenance_service.update(session, maintenance_id, data, actor=actor, now=now)
    dispatch(session, now)
    return maintenance


def change_status(
    session: Session,
    maintenance_id: int,
    *,
    status: MaintenanceStatus,
    revision: int | None,
    note: str | None,
    actor: Principal,
    now: datetime,
) -> Maintenance:
    """Move a maintenance by hand and send the notice the move calls for."""
    maintenance = lifecycle.change_status(
        session, maintenance_id, status=status, revision=revision, note=note, actor=actor, now=now
    )
    dispatch(session, now)
    return maintenance
