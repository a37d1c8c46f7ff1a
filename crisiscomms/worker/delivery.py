"""The delivery engine: claim → compose → send (outside any transaction) → record.

The engine's step is here; the parts are beside it: the channels it builds and keeps
(`channels`), claims settled without sending (`skipping`), the sending (`sending`), and
what follows recorded results (`aftermath`).

One engine per worker process. Each `step` claims a batch and commits the claim, builds the
messages, sends them through the channels concurrently (email over pooled SMTP
connections, webhooks over one aiohttp session, X and apprise in order in threads), and
records every result in one transaction. A step always finishes what it claimed, so a
worker stopped between steps (SIGTERM) leaves no delivery claimed; one killed mid-step
leaves claims whose lease runs out, and `outbox.recover_expired` returns them by their
channel's idempotency. With `record_behind` (the worker process on PostgreSQL), a step's
results are written by a thread of their own while the next step runs, and `close` waits
for them: a stopped worker still leaves nothing claimed. With `claim_ahead` (the same
worker), a full batch's step claims the next batch in a thread of its own while it composes
and sends; the claim waits on the server's work on hundreds of rows, which then costs the
step nothing. The batch claimed ahead keeps its lease (renewed with the batch being sent)
and is sent after it, so a person's updates still go out in order; `close` gives it back
untried.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.broadcasts import outbox, ratelimit
from crisiscomms.broadcasts.messages import Composer, Decision
from crisiscomms.channels import build_channel
from crisiscomms.channels.base import Channel, OutboundMessage, Outcome, SendResult
from crisiscomms.channels.dry_run import DryRunRecord
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.worker import aftermath, sending, skipping
from crisiscomms.worker.channels import Built, ChannelCache

try:  # uvloop ships with uvicorn[standard] on Linux and macOS; plain asyncio elsewhere
    import uvloop
except ImportError:  # pragma: no cover - platforms without uvloop
    uvloop = None  # type: ignore[assignment]

log = logging.getLogger("crisiscomms.delivery")
RECOVER_EVERY = 5.0
RECORD_TRIES = 3
"""Attempts at writing a step's results before leaving them to lease recovery."""
CLAIMS_PER_STEP = 4
"""Claims a step tries when rate limits give a whole batch back."""
MIN_DEFER = timedelta(milliseconds=50)
"""The least a rate-limited claim is put back by."""


_CHANNEL = ChannelConfig.__table__  # type: ignore[attr-defined]
_LIMITS = (
    core_select(_CHANNEL.c.id, _CHANNEL.c.rate_per_minute)
    .where(
        _CHANNEL.c.id.in_(bindparam("b_ids", expanding=True)),
        _CHANNEL.c.rate_per_minute.is_not(None),
    )
    # Buckets are locked in one order, so two workers never wait on each other.
    .order_by(_CHANNEL.c.id)
)
"""The rate limits of a batch's channels, built once (every claim reads them)."""


