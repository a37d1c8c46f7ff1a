"""The public status page: what anyone, signed in or not, may read about our incidents.

Invariants:
- an incident is public once it has a published statement, never before (the commitments
  tracker follows the same rule); everything here (incidents, components, the overall
  status, the feed) is derived from public incidents only, so every view tells one story;
- only published statements are shown, newest first, as the status-page rendition
  (Markdown rendered without raw HTML and cleaned by nh3), never a draft; a resolved
  incident whose newest statement is of an open stage ends on a resolved line
  (`updates.py`), as Statuspage adds one on resolution;
- current incidents are the open ones (investigating, identified, monitoring); past ones
  are resolved or closed and were resolved in the last `PAST_DAYS` days;
- reading never writes: every function here only selects.

Derivation rules are in `derive.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, and_, col, or_, select

from crisiscomms.commitments import views as commitment_views
from crisiscomms.commitments.schemas import TrackedCommitment
from crisiscomms.errors import NotFound
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.lifecycle import OPEN_STATUSES
from crisiscomms.incidents.models import Incident, IncidentEvent, IncidentStatus
from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.statuspage import derive
from crisiscomms.statuspage.derive import Component, ComponentStatus, Impact, StatuspageStatus
from crisiscomms.statuspage.maintenance import PublicMaintenance, public_maintenances
from crisiscomms.statuspage.updates import PublicUpdate, statement_update, with_resolution

PAST_DAYS = 90
MAX_PAST = 50
"""Past incidents shown at most (newest first), as Statuspage's incidents.json does."""


@dataclass(frozen=True)
class PublicIncident:
    """An incident as the public sees it."""

    id: int
    title: str
    summary: str
    status: IncidentStatus
    statuspage_status: StatuspageStatus
    impact: Impact
    component_status: ComponentStatus
    """What the incident does to the components it names (operational once it is over)."""
    products: tuple[str, ...]
    regions: tuple[str, ...]
    locale: str
    started_at: datetime
    created_at: datetime
    updated_at: datetime
    monitoring_at: datetime | None
    resolved_at: datetime | None
    next_update_at: datetime | None
    updates: tuple[PublicUpdate, ...]
    commitments: tuple[TrackedCommitment, ...]
    followed: tuple[tuple[str, ComponentStatus], ...] = ()
    """Components that follow the alerts (case-folded name, status), where the plan lets them."""

    def status_for(self, key: str) -> ComponentStatus:
        """Its effect on the component of this case-folded name."""
        return dict(self.followed).get(key, self.component_status)

    @property
    def is_open(self) -> bool:
        """Whether the incident is still current."""
        return self.status in OPEN_STATUSES

    @property
    def latest(self) -> PublicUpdate:
        """The newest published update (a public incident always has one)."""
        return self.updates[0]


@dataclass(frozen=True)
class StatusView:
    """Everything the public status page and its JSON show, at one moment."""

    now: datetime
    locale: str | None
    current: tuple[PublicIncident, ...]
    past: tuple[PublicIncident, ...]
    components: tuple[Component, ...]
    indicator: Impact
    updated_at: datetime
    maintenances: tuple[PublicMaintenance, ...] = ()
    """Upcoming, active and recently completed maintenance (and, for the feed and the
    calendar, cancelled), soonest first."""


def _public_commitments(session: Session, incident_id: int) -> tuple[TrackedCommitment, ...]:
    """The commitments tracker's public view (announced public promises, owners hidden)."""
    tracker = commitment_views.tracker(session, incident_id)
    return tuple(TrackedCommitment.model_validate(c) for c in tracker["commitments"])


def _published(session: Session, incident_ids: Sequence[int]) -> dict[int, list[Statement]]:
    found: dict[int, list[Statement]] = {i: [] for i in incident_ids}
    if not incident_ids:
        return found
    rows = session.exec(
        select(Statement)
        .where(
            col(Statement.incident_id).in_(incident_ids),
            Statement.status == StatementStatus.PUBLISHED,
        )
        .order_by(col(Statement.published_at).desc(), col(Statement.id).desc())
    ).all()
    for statement in rows:
        found[statement.incident_id].append(statement)
    return found


def _monitoring_since(session: Session, incident_ids: Sequence[int]) -> dict[int, datetime]:
    """When each incident last entered monitoring, from its timeline."""
    found: dict[int, datetime] = {}
    if not incident_ids:
        return found
    events = session.exec(
        select(IncidentEvent)
        .where(
            col(IncidentEvent.incident_id).in_(incident_ids),
            IncidentEvent.kind == "incident.status",
        )
        .order_by(col(IncidentEvent.at), col(IncidentEvent.id))
    ).all()
    for event in events:
        if event.data.get("to") == IncidentStatus.MONITORING.value:
            found[event.incident_id] = event.at
    return found


