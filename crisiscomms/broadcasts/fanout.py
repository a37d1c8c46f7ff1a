"""Fan-out: a due broadcast becomes its delivery rows, in chunks, safely re-runnable.

A scheduled broadcast is published when its time comes (if its statement is still
approved; otherwise it fails with a note on the timeline). Per-customer deliveries are
written with one INSERT … SELECT per chunk of the audience, `ON CONFLICT DO NOTHING` on the
UNIQUE (channel, recipient, broadcast): a fan-out cut short by a crash is simply run again.
The cursor (the last customer id written per channel) is kept on the broadcast, so each
worker tick writes one chunk and commits.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, insert, literal, not_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from crisiscomms.broadcasts import rehearsal_audience
from crisiscomms.broadcasts import targets as broadcast_targets
from crisiscomms.broadcasts.models import (
    DELIVERY,
    OPEN_STATUSES,
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryStatus,
)
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers.models import ChannelKind as PersonalKind
from crisiscomms.customers.models import Customer
from crisiscomms.db import rowcount, upsert_insert
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import MaintenanceNotice
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM, Principal, Role
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import CHANNEL_SERVES, Subscriber

log = logging.getLogger("crisiscomms.fanout")
CHUNK = 50_000
DELIVERY_COLUMNS = [
    "broadcast_id",
    "channel_id",
    "recipient_id",
    "status",
    "attempts",
    "next_attempt_at",
    "unconfirmed",
]


def scheduled_actor(broadcast: Broadcast) -> Principal:
    """Who publishes a scheduled broadcast's statement at its time: its creator, as the system."""
    return Principal(
        kind="system",
        id=broadcast.created_by_id,
        label=f"{broadcast.created_by} (scheduled)",
        role=Role.COMMANDER,
        user_id=broadcast.created_by_id,
    )


def fail(session: Session, broadcast: Broadcast, now: datetime, note: str) -> None:
    """The broadcast cannot go: failed, with the reason on it and on the timeline."""
    broadcast.status = BroadcastStatus.FAILED
    broadcast.note = note[:2000]
    broadcast.completed_at = now
    session.add(broadcast)
    if broadcast.incident_id is not None:
        incident = session.get(Incident, broadcast.incident_id)
        assert incident is not None
        incident_service.record_event(
            session,
            incident,
            kind="broadcast.failed",
            message=f"Scheduled broadcast {broadcast.id} did not go out: {note}",
            actor=SYSTEM,
            now=now,
            data={"broadcast_id": broadcast.id},
        )
    session.flush()


def _chunk(
    session: Session,
    broadcast: Broadcast,
    channel_id: int,
    now: datetime,
    *,
    key: Any,
    audience: ColumnElement[bool],
    recipient: Any,
) -> int:
    """Write the next chunk of one channel's per-person deliveries; rows written.

    People are taken in order of `key` (a primary key), CHUNK at a time, from the cursor
    kept on the broadcast; `recipient` is what the delivery row records for each.
    """
    state = dict(broadcast.fanout_state)
    after = int(state.get(str(channel_id), 0))
    if after < 0:
        return 0
    where = and_(audience, key > after)
    upper = session.execute(
        core_select(key).where(where).order_by(key).offset(CHUNK - 1).limit(1)
    ).scalar()
    chunk_where = where if upper is None else and_(where, key <= upper)
    rows = core_select(
        literal(broadcast.id),
        literal(channel_id),
        recipient,
        literal(DeliveryStatus.PENDING.value),
        literal(0),
        literal(now, type_=DELIVERY.c.next_attempt_at.type),
        literal(False),
    ).where(chunk_where)
    statement = (
        upsert_insert(session)(DELIVERY)
        .from_select(DELIVERY_COLUMNS, rows)
        .on_conflict_do_nothing()
    )
    written = rowcount(session.execute(statement))
    state[str(channel_id)] = -1 if upper is None else upper
    broadcast.fanout_state = state
    session.add(broadcast)
    return max(written, 1)


def _customer_chunk(
    session: Session,
    broadcast: Broadcast,
    scope: customer_audience.AudienceScope,
    channel_id: int,
    now: datetime,
) -> int:
    """The next chunk of the customers in scope who can be emailed."""
    audience = customer_audience.audience_where(scope, PersonalKind.EMAIL)
    key = col(Customer.id)
    return _chunk(session, broadcast, channel_id, now, key=key, audience=audience, recipient=key)


def _subscriber_chunk(
    session: Session,
    broadcast: Broadcast,
    scope: customer_audience.AudienceScope,
    channel_id: int,
    now: datetime,
) -> int:
    """The next chunk of the confirmed subscribers following the scope's components.

    A subscriber's delivery carries `recipient_id = -subscriber.id`, so it can never meet a
    customer's row under the UNIQUE target, and the ordering rule keeps them apart too.
    """
    channel = session.get(ChannelConfig, channel_id)
    kinds = CHANNEL_SERVES.get(channel.kind, ()) if channel is not None else ()
    audience = subscriber_service.following(scope.products, kinds)
    key = col(Subscriber.id)
    return _chunk(session, broadcast, channel_id, now, key=key, audience=audience, recipient=-key)


def _suppressed(session: Session, scope: customer_audience.AudienceScope) -> int:
    """Active customers in scope who cannot be emailed (no consent, suppressed, no address)."""
    reachable = customer_audience.reachable(PersonalKind.EMAIL)
    query = (
        select(func.count())
        .select_from(Customer)
        .where(customer_audience.scope_filter(scope), col(Customer.active), not_(reachable))
    )
    return int(session.exec(query).one())


