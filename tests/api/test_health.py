"""The probes: /healthz while the process answers, /readyz only when the database answers
at the code's migration head (what the image's HEALTHCHECK and compose wait for)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from crisiscomms import migrations
from crisiscomms.db import make_engine
from crisiscomms.main import create_app
from tests import conftest


def test_ready_when_the_database_is_at_the_migration_head(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "migrations": "ok"}}
    assert client.get("/healthz").json() == {"status": "ok"}


def test_not_ready_before_the_migrations_then_ready_after(tmp_path: Path) -> None:
    settings = conftest.test_settings(f"sqlite:///{tmp_path / 'fresh.db'}")
    engine = make_engine(settings)
    try:
        with TestClient(create_app(settings, engine=engine, run_startup=False)) as client:
            waiting = client.get("/readyz")
            assert waiting.status_code == 503
            body = waiting.json()
            assert body["status"] == "not_ready"
            assert body["checks"]["database"] == "ok"
            assert body["checks"]["migrations"].startswith("at None, code expects ")
            assert waiting.headers["Retry-After"] == "5"
            # the documented 503 names this shape beside the one error shape
            documented = client.get("/openapi.json").json()["paths"]["/readyz"]["get"]
            shapes = documented["responses"]["503"]["content"]["application/json"]["schema"]
            assert {"$ref": "#/components/schemas/Readiness"} in shapes["anyOf"]
            assert client.get("/healthz").status_code == 200  # alive all the same
            migrations.upgrade(engine)
            assert client.get("/readyz").status_code == 200
    finally:
        engine.dispose()


def test_not_ready_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    settings = conftest.test_settings(f"sqlite:///{tmp_path / 'no-such-folder' / 'x.db'}")
    engine = make_engine(settings)
    try:
        with TestClient(create_app(settings, engine=engine, run_startup=False)) as client:
            response = client.get("/readyz")
    finally:
        engine.dispose()
    assert response.status_code == 503
    assert response.json()["checks"]["database"].startswith("unreachable: ")
