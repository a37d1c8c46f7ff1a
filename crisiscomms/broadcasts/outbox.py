"""The outbox: claim due deliveries with a lease, record what each send did, recover.

Claiming takes due rows whose channel is enabled and not quarantined and whose target has
no earlier update still open (update N+1 never before update N), marks them claimed with
a lease, and is committed before anything is sent: on PostgreSQL with `FOR UPDATE SKIP
LOCKED` so any number of workers share the queue, on SQLite inside `BEGIN IMMEDIATE` (one
writer at a time). Results are written back in batches (one statement per shape of row),
each with its attempt row, except a send the provider took on the first try: its attempt
(worker, answer) is kept on the delivery row itself, so the common case writes each row
once and no row more. A claim whose lease ran out (its worker died) is recovered by the
channel's idempotency: an idempotent channel sends again with the same identity, X is
reconciled first, and an apprise message the provider may have shown waits for a person.

Longer than 400 lines on purpose: claim, record and recover share the lease and the
status rules, and each must be read beside the others to see that no delivery is lost
or sent twice.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from itertools import repeat
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Integer, and_, bindparam, exists, update
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import (
    DELIVERY,
    OPEN_STATUSES,
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
)
from crisiscomms.channels.base import MAX_RETRY_AFTER, Outcome, SendResult
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.db import json_text, rowcount, utc_now

IDEMPOTENT_KINDS = ("email", "webhook", "dry-run")
RECONCILABLE_KINDS = ("x", "mastodon", "bluesky", "threads", "facebook", "linkedin")
"""Social networks: an ambiguous post is looked for among the account's recent ones."""
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
DUE = (DeliveryStatus.PENDING, DeliveryStatus.RETRYING)


class Claimed(NamedTuple):
    """A delivery this worker holds, with what it needs to build the message (a named
    tuple: a claim makes hundreds a step, and a frozen dataclass costs six times as much
    to make)."""

    id: int
    broadcast_id: int
    channel_id: int
    recipient_id: int
    attempts: int
    posted_ids: tuple[str, ...]
    external_id: str | None
    unconfirmed: bool


FAIR_BROADCASTS = 8
"""How many of the newest broadcasts in progress get a share of every claim."""


