"""Fixtures for maintenance tests: the broadcast tests' real servers and delivery engine."""

from tests.broadcasts.conftest import delivery, settings  # noqa: F401  (fixtures)
from tests.channels.conftest import (  # noqa: F401  (fixtures)
    closed_port,
    fake_x,
    http_server,
    smtp_server,
    smtp_settings,
)
