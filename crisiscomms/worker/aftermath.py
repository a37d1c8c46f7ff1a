"""What follows recorded results, in a transaction of its own: dry-run records kept, notices
on the incident's timeline, refused addresses suppressed, gone destinations disabled, and
channel health counted (quarantine, with one alert to its owner)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, insert, update
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.broadcasts import outbox, rehearsal_audience
from crisiscomms.broadcasts.models import Broadcast, DryRunMessage
from crisiscomms.broadcasts.signups import KIND as signup_kind
from crisiscomms.channels.base import Outcome
from crisiscomms.channels.dry_run import DryRunRecord
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.customers import suppressions
from crisiscomms.customers.models import ChannelKind as PersonalKind
from crisiscomms.customers.models import Customer, SuppressionReason
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import NotificationKind
from crisiscomms.principal import SYSTEM
from crisiscomms.subscribers import health as subscriber_health
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus


def after(
    session: Session,
    records: list[outbox.Result],
    dry_run: list[tuple[int, DryRunRecord]],
    now: datetime,
) -> None:
    """Suppress refused addresses, disable gone destinations, count failures, keep dry runs."""
    if dry_run:
        ids = {str(r.claimed.id): r.claimed for r in records}
        rows = []
        for channel_id, dry in dry_run:
            item = ids.get(dry.delivery_id)
            rows.append(
                {
                    "channel_id": channel_id,
                    "broadcast_id": item.broadcast_id if item else None,
                    "delivery_id": item.id if item else None,
                    "record": dry.as_json(),
                    "recorded_at": now,
                }
            )
        # One executemany, not the unit of work: a rehearsal records thousands per step.
        session.execute(insert(DryRunMessage), rows)
        dry_run.clear()
    _notices(session, records, now)
    own = _own_destinations(session, records)
    if own:
        _followers(session, [r for r in records if r.claimed.id in own], now)
    # A rehearsal's recipients are its audience's rows, never customers or subscribers: a
    # team address that bounces suppresses nobody else's.
    exercises = rehearsal_audience.rehearsal_broadcasts(
        session, {r.claimed.broadcast_id for r in records if r.result.suppress}
    )
    refused = [
        r.claimed.recipient_id
        for r in records
        if r.result.suppress
        and r.claimed.recipient_id
        and r.claimed.id not in own
        and r.claimed.broadcast_id not in exercises
    ]
    addresses: list[str] = []
    if customer_ids := [r for r in refused if r > 0]:
        found = session.exec(select(Customer.email).where(col(Customer.id).in_(customer_ids)))
        addresses += [a for a in found if a]
    if subscriber_ids := [-r for r in refused if r < 0]:
        found = session.exec(
            select(Subscriber.address).where(col(Subscriber.id).in_(subscriber_ids))
        )
        addresses += list(found)
    for address in addresses:
        suppressions.suppress(
            session,
            kind=PersonalKind.EMAIL,
            address=address,
            reason=SuppressionReason.BOUNCED,
            source="smtp: address refused",
            actor=SYSTEM,
            now=now,
        )
    by_channel: dict[int, list[outbox.Result]] = {}
    for record in records:
        # A subscriber's own URL or phone failing says nothing about the shared channel.
        if record.record_attempt and record.claimed.id not in own:
            by_channel.setdefault(record.claimed.channel_id, []).append(record)
    for channel_id in sorted(by_channel):  # one lock order for every worker
        _health(session, channel_id, by_channel[channel_id], now)


OWN_DESTINATION_KINDS = ("webhook", "apprise")
"""Channel kinds whose subscriber deliveries go to the subscriber's own URL or phone."""


def _own_destinations(session: Session, records: list[outbox.Result]) -> set[int]:
    """The deliveries that went to a subscriber's own destination (not the channel's)."""
    followers = {r.claimed.channel_id for r in records if r.claimed.recipient_id < 0}
    if not followers:
        return set()
    kinds = dict(
        session.exec(
            select(ChannelConfig.id, ChannelConfig.kind).where(col(ChannelConfig.id).in_(followers))
        ).all()
    )
    return {
        r.claimed.id
        for r in records
        if r.claimed.recipient_id < 0 and kinds.get(r.claimed.channel_id) in OWN_DESTINATION_KINDS
    }


