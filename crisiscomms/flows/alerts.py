"""Alerts open incidents: monitoring starts the clock, not someone remembering to.

A delivery from a source is authenticated (nothing is kept otherwise), parsed, and each
alert kept once: a replayed delivery finds its row and does nothing more. Then, for a
firing alert, the first matching rule decides:

- **open**: an incident of the rule's plan and severity, its clock started at the alert's
  start; with `holding_statement`, the plan's pre-approved holding statement goes out at
  once, through the broadcast engine;
- **propose**: the commander sees a proposal and accepts (the incident opens as above) or
  dismisses it;
- **ignore**, or no rule: kept for the record only.

Alerts of the same group (the rule's `group_by` labels) while an incident or a proposal
of theirs is open join it (counted on its timeline): a flood makes one incident. A
resolved alert never resolves an incident: it proposes the `monitoring` stage on the
timeline. Where the plan allows (`alerts.components_follow`), the status page's components
follow the alerts (`follow`): a firing alert marks the components its rule names, and a
component whose alerts have all resolved is operational again, while the incident stays
open for the team to move on. Every alert is on the timeline of its incident and in the
audit log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from crisiscomms.alerts import auth, parsing
from crisiscomms.alerts import service as alert_service
from crisiscomms.alerts.models import AlertAction, AlertEvent, AlertSource, ProposalStatus
from crisiscomms.alerts.parsing import ParsedAlert
from crisiscomms.alerts.routing import Route, first_match
from crisiscomms.audit import service as audit
from crisiscomms.config import Settings
from crisiscomms.db import upsert_insert
from crisiscomms.errors import Conflict
from crisiscomms.flows import statements as statement_flow
from crisiscomms.flows.broadcast import create_broadcast
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.lifecycle import OPEN_STATUSES
from crisiscomms.incidents.models import Incident
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.principal import Principal, Role


def actor_for(source: AlertSource) -> Principal:
    """The source as an actor on the timeline and in the audit log."""
    return Principal(kind="system", id=None, label=f"alerts: {source.name}", role=Role.COMMANDER)


def receive(
    session: Session,
    settings: Settings,
    name: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: datetime,
) -> dict[str, int]:
    """Authenticate, parse and act on one delivery; how many alerts did what."""
    source = alert_service.by_name(session, name)
    auth.verify(source.kind, alert_service.secret_of(session, settings, source, now), headers, body)
    alerts = parsing.parse(source.kind, body)
    routes = [Route.model_validate(r) for r in source.routes]
    done: Counter[str] = Counter()
    for alert in alerts:
        event = _keep(session, source, alert, routes, now)
        if event is None:
            done["replayed"] += 1
            continue
        _act(session, source, event, routes, now)
        done[event.action.value] += 1
    return dict(done)


def _keep(
    session: Session, source: AlertSource, alert: ParsedAlert, routes: list[Route], now: datetime
) -> AlertEvent | None:
    """The alert's new row, or None when this exact delivery was kept before."""
    matched = first_match(routes, alert.labels)
    group = matched[1].group_key(alert.labels) if matched else f"fingerprint={alert.fingerprint}"
    values = {
        "source_id": source.id,
        "fingerprint": alert.fingerprint,
        "status": alert.status,
        "starts_at": alert.starts_at,
        "ends_at": alert.ends_at,
        "title": alert.title,
        "group_key": group,
        "labels": alert.labels,
        "annotations": alert.annotations,
        "payload": alert.payload,
        "action": AlertAction.UNMATCHED.value,
        "rule": matched[0] if matched else None,
        "received_at": now,
    }
    table = AlertEvent.__table__  # type: ignore[attr-defined]
    inserted = session.execute(
        upsert_insert(session)(table)
        .values(**values)
        .on_conflict_do_nothing()
        .returning(table.c.id)
    ).first()
    if inserted is None:  # the same delivery was kept before (or just now, by a twin)
        return None
    return session.get(AlertEvent, inserted[0])


