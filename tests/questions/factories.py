"""Factories for question tests: a customer email channel, an update that reached them."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default as default_policy

from sqlmodel import Session

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import approved, channel
from tests.broadcasts.test_end_to_end import run_worker
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import Scene
from tests.conftest import NOW


def customer_channel(session: Session, settings: Settings, smtp: LocalSmtpServer) -> None:
    channel(
        session,
        settings,
        "customer email",
        "email",
        Audience.CUSTOMERS,
        {
            "host": "127.0.0.1",
            "port": smtp.port,
            "security": "none",
            "from_address": "Northwind Status <status@northwind.example>",
        },
    )


def mails_to(smtp: LocalSmtpServer, address: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(m.content, policy=default_policy)  # type: ignore[misc]
        for m in smtp.behaviour.received
        if address in m.recipients
    ]


def publish_update(session: Session, s: Scene, delivery: DeliveryEngine) -> None:
    statement = approved(session, s, headline="Checkout payments are failing")
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=NOW,
    )
    run_worker(session, delivery, now=NOW)
