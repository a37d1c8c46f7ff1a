"""Alert sources: create them with a secret (shown once), read them, change their rules.

Secrets are encrypted at rest (Fernet, with a key derived for this purpose alone, see
`keys`); a source's routes are checked against the plans they name when saved.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pydantic import ValidationError
from sqlmodel import Session, col, select

from crisiscomms import keys
from crisiscomms.alerts.auth import whsec_key
from crisiscomms.alerts.models import AlertEvent, AlertSource, SourceKind
from crisiscomms.alerts.routing import Route
from crisiscomms.config import Settings
from crisiscomms.errors import Conflict, CrisisCommsError, NotFound, ValidationFailed
from crisiscomms.plans import service as plan_service

KEY_NAME = "alert_source_key"
PURPOSE = b"crisiscomms alert sources v1"
NAME_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"


def _fernet(session: Session, settings: Settings, now: datetime) -> MultiFernet:
    found = keys.keys_for(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)
    current = keys.current_key(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)
    ordered = [current, *(k for k in found if k != current)]
    return MultiFernet([Fernet(base64.urlsafe_b64encode(k[:32])) for k in ordered])


def new_secret(kind: SourceKind) -> str:
    """A fresh secret in the form the source's tool expects."""
    if kind == SourceKind.GENERIC:
        return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    return secrets.token_urlsafe(32)


def _invalid(location: str, message: str) -> ValidationFailed:
    return ValidationFailed(
        f"{location}: {message}",
        details=[{"location": location, "message": message, "type": "value_error"}],
    )


def check_routes(session: Session, routes: Sequence[dict[str, Any]]) -> list[Route]:
    """The rules, parsed and checked against the plans they name (422 naming the field)."""
    parsed = []
    for i, raw in enumerate(routes):
        try:
            route = Route.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise _invalid(f"body.routes.{i}.{where}".rstrip("."), first["msg"]) from None
        if route.action != "ignore":
            if route.plan is None or route.severity is None:
                raise _invalid(
                    f"body.routes.{i}.plan", "open and propose need a plan and a severity"
                )
            try:
                plan = plan_service.get_plan_by_slug(session, route.plan)
            except CrisisCommsError:
                raise _invalid(f"body.routes.{i}.plan", f"no plan {route.plan!r}") from None
            body = plan_service.body_of(plan_service.get_version(session, plan.id or 0))
            if route.severity not in body.severity_ids():
                known = ", ".join(body.severity_ids())
                message = f"{route.severity!r} is not a severity of {route.plan} ({known})"
                raise _invalid(f"body.routes.{i}.severity", message)
        parsed.append(route)
    return parsed


def create_source(
    session: Session,
    settings: Settings,
    *,
    name: str,
    kind: SourceKind,
    secret: str | None,
    routes: Sequence[dict[str, Any]],
    now: datetime,
) -> tuple[AlertSource, str]:
    """A new source and its secret (the caller shows it once; it is never read back)."""
    if session.exec(select(AlertSource).where(AlertSource.name == name)).first() is not None:
        raise Conflict(f"there is already an alert source named {name!r}")
    check_routes(session, routes)
    chosen = secret or new_secret(kind)
    if kind == SourceKind.GENERIC:
        try:
            whsec_key(chosen)
        except ValueError as exc:
            raise _invalid("body.secret", str(exc)) from None
    elif len(chosen) < 16:
        raise _invalid("body.secret", "at least 16 characters")
    source = AlertSource(
        name=name,
        kind=kind,
        secret_encrypted=_fernet(session, settings, now).encrypt(chosen.encode()).decode(),
        routes=list(routes),
        created_at=now,
    )
    session.add(source)
    session.flush()
    return source, chosen


def secret_of(session: Session, settings: Settings, source: AlertSource, now: datetime) -> str:
    try:
        return _fernet(session, settings, now).decrypt(source.secret_encrypted.encode()).decode()
    except InvalidToken:
        raise CrisisCommsError(
            f"alert source {source.name}'s secret cannot be read with the configured key",
            status=503,
            code="secret_unreadable",
        ) from None


def set_routes(session: Session, source: AlertSource, routes: Sequence[dict[str, Any]]) -> None:
    check_routes(session, routes)
    source.routes = list(routes)
    session.add(source)
    session.flush()


def by_name(session: Session, name: str) -> AlertSource:
    source = session.exec(select(AlertSource).where(AlertSource.name == name)).first()
    if source is None or not source.enabled:
        raise NotFound(f"no alert source named {name!r}")
    return source


def list_sources(session: Session) -> Sequence[AlertSource]:
    return session.exec(select(AlertSource).order_by(col(AlertSource.id))).all()


def recent_events(session: Session, *, limit: int = 100) -> Sequence[AlertEvent]:
    return session.exec(select(AlertEvent).order_by(col(AlertEvent.id).desc()).limit(limit)).all()


def get_event(session: Session, event_id: int) -> AlertEvent:
    event = session.get(AlertEvent, event_id)
    if event is None:
        raise NotFound(f"no alert {event_id}")
    return event