def _followers(session: Session, records: list[outbox.Result], now: datetime) -> None:
    """Count each subscriber's own results (a subscriber whose URL is gone or keeps failing
    is unsubscribed), and confirm a webhook that echoed its sign-up challenge."""
    # A retry is not held against the subscriber (its receiver may be down for a while):
    # only sends it took and sends refused for good count.
    counted = [
        (-r.claimed.recipient_id, r.result.outcome == Outcome.SENT, r.result.disable)
        for r in records
        if r.record_attempt and r.result.outcome in (Outcome.SENT, Outcome.PERMANENT)
    ]
    ended = subscriber_health.record_sends(session, counted, now=now)
    signups = set(
        session.exec(
            select(Broadcast.id).where(
                col(Broadcast.id).in_({r.claimed.broadcast_id for r in records}),
                Broadcast.kind == signup_kind,
            )
        ).all()
    )
    for record in records:
        if record.claimed.broadcast_id not in signups or record.result.outcome != Outcome.SENT:
            continue
        follower = session.get(Subscriber, -record.claimed.recipient_id)
        if (
            follower is not None
            and follower.kind == SubscriberKind.WEBHOOK
            and follower.status == SubscriberStatus.PENDING
            and -record.claimed.recipient_id not in ended
        ):
            subscriber_service.confirm(session, follower, now=now)


def _notices(session: Session, records: list[outbox.Result], now: datetime) -> None:
    """A result's notice goes on its incident's timeline: the one about a delivery's
    first post (a thread repeating an earlier one finds each of its posts again)."""
    for record in records:
        notice = record.result.notice
        if notice is None or record.claimed.posted_ids:
            continue
        broadcast = session.get(Broadcast, record.claimed.broadcast_id)
        incident = session.get(Incident, broadcast.incident_id) if broadcast else None
        if incident is None:
            continue
        incident_service.record_event(
            session,
            incident,
            kind="delivery.notice",
            message=notice,
            actor=SYSTEM,
            now=now,
            data={
                "broadcast_id": record.claimed.broadcast_id,
                "delivery_id": record.claimed.id,
                "channel_id": record.claimed.channel_id,
            },
        )


_CHANNEL = ChannelConfig.__table__  # type: ignore[attr-defined]
_HEALTHY = (
    update(_CHANNEL)
    .where(_CHANNEL.c.id == bindparam("b_id"), _CHANNEL.c.consecutive_failures != 0)
    .values(consecutive_failures=0)
)
"""A channel whose every result of the step went out: its run of failures ends. One
statement, built once, instead of loading the row (the common case, every step of a
bulk send); it writes only a row that had failures to forget."""


def _health(session: Session, channel_id: int, items: list[outbox.Result], now: datetime) -> None:
    if all(
        i.result.outcome == Outcome.SENT and not i.result.disable and not i.result.pause
        for i in items
    ):  # nothing to disable, pause or quarantine
        session.connection().execute(_HEALTHY, {"b_id": channel_id})
        return
    config = session.get(ChannelConfig, channel_id, with_for_update=True)
    if config is None:
        return
    gone = next((r for r in items if r.result.disable), None)
    if gone is not None:
        config.enabled = False
        config.disabled_reason = (gone.result.detail or "destination gone")[:1000]
    failures = config.consecutive_failures
    for item in items:
        outcome = item.result.outcome
        if outcome == Outcome.SENT:
            failures = 0
        elif not item.result.suppress:
            failures += 1
    config.consecutive_failures = failures
    paused = next((r for r in items if r.result.pause), None)
    if paused is not None and config.quarantined_at is None:
        # Refused credentials never come right by waiting: pause now, tell the owner once.
        config.quarantined_at = now
        config.quarantine_reason = (paused.result.detail or "credentials refused")[:1000]
        _alert(session, config, paused.claimed.broadcast_id, now)
    elif failures >= config.quarantine_after and config.quarantined_at is None:
        last = items[-1].result.detail or ""
        config.quarantined_at = now
        config.quarantine_reason = f"{failures} failures in a row; last: {last}"[:1000]
        _alert(session, config, items[-1].claimed.broadcast_id, now)
    session.add(config)


def _alert(session: Session, config: ChannelConfig, broadcast_id: int, now: datetime) -> None:
    """Tell the channel's owner once per quarantine (timeline, audit, internal notice)."""
    audit.record(
        session,
        actor=SYSTEM,
        action="channel.quarantine",
        target_type="channel",
        target_id=config.id,
        now=now,
        after={"reason": config.quarantine_reason, "owner": config.owner_email},
    )
    broadcast = session.get(Broadcast, broadcast_id)
    if broadcast is None or broadcast.incident_id is None:
        return
    owner = config.owner_email or "the channel's owner"
    notification_service.queue(
        session,
        kind=NotificationKind.CHANNEL_ALERT,
        incident_id=broadcast.incident_id,
        commitment_id=None,
        audiences=["internal"],
        recipients=[],
        subject=f"Channel {config.name!r} paused: {config.quarantine_reason}"[:200],
        body=(
            f"For {owner}: channel {config.name!r} ({config.kind}) was quarantined: "
            f"{config.quarantine_reason}. Its messages are waiting. Fix the destination, "
            f"then release it: POST /api/v1/channels/{config.id}/release"
        ),
        dedupe_key=f"quarantine:{config.id}:{now.isoformat()}",
        now=now,
    )
