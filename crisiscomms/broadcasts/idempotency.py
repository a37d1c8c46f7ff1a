"""Idempotency keys: a repeated request gets the first response, never a second effect.

The key is stored, marked running, and committed before the work starts, so a concurrent
repeat sees it and gets 409; the response is stored in the same transaction as the work.
A key whose request failed (with any error: nothing of it was written) is removed, so the
client may correct the request and use the key again. A key left running by a crashed
process is taken over once its lock expires, by one repeat only: the others get 409.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import IdempotencyKey, IdempotencyState
from crisiscomms.db import rowcount
from crisiscomms.errors import BadRequest, Conflict, ValidationFailed

HEADER = "Idempotency-Key"
MAX_KEY = 255
LOCK = timedelta(seconds=60)


def check_key(value: str | None) -> str:
    """The header's value, or 400 saying what a key must look like."""
    if value is None:
        raise BadRequest(
            f"the {HEADER} header is required: send a unique value (a UUID) per broadcast",
            details=[{"location": f"header.{HEADER}", "message": "missing", "type": "missing"}],
        )
    key = value.strip()
    if not key or len(key) > MAX_KEY or not key.isascii() or not key.isprintable():
        raise BadRequest(
            f"the {HEADER} header must be 1 to {MAX_KEY} printable ASCII characters",
            details=[{"location": f"header.{HEADER}", "message": "malformed", "type": "value"}],
        )
    return key


def request_hash(body: Any) -> str:
    """A fingerprint of the request body (canonical JSON)."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def begin(
    session: Session, *, scope: str, key: str, fingerprint: str, now: datetime
) -> IdempotencyKey:
    """Claim the key for this request (the caller commits), or raise with the first answer.

    Returns the stored row when the request was already answered (its `response_*` set);
    raises Conflict while the first request runs, ValidationFailed for another body.
    """
    row = session.exec(
        select(IdempotencyKey).where(IdempotencyKey.scope == scope, IdempotencyKey.key == key)
    ).first()
    if row is None:
        row = IdempotencyKey(
            scope=scope,
            key=key,
            request_hash=fingerprint,
            state=IdempotencyState.RUNNING,
            created_at=now,
            locked_until=now + LOCK,
        )
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            raise Conflict(
                f"a request with this {HEADER} is still being processed; retry shortly"
            ) from None
        return row
    if row.request_hash != fingerprint:
        raise ValidationFailed(
            f"this {HEADER} was already used with a different request body; "
            "use a new key for a new broadcast",
            details=[
                {
                    "location": f"header.{HEADER}",
                    "message": "reused with another body",
                    "type": "key",
                }
            ],
        )
    if row.state == IdempotencyState.RUNNING:
        if row.locked_until > now or not _take_over(session, row, now):
            raise Conflict(f"a request with this {HEADER} is still being processed; retry shortly")
    return row


def _take_over(session: Session, row: IdempotencyKey, now: datetime) -> bool:
    """Take the key of a request that died; False when another repeat took it first.

    Two repeats can both find the lock expired: the update only matches the lock this one
    saw, so on PostgreSQL the second waits for the first and then changes nothing.
    """
    taken = session.execute(
        update(IdempotencyKey)
        .where(
            col(IdempotencyKey.id) == row.id,
            col(IdempotencyKey.state) == IdempotencyState.RUNNING,
            col(IdempotencyKey.locked_until) == row.locked_until,
        )
        .values(locked_until=now + LOCK)
        .execution_options(synchronize_session=False)
    )
    if rowcount(taken) != 1:
        return False
    session.refresh(row)
    return True


def finish(session: Session, row: IdempotencyKey, *, status: int, body: dict[str, Any]) -> None:
    """Store the response with the work (same transaction)."""
    row.state = IdempotencyState.DONE
    row.response_status = status
    row.response_body = body
    session.add(row)
    session.flush()


def abandon(session: Session, key_id: int, *, locked_until: datetime) -> None:
    """Forget a key whose request failed, so it can be used again.

    Only while this request still holds it (running, with the lock it took): a repeat that
    took the key over after this one's lock ran out keeps it.
    """
    session.execute(
        delete(IdempotencyKey).where(
            col(IdempotencyKey.id) == key_id,
            col(IdempotencyKey.state) == IdempotencyState.RUNNING,
            col(IdempotencyKey.locked_until) == locked_until,
        )
    )
    session.flush()