def _public_incidents(
    session: Session, incidents: Sequence[Incident], *, wanted: str | None
) -> list[PublicIncident]:
    ids = [i.id or 0 for i in incidents]
    statements = _published(session, ids)
    monitoring = _monitoring_since(session, ids)
    plans: dict[int, PlanBody] = {}
    shown: list[PublicIncident] = []
    for incident in incidents:
        published = statements[incident.id or 0]
        if not published:
            continue
        if incident.plan_version_id not in plans:
            plans[incident.plan_version_id] = incident_service.plan_of(session, incident)
        plan = plans[incident.plan_version_id]
        updates = tuple(statement_update(s, plan, wanted) for s in published)
        updates = with_resolution(incident, updates)
        position = derive.severity_position(plan, incident.severity)
        is_open = incident.status in OPEN_STATUSES
        monitoring_at = monitoring.get(incident.id or 0)
        effect = derive.component_status(position, incident.status)
        products = tuple(incident.scope.get("products") or ())
        followed: tuple[tuple[str, ComponentStatus], ...] = ()
        if plan.alerts.components_follow and incident.alert_components and is_open:
            followed = derive.following_alerts(effect, incident.alert_components)
            known = {p.strip().casefold() for p in products}
            products += tuple(n for n in incident.alert_components if n.casefold() not in known)
            chosen = dict(followed)
            effect = derive.worst(chosen.get(p.strip().casefold(), effect) for p in products)
        public_times = [updates[0].published_at, incident.resolved_at, monitoring_at]
        shown.append(
            PublicIncident(
                id=incident.id or 0,
                title=incident.title,
                summary=incident.summary,
                status=incident.status,
                statuspage_status=derive.incident_status(incident.status, updates[0].stage),
                impact=derive.impact(position),
                component_status=effect,
                products=products,
                regions=tuple(incident.scope.get("regions") or ()),
                locale=updates[0].locale,
                started_at=incident.detected_at,
                created_at=incident.activated_at,
                updated_at=max(t for t in public_times if t is not None),
                monitoring_at=monitoring_at,
                resolved_at=incident.resolved_at,
                next_update_at=incident.next_update_due_at if is_open else None,
                updates=updates,
                commitments=_public_commitments(session, incident.id or 0),
                followed=followed,
            )
        )
    return shown


def build(session: Session, *, now: datetime, locale: str | None = None) -> StatusView:
    """The public view: current and past incidents, components and the overall status."""
    cutoff = now - timedelta(days=PAST_DAYS)
    spoken = select(Statement.incident_id).where(Statement.status == StatementStatus.PUBLISHED)
    over = (IncidentStatus.RESOLVED, IncidentStatus.CLOSED)
    incidents = session.exec(
        select(Incident)
        .where(
            col(Incident.rehearsal).is_(False),  # an exercise is never public
            col(Incident.id).in_(spoken),
            or_(
                col(Incident.status).in_(OPEN_STATUSES),
                and_(col(Incident.status).in_(over), col(Incident.resolved_at) >= cutoff),
            ),
        )
        .order_by(col(Incident.activated_at).desc(), col(Incident.id).desc())
    ).all()
    shown = _public_incidents(session, incidents, wanted=locale)
    current = tuple(i for i in shown if i.is_open)
    past = tuple(
        sorted(
            (i for i in shown if not i.is_open),
            key=lambda i: (i.resolved_at or i.updated_at, i.id),
            reverse=True,
        )[:MAX_PAST]
    )
    everything = current + past
    maintenances = public_maintenances(session, now=now, locale=locale, cancelled=True)
    return StatusView(
        now=now,
        locale=locale,
        current=current,
        past=past,
        components=derive.components(everything),
        indicator=derive.indicator(i.component_status for i in current),
        updated_at=max(
            [*(i.updated_at for i in everything), *(m.updated_at for m in maintenances)],
            default=now,
        ),
        maintenances=maintenances,
    )


def get_public_incident(
    session: Session, incident_id: int, *, locale: str | None = None
) -> PublicIncident:
    """One public incident, however old; NotFound before its first published statement."""
    incident = session.get(Incident, incident_id)
    public = incident is not None and not incident.rehearsal
    found = _public_incidents(session, [incident], wanted=locale) if public and incident else []
    if not found:
        raise NotFound(f"incident {incident_id} not found")
    return found[0]
