"""The delivery engine: claim → compose → send (outside any transaction) → record.

One engine per worker process. Each `step` claims a batch and commits the claim, builds the
messages, sends them through the channels concurrently (email over pooled SMTP
connections, webhooks over one aiohttp session, X and apprise in order in threads), and
records every result in one transaction. A step always finishes what it claimed, so a
worker stopped between steps (SIGTERM) leaves no delivery claimed; one killed mid-step
leaves claims whose lease runs out, and `outbox.recover_expired` returns them by their
channel's idempotency.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.broadcasts import outbox, ratelimit
from crisiscomms.broadcasts.messages import Composer, Decision
from crisiscomms.broadcasts.models import (
    OPEN_STATUSES,
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryStatus,
    DryRunMessage,
)
from crisiscomms.channels import build_channel
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.base import Channel, OutboundMessage, Outcome, SendResult
from crisiscomms.channels.dry_run import DryRunRecord
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.channels.x import XChannel
from crisiscomms.config import Settings
from crisiscomms.customers import suppressions
from crisiscomms.customers.models import ChannelKind as PersonalKind
from crisiscomms.customers.models import Customer, SuppressionReason
from crisiscomms.db import utc_now
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import NotificationKind
from crisiscomms.principal import SYSTEM

log = logging.getLogger("crisiscomms.delivery")
RECOVER_EVERY = 5.0
RECORD_TRIES = 3
"""Attempts at writing a step's results before leaving them to lease recovery."""
CLAIMS_PER_STEP = 4
"""Claims a step tries when rate limits give a whole batch back."""
MIN_DEFER = timedelta(milliseconds=50)
"""The least a rate-limited claim is put back by."""


