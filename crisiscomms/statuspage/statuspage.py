"""The Statuspage v2 public JSON, field by field as Atlassian documents it.

Readers built for Atlassian Statuspage (widgets, monitors, aggregators) read these shapes
unchanged. Ids are strings; times are ISO 8601 in UTC. Two extra fields on every incident,
which such readers ignore: `next_update_at` (when we will speak next, null once resolved)
and `commitments` (the public promises made about it and whether each was kept).

What we fill and how: components are products (see `derive.py`), with no groups, no
descriptions, always showcased; an update's `affected_components` is null (we do not keep
per-update component changes); `deliver_notifications` is true, `custom_tweet` and
`tweet_id` null (posts to X are our broadcasts' business). Scheduled maintenances are
the maintenance domain's (see `maintenance.py`): their updates are the notices sent, in
the asked-for language; `impact` is "maintenance"; their components are shown
`under_maintenance` while the work is active; an extra `promised_end` says whether the
window's end was kept. Update bodies are plain text, to be escaped by whoever shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel

from crisiscomms.commitments.schemas import TrackedCommitment
from crisiscomms.config import Settings
from crisiscomms.statuspage import derive
from crisiscomms.statuspage.derive import Component as ComponentView
from crisiscomms.statuspage.derive import ComponentStatus, Impact, StatuspageStatus
from crisiscomms.statuspage.maintenance import PublicMaintenance
from crisiscomms.statuspage.service import PublicIncident, StatusView
from crisiscomms.statuspage.updates import PublicUpdate

TIME_ZONE = "Etc/UTC"


class Page(BaseModel):
    id: str
    name: str
    url: str
    time_zone: str
    updated_at: datetime


class Component(BaseModel):
    id: str
    name: str
    status: ComponentStatus
    created_at: datetime
    updated_at: datetime
    position: int
    description: str | None
    showcase: bool
    start_date: date | None
    group_id: str | None
    page_id: str
    group: bool
    only_show_if_degraded: bool


class AffectedComponent(BaseModel):
    code: str
    name: str
    old_status: ComponentStatus
    new_status: ComponentStatus


class IncidentUpdate(BaseModel):
    id: str
    status: StatuspageStatus
    body: str
    incident_id: str
    created_at: datetime
    updated_at: datetime
    display_at: datetime
    affected_components: list[AffectedComponent] | None
    deliver_notifications: bool
    custom_tweet: str | None
    tweet_id: str | None


class Incident(BaseModel):
    id: str
    name: str
    status: StatuspageStatus
    created_at: datetime
    updated_at: datetime
    monitoring_at: datetime | None
    resolved_at: datetime | None
    impact: Impact
    shortlink: str
    started_at: datetime
    page_id: str
    incident_updates: list[IncidentUpdate]
    components: list[Component]
    next_update_at: datetime | None
    """Extra: when the next update is due; null once the incident is resolved."""
    commitments: list[TrackedCommitment]
    """Extra: the public commitments made about the incident and their status."""


MaintenanceState = Literal["scheduled", "in_progress", "verifying", "completed"]


class MaintenanceComponent(BaseModel):
    id: str
    name: str
    status: Literal["operational", "under_maintenance"]
    page_id: str


class MaintenanceUpdate(BaseModel):
    id: str
    status: MaintenanceState
    body: str
    incident_id: str
    created_at: datetime
    updated_at: datetime
    display_at: datetime
    affected_components: None
    deliver_notifications: bool
    custom_tweet: str | None
    tweet_id: str | None


class PromisedEnd(BaseModel):
    """Extra: the window's end as a commitment."""

    due_at: datetime
    status: Literal["open", "kept", "missed", "withdrawn"]
    missed_at: datetime | None


class ScheduledMaintenance(BaseModel):
    """Statuspage's scheduled maintenance (an incident with a window)."""

    id: str
    name: str
    status: MaintenanceState
    created_at: datetime
    updated_at: datetime
    monitoring_at: datetime | None
    resolved_at: datetime | None
    impact: Literal["maintenance"]
    shortlink: str
    started_at: datetime
    page_id: str
    incident_updates: list[MaintenanceUpdate]
    components: list[MaintenanceComponent]
    scheduled_for: datetime
    scheduled_until: datetime
    time_zone: str
    """Extra: the IANA zone the window was given in."""
    promised_end: PromisedEnd


class Status(BaseModel):
    indicator: Impact
    description: str


class StatusResponse(BaseModel):
    page: Page
    status: Status


class ComponentsResponse(BaseModel):
    page: Page
    components: list[Component]


class IncidentsResponse(BaseModel):
    page: Page
    incidents: list[Incident]


class ScheduledMaintenancesResponse(BaseModel):
    page: Page
    scheduled_maintenances: list[ScheduledMaintenance]


class Summary(BaseModel):
    page: Page
    components: list[Component]
    incidents: list[Incident]
    scheduled_maintenances: list[ScheduledMaintenance]
    status: Status


@dataclass(frozen=True)
class Site:
    """Who the page is: its name and where the public reaches it."""

    name: str
    base_url: str

    @property
    def page_id(self) -> str:
        """A stable id for the page, from its address."""
        return derive.stable_id("page", self.base_url)

    def incident_url(self, incident_id: int) -> str:
        """The incident's public page."""
        return f"{self.base_url}/status/incidents/{incident_id}"


def site_of(settings: Settings) -> Site:
    """The page's name and public address, from the settings."""
    return Site(name=settings.status_page_title, base_url=settings.public_base_url)


def page(view: StatusView, site: Site) -> Page:
    """The page object."""
    return Page(
        id=site.page_id,
        name=site.name,
        url=f"{site.base_url}/status",
        time_zone=TIME_ZONE,
        updated_at=view.updated_at,
    )


