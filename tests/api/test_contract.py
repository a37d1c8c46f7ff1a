"""The API keeps the contract its OpenAPI document states, under a property-based fuzzer.

Schemathesis reads the live document and sends generated requests to every operation,
with an administrator's key, on each database: no answer may be a server error, every
status must be documented, and every body must match its documented schema and media type.
The examples are bounded and the seed fixed, so a run is repeatable and fits CI. Nothing
leaves 127.0.0.1: the worker does not run, and channels may only reach private addresses
that the settings forbid (a test-send to anywhere else is refused before any connection).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from crisiscomms.main import create_app
from crisiscomms.principal import Role
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


def test_every_operation_keeps_its_contract(
    contract_app: tuple[FastAPI, dict[str, str]], connection: Connection
) -> None:
    app, headers = contract_app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    answers: Counter[int] = Counter()

    def count(ctx: Any, response: Any, case: Any) -> None:
        answers[response.status_code] += 1

    checks.append(count)
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=checks)

        # Each operation starts from the same data: one that revokes the fuzzer's own key
        # or deactivates users must not turn every later operation into a 401.
        savepoint = connection.begin_nested()
        try:
            run()
        except Exception as exc:  # every operation runs; all failures are reported together
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
        finally:
            savepoint.rollback()
    assert operations > 80
    assert not failures, "\n\n".join(failures)
    # The run reached the services, not only the doors: most answers are not 401.
    total = sum(answers.values())
    assert answers[401] < total / 4, answers
    assert sum(n for status, n in answers.items() if status < 300) > operations, answers


def _unbounded(schema: Any, schemas: dict[str, Any], where: str, seen: frozenset[str]) -> list[str]:
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return []
        return _unbounded(schemas[name], schemas, f"{where}->{name}", seen | {name})
    found = []
    if schema.get("type") == "integer" and "maximum" not in schema:
        found.append(where)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            found += _unbounded(sub, schemas, where, seen)
    for name, sub in schema.get("properties", {}).items():
        found += _unbounded(sub, schemas, f"{where}.{name}", seen)
    if isinstance(schema.get("items"), dict):
        found += _unbounded(schema["items"], schemas, f"{where}[]", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        found += _unbounded(schema["additionalProperties"], schemas, f"{where}{{}}", seen)
    return found


def test_every_integer_the_api_reads_is_bounded(client: TestClient) -> None:
    """A path, query or body integer without a maximum could overflow a column (a 500)."""
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    found: list[str] = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                where = f"{method.upper()} {path} {parameter['in']}.{parameter['name']}"
                found += _unbounded(parameter.get("schema", {}), schemas, where, frozenset())
            content = operation.get("requestBody", {}).get("content", {})
            for media in content.values():
                where = f"{method.upper()} {path} body"
                found += _unbounded(media.get("schema", {}), schemas, where, frozenset())
    assert found == []


def test_huge_ids_and_nulls_are_422s_naming_the_field(client: TestClient, session: Session) -> None:
    headers = auth_headers(session, Role.ADMIN)
    incident = make_incident(session)
    session.commit()
    huge = 2**64
    for method, path in (
        ("GET", f"/api/v1/incidents/{huge}/watchdog"),
        ("POST", f"/api/v1/statements/{huge}/check"),
        ("GET", f"/api/v1/statements/1/revisions/{huge}"),
        ("GET", f"/api/v1/customers?after={huge}"),
        ("GET", f"/api/v1/statements/1/diff?from=1&to={huge}"),
    ):
        response = client.request(
            method, path, headers=headers, json={} if method == "POST" else None
        )
        assert response.status_code == 422, (path, response.text)
        assert response.json()["error"]["details"], path
    for field in ("title", "summary", "scope"):
        response = client.patch(
            f"/api/v1/incidents/{incident.id}", json={field: None}, headers=headers
        )
        assert response.status_code == 422, response.text
        assert response.json()["error"]["details"][0]["location"] == f"body.{field}"
    cleared = client.patch(
        f"/api/v1/incidents/{incident.id}", json={"affected_customers": None}, headers=headers
    )
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["affected_customers"] is None
    assert cleared.json()["title"] == incident.title
