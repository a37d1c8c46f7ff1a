"""Alerts: monitoring systems post here; staff read them and decide on proposals.

`POST /api/v1/alerts/{source}` takes an Alertmanager, Grafana, PagerDuty V3 or generic
payload, authenticated the way the source's tool documents (see `alerts.auth`), and
answers 202 with what each alert did. Sources and their routing rules are the admins'.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.alerts import service as alert_service
from crisiscomms.alerts.models import AlertAction, AlertSource, ProposalStatus, SourceKind
from crisiscomms.db import utc_now
from crisiscomms.deps import AdminDep, CommanderDep, PathId, SessionDep, SettingsDep, ViewerDep
from crisiscomms.flows import alerts as alert_flow

router = APIRouter(tags=["alerts"])
SourceName = Annotated[str, Path(pattern=alert_service.NAME_PATTERN, max_length=64)]


async def raw_body(request: Request) -> bytes:
    """The body as sent: signatures are over these exact bytes."""
    return await request.body()


class Received(BaseModel):
    counts: dict[str, int] = Field(
        description="How many alerts did what: opened, added, proposed, ignored, unmatched, "
        "monitoring_proposed, resolved, replayed (kept before: no second effect)."
    )


class AlertPublic(BaseModel):
    id: int
    source_id: int
    fingerprint: str
    status: str
    title: str
    starts_at: datetime
    labels: dict[str, Any]
    action: AlertAction
    incident_id: int | None
    proposal: ProposalStatus | None
    received_at: datetime


class SourceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=alert_service.NAME_PATTERN, max_length=64)
    kind: SourceKind
    secret: str | None = Field(
        default=None,
        min_length=16,
        max_length=200,
        description="Leave out to have one generated (a whsec_ secret for generic sources).",
    )
    routes: list[dict[str, Any]] = Field(default_factory=list, max_length=100)


class RoutesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    routes: list[dict[str, Any]] = Field(max_length=100)


class SourcePublic(BaseModel):
    id: int
    name: str
    kind: SourceKind
    url: str = Field(description="Where the source posts its alerts.")
    routes: list[dict[str, Any]]
    enabled: bool


class SourceCreated(SourcePublic):
    secret: str = Field(description="Shown this once; configure it in the monitoring tool.")


def _source(source: AlertSource) -> SourcePublic:
    return SourcePublic(
        id=source.id or 0,
        name=source.name,
        kind=source.kind,
        url=f"/api/v1/alerts/{source.name}",
        routes=source.routes,
        enabled=source.enabled,
    )


def _alert(event: Any) -> AlertPublic:
    return AlertPublic.model_validate(event, from_attributes=True)


@router.post(
    "/alerts/{source}",
    status_code=202,
    response_model=Received,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    },
    responses={401: {"description": "Not authenticated as this source: nothing is kept."}},
)
def receive_alerts(
    source: SourceName,
    request: Request,
    body: Annotated[bytes, Depends(raw_body)],
    session: SessionDep,
    settings: SettingsDep,
) -> Received:
    """Alerts from a monitoring system: open, join, propose or only keep, as its rules say."""
    headers = {k.lower(): v for k, v in request.headers.items()}
    counts = alert_flow.receive(session, settings, source, headers, body, now=utc_now())
    return Received(counts=counts)


@router.get("/alerts", response_model=list[AlertPublic])
def list_alerts(session: SessionDep, _viewer: ViewerDep) -> list[AlertPublic]:
    """The latest alerts received, newest first, with what each did."""
    return [_alert(e) for e in alert_service.recent_events(session)]


@router.post("/alerts/{alert_id}/accept", response_model=AlertPublic)
def accept_alert(alert_id: PathId, session: SessionDep, actor: CommanderDep) -> AlertPublic:
    """Accept a proposed incident: it opens as the alert's rule says."""
    event = alert_flow.decide(session, alert_id, accept=True, actor=actor, now=utc_now())
    return _alert(event)


@router.post("/alerts/{alert_id}/dismiss", response_model=AlertPublic)
def dismiss_alert(alert_id: PathId, session: SessionDep, actor: CommanderDep) -> AlertPublic:
    """Dismiss a proposed incident."""
    event = alert_flow.decide(session, alert_id, accept=False, actor=actor, now=utc_now())
    return _alert(event)


@router.get("/alert-sources", response_model=list[SourcePublic])
def list_alert_sources(session: SessionDep, _viewer: ViewerDep) -> list[SourcePublic]:
    """The monitoring systems allowed to post alerts (secrets never shown)."""
    return [_source(s) for s in alert_service.list_sources(session)]


@router.post("/alert-sources", status_code=201, response_model=SourceCreated)
def create_alert_source(
    body: SourceCreate, session: SessionDep, settings: SettingsDep, _admin: AdminDep
) -> SourceCreated:
    """Add a source with its routing rules; its secret is shown once."""
    source, secret = alert_service.create_source(
        session,
        settings,
        name=body.name,
        kind=body.kind,
        secret=body.secret,
        routes=body.routes,
        now=utc_now(),
    )
    return SourceCreated(**_source(source).model_dump(), secret=secret)


@router.put("/alert-sources/{source}/routes", response_model=SourcePublic)
def update_alert_routes(
    source: SourceName, body: RoutesUpdate, session: SessionDep, _admin: AdminDep
) -> SourcePublic:
    """Replace a source's routing rules (checked against the plans they name)."""
    found = alert_service.by_name(session, source)
    alert_service.set_routes(session, found, body.routes)
    return _source(found)
