"""The API keeps the contract its OpenAPI document states, under a property-based fuzzer.

Schemathesis reads the live document and sends generated requests to every operation,
with an administrator's key, on each database: no answer may be a server error, every
status must be documented, and every body must match its documented schema and media type.
The examples are bounded and the seed fixed, so a run is repeatable and fits CI. Nothing
leaves 127.0.0.1: the worker does not run, and channels may only reach private addresses
that the settings forbid (a test-send to anywhere else is refused before any connection).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy.engine import Connection, Engine

from crisiscomms.accounts.models import Role
from crisiscomms.main import create_app
from tests import conftest
from tests.factories import auth_headers
from tests.statements.factories import make_incident

EXAMPLES = 12
"""Examples per operation and database: about two minutes for the whole API on both."""


@pytest.fixture
def contract_app(
    engine: Engine, connection: Connection
) -> Iterator[tuple[FastAPI, dict[str, str]]]:
    settings_ = conftest.test_settings(engine.url.render_as_string(hide_password=False))
    session = conftest.bound_session(connection)
    make_incident(session)  # ids 1 exist, so some requests reach the services
    headers = auth_headers(session, Role.ADMIN)
    session.commit()
    app = create_app(
        settings_,
        engine=engine,
        session_factory=lambda: conftest.bound_session(connection),
        run_startup=False,
    )
    yield app, headers


@pytest.fixture
def api_schema(contract_app: tuple[FastAPI, dict[str, str]]) -> Any:
    app, _ = contract_app
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_keeps_its_contract(
    case: Any, contract_app: tuple[FastAPI, dict[str, str]]
) -> None:
    _, headers = contract_app
    case.call_and_validate(
        headers=headers,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