def claim_due(
    session: Session, *, worker: str, now: datetime, limit: int, lease: timedelta
) -> list[Claimed]:
    """Claim up to `limit` due deliveries for `worker`; the caller commits at once.

    Fair between broadcasts: each of the newest broadcasts in progress (`FAIR_BROADCASTS`)
    gets a share of the claim before the rest goes to the oldest due rows. A new update
    starts going out at once instead of waiting behind the whole audience of an earlier
    broadcast (whose people it reaches only after that broadcast's own message to them:
    update N+1 never before update N)."""
    in_progress = (
        session.connection().execute(_IN_PROGRESS, {"b_fair": FAIR_BROADCASTS}).scalars().all()
    )
    claimed: list[Claimed] = []
    if len(in_progress) > 1:
        share = max(1, limit // (len(in_progress) + 1))
        for broadcast_id in in_progress:
            claimed += _claim(
                session,
                broadcast_id,
                worker=worker,
                now=now,
                limit=min(share, limit - len(claimed)),
                lease=lease,
            )
    if len(claimed) < limit:
        claimed += _claim(
            session, None, worker=worker, now=now, limit=limit - len(claimed), lease=lease
        )
    return sorted(claimed, key=lambda c: c.id)


_BROADCAST = Broadcast.__table__  # type: ignore[attr-defined]
_IN_PROGRESS = (
    core_select(_BROADCAST.c.id)
    .where(_BROADCAST.c.status.in_([BroadcastStatus.QUEUED, BroadcastStatus.SENDING]))
    .order_by(_BROADCAST.c.id.desc())
    .limit(bindparam("b_fair", type_=Integer))
)
"""The newest broadcasts in progress (`FAIR_BROADCASTS` of them), built once: every claim
reads them."""
_CANCELLED = core_select(_BROADCAST.c.id).where(
    _BROADCAST.c.id.in_(bindparam("b_ids", expanding=True)),
    _BROADCAST.c.status == BroadcastStatus.CANCELLED,
)
"""Which of a batch's broadcasts were cancelled, built once (every record reads it)."""

_CLAIMS: dict[tuple[bool, bool], Any] = {}
"""The claim statement per (PostgreSQL, one broadcast only), built once: its values are
bound parameters, so SQLAlchemy's compiled cache serves every claim after the first."""


def _claim_statement(postgres: bool, one_broadcast: bool) -> Any:
    statement = _CLAIMS.get((postgres, one_broadcast))
    if statement is not None:
        return statement
    table, channels = DELIVERY, ChannelConfig.__table__  # type: ignore[attr-defined]
    earlier = table.alias("earlier")
    blocked = exists().where(
        earlier.c.channel_id == table.c.channel_id,
        earlier.c.recipient_id == table.c.recipient_id,
        earlier.c.broadcast_id < table.c.broadcast_id,
        earlier.c.status.in_(list(OPEN_STATUSES)),
    )
    conditions = [
        table.c.status.in_(list(DUE)),
        table.c.next_attempt_at <= bindparam("b_now"),
        channels.c.enabled.is_(True),
        channels.c.quarantined_at.is_(None),
        ~blocked,
    ]
    if one_broadcast:
        conditions.append(table.c.broadcast_id == bindparam("b_broadcast"))
    due = (
        core_select(table.c.id)
        .join(channels, channels.c.id == table.c.channel_id)
        .where(*conditions)
        .limit(bindparam("b_limit", type_=Integer))
    )
    if postgres:
        due = due.with_for_update(of=table, skip_locked=True)
    statement = _CLAIMS[postgres, one_broadcast] = (
        update(table)
        .where(table.c.id.in_(due.scalar_subquery()))
        .values(
            status=DeliveryStatus.CLAIMED,
            lease_until=bindparam("b_lease_until"),
            claimed_by=bindparam("b_worker"),
            attempts=table.c.attempts + 1,
        )
        .returning(
            table.c.id,
            table.c.broadcast_id,
            table.c.channel_id,
            table.c.recipient_id,
            table.c.attempts,
            table.c.posted_ids,
            table.c.external_id,
            table.c.unconfirmed,
        )
    )
    return statement


def _claim(
    session: Session,
    broadcast_id: int | None,
    *,
    worker: str,
    now: datetime,
    limit: int,
    lease: timedelta,
) -> list[Claimed]:
    """Claim up to `limit` due deliveries (of one broadcast's, if given)."""
    if limit <= 0:
        return []
    connection = session.connection()
    statement = _claim_statement(connection.dialect.name == "postgresql", broadcast_id is not None)
    values: dict[str, Any] = {
        "b_now": now,
        "b_limit": limit,
        "b_lease_until": now + lease,
        "b_worker": worker,
    }
    if broadcast_id is not None:
        values["b_broadcast"] = broadcast_id
    return [
        Claimed(
            id_,
            broadcast,
            channel,
            recipient,
            attempts,
            tuple(posted or ()),
            external,
            bool(unconfirmed),
        )
        for id_, broadcast, channel, recipient, attempts, posted, external, unconfirmed in (
            connection.execute(statement, values).all()
        )
    ]


def renew(session: Session, ids: Sequence[int], *, worker: str, until: datetime) -> int:
    """Extend the leases this worker still holds on these deliveries; how many."""
    result = session.execute(
        update(Delivery)
        .where(
            col(Delivery.id).in_(ids),
            col(Delivery.status) == DeliveryStatus.CLAIMED,
            col(Delivery.claimed_by) == worker,
        )
        .values(lease_until=until)
    )
    return rowcount(result)


def recover_expired(session: Session, *, now: datetime) -> int:
    """Return deliveries whose lease ran out to the queue, by their channel's idempotency."""
    expired = and_(col(Delivery.status) == DeliveryStatus.CLAIMED, col(Delivery.lease_until) < now)
    note = "the worker holding this delivery stopped before recording a result"
    recovered = 0
    for kinds, status, unconfirmed in (
        (IDEMPOTENT_KINDS, DeliveryStatus.RETRYING, False),
        (RECONCILABLE_KINDS, DeliveryStatus.RETRYING, True),
    ):
        channel_ids = select(ChannelConfig.id).where(col(ChannelConfig.kind).in_(kinds))
        result = session.execute(
            update(Delivery)
            .where(expired, col(Delivery.channel_id).in_(channel_ids))
            .values(
                status=status,
                unconfirmed=unconfirmed,
                lease_until=None,
                claimed_by=None,
                next_attempt_at=now,
                last_error=note,
            )
        )
        recovered += rowcount(result)
    result = session.execute(
        update(Delivery)
        .where(expired)
        .values(
            status=DeliveryStatus.AMBIGUOUS,
            lease_until=None,
            claimed_by=None,
            last_error=note + "; the provider may have shown it: check, then re-drive or leave",
        )
    )
    return recovered + rowcount(result)


def backoff(attempts: int, rng: random.Random | None = None) -> timedelta:
    """Exponential backoff with jitter: between half and all of base * 2**(n-1), capped."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))
    fraction: float = (rng or random).uniform(0.5, 1.0)
    wait: timedelta = ceiling * fraction
    return wait


class Result(NamedTuple):
    """What one claimed delivery's send came to (or why it was not sent); a named tuple, as
    `Claimed` is: a step makes one per delivery."""

    claimed: Claimed
    result: SendResult
    status: DeliveryStatus | None = None
    """Set when the engine decided without sending (suppressed, superseded)."""
    record_attempt: bool = True


def first_send(item: Result) -> bool:
    """Whether the provider took this delivery on its first try (since a re-drive): its
    attempt is kept on the delivery row (`sent_by`, `sent_detail`), not as a row of its own."""
    return (
        item.status is None
        and item.record_attempt
        and item.claimed.attempts == 1
        and item.result.outcome == Outcome.SENT
    )


def _fields(
    item: Result, kind: str, *, now: datetime, max_attempts: int, worker: str
) -> dict[str, Any]:
    claimed, result = item.claimed, item.result
    if (
        item.status is None
        and result.outcome == Outcome.SENT
        and not claimed.posted_ids
        and not result.posted_ids
    ):
        # A send the provider took (nearly every result of a bulk send): its values in one
        # literal, the same as the general case below makes, with the keys in its order so
        # that both land in one statement.
        first = claimed.attempts == 1 and item.record_attempt  # its attempt, kept on the row
        return {
            "b_id": claimed.id,
            "lease_until": None,
            "claimed_by": None,
            "posted_ids": None,
            "external_id": result.external_id or claimed.external_id,
            "last_error": None,
            "next_attempt_at": now,
            "unconfirmed": False,
            "sent_at": now,
            "sent_by": worker if first else None,
            "sent_detail": ((result.detail or "")[:1000] or None) if first else None,
            "status": DeliveryStatus.SENT,
        }
    posted: list[str] | None = None
    if claimed.posted_ids or result.posted_ids:  # a thread's posts so far (social networks)
        posted = list(claimed.posted_ids) + [
            p for p in result.posted_ids if p not in claimed.posted_ids
        ]
    values: dict[str, Any] = {
        "b_id": claimed.id,
        "lease_until": None,
        "claimed_by": None,
        "posted_ids": posted or None,
        "external_id": result.external_id or claimed.external_id,
        "last_error": None if result.outcome == Outcome.SENT else (result.detail or "")[:1000],
        "next_attempt_at": now,
        "unconfirmed": False,
        "sent_at": None,
        "sent_by": None,
        "sent_detail": None,
    }
    if item.status is not None:
        values["status"] = item.status
        if not item.record_attempt:
            values["attempts"] = max(0, claimed.attempts - 1)
        return values
    outcome = result.outcome
    if outcome == Outcome.SENT:
        values.update(status=DeliveryStatus.SENT, sent_at=now, last_error=None)
        if claimed.attempts == 1 and item.record_attempt:  # its attempt, kept on the row
            values.update(sent_by=worker, sent_detail=(result.detail or "")[:1000] or None)
    elif outcome == Outcome.PERMANENT:
        values["status"] = DeliveryStatus.FAILED
    elif outcome == Outcome.AMBIGUOUS and kind not in IDEMPOTENT_KINDS + RECONCILABLE_KINDS:
        values["status"] = DeliveryStatus.AMBIGUOUS
    elif claimed.attempts >= max_attempts and outcome == Outcome.AMBIGUOUS:
        # It may be out there (X could not be asked): a person decides, and a re-drive
        # reconciles before it posts anything.
        values["status"] = DeliveryStatus.AMBIGUOUS
        values["unconfirmed"] = kind in RECONCILABLE_KINDS
        values["last_error"] = f"gave up after {claimed.attempts} attempts: {result.detail}"[:1000]
    elif claimed.attempts >= max_attempts:
        values["status"] = DeliveryStatus.FAILED
        values["last_error"] = f"gave up after {claimed.attempts} attempts: {result.detail}"[:1000]
    else:
        values["status"] = DeliveryStatus.RETRYING
        values["unconfirmed"] = outcome == Outcome.AMBIGUOUS and kind in RECONCILABLE_KINDS
        wait = backoff(claimed.attempts)
        # A provider's wait counts on the channel's clock, `now` may be a pinned one: the cap
        # (a target's queue is never held longer) counts from the later of the two.
        latest = max(now, utc_now()) + MAX_RETRY_AFTER
        values["next_attempt_at"] = max(min(result.retry_after or now + wait, latest), now)
    return values


def record(
    session: Session,
    results: Sequence[Result],
    kinds: dict[int, str],
    *,
    worker: str,
    now: datetime,
    max_attempts: int,
) -> dict[DeliveryStatus, int]:
    """Write every result back (batched) with its attempt row; counts by new status.

    Only rows this worker still holds are written: a claim whose lease ran out mid-send
    was recovered and may be another worker's now, whose result must stand. A result that
    did not reach its recipient, for a broadcast cancelled meanwhile, ends `cancelled`.
    A first try the provider took (`first_send`) is kept on its row, with no attempt row;
    if that row was no longer this worker's to write, the send gets its attempt row after
    all, so a message that went out twice is in the history twice.
    """
    if not results:
        return {}
    results = _cancelled_meanwhile(session, results)
    rows = [
        _fields(
            r,
            kinds.get(r.claimed.channel_id, ""),
            now=now,
            max_attempts=max_attempts,
            worker=worker,
        )
        for r in results
    ]
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:  # rows built alike have their keys in the same order
        by_shape.setdefault(tuple(row), []).append(row)
    postgres = session.get_bind().dialect.name == "postgresql"
    written = 0
    for group in by_shape.values():
        if postgres:
            written += _update_together(session, group, worker)
        else:
            written += _update_each(session, group, worker)
    on_rows = {r.claimed.id for r in results if first_send(r)}
    if on_rows and written < len(rows):  # some were another worker's by now
        on_rows = _kept_on_rows(session, on_rows, worker)
    attempts = [
        {
            "delivery_id": r.claimed.id,
            "number": r.claimed.attempts,
            "outcome": r.result.outcome.value,
            "external_id": r.result.external_id,
            "detail": (r.result.detail or "")[:1000] or None,
            "log": r.result.log or None,
            "worker": worker,
            "at": now,
        }
        for r in results
        if r.record_attempt and r.claimed.id not in on_rows
    ]
    if attempts and postgres:  # one INSERT rather than a round of executions
        _insert_attempts_together(session, attempts)
    elif attempts:  # SQLite runs executemany in process, with no round trips
        _insert_attempts_sqlite(session, attempts)
    return dict(Counter(map(itemgetter("status"), rows)))


def _kept_on_rows(session: Session, ids: set[int], worker: str) -> set[int]:
    """Which of these first sends this worker's update wrote onto their rows (the others
    were recovered and claimed again meanwhile: they need an attempt row)."""
    table = DELIVERY
    return set(
        session.execute(
            core_select(table.c.id).where(table.c.id.in_(ids), table.c.sent_by == worker)
        ).scalars()
    )


def cancelled_broadcasts(session: Session, broadcast_ids: set[int]) -> set[int]:
    """Which of these broadcasts are cancelled (one statement, built once)."""
    if not broadcast_ids:
        return set()
    found = session.connection().execute(_CANCELLED, {"b_ids": list(broadcast_ids)})
    return set(found.scalars())


def _cancelled_meanwhile(session: Session, results: Sequence[Result]) -> Sequence[Result]:
    """The results, those not sent for a broadcast cancelled since the claim as cancelled."""
    cancelled = cancelled_broadcasts(session, {r.claimed.broadcast_id for r in results})
    if not cancelled:
        return results
    return [
        r._replace(status=DeliveryStatus.CANCELLED)
        if r.claimed.broadcast_id in cancelled
        and r.status is None
        and r.result.outcome != Outcome.SENT
        else r
        for r in results
    ]


def _update_each(session: Session, group: list[dict[str, Any]], worker: str) -> int:
    """One UPDATE per row in one executemany (SQLite, which runs it in process), through the
    driver: the values converted by the columns' own bind processors, each distinct value
    once per batch (most rows share their time, status and empty fields), rather than by
    SQLAlchemy's generic per-row pass, which cost about as much as SQLite's own UPDATE."""
    connection = session.connection()
    first = group[0]
    names = [name for name in first if name != "b_id"]
    converted = _Converted(connection.dialect, DELIVERY)
    claimed = converted("status", DeliveryStatus.CLAIMED)
    # What every row shares (status, times, the cleared lease) is converted once; only
    # what differs (an email's Message-ID) is converted row by row.
    columns, varying = _columns(group, names)
    shared = tuple(converted(name, first[name]) for name in names if name not in varying)
    down = []
    for name in varying:
        convert = converted.of(name)
        down.append(columns[name] if convert is _same else list(map(convert, columns[name])))
    order = [name for name in names if name not in varying] + varying
    assignments = ", ".join(f"{name} = ?" for name in order)
    return rowcount(
        connection.exec_driver_sql(
            f"UPDATE delivery SET {assignments} WHERE id = ? AND status = ? AND claimed_by = ?",
            [
                shared + rest
                for rest in zip(*down, columns["b_id"], repeat(claimed), repeat(worker))
            ],
        )
    )


def _columns(
    group: list[dict[str, Any]], names: list[str]
) -> tuple[dict[str, tuple[Any, ...]], list[str]]:
    """The group's values column by column (the ids under "b_id"), transposed in C rather
    than read row by row; and the names of the columns whose value differs between rows
    (the rest are written once as shared values)."""
    every = ["b_id", *names]
    columns = dict(zip(every, zip(*map(itemgetter(*every), group), strict=True), strict=True))
    varying = [n for n in names if (values := columns[n]).count(values[0]) != len(values)]
    return columns, varying


def _same(value: Any) -> Any:
    return value


class _Converted:
    """A table's values as its columns' bind processors write them, memoised per value."""

    def __init__(self, dialect: Any, table: Any) -> None:
        self._dialect = dialect
        self._table = table
        self._processors: dict[str, Any] = {}
        self._seen: dict[tuple[str, Any], Any] = {}

    def __call__(self, name: str, value: Any) -> Any:
        try:
            return self._seen[name, value]
        except KeyError:
            pass
        except TypeError:  # a list (posted ids): not memoised
            return self._convert(name, value)
        found = self._seen[name, value] = self._convert(name, value)
        return found

    def of(self, name: str) -> Callable[[Any], Any]:
        """The conversion of one column: the value itself where the column has no bind
        processor (text, numbers), else the memoised processor."""
        self._convert(name, None)  # looks the processor up
        if self._processors[name] is None:
            return _same
        return lambda value: self(name, value)

    def _convert(self, name: str, value: Any) -> Any:
        if name not in self._processors:
            kind = self._table.c[name].type.dialect_impl(self._dialect)
            self._processors[name] = kind.bind_processor(self._dialect)
        processor = self._processors[name]
        return value if processor is None else processor(value)


_ARRAY_TYPES = {
    "status": "text[]",
    "attempts": "integer[]",
    "next_attempt_at": "timestamptz[]",
    "lease_until": "timestamptz[]",
    "claimed_by": "text[]",
    "external_id": "text[]",
    "posted_ids": "jsonb[]",
    "last_error": "text[]",
    "unconfirmed": "boolean[]",
    "sent_at": "timestamptz[]",
    "sent_by": "text[]",
    "sent_detail": "text[]",
}
"""PostgreSQL array types for the delivery columns a result writes."""


def _plain(name: str, value: Any) -> Any:
    """A delivery value as the driver sends it: enums by value, JSON as text."""
    if name == "posted_ids":
        return None if value is None else json_text(value)
    if isinstance(value, DeliveryStatus):
        return value.value
    return value


def _update_together(session: Session, group: list[dict[str, Any]], worker: str) -> int:
    """One UPDATE … FROM unnest(arrays) for rows of one shape (PostgreSQL).

    Row by row, a batch of 500 costs 500 executions, each with its own client-side work;
    as one statement with one array per column it is one execution, and its text is the
    same for every batch of the same shape (prepared once by the driver). Values every
    row shares are plain parameters.
    """
    first = group[0]
    names = [name for name in first if name != "b_id"]
    columns, varying = _columns(group, names)
    shared = [name for name in names if name not in varying]
    assignments = [f"{n} = CAST(%(c_{n})s AS {_ARRAY_TYPES[n][:-2]})" for n in shared]
    assignments += [f"{n} = v.{n}" for n in varying]
    arrays = ["CAST(%(ids)s AS bigint[])"] + [
        f"CAST(%(a_{n})s AS {_ARRAY_TYPES[n]})" for n in varying
    ]
    statement = (
        f"UPDATE delivery SET {', '.join(assignments)} "
        f"FROM unnest({', '.join(arrays)}) AS v(id{''.join(', ' + n for n in varying)}) "
        "WHERE delivery.id = v.id AND delivery.status = 'claimed' "
        "AND delivery.claimed_by = %(worker)s"
    )
    parameters: dict[str, Any] = {"ids": list(columns["b_id"]), "worker": worker}
    parameters.update({f"c_{n}": _plain(n, first[n]) for n in shared})
    parameters.update({f"a_{n}": [_plain(n, v) for v in columns[n]] for n in varying})
    return rowcount(session.connection().exec_driver_sql(statement, parameters))


_INSERT_ATTEMPTS = (
    "INSERT INTO delivery_attempt "
    "(delivery_id, number, outcome, external_id, detail, log, worker, at) "
    "SELECT * FROM unnest(CAST(%(delivery_id)s AS bigint[]), CAST(%(number)s AS integer[]), "
    "CAST(%(outcome)s AS text[]), CAST(%(external_id)s AS text[]), CAST(%(detail)s AS text[]), "
    "CAST(%(log)s AS text[])) AS a(delivery_id, number, outcome, external_id, detail, log) "
    "CROSS JOIN (SELECT CAST(%(worker)s AS text) AS worker, "
    "CAST(%(at)s AS timestamptz) AS at) AS fixed"
)
"""Every attempt of a batch in one INSERT (PostgreSQL); worker and time are the same."""


def _insert_attempts_together(session: Session, attempts: list[dict[str, Any]]) -> None:
    columns = ("delivery_id", "number", "outcome", "external_id", "detail", "log")
    parameters: dict[str, Any] = {name: [a[name] for a in attempts] for name in columns}
    parameters.update(worker=attempts[0]["worker"], at=attempts[0]["at"])
    session.connection().exec_driver_sql(_INSERT_ATTEMPTS, parameters)


_ATTEMPT_COLUMNS = (
    "delivery_id",
    "number",
    "outcome",
    "external_id",
    "detail",
    "log",
    "worker",
    "at",
)


def _insert_attempts_sqlite(session: Session, attempts: list[dict[str, Any]]) -> None:
    """Every attempt of a batch in one executemany through the driver (SQLite), the values
    converted as `_update_each`'s are."""
    connection = session.connection()
    converted = _Converted(connection.dialect, DeliveryAttempt.__table__)  # type: ignore[attr-defined]
    columns = [(name, converted.of(name)) for name in _ATTEMPT_COLUMNS]
    connection.exec_driver_sql(
        f"INSERT INTO delivery_attempt ({', '.join(_ATTEMPT_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in _ATTEMPT_COLUMNS)})",
        [tuple([convert(attempt[name]) for name, convert in columns]) for attempt in attempts],
    )


def release(session: Session, claimed: Sequence[Claimed], *, until: datetime) -> None:
    """Give claims back untried (a rate limit): due again at `until`, no attempt counted."""
    if not claimed:
        return
    table = DELIVERY

    session.execute(
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            status=DeliveryStatus.PENDING,
            lease_until=None,
            claimed_by=None,
            next_attempt_at=until,
            attempts=bindparam("b_attempts"),
        ),
        [{"b_id": c.id, "b_attempts": max(0, c.attempts - 1)} for c in claimed],
    )
