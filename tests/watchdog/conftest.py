"""Fixtures for watchdog tests: the broadcast tests' settings and delivery engine."""

from __future__ import annotations

from tests.broadcasts.conftest import delivery, settings  # noqa: F401  (fixtures)
from tests.channels.conftest import (  # noqa: F401  (fixtures)
    closed_port,
    fake_x,
    http_server,
    smtp_server,
    smtp_settings,
)