def _channel_rows(
    session: Session, broadcast: Broadcast, channel_ids: list[int], now: datetime
) -> None:
    """One delivery per broadcast-style channel (an X account, a webhook, a Slack room)."""
    if not channel_ids:
        return
    values = [
        {
            "broadcast_id": broadcast.id,
            "channel_id": channel_id,
            "recipient_id": 0,
            "status": DeliveryStatus.PENDING.value,
            "attempts": 0,
            "next_attempt_at": now,
            "unconfirmed": False,
        }
        for channel_id in channel_ids
    ]
    session.execute(insert(Delivery), values)


def subject_of(
    session: Session, broadcast: Broadcast
) -> tuple[PlanBody, customer_audience.AudienceScope]:
    """The plan whose audiences a broadcast reaches, and who among the customers is
    concerned: the incident's scope, or a maintenance's components (as products)."""
    if broadcast.maintenance_notice_id is not None:
        notice = session.get(MaintenanceNotice, broadcast.maintenance_notice_id)
        assert notice is not None
        maintenance = maintenance_service.get_maintenance(session, notice.maintenance_id)
        scope = customer_audience.AudienceScope(products=list(maintenance.components))
        return maintenance_service.plan_of(session, maintenance), scope
    assert broadcast.incident_id is not None
    incident = session.get(Incident, broadcast.incident_id)
    assert incident is not None
    return incident_service.plan_of(session, incident), customer_audience.AudienceScope.of(incident)


def fan_out_one(session: Session, broadcast: Broadcast, now: datetime) -> int:
    """One step of a queued broadcast's fan-out; rows written (0 when it is complete)."""
    assert broadcast.status == BroadcastStatus.QUEUED
    if broadcast.kind == "test":
        return _finish(session, broadcast, now)
    plan, scope = subject_of(session, broadcast)
    incident = session.get(Incident, broadcast.incident_id) if broadcast.incident_id else None
    rehearsal = incident is not None and incident.rehearsal
    found = broadcast_targets.targets(session, plan, broadcast.audiences, rehearsal=rehearsal)
    state = dict(broadcast.fanout_state)
    if "channels" not in state:
        direct = [
            t.channel.id
            for t in found
            if not broadcast_targets.per_recipient(t.channel, rehearsal=rehearsal)
        ]
        _channel_rows(session, broadcast, [c for c in direct if c is not None], now)
        state["channels"] = [t.channel.id for t in found]
        if rehearsal and incident is not None:
            # The team's own addresses receive it for real (the engine checks each again).
            state["rehearsal_audience"] = rehearsal_audience.write_deliveries(
                session, broadcast, incident, now
            )
        if any(
            broadcast_targets.per_recipient(t.channel, rehearsal=rehearsal)
            and not broadcast_targets.to_subscribers(t.channel)
            for t in found
        ):
            broadcast.suppressed_count = _suppressed(session, scope)
        broadcast.fanout_state = state
        session.add(broadcast)
        session.flush()
        return 1
    for target in found:
        if (
            broadcast_targets.per_recipient(target.channel, rehearsal=rehearsal)
            and target.channel.id in state["channels"]
        ):
            assert target.channel.id is not None
            chunk = (
                _subscriber_chunk
                if broadcast_targets.to_subscribers(target.channel)
                else _customer_chunk
            )
            written = chunk(session, broadcast, scope, target.channel.id, now)
            if written:
                session.flush()
                return written
    return _finish(session, broadcast, now)


def _finish(session: Session, broadcast: Broadcast, now: datetime) -> int:
    """All rows written: the exact count replaces the request's estimate."""
    broadcast.recipient_count = int(
        session.exec(
            select(func.count()).select_from(Delivery).where(Delivery.broadcast_id == broadcast.id)
        ).one()
    )
    broadcast.status = BroadcastStatus.SENDING
    broadcast.fanned_out_at = now
    session.add(broadcast)
    session.flush()
    return 0


def next_due(session: Session, now: datetime) -> Broadcast | None:
    """The oldest due broadcast, scheduled or queued, locked; None when there is none or
    another worker holds it.

    Only the oldest: while another worker writes a chunk of it (its row locked), this one
    does not skip ahead to the next, whose rows for a customer the older one has not
    reached yet would be claimable first and arrive out of order.
    """
    oldest = session.exec(
        select(Broadcast.id)
        .where(
            col(Broadcast.status).in_([BroadcastStatus.SCHEDULED, BroadcastStatus.QUEUED]),
            col(Broadcast.scheduled_at) <= now,
        )
        .order_by(col(Broadcast.scheduled_at), col(Broadcast.id))
        .limit(1)
    ).first()
    if oldest is None:
        return None
    return session.exec(
        select(Broadcast)
        .where(
            Broadcast.id == oldest,
            col(Broadcast.status).in_([BroadcastStatus.SCHEDULED, BroadcastStatus.QUEUED]),
        )
        .with_for_update(skip_locked=True)
    ).first()


def complete(session: Session, now: datetime) -> int:
    """The worker job: mark sending broadcasts done once no delivery of theirs is open."""
    sending = session.exec(
        select(Broadcast).where(Broadcast.status == BroadcastStatus.SENDING)
    ).all()
    done = 0
    for broadcast in sending:
        still_open = session.exec(
            select(
                exists().where(
                    col(Delivery.broadcast_id) == broadcast.id,
                    col(Delivery.status).in_(list(OPEN_STATUSES)),
                )
            )
        ).one()
        if not still_open:
            broadcast.status = BroadcastStatus.DONE
            broadcast.completed_at = now
            session.add(broadcast)
            done += 1
    session.flush()
    return done
