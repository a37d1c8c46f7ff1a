"""Demo data, so that a newcomer sees the whole flow on one machine with no accounts anywhere.

Everything here goes through the same services as the API; running it again changes
nothing unless asked to reset the demo users' passwords.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import User
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.models import Audience
from crisiscomms.channels.schemas import ChannelCreate
from crisiscomms.config import Settings
from crisiscomms.customers.demo import load_demo_customers
from crisiscomms.errors import NotFound
from crisiscomms.flows import plans as plan_flow
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.plans import service as plan_service
from crisiscomms.principal import SYSTEM, Role

DEMO_USERS = (
    ("comms@example.com", "Casey Comms (demo)", Role.COMMS),
    ("approver@example.com", "Avery Approver (demo)", Role.APPROVER),
    ("commander@example.com", "Charlie Commander (demo)", Role.COMMANDER),
)
DEMO_INCIDENT_TITLE = "Demo: sign-in failures for EU customers"


def load_demo_channels(session: Session, settings: Settings, *, now: datetime) -> str:
    """A dry-run channel for every audience: broadcasts are recorded, never sent."""
    existing = {c.name for c in channel_service.list_channels(session)}
    made = []
    for audience in Audience:
        name = f"Demo dry run ({audience.value})"
        if name in existing:
            continue
        channel_service.create_channel(
            session,
            ChannelCreate(
                name=name,
                kind="dry-run",
                audience=audience,
                settings={"label": f"demo-{audience.value}"},
            ),
            settings=settings,
            actor=SYSTEM,
            now=now,
        )
        made.append(name)
    return (
        f"dry-run channels: {len(made)} created (every broadcast is recorded, not sent; "
        "see GET /api/v1/dry-run)"
    )


def load_demo(
    session: Session, settings: Settings, *, now: datetime, reset_passwords: bool = False
) -> list[str]:
    """Import the plan folder, create the demo users, customers and example incident; report."""
    lines: list[str] = []
    result = plan_flow.import_folder(session, settings.plans_dir, now=now)
    lines.append(
        f"plans from {settings.plans_dir}: {len(result.created)} created, "
        f"{len(result.updated)} updated, {len(result.unchanged)} unchanged, "
        f"{len(result.failed)} invalid"
    )
    for source, problems in result.failed.items():
        lines.extend(f"  {problem}" for problem in problems[:5])
        lines.append(f"  ({source}: {len(problems)} problem(s))")
    created_admin = account_service.ensure_admin(session, settings, now=now)
    if created_admin:
        lines.append(f"admin {created_admin[0]} one-time password: {created_admin[1]}")
    lines.append(
        "demo users (once `crisiscomms serve` runs, sign in at http://127.0.0.1:8000/; "
        "the API is at /docs):"
    )
    commander: User | None = None
    for email, name, role in DEMO_USERS:
        user = session.exec(select(User).where(User.email == email)).first()
        password = secrets.token_urlsafe(12)
        if user is None:
            user = account_service.create_user(
                session, email=email, name=name, role=role, password=password, actor=SYSTEM, now=now
            )
            lines.append(f"  {role.value:<10} {email:<24} password: {password}")
        elif reset_passwords:
            account_service.set_password(
                session, user.id or 0, password=password, actor=SYSTEM, now=now
            )
            lines.append(f"  {role.value:<10} {email:<24} password: {password} (reset)")
        else:
            lines.append(
                f"  {role.value:<10} {email:<24} exists (password unchanged; "
                "use --reset-passwords for new ones)"
            )
        if role == Role.COMMANDER:
            commander = user
    lines.append(load_demo_customers(session, now=now))
    lines.append(load_demo_channels(session, settings, now=now))
    try:
        plan_service.get_plan_by_slug(session, "service-outage")
    except NotFound:
        lines.append("example incident skipped: plan service-outage is not loaded")
        return lines
    # The example incident is fresh on every run: one left open from an earlier run has a
    # deadline long past, and the watchdog would broadcast its holding statement at once.
    for stale in session.exec(
        select(Incident).where(
            Incident.title == DEMO_INCIDENT_TITLE,
            col(Incident.status).in_(list(lifecycle.OPEN_STATUSES)),
        )
    ).all():
        for status in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED):
            incident_service.change_status(
                session,
                stale.id or 0,
                status=status,
                note="replaced by a fresh example incident (crisiscomms demo)",
                actor=SYSTEM,
                now=now,
            )
        lines.append(f"example incident {stale.id} closed: replaced by a fresh one")
    detected = now - timedelta(minutes=5)
    incident = incident_service.activate(
        session,
        IncidentCreate(
            plan_slug="service-outage",
            severity="sev2",
            title=DEMO_INCIDENT_TITLE,
            summary=(
                f"Since {detected:%H:%M} UTC about 1 in 5 sign-in attempts from EU customers "
                "fail with an error page. Data is safe; the cause is under investigation."
            ),
            scope=Scope(
                products=["Northwind Cloud Console"], regions=["EU"], segments=["business"]
            ),
            affected_customers=1840,
            detected_at=detected,
            commander_id=commander.id if commander else None,
        ),
        actor=SYSTEM,
        now=now,
    )
    lines.append(f"example incident {incident.id}: {incident.title}")
    due = incident.first_statement_due_at
    minutes = round((due - now).total_seconds() / 60)
    lines.append(
        f"  its first statement is due at {due:%H:%M} UTC (in {minutes} minutes). If nothing "
        "is published by then, the watchdog posts the plan's pre-approved holding "
        "statement: a broadcast to the demo dry-run channels (recorded, never sent)."
    )
    return lines
