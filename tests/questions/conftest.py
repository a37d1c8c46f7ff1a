"""Fixtures for question tests: the broadcast fixtures (SMTP sink, delivery engine), with
inbound email set up and our own SMTP receiver on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, select

from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.worker.delivery import DeliveryEngine
from crisiscomms.worker.inbound_smtp import controller
from tests.broadcasts.conftest import delivery  # noqa: F401  (fixtures)
from tests.broadcasts.factories import customers
from tests.broadcasts.test_end_to_end import IN_SCOPE
from tests.channels.conftest import (  # noqa: F401  (fixtures)
    fake_x,
    http_server,
    smtp_server,
    smtp_settings,
)
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import Scene, scene
from tests.conftest import bound_session, test_settings
from tests.questions.factories import customer_channel, mails_to, publish_update

REPLY_ADDRESS = "replies@northwind.example"
INBOUND_SECRET = "inbound-secret-" + "k3Jd9s8f7g6h5j4k"
MAILGUN_KEY = "key-" + "0123456789abcdef0123456789abcdef"


@pytest.fixture
def settings(engine: Engine) -> Settings:
    """Broadcast test settings plus inbound email."""
    return test_settings(
        engine.url.render_as_string(hide_password=False),
        allow_private_destinations=True,
        public_base_url="https://status.example.test",
        outbound_timeout_seconds=3.0,
        smtp_pool_size=4,
        inbound_reply_address=REPLY_ADDRESS,
        inbound_secret=INBOUND_SECRET,
        mailgun_signing_key=MAILGUN_KEY,
        inbound_max_bytes=65_536,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def receiver(settings: Settings, connection: Connection) -> Iterator[Controller]:
    """`crisiscomms inbound smtp`'s receiver on 127.0.0.1, storing in the test's transaction."""
    found = controller(
        settings, lambda: bound_session(connection), host="127.0.0.1", port=free_port()
    )
    found.start()
    yield found
    found.stop()


@pytest.fixture
def update_mail(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,  # noqa: F811
    smtp_server: LocalSmtpServer,  # noqa: F811
) -> tuple[Scene, EmailMessage]:
    s = scene(session)
    customers(session, 2, attributes=IN_SCOPE)
    customer_channel(session, settings, smtp_server)
    publish_update(session, s, delivery)
    customer = session.exec(select(Customer).where(Customer.external_id == "C00001")).one()
    assert customer.email is not None
    (update,) = mails_to(smtp_server, customer.email)
    return s, update
