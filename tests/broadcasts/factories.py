"""Factories for broadcast tests: customers, channels, an approved statement."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Delivery
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.channels.schemas import ChannelCreate
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.flows import statements as statement_flow
from crisiscomms.principal import SYSTEM
from crisiscomms.statements import approval
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement
from tests.commitments.factories import Scene, draft, scene
from tests.conftest import NOW
from tests.customers.factories import line, load

WEBHOOK_SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def customers(session: Session, count: int, **fields: Any) -> None:
    """Import `count` customers in scope (Northwind Cloud Console, EU), ids C00001…"""
    load(session, *(line(f"C{n:05d}", **fields) for n in range(1, count + 1)))


def channel(
    session: Session,
    settings: Settings,
    name: str,
    kind: str,
    audience: Audience,
    values: dict[str, Any],
    **options: Any,
) -> ChannelConfig:
    """A configured channel."""
    return channel_service.create_channel(
        session,
        ChannelCreate(name=name, kind=kind, audience=audience, settings=values, **options),
        settings=settings,
        actor=SYSTEM,
        now=NOW,
    )


def approved(session: Session, s: Scene, *, now: datetime = NOW, **sections: str) -> Statement:
    """A drafted statement (sections changed), submitted and approved, not published.

    The stored check result is forced to pass: these tests are about delivery, not wording.
    """
    statement = draft(session, s.incident_id, s.author, now=now)
    if sections:
        content = StatementContent.model_validate(statement.content)
        for locale in content.locales.values():
            for name, text in sections.items():
                setattr(locale.sections, name, text)
        statement = statement_flow.save(
            session,
            statement.id or 0,
            content,
            base_revision=statement.revision,
            actor=s.author,
            now=now,
        )
    statement.check_passed = True
    session.add(statement)
    session.flush()
    approval.submit(session, statement.id or 0, actor=s.author, now=now)
    approval.approve(session, statement.id or 0, override_reason=None, actor=s.approver, now=now)
    return statement_service.get_statement(session, statement.id or 0)


def email_broadcast_fanned_out(
    session: Session, settings: Settings, smtp_port: int, recipients: int
) -> int:
    """A committed email broadcast to `recipients` customers in scope, over an SMTP server
    on 127.0.0.1:`smtp_port`, fanned out: its deliveries are due (tests of real workers)."""
    now = utc_now()
    s = scene(session)
    customers(session, recipients, attributes={"products": ["Checkout"], "regions": ["EU"]})
    channel(
        session,
        settings,
        "mail",
        "email",
        Audience.CUSTOMERS,
        {"host": "127.0.0.1", "port": smtp_port, "security": "none", "from_address": "s@n.example"},
    )
    statement = approved(session, s, now=now - timedelta(minutes=1))
    broadcast = broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=["customers"],
        scheduled_at=None,
        actor=s.commander,
        now=now,
    )
    while scheduled.fan_out(session, utc_now()):
        session.commit()
    session.commit()
    return broadcast.recipient_count


def worker_settings(engine: Engine) -> Settings:
    """Settings of a worker on `engine` that may send to 127.0.0.1 (tests of real workers)."""
    from tests import conftest

    url = engine.url.render_as_string(hide_password=False)
    return conftest.test_settings(url, allow_private_destinations=True)


def fanned_out_to(engine: Engine, smtp_port: int, recipients: int) -> None:
    """`email_broadcast_fanned_out` in a session of its own, committed."""
    with Session(engine, expire_on_commit=False) as session:
        assert email_broadcast_fanned_out(session, worker_settings(engine), smtp_port, recipients)


def deliveries(engine: Engine, *where: object) -> int:
    """How many delivery rows match `where`."""
    with Session(engine) as session:
        query = select(func.count()).select_from(Delivery).where(*where)  # type: ignore[arg-type]
        return int(session.exec(query).one())
