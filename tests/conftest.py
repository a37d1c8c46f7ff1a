"""Shared fixtures: a database per backend (SQLite and PostgreSQL), each test rolled back.

PostgreSQL tests use the server at CRISISCOMMS_TEST_POSTGRES_URL (default
postgresql+psycopg://postgres@127.0.0.1:5432/postgres): a throwaway database is created
for the session and dropped after. Where the server is absent they skip with the reason,
unless CRISISCOMMS_REQUIRE_POSTGRES=1 (set by .ci/run), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.config import Settings
from crisiscomms.db import make_engine
from crisiscomms.flows import plans as plan_flow
from crisiscomms.main import create_app
from crisiscomms.plans.models import PlanVersion
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM

REPO = Path(__file__).resolve().parent.parent
PLANS_DIR = REPO / "plans"
POSTGRES_URL = os.environ.get(
    "CRISISCOMMS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PUBLIC_CACHE_CONTROL = (
    "public, max-age=10, s-maxage=8, stale-while-revalidate=30, stale-if-error=86400"
)
"""The public views' Cache-Control under the default settings."""
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
"""A pinned time for tests that do not care which time it is."""
REQUIRE_POSTGRES = os.environ.get("CRISISCOMMS_REQUIRE_POSTGRES") == "1"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def postgres_unavailable(reason: str) -> None:
    """Skip, or fail where PostgreSQL is required."""
    message = f"PostgreSQL not available at {POSTGRES_URL}: {reason}"
    if REQUIRE_POSTGRES:
        pytest.fail(message + " (CRISISCOMMS_REQUIRE_POSTGRES=1)", pytrace=False)
    pytest.skip(message)


def test_settings(database_url: str, **overrides: object) -> Settings:
    """Settings for a test app: no start-up work, no in-process worker."""
    values: dict[str, object] = {
        "environment": "test",
        "database_url": database_url,
        "plans_dir": PLANS_DIR,
        "run_migrations_on_start": False,
        "import_plans_on_start": False,
        "run_worker_in_process": False,
        "public_refresh_seconds": 0,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sqlite_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path = tmp_path_factory.mktemp("db") / "crisiscomms-test.db"
    engine = make_engine(test_settings(f"sqlite:///{path}"))
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@contextmanager
def throwaway_postgres(prefix: str) -> Iterator[str]:
    """A PostgreSQL database of its own, created here and dropped after; its URL."""
    try:
        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        postgres_unavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
    name = f"{prefix}_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A throwaway PostgreSQL database, migrated once; its URL."""
    with throwaway_postgres("crisiscomms_test") as url:
        yield url


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    """An empty PostgreSQL database for one test whose data is committed (so it cannot
    share the rolled-back test database); its URL."""
    with throwaway_postgres("crisiscomms_fresh") as url:
        yield url


@pytest.fixture
def own_postgres(fresh_postgres: str) -> Iterator[Engine]:
    """`fresh_postgres`, migrated: an engine on it."""
    engine = make_engine(test_settings(fresh_postgres))
    try:
        migrations.upgrade(engine)
        yield engine
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_engine(postgres_database: str) -> Iterator[Engine]:
    engine = make_engine(test_settings(postgres_database))
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest) -> Engine:
    """The migrated database of each backend in turn."""
    engine: Engine = request.getfixturevalue(f"{request.param}_engine")
    return engine


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection in an outer transaction that is rolled back after the test."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()


def wait_blocked(engine: Engine, thread: threading.Thread, *, seconds: float = 10.0) -> None:
    """Return once a connection to the database waits for a lock, or the thread has ended."""
    deadline = time.monotonic() + seconds
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        while thread.is_alive() and time.monotonic() < deadline:
            waiting = connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
            if waiting:
                return
            time.sleep(0.02)


def bound_session(connection: Connection) -> Session:
    """A session whose commits only release a savepoint of the test's transaction."""
    return Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )


@pytest.fixture
def session(connection: Connection) -> Iterator[Session]:
    with bound_session(connection) as session:
        yield session


@pytest.fixture
def settings(engine: Engine) -> Settings:
    return test_settings(engine.url.render_as_string(hide_password=False))


@pytest.fixture
def app(settings: Settings, engine: Engine, connection: Connection) -> FastAPI:
    return create_app(
        settings,
        engine=engine,
        session_factory=lambda: bound_session(connection),
        run_startup=False,
    )


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An HTTPS test client (the session cookie is Secure), exceptions turned into 500s."""
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as client:
        yield client


def load_library_plan(name: str) -> PlanBody:
    """A plan body from the library folder."""
    return PlanBody.model_validate(yaml.safe_load((PLANS_DIR / f"{name}.yaml").read_text()))


@pytest.fixture
def outage_plan(session: Session) -> PlanVersion:
    """The service-outage plan from the library, stored."""
    return plan_flow.create_plan(
        session, body=load_library_plan("service-outage"), source="test", actor=SYSTEM, now=NOW
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last: Playwright's event loop must not overlap other tests."""
    items.sort(key=lambda item: "tests/browser/" in item.nodeid.replace("\\", "/"))