def component(c: ComponentView, site: Site) -> Component:
    """One component."""
    return Component(
        id=c.id,
        name=c.name,
        status=c.status,
        created_at=c.created_at,
        updated_at=c.updated_at,
        position=c.position,
        description=None,
        showcase=True,
        start_date=c.created_at.date(),
        group_id=None,
        page_id=site.page_id,
        group=False,
        only_show_if_degraded=False,
    )


def update(u: PublicUpdate) -> IncidentUpdate:
    """One update (a published statement, or the resolved line) as an incident update."""
    return IncidentUpdate(
        id=u.key,
        status=u.status,
        body=u.markdown,
        incident_id=str(u.incident_id),
        created_at=u.published_at,
        updated_at=u.published_at,
        display_at=u.published_at,
        affected_components=None,
        deliver_notifications=True,
        custom_tweet=None,
        tweet_id=None,
    )


def incident(i: PublicIncident, view: StatusView, site: Site) -> Incident:
    """One incident with its updates (newest first), components and the extra fields."""
    named = {p.strip().casefold() for p in i.products}
    return Incident(
        id=str(i.id),
        name=i.title,
        status=i.statuspage_status,
        created_at=i.created_at,
        updated_at=i.updated_at,
        monitoring_at=i.monitoring_at,
        resolved_at=i.resolved_at,
        impact=i.impact,
        shortlink=site.incident_url(i.id),
        started_at=i.started_at,
        page_id=site.page_id,
        incident_updates=[update(u) for u in i.updates],
        components=[component(c, site) for c in view.components if c.name.casefold() in named],
        next_update_at=i.next_update_at,
        commitments=list(i.commitments),
    )


def status(view: StatusView) -> Status:
    """The overall indicator and its description."""
    return Status(
        indicator=view.indicator,
        description=derive.INDICATOR_DESCRIPTIONS[view.indicator],
    )


def status_response(view: StatusView, site: Site) -> StatusResponse:
    """status.json."""
    return StatusResponse(page=page(view, site), status=status(view))


def components_response(view: StatusView, site: Site) -> ComponentsResponse:
    """components.json."""
    return ComponentsResponse(
        page=page(view, site), components=[component(c, site) for c in view.components]
    )


def incidents_response(view: StatusView, site: Site, *, unresolved: bool) -> IncidentsResponse:
    """incidents.json (current and recent, newest first) or incidents/unresolved.json."""
    chosen = view.current if unresolved else view.current + view.past
    return IncidentsResponse(
        page=page(view, site), incidents=[incident(i, view, site) for i in chosen]
    )


def maintenance(m: PublicMaintenance, site: Site) -> ScheduledMaintenance:
    """One maintenance with its notices as updates (newest first)."""
    state: MaintenanceState = m.status.value  # type: ignore[assignment]
    active = m.active
    updates = [
        MaintenanceUpdate(
            id=str(u.notice_id),
            status=u.status if u.status != "cancelled" else state,
            body=f"{u.subject}\n\n{u.body}",
            incident_id=str(m.id),
            created_at=u.published_at,
            updated_at=u.published_at,
            display_at=u.published_at,
            affected_components=None,
            deliver_notifications=True,
            custom_tweet=None,
            tweet_id=None,
        )
        for u in m.updates
    ]
    return ScheduledMaintenance(
        id=f"m{m.id}",
        name=m.title,
        status=state,
        created_at=m.created_at,
        updated_at=m.updated_at,
        monitoring_at=None,
        resolved_at=m.completed_at,
        impact="maintenance",
        shortlink=f"{site.base_url}/status#maintenance-{m.id}",
        started_at=m.started_at or m.starts_at,
        page_id=site.page_id,
        incident_updates=updates,
        components=[
            MaintenanceComponent(
                id=derive.stable_id("component", name.casefold()),
                name=name,
                status="under_maintenance" if active else "operational",
                page_id=site.page_id,
            )
            for name in m.components
        ],
        scheduled_for=m.starts_at,
        scheduled_until=m.ends_at,
        time_zone=m.time_zone,
        promised_end=PromisedEnd(
            due_at=m.ends_at,
            status=m.promise,
            missed_at=m.overran_at,
        ),
    )


MaintenanceList = Literal["all", "upcoming", "active"]


def scheduled_maintenances(
    view: StatusView, site: Site, which: MaintenanceList
) -> list[ScheduledMaintenance]:
    """The maintenances of a list: all (upcoming, active, completed; the 50 soonest-ending
    last), upcoming (scheduled) or active (in progress or verifying)."""
    shown = [m for m in view.maintenances if m.status != "cancelled"]
    if which == "upcoming":
        shown = [m for m in shown if m.upcoming]
    elif which == "active":
        shown = [m for m in shown if m.active]
    else:
        shown = sorted(shown, key=lambda m: (m.starts_at, m.id), reverse=True)[:50]
    return [maintenance(m, site) for m in shown]


def scheduled_maintenances_response(
    view: StatusView, site: Site, which: MaintenanceList = "all"
) -> ScheduledMaintenancesResponse:
    """scheduled-maintenances.json, /upcoming.json or /active.json."""
    return ScheduledMaintenancesResponse(
        page=page(view, site), scheduled_maintenances=scheduled_maintenances(view, site, which)
    )


def summary(view: StatusView, site: Site) -> Summary:
    """summary.json: the page, components, unresolved incidents and the overall status."""
    return Summary(
        page=page(view, site),
        components=[component(c, site) for c in view.components],
        incidents=[incident(i, view, site) for i in view.current],
        scheduled_maintenances=scheduled_maintenances(view, site, "upcoming")
        + scheduled_maintenances(view, site, "active"),
        status=status(view),
    )
