"""Fixtures for broadcast tests: the local servers, configured channels, a delivery engine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy.engine import Connection, Engine

from crisiscomms.channels import build_channel
from crisiscomms.channels.base import Channel
from crisiscomms.channels.x import XChannel
from crisiscomms.config import Settings
from crisiscomms.worker.delivery import DeliveryEngine
from tests.channels.conftest import (  # noqa: F401  (fixtures)
    closed_port,
    fake_bluesky,
    fake_facebook,
    fake_linkedin,
    fake_mastodon,
    fake_threads,
    fake_x,
    http_server,
    smtp_server,
    smtp_settings,
)
from tests.channels.fake_x import UPLOAD_HOST, X_HOST, FakeX, ForwardingAdapter
from tests.conftest import bound_session, test_settings


@pytest.fixture
def settings(engine: Engine) -> Settings:
    """Test settings that let channels reach 127.0.0.1 and sign unsubscribe links."""
    return test_settings(
        engine.url.render_as_string(hide_password=False),
        allow_private_destinations=True,
        public_base_url="https://status.example.test",
        outbound_timeout_seconds=3.0,
        smtp_pool_size=4,
    )


def x_forwarding_factory(fake: FakeX | None) -> Callable[..., Channel]:
    """build_channel, with X channels' HTTP sent to the fake X server (HTTP layer only)."""

    def factory(kind: str, settings: Any, **options: Any) -> Channel:
        channel = build_channel(kind, settings, **options)
        if isinstance(channel, XChannel) and fake is not None and fake.server is not None:
            channel.client.session.mount(X_HOST, ForwardingAdapter(fake.server.url(""), 3.0))
            channel.api.session.mount(UPLOAD_HOST, ForwardingAdapter(fake.server.url(""), 3.0))
        return channel

    return factory


def worker_in(
    connection: Connection,
    engine: Engine,
    settings: Settings,
    *,
    name: str,
    batch_size: int = 200,
    fake: FakeX | None = None,
) -> DeliveryEngine:
    """A delivery engine whose sessions work inside the test's transaction."""
    return DeliveryEngine(
        engine,
        settings,
        batch_size=batch_size,
        name=name,
        sessions=lambda: bound_session(connection),
        channel_factory=x_forwarding_factory(fake),
    )


@pytest.fixture
def delivery(
    engine: Engine,
    connection: Connection,
    settings: Settings,
    fake_x: FakeX,  # noqa: F811
) -> Iterator[DeliveryEngine]:
    """A delivery engine working inside the test's transaction."""
    worker = worker_in(connection, engine, settings, name="test-worker", fake=fake_x)
    yield worker
    worker.close()