def _open_incident_of_group(session: Session, event: AlertEvent) -> Incident | None:
    return session.exec(
        select(Incident)
        .join(AlertEvent, col(AlertEvent.incident_id) == col(Incident.id))
        .where(
            AlertEvent.source_id == event.source_id,
            AlertEvent.group_key == event.group_key,
            col(Incident.status).in_(list(OPEN_STATUSES)),
        )
        .order_by(col(Incident.id).desc())
        .limit(1)
    ).first()


def _pending_proposal(session: Session, event: AlertEvent) -> AlertEvent | None:
    return session.exec(
        select(AlertEvent).where(
            AlertEvent.source_id == event.source_id,
            AlertEvent.group_key == event.group_key,
            AlertEvent.proposal == ProposalStatus.PENDING,
            col(AlertEvent.id) != event.id,
        )
    ).first()


def _act(
    session: Session, source: AlertSource, event: AlertEvent, routes: list[Route], now: datetime
) -> None:
    actor = actor_for(source)
    if event.status == "resolved":
        _resolved(session, source, event, now)
    elif (incident := _open_incident_of_group(session, event)) is not None:
        event.action, event.incident_id = AlertAction.ADDED, incident.id
        count = session.exec(
            select(func.count())
            .select_from(AlertEvent)
            .where(AlertEvent.incident_id == incident.id)
        ).one()
        incident_service.record_event(
            session,
            incident,
            kind="alert.added",
            message=f"Alert from {source.name}: {event.title} ({count + 1} alerts in all)",
            actor=actor,
            now=now,
            data={"alert_id": event.id, "fingerprint": event.fingerprint},
        )
        if event.rule is not None:
            follow(session, incident, event, routes[event.rule].products, actor=actor, now=now)
    elif event.rule is None:
        event.action = AlertAction.UNMATCHED
    elif (route := routes[event.rule]).action == "ignore":
        event.action = AlertAction.IGNORED
    elif _pending_proposal(session, event) is not None:
        event.action = AlertAction.ADDED
    elif route.action == "propose":
        event.action, event.proposal = AlertAction.PROPOSED, ProposalStatus.PENDING
    else:
        incident = open_incident(session, source, event, route, actor=actor, now=now)
        event.action, event.incident_id = AlertAction.OPENED, incident.id
    session.add(event)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action=f"alert.{event.action.value}",
        target_type="alert",
        target_id=event.id,
        now=now,
        after={"incident_id": event.incident_id, "fingerprint": event.fingerprint},
    )


def _resolved(session: Session, source: AlertSource, event: AlertEvent, now: datetime) -> None:
    firing = session.exec(
        select(AlertEvent)
        .where(
            AlertEvent.source_id == event.source_id,
            AlertEvent.fingerprint == event.fingerprint,
            col(AlertEvent.incident_id).is_not(None),
        )
        .order_by(col(AlertEvent.id).desc())
    ).first()
    incident = session.get(Incident, firing.incident_id) if firing else None
    if incident is None or incident.status not in OPEN_STATUSES:
        event.action = AlertAction.RESOLVED
        return
    event.action, event.incident_id = AlertAction.MONITORING_PROPOSED, incident.id
    follow(session, incident, event, [], actor=actor_for(source), now=now)
    incident_service.record_event(
        session,
        incident,
        kind="alert.resolved",
        message=(
            f"Alert from {source.name} resolved: {event.title}. If the fix holds, consider "
            "moving the incident to monitoring (an alert never resolves an incident)."
        ),
        actor=actor_for(source),
        now=now,
        data={"alert_id": event.id, "proposed_status": "monitoring"},
    )


