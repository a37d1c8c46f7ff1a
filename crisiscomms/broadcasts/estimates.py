"""Audience estimates: the worker counts each open incident's audience ahead of time.

A broadcast request must answer in milliseconds, and counting a million customers against
a scope, consent and suppressions takes seconds, so the request reads the estimate when it
is fresh (counted within `audience_estimate_seconds` for the incident's current scope) and
counts only when it is not. The fan-out replaces the estimate on the broadcast with the
exact number of deliveries it wrote. The estimate is written with an upsert: the worker and
a request (or two requests) counting an incident's first estimate at once both succeed, the
later write standing.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import AudienceEstimate
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers.models import ChannelKind
from crisiscomms.db import begin_writes, upsert_insert
from crisiscomms.incidents.models import Incident, IncidentStatus

DEFAULT_MAX_AGE = timedelta(seconds=60)


def scope_hash(incident: Incident) -> str:
    """A fingerprint of the incident's scope: a changed scope invalidates the estimate."""
    text = json.dumps(incident.scope, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _fresh(
    estimate: AudienceEstimate | None, incident: Incident, now: datetime, max_age: timedelta
) -> bool:
    return (
        estimate is not None
        and estimate.scope_hash == scope_hash(incident)
        and now - estimate.counted_at < max_age
    )


def count(session: Session, incident: Incident) -> int:
    """Count the incident's email audience (seconds at a million customers)."""
    return customer_audience.count_audience(session, incident, channel_kind=ChannelKind.EMAIL)


def store(
    session: Session, incident: Incident, now: datetime, *, counted: int | None = None
) -> AudienceEstimate:
    """Keep the incident's audience count (`counted`, or counted now)."""
    assert incident.id is not None
    size = count(session, incident) if counted is None else counted
    values = {"scope_hash": scope_hash(incident), "count": size, "counted_at": now}
    insert = upsert_insert(session)
    upsert = insert(AudienceEstimate).values(incident_id=incident.id, **values)
    session.exec(
        upsert.on_conflict_do_update(
            index_elements=["incident_id"], set_={name: upsert.excluded[name] for name in values}
        )
    )
    estimate = session.get(AudienceEstimate, incident.id, populate_existing=True)
    assert estimate is not None
    return estimate


def audience_size(
    session: Session, incident: Incident, *, now: datetime, max_age: timedelta = DEFAULT_MAX_AGE
) -> int:
    """The incident's audience size: the worker's recent count, else counted now."""
    estimate = session.get(AudienceEstimate, incident.id)
    if estimate is not None and _fresh(estimate, incident, now, max_age):
        return estimate.count
    return store(session, incident, now).count


def refresh(session: Session, now: datetime, *, max_age: timedelta = DEFAULT_MAX_AGE) -> int:
    """The worker job: recount the open incident whose estimate is stalest (one per tick).

    As a job it owns its unit of work: it commits between the count and the write.
    """
    incidents = session.exec(
        select(Incident).where(col(Incident.status) != IncidentStatus.CLOSED)
    ).all()
    if not incidents:
        return 0
    ids = [i.id for i in incidents]
    estimates = {
        e.incident_id: e
        for e in session.exec(
            select(AudienceEstimate).where(col(AudienceEstimate.incident_id).in_(ids))
        ).all()
    }
    # Refresh a little before the request would find it stale.
    stale = [i for i in incidents if not _fresh(estimates.get(i.id or 0), i, now, max_age * 0.8)]
    if not stale:
        return 0
    oldest = min(
        stale,
        key=lambda i: (
            estimates[i.id or 0].counted_at
            if (i.id or 0) in estimates
            else datetime.min.replace(tzinfo=now.tzinfo)
        ),
    )
    counted = count(session, oldest)
    # The count is a long read; on SQLite a read transaction cannot become a writer once
    # another connection has committed, so end it and write the result in a short one.
    session.commit()
    begin_writes(session)
    store(session, oldest, now, counted=counted)
    return 0  # never "busy": counting waits for the next tick