def worker_name() -> str:
    """host:pid:thread, as claims and attempts record it."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident() % 100000}"[:100]


@dataclass
class _Built:
    updated_at: datetime
    config: ChannelConfig
    clear: dict[str, Any]
    channel: Channel


class DeliveryEngine:
    """Sends due deliveries for one worker process."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        *,
        batch_size: int | None = None,
        lease: timedelta | None = None,
        name: str | None = None,
        sessions: Callable[[], Session] | None = None,
        channel_factory: Callable[..., Channel] = build_channel,
    ) -> None:
        self.engine = engine
        self.sessions = sessions or (lambda: Session(engine, expire_on_commit=False))
        self.channel_factory = channel_factory
        self.settings = settings
        self.batch_size = batch_size or settings.delivery_batch_size
        self.lease = lease or timedelta(seconds=settings.delivery_lease_seconds)
        self.name = name or worker_name()
        self.composer = Composer(settings)
        self._channels: dict[int, _Built] = {}
        self._dry_run: list[tuple[int, DryRunRecord]] = []
        self._runner = asyncio.Runner()
        self._recovered_at = 0.0
        self._sqlite = engine.dialect.name == "sqlite"

    @contextmanager
    def _unit(self, *, write: bool) -> Iterator[Session]:
        with self.sessions() as session:
            if write and self._sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def step(self, now: datetime | None = None) -> int:
        """Claim, send and record one batch; how many deliveries it settled."""
        now = now or utc_now()
        with self._unit(write=True) as session:
            if time.monotonic() - self._recovered_at > RECOVER_EVERY:
                recovered = outbox.recover_expired(session, now=now)
                self._recovered_at = time.monotonic()
                if recovered:
                    log.warning("recovered %d deliveries whose worker stopped", recovered)
            claimed = self._claim(session, now)
        if not claimed:
            return 0
        try:
            decisions, unsendable, messages, channels = self._prepare(claimed, now)
        except Exception:
            # Nothing was sent: the claims must not be left to wait for their lease.
            log.exception("delivery step failed; returning %d claims to the queue", len(claimed))
            with self._unit(write=True) as session:
                outbox.release(session, claimed, until=now + timedelta(seconds=30))
            raise
        # From here on messages may have gone out: the claims are recorded, never given back.
        results = self._runner.run(self._send_all(messages, channels))
        records = (
            [
                outbox.Result(
                    d.claimed, SendResult(Outcome.PERMANENT, detail=d.reason), d.status, False
                )
                for d in decisions
            ]
            + unsendable
            + [
                outbox.Result(item, result)
                for (item, _), result in zip(messages, results, strict=True)
            ]
        )
        self._record(records, channels, now)
        return len(claimed)

    def _claim(self, session: Session, now: datetime) -> list[outbox.Claimed]:
        """Claim a batch and keep what the channels' rate limits allow; the rest are given
        back, due when their bucket refills. A batch the limits gave back entirely is
        followed by another claim (those rows are no longer due), a few times at most."""
        for _ in range(CLAIMS_PER_STEP):
            claimed = outbox.claim_due(
                session, worker=self.name, now=now, limit=self.batch_size, lease=self.lease
            )
            kept = self._rate_limit(session, claimed, now)
            if kept or len(claimed) < self.batch_size:
                return kept
        return []

    def _rate_limit(
        self, session: Session, claimed: list[outbox.Claimed], now: datetime
    ) -> list[outbox.Claimed]:
        if not claimed:
            return claimed
        by_channel: dict[int, list[outbox.Claimed]] = {}
        for item in claimed:
            by_channel.setdefault(item.channel_id, []).append(item)
        limits = session.execute(
            select(ChannelConfig.id, ChannelConfig.rate_per_minute)
            .where(
                col(ChannelConfig.id).in_(by_channel),
                col(ChannelConfig.rate_per_minute).is_not(None),
            )
            # Buckets are locked in one order, so two workers never wait on each other.
            .order_by(col(ChannelConfig.id))
        ).all()
        given_back: set[int] = set()
        for channel_id, per_minute in limits:
            items = by_channel[channel_id]
            granted, until = ratelimit.take(session, channel_id, per_minute, len(items), now)
            if granted < len(items):
                outbox.release(session, items[granted:], until=max(until, now + MIN_DEFER))
                given_back.update(c.id for c in items[granted:])
        return [c for c in claimed if c.id not in given_back] if given_back else claimed

    def _prepare(
        self, claimed: list[outbox.Claimed], now: datetime
    ) -> tuple[
        list[Decision],
        list[outbox.Result],
        list[tuple[outbox.Claimed, OutboundMessage]],
        dict[int, _Built],
    ]:
        """What to settle without sending, what cannot be sent now (its channel would not
        load: an attempt that counts, towards quarantine too), the messages to send, and
        their channels."""
        with self._unit(write=False) as session:
            channels, broken = self._load_channels(session, {c.channel_id for c in claimed}, now)
            unsendable = [
                outbox.Result(c, SendResult(Outcome.RETRY, detail=broken[c.channel_id]))
                for c in claimed
                if c.channel_id in broken
            ]
            claimed = [c for c in claimed if c.channel_id in channels]
            decisions = self._cancelled(session, claimed)
            stopped = {d.claimed.id for d in decisions}
            decisions += self._superseded(
                session, [c for c in claimed if c.id not in stopped], channels
            )
            settled = {d.claimed.id for d in decisions}
            messages, dropped = self.composer.compose(
                session,
                [c for c in claimed if c.id not in settled],
                {cid: (b.config, b.clear) for cid, b in channels.items()},
                now=now,
            )
        return decisions + dropped, unsendable, messages, channels

    def _record(
        self, records: list[outbox.Result], channels: dict[int, _Built], now: datetime
    ) -> None:
        """Write the results (tried again on a failure such as a deadlock or a busy database),
        then the bookkeeping that follows them in a transaction of its own."""
        kinds = {cid: b.config.kind for cid, b in channels.items()}
        for tries in range(1, RECORD_TRIES + 1):
            try:
                with self._unit(write=True) as session:
                    outbox.record(
                        session,
                        records,
                        kinds,
                        worker=self.name,
                        now=now,
                        max_attempts=self.settings.delivery_max_attempts,
                    )
                break
            except Exception:
                if tries == RECORD_TRIES:
                    # Left claimed: when the lease runs out, recovery resolves each by its
                    # channel's idempotency (the same Message-ID, webhook-id, X lookup).
                    log.exception("could not record %d sent deliveries", len(records))
                    raise
                log.warning("recording failed (try %d); trying again", tries, exc_info=True)
                time.sleep(0.2 * tries)
        try:
            with self._unit(write=True) as session:
                self._after(session, records, channels, now)
        except Exception:
            log.exception("after recording: suppressions, notices or channel health failed")

    def _cancelled(self, session: Session, claimed: list[outbox.Claimed]) -> list[Decision]:
        """Claims of broadcasts cancelled since their rows were written are not sent."""
        stopped = {
            bid
            for bid in {c.broadcast_id for c in claimed}
            if (b := session.get(Broadcast, bid)) is not None
            and b.status == BroadcastStatus.CANCELLED
        }
        return [
            Decision(c, DeliveryStatus.CANCELLED, "the broadcast was cancelled")
            for c in claimed
            if c.broadcast_id in stopped
        ]

    def _load_channels(
        self, session: Session, ids: set[int], now: datetime
    ) -> tuple[dict[int, _Built], dict[int, str]]:
        """The channels, built once per change of their row; and why any would not build
        (its settings no longer decrypt or validate), so only its own claims wait."""
        configs = session.exec(select(ChannelConfig).where(col(ChannelConfig.id).in_(ids))).all()
        broken: dict[int, str] = {}
        for config in configs:
            assert config.id is not None
            built = self._channels.get(config.id)
            if built is not None and built.updated_at == config.updated_at:
                built.config = config
                continue
            if built is not None:
                del self._channels[config.id]
                self._runner.run(built.channel.aclose())
            try:
                self._channels[config.id] = self._build(session, config, now)
            except Exception as exc:
                log.exception("channel %s could not be built", config.name)
                # The exception's text may quote the settings: only its kind is kept.
                broken[config.id] = (
                    f"the channel's stored settings could not be loaded "
                    f"({type(exc).__name__}): an admin must save them again"
                )
        found = {cid: self._channels[cid] for cid in ids if cid in self._channels}
        missing = ids - set(found) - set(broken)
        broken.update({cid: "the channel no longer exists" for cid in missing})
        return found, broken

    def _build(self, session: Session, config: ChannelConfig, now: datetime) -> _Built:
        assert config.id is not None
        clear = channel_service.decrypted_settings(session, config, self.settings, now=now)
        channel = self.channel_factory(
            config.kind,
            clear,
            allow_private=self.settings.allow_private_destinations,
            timeout=self.settings.outbound_timeout_seconds,
            smtp_pool_size=self.settings.smtp_pool_size,
            dry_run_sink=self._sink_for(config.id),
        )
        return _Built(config.updated_at, config, clear, channel)

    def _sink_for(self, channel_id: int) -> Callable[[DryRunRecord], None]:
        def sink(record: DryRunRecord) -> None:
            self._dry_run.append((channel_id, record))

        return sink

    def _superseded(
        self, session: Session, claimed: list[outbox.Claimed], channels: dict[int, _Built]
    ) -> list[Decision]:
        """Short-form targets skip an update that a newer one of the same incident replaces."""
        decisions = []
        for item in claimed:
            if not channels[item.channel_id].config.short_form or item.posted_ids:
                continue
            if item.unconfirmed:  # it may be public already: reconciled, never skipped
                continue
            this = session.get(Broadcast, item.broadcast_id)
            if this is None or this.incident_id is None or this.statement_id is None:
                continue
            newer = session.exec(
                select(Delivery.broadcast_id)
                .join(Broadcast, col(Broadcast.id) == col(Delivery.broadcast_id))
                .where(
                    Delivery.channel_id == item.channel_id,
                    Delivery.recipient_id == item.recipient_id,
                    col(Delivery.broadcast_id) > item.broadcast_id,
                    col(Delivery.status).in_(list(OPEN_STATUSES)),
                    Broadcast.incident_id == this.incident_id,
                    col(Broadcast.statement_id).is_not(None),
                )
                .limit(1)
            ).first()
            if newer is not None:
                decisions.append(
                    Decision(
                        item,
                        DeliveryStatus.SUPERSEDED,
                        f"replaced by the newer update of broadcast {newer} before it was sent",
                    )
                )
        return decisions

    async def _send_all(
        self,
        messages: Sequence[tuple[outbox.Claimed, OutboundMessage]],
        channels: dict[int, _Built],
    ) -> list[SendResult]:
        groups: dict[int, list[int]] = {}
        for index, (item, _) in enumerate(messages):
            groups.setdefault(item.channel_id, []).append(index)
        results: list[SendResult | None] = [None] * len(messages)

        async def one_channel(channel_id: int, indexes: list[int]) -> None:
            try:
                await send_channel(channel_id, indexes)
            except Exception as exc:  # a bug, not an answer: whatever went out may have arrived
                log.exception("sending on channel %d failed", channel_id)
                for index in indexes:
                    if results[index] is None:
                        results[index] = SendResult(
                            Outcome.AMBIGUOUS, detail=f"the send failed unexpectedly: {exc!r}"
                        )

        async def send_channel(channel_id: int, indexes: list[int]) -> None:
            channel = channels[channel_id].channel
            fresh: list[int] = []
            for index in indexes:
                item, message = messages[index]
                if item.unconfirmed and isinstance(channel, XChannel):
                    resumed = await asyncio.to_thread(channel.resume, message)
                    if resumed.outcome != Outcome.RETRY or resumed.posted_ids:
                        results[index] = resumed
                        continue
                fresh.append(index)
            sent = await channel.send_many([messages[i][1] for i in fresh])
            for index, result in zip(fresh, sent, strict=True):
                results[index] = result

        done = asyncio.Event()

        async def sends() -> None:
            try:
                await asyncio.gather(*(one_channel(cid, idx) for cid, idx in groups.items()))
            finally:
                done.set()

        await asyncio.gather(sends(), self._keep_leases([item.id for item, _ in messages], done))
        return [r or SendResult(Outcome.RETRY, detail="no result") for r in results]

    async def _keep_leases(self, ids: list[int], done: asyncio.Event) -> None:
        """Until the sends are done, renew their leases every third of their length: a slow
        server must not let them run out, or another worker would send them again."""
        every = self.lease.total_seconds() / 3
        while not done.is_set():
            try:
                await asyncio.wait_for(done.wait(), every)
            except TimeoutError:
                try:
                    await asyncio.to_thread(self._renew, ids)
                except Exception:
                    log.warning("could not renew %d leases", len(ids), exc_info=True)

    def _renew(self, ids: list[int]) -> None:
        with self._unit(write=True) as session:
            outbox.renew(session, ids, worker=self.name, until=utc_now() + self.lease)

    def _after(
        self,
        session: Session,
        records: list[outbox.Result],
        channels: dict[int, _Built],
        now: datetime,
    ) -> None:
        """Suppress refused addresses, disable gone destinations, count failures, keep dry runs."""
        if self._dry_run:
            ids = {str(r.claimed.id): r.claimed for r in records}
            rows = []
            for channel_id, dry in self._dry_run:
                item = ids.get(dry.delivery_id)
                rows.append(
                    DryRunMessage(
                        channel_id=channel_id,
                        broadcast_id=item.broadcast_id if item else None,
                        delivery_id=item.id if item else None,
                        record=dry.as_json(),
                        recorded_at=now,
                    )
                )
            session.add_all(rows)
            self._dry_run.clear()
        self._notices(session, records, now)
        refused = [
            r.claimed.recipient_id for r in records if r.result.suppress and r.claimed.recipient_id
        ]
        if refused:
            for customer in session.exec(select(Customer).where(col(Customer.id).in_(refused))):
                if customer.email:
                    suppressions.suppress(
                        session,
                        kind=PersonalKind.EMAIL,
                        address=customer.email,
                        reason=SuppressionReason.BOUNCED,
                        source="smtp: address refused",
                        actor=SYSTEM,
                        now=now,
                    )
        by_channel: dict[int, list[outbox.Result]] = {}
        for record in records:
            if record.record_attempt:
                by_channel.setdefault(record.claimed.channel_id, []).append(record)
        for channel_id in sorted(by_channel):  # one lock order for every worker
            self._health(session, channel_id, by_channel[channel_id], now)

    def _notices(self, session: Session, records: list[outbox.Result], now: datetime) -> None:
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

    def _health(
        self, session: Session, channel_id: int, items: list[outbox.Result], now: datetime
    ) -> None:
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
        if failures >= config.quarantine_after and config.quarantined_at is None:
            last = items[-1].result.detail or ""
            config.quarantined_at = now
            config.quarantine_reason = f"{failures} failures in a row; last: {last}"[:1000]
            self._alert(session, config, items[-1].claimed.broadcast_id, now)
        session.add(config)

    def _alert(
        self, session: Session, config: ChannelConfig, broadcast_id: int, now: datetime
    ) -> None:
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
            subject=f"Channel {config.name!r} paused after repeated failures",
            body=(
                f"For {owner}: channel {config.name!r} ({config.kind}) was quarantined: "
                f"{config.quarantine_reason}. Its messages are waiting. Fix the destination, "
                f"then release it: POST /api/v1/channels/{config.id}/release"
            ),
            dedupe_key=f"quarantine:{config.id}:{now.isoformat()}",
            now=now,
        )

    def close(self) -> None:
        """Close pooled connections and the event loop."""
        for built in self._channels.values():
            try:
                self._runner.run(built.channel.aclose())
            except Exception:  # closing is best effort: the process is stopping
                log.exception("closing channel %s", built.config.name)
        self._channels.clear()
        self._runner.close()


def drain(engine: DeliveryEngine, *, now: Callable[[], datetime] = utc_now) -> int:
    """Run steps until nothing is due (tests, benchmarks); deliveries settled."""
    total = 0
    while done := engine.step(now()):
        total += done
    return total


__all__ = ["DeliveryEngine", "drain", "worker_name"]