def follow(
    session: Session,
    incident: Incident,
    event: AlertEvent,
    components: list[str],
    *,
    actor: Principal,
    now: datetime,
) -> None:
    """Where the plan lets the status page's components follow the alerts: a firing alert
    marks the components its rule names (`components`), a resolved one (`status`
    "resolved") clears its mark from every component; a component with no firing alert
    left is operational on the status page, though the incident stays open."""
    if not incident_service.plan_of(session, incident).alerts.components_follow:
        return
    marks = {name: list(found) for name, found in (incident.alert_components or {}).items()}
    changed: list[tuple[str, bool]] = []
    if event.status == "resolved":
        for name, fingerprints in marks.items():
            if event.fingerprint in fingerprints:
                fingerprints.remove(event.fingerprint)
                if not fingerprints:
                    changed.append((name, False))
    else:
        for wanted in components:
            wanted = wanted.strip()
            if not wanted:
                continue
            name = next((n for n in marks if n.casefold() == wanted.casefold()), wanted)
            fingerprints = marks.setdefault(name, [])
            if event.fingerprint not in fingerprints:
                if not fingerprints:
                    changed.append((name, True))
                fingerprints.append(event.fingerprint)
    if marks == (incident.alert_components or {}):
        return
    incident.alert_components = marks  # a new value, so the JSON column is written
    incident.updated_at = now
    session.add(incident)
    if changed:
        incident_service.record_event(
            session,
            incident,
            kind="alert.components",
            message="Status page, following the alerts: "
            + "; ".join(
                f"{name} {'affected (its alert fires)' if firing else 'back to operational'}"
                for name, firing in changed
            ),
            actor=actor,
            now=now,
            data={
                "alert_id": event.id,
                "components": {name: firing for name, firing in changed},
            },
        )


def open_incident(
    session: Session,
    source: AlertSource,
    event: AlertEvent,
    route: Route,
    *,
    actor: Principal,
    now: datetime,
) -> Incident:
    """The incident a rule asks for, its clock started at the alert's start."""
    assert route.plan is not None and route.severity is not None
    summary = (
        event.annotations.get("description")
        or event.annotations.get("summary")
        or f"Alert from {source.name}: {event.title}"
    )
    incident = incident_service.activate(
        session,
        IncidentCreate(
            plan_slug=route.plan,
            severity=route.severity,
            title=event.title[:200],
            summary=str(summary)[:2000],
            scope=Scope(products=route.products, regions=route.regions),
            detected_at=min(event.starts_at, now),
        ),
        actor=actor,
        now=now,
    )
    incident_service.record_event(
        session,
        incident,
        kind="alert.opened",
        message=f"Opened by an alert from {source.name}: {event.title}",
        actor=actor,
        now=now,
        data={"alert_id": event.id, "fingerprint": event.fingerprint, "labels": event.labels},
    )
    follow(session, incident, event, route.products, actor=actor, now=now)
    plan = incident_service.plan_of(session, incident)
    if route.holding_statement and plan.holding_statement.pre_approved:
        assert incident.id is not None
        statement = statement_flow.draft(
            session, incident.id, stage=None, holding=True, actor=actor, now=now
        )
        create_broadcast(
            session,
            statement_id=statement.id or 0,
            audiences=plan.holding_statement.audiences,
            scheduled_at=None,
            actor=actor,
            now=now,
        )
    return incident


def decide(
    session: Session, event_id: int, *, accept: bool, actor: Principal, now: datetime
) -> AlertEvent:
    """Accept a proposal (its incident opens) or dismiss it."""
    event = alert_service.get_event(session, event_id)
    if event.proposal != ProposalStatus.PENDING:
        raise Conflict(f"alert {event_id} is not a pending proposal")
    source = session.get(AlertSource, event.source_id)
    assert source is not None and event.rule is not None
    if accept:
        route = Route.model_validate(source.routes[event.rule])
        incident = open_incident(session, source, event, route, actor=actor, now=now)
        event.incident_id = incident.id
        for joined in session.exec(
            select(AlertEvent).where(
                AlertEvent.source_id == event.source_id,
                AlertEvent.group_key == event.group_key,
                AlertEvent.action == AlertAction.ADDED,
                col(AlertEvent.incident_id).is_(None),
            )
        ):
            joined.incident_id = incident.id
            session.add(joined)
            if joined.rule is not None and joined.status != "resolved":
                products = Route.model_validate(source.routes[joined.rule]).products
                follow(session, incident, joined, products, actor=actor, now=now)
    event.proposal = ProposalStatus.ACCEPTED if accept else ProposalStatus.DISMISSED
    session.add(event)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="alert.accepted" if accept else "alert.dismissed",
        target_type="alert",
        target_id=event.id,
        now=now,
        after={"incident_id": event.incident_id},
    )
    return event
