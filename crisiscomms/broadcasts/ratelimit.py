"""Per-channel rate limits, kept together by every worker: one token bucket row per channel.

A channel's `rate_per_minute` refills its bucket continuously, up to a burst of ten
seconds' worth (at least one send). The bucket is a row of `channel_rate_bucket`: a worker
locks it in the transaction that claims deliveries (FOR UPDATE on PostgreSQL; SQLite has
one writer at a time), takes what the bucket allows and gives its other claims back, due
when the next token is. So two workers, or twenty, keep the limit together rather than
each to its own. Time is the claiming worker's `now`; a worker whose clock lags the last
refill adds nothing to the bucket rather than taking from it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlmodel import Session

from crisiscomms.channels.models import ChannelRateBucket
from crisiscomms.db import as_utc, upsert_insert

BURST_SECONDS = 10
"""The bucket holds this many seconds' worth of sends (at least one)."""

BUCKET = ChannelRateBucket.__table__  # type: ignore[attr-defined]


def burst(per_minute: int) -> int:
    """How many sends a full bucket allows at once."""
    return max(1, per_minute * BURST_SECONDS // 60)


def take(
    session: Session, channel_id: int, per_minute: int, wanted: int, now: datetime
) -> tuple[int, datetime]:
    """How many of `wanted` sends the channel allows at `now`, and when the next token is
    due (`now` when some are left). The row stays locked until the caller's transaction
    ends, so workers claiming at the same moment take turns."""
    full = float(burst(per_minute))
    insert = upsert_insert(session)
    session.execute(
        insert(BUCKET)
        .values(channel_id=channel_id, tokens=full, refilled_at=now)
        .on_conflict_do_nothing()
    )
    tokens, refilled_at = session.execute(
        select(BUCKET.c.tokens, BUCKET.c.refilled_at)
        .where(BUCKET.c.channel_id == channel_id)
        .with_for_update()
    ).one()
    refilled_at = as_utc(refilled_at)
    rate = per_minute / 60.0
    elapsed = max(0.0, (now - refilled_at).total_seconds())
    tokens = min(full, tokens + elapsed * rate)
    granted = min(wanted, int(tokens))
    tokens -= granted
    session.execute(
        update(BUCKET)
        .where(BUCKET.c.channel_id == channel_id)
        .values(tokens=tokens, refilled_at=max(now, refilled_at))
    )
    if tokens >= 1.0:
        return granted, now
    return granted, now + timedelta(seconds=(1.0 - tokens) / rate)