def worker_name() -> str:
    """host:pid:thread, as claims and attempts record it."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident() % 100000}"[:100]


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
        record_behind: bool = False,
        claim_ahead: bool = False,
    ) -> None:
        self.engine = engine
        self.sessions = sessions or (lambda: Session(engine, expire_on_commit=False))
        self.channel_factory = channel_factory
        self.settings = settings
        self.batch_size = batch_size or settings.delivery_batch_size
        self.lease = lease or timedelta(seconds=settings.delivery_lease_seconds)
        self.name = name or worker_name()
        self.composer = Composer(settings)
        # uvloop where installed: a step's sends are thousands of small socket exchanges.
        self._runner = asyncio.Runner(loop_factory=uvloop.new_event_loop if uvloop else None)
        self._channels = ChannelCache(settings, channel_factory, self._runner)
        self._recovered_at = 0.0
        self._sqlite = engine.dialect.name == "sqlite"
        # With `record_behind`, a step's results are written by a thread of their own while
        # the next step claims, composes and sends: on PostgreSQL the server's work on them
        # (hundreds of new row versions and their index entries, a commit) is otherwise
        # waited for. One step's results at most are being written at any time.
        self._behind = (
            ThreadPoolExecutor(1, thread_name_prefix="delivery-record") if record_behind else None
        )
        self._writing: Future[None] | None = None
        # With `claim_ahead`, the next batch is claimed while this one is composed and sent
        # (a full batch only: a short one means the queue is drained for now).
        self._ahead = (
            ThreadPoolExecutor(1, thread_name_prefix="delivery-claim") if claim_ahead else None
        )
        self._next: Future[list[outbox.Claimed]] | None = None
        self._next_at = 0.0
        self.recorded_at = 0.0
        """When (`time.monotonic`) a step's results were last written, aftermath included."""

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
        claimed = self._claimed(now)
        if not claimed:
            return 0
        if self._ahead is not None and len(claimed) >= self.batch_size:
            self._next = self._ahead.submit(self._claim_unit, now)
            self._next_at = time.monotonic()
        try:
            decisions, unsendable, messages, channels = self._prepare(claimed, now)
        except Exception:
            # Nothing was sent: the claims must not be left to wait for their lease.
            log.exception("delivery step failed; returning %d claims to the queue", len(claimed))
            with self._unit(write=True) as session:
                outbox.release(session, claimed, until=now + timedelta(seconds=30))
            raise
        # From here on messages may have gone out: the claims are recorded, never given back.
        results = self._runner.run(
            sending.send_all(
                messages, channels, renew=self._renew_sending, every=self.lease.total_seconds() / 3
            )
        )
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
        kinds = {cid: b.config.kind for cid, b in channels.items()}
        # The dry-run records of this step's sends, taken now: the next step's sends add
        # their own while these are written.
        dry_run, self._channels.dry_run = self._channels.dry_run, []
        if self._behind is None:
            self._record(records, kinds, dry_run, now)
        else:
            self.flush()
            self._writing = self._behind.submit(self._record_behind, records, kinds, dry_run, now)
        return len(claimed)

    def _claimed(self, now: datetime) -> list[outbox.Claimed]:
        """This step's batch: the one claimed ahead if there is one (its lease renewed when
        a third of it has passed), else one claimed now."""
        ahead, self._next = self._next, None
        if ahead is not None:
            claimed = ahead.result()  # a failed claim fails the step, as its own would
            if claimed:
                if time.monotonic() - self._next_at > self.lease.total_seconds() / 3:
                    self._renew([c.id for c in claimed])
                return claimed
        return self._claim_unit(now)

    def _claim_unit(self, now: datetime) -> list[outbox.Claimed]:
        """Recover expired leases now and then, and claim a batch, in one transaction."""
        with self._unit(write=True) as session:
            if time.monotonic() - self._recovered_at > RECOVER_EVERY:
                recovered = outbox.recover_expired(session, now=now)
                self._recovered_at = time.monotonic()
                if recovered:
                    log.warning("recovered %d deliveries whose worker stopped", recovered)
            return self._claim(session, now)

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
        limits = (
            session.connection()
            .execute(_LIMITS, {"b_ids": list({c.channel_id for c in claimed})})
            .all()
        )
        if not limits:  # no limit on these channels: nothing to take or give back
            return claimed
        by_channel: dict[int, list[outbox.Claimed]] = {}
        for item in claimed:
            by_channel.setdefault(item.channel_id, []).append(item)
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
        dict[int, Built],
    ]:
        """What to settle without sending, what cannot be sent now (its channel would not
        load: an attempt that counts, towards quarantine too), the messages to send, and
        their channels."""
        with self._unit(write=False) as session:
            channels, broken = self._channels.load(session, {c.channel_id for c in claimed}, now)
            unsendable = [
                outbox.Result(c, SendResult(Outcome.RETRY, detail=broken[c.channel_id]))
                for c in claimed
                if c.channel_id in broken
            ]
            claimed = [c for c in claimed if c.channel_id in channels]
            decisions = skipping.cancelled(session, claimed)
            stopped = {d.claimed.id for d in decisions}
            decisions += skipping.superseded(
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
        self,
        records: list[outbox.Result],
        kinds: dict[int, str],
        dry_run: list[tuple[int, DryRunRecord]],
        now: datetime,
    ) -> None:
        """Write the results (tried again on a failure such as a deadlock or a busy database),
        then the bookkeeping that follows them in a transaction of its own."""
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
                    # The dry-run records are written with the next step's.
                    log.exception("could not record %d sent deliveries", len(records))
                    self._channels.dry_run[:0] = dry_run
                    raise
                log.warning("recording failed (try %d); trying again", tries, exc_info=True)
                time.sleep(0.2 * tries)
        try:
            with self._unit(write=True) as session:
                aftermath.after(session, records, dry_run, now)
        except Exception:
            log.exception("after recording: suppressions, notices or channel health failed")
        self.recorded_at = time.monotonic()

    def _record_behind(
        self,
        records: list[outbox.Result],
        kinds: dict[int, str],
        dry_run: list[tuple[int, DryRunRecord]],
        now: datetime,
    ) -> None:
        try:
            self._record(records, kinds, dry_run, now)
        except Exception:
            # `_record` logged it and kept the dry-run records; the claims stay until their
            # lease runs out and recovery resolves each, as after a worker that died.
            return

    def flush(self) -> None:
        """Wait until the last step's results are written (with `record_behind`)."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()

    def _renew_sending(self, ids: list[int]) -> None:
        """Renew the leases of the batch being sent, and of the batch claimed ahead of it
        (it waits for this one)."""
        ahead = self._next
        if ahead is not None and ahead.done() and ahead.exception() is None:
            ids = ids + [c.id for c in ahead.result()]
        self._renew(ids)

    def _renew(self, ids: list[int]) -> None:
        with self._unit(write=True) as session:
            outbox.renew(session, ids, worker=self.name, until=utc_now() + self.lease)

    def close(self) -> None:
        """Give back the batch claimed ahead (untried), write what is still being written,
        then close pooled connections and the event loop."""
        ahead, self._next = self._next, None
        if ahead is not None:
            try:
                claimed = ahead.result()
            except Exception:
                claimed = []  # its transaction rolled back: nothing was claimed
            if claimed:
                with self._unit(write=True) as session:
                    outbox.release(session, claimed, until=utc_now())
        if self._ahead is not None:
            self._ahead.shutdown()
        self.flush()
        if self._behind is not None:
            self._behind.shutdown()
        self._channels.close()
        self._runner.close()


def for_worker(engine: Engine, settings: Settings, **options: Any) -> DeliveryEngine:
    """The engine of a worker loop: on PostgreSQL its results are written behind the next
    step and the next batch is claimed ahead of it (the server's work on both would be
    waited for); SQLite has one writer at a time, and there the engine is bound by its own
    CPU, so a step claims and writes its own. `options` are the engine's own (batch size,
    name; `record_behind` and `claim_ahead` to choose either way, as benchmarks do)."""
    postgres = engine.dialect.name == "postgresql"
    options.setdefault("record_behind", postgres)
    options.setdefault("claim_ahead", postgres)
    return DeliveryEngine(engine, settings, **options)


def drain(engine: DeliveryEngine, *, now: Callable[[], datetime] = utc_now) -> int:
    """Run steps until nothing is due (tests, benchmarks); deliveries settled."""
    total = 0
    while done := engine.step(now()):
        total += done
    engine.flush()
    return total


__all__ = ["DeliveryEngine", "drain", "for_worker", "worker_name"]
