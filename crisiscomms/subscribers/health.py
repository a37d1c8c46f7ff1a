"""A subscriber's own destination (a webhook, chat URL or phone) keeps its own health.

Its failures count against the subscriber, never the shared channel that carried them: a
channel serving thousands of subscribers must not be quarantined because one URL is gone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.subscribers.models import Subscriber, SubscriberStatus
from crisiscomms.subscribers.service import unsubscribe

FAILURE_LIMIT = 5
"""Deliveries refused for good in a row (HTTP 4xx, an unechoed challenge) after which a
subscriber's own URL or phone is given up; retries do not count."""


def record_sends(
    session: Session, results: Sequence[tuple[int, bool, bool]], *, now: datetime
) -> list[int]:
    """Count each subscriber's own-destination results in order — (subscriber id, sent,
    gone) — and end the subscriptions whose URL is gone (HTTP 410) or failed
    FAILURE_LIMIT times in a row; the ids ended. A shared channel is never paused for them."""
    ids = sorted({r[0] for r in results})
    if not ids:
        return []
    found = {
        s.id: s
        for s in session.exec(
            select(Subscriber)
            .where(col(Subscriber.id).in_(ids))
            .order_by(col(Subscriber.id))
            .with_for_update()
        ).all()
    }
    ended: list[int] = []
    for subscriber_id, sent, gone in results:
        subscriber = found.get(subscriber_id)
        if subscriber is None or subscriber.status == SubscriberStatus.UNSUBSCRIBED:
            continue
        subscriber.failures = 0 if sent else subscriber.failures + 1
        if gone or subscriber.failures >= FAILURE_LIMIT:
            unsubscribe(session, subscriber, now=now)
            ended.append(subscriber_id)
        session.add(subscriber)
    session.flush()
    return ended
