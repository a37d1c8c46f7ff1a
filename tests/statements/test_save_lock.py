"""An editor save runs the transparency check before it takes the write lock: on SQLite
other writers go on while the check runs, and a save that another one beat to the write is
refused (409), never written over it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.db import begin_writes, make_engine
from crisiscomms.errors import Conflict
from crisiscomms.flows import statements as statement_flow
from crisiscomms.principal import SYSTEM
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from tests import conftest
from tests.statements.factories import make_incident


@pytest.fixture
def database(tmp_path: Path) -> Iterator[tuple[Engine, Path, int]]:
    path = tmp_path / "save.db"
    engine = make_engine(conftest.test_settings(f"sqlite:///{path}"))
    migrations.upgrade(engine)
    with Session(engine, expire_on_commit=False) as session:
        begin_writes(session)
        incident = make_incident(session)
        statement = statement_flow.draft(
            session, incident.id or 0, stage=None, holding=False, actor=SYSTEM, now=conftest.NOW
        )
        session.commit()
    try:
        yield engine, path, statement.id or 0
    finally:
        engine.dispose()


def _edited(session: Session, statement_id: int, words: str) -> StatementContent:
    content = StatementContent.model_validate(
        statement_service.get_statement(session, statement_id).content
    )
    locales = {}
    for locale, value in content.locales.items():
        sections = value.sections.model_copy(
            update={"headline": f"{value.sections.headline} {words}"[:200]}
        )
        locales[locale] = value.model_copy(update={"sections": sections})
    return content.model_copy(update={"locales": locales})


def write_meanwhile(path: Path, written: list[int]) -> None:
    """Another connection writes now; if the save held the write lock, it would wait its
    0.2 s and fail with "database is locked"."""
    other = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE public_version SET version = version + 1")
        other.execute("COMMIT")
        written.append(1)
    finally:
        other.close()


def test_other_writers_go_on_while_a_save_is_checked(
    database: tuple[Engine, Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, path, statement_id = database
    real_check = statement_service.check
    written: list[int] = []

    def check_while_another_writes(*args: Any, **kwargs: Any) -> Any:
        write_meanwhile(path, written)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(statement_service, "check", check_while_another_writes)
    with Session(engine, expire_on_commit=False) as session:  # a reader-first unit of work
        content = _edited(session, statement_id, "(edited)")
        saved = statement_flow.save(
            session, statement_id, content, base_revision=1, actor=SYSTEM, now=conftest.NOW
        )
        session.commit()
    assert written == [1]
    assert saved.revision == 2 and saved.check_report is not None


def test_a_save_beaten_to_the_write_is_refused(
    database: tuple[Engine, Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _path, statement_id = database
    real_check = statement_service.check
    beaten: list[int] = []

    def check_while_another_saves(*args: Any, **kwargs: Any) -> Any:
        report = real_check(*args, **kwargs)
        if not beaten:  # a colleague's save of the same revision commits meanwhile
            beaten.append(1)
            with Session(engine, expire_on_commit=False) as other:
                begin_writes(other)
                statement_flow.save(
                    other,
                    statement_id,
                    _edited(other, statement_id, "(theirs)"),
                    base_revision=1,
                    actor=SYSTEM,
                    now=conftest.NOW,
                )
                other.commit()
        return report

    monkeypatch.setattr(statement_service, "check", check_while_another_saves)
    with Session(engine, expire_on_commit=False) as session:
        content = _edited(session, statement_id, "(mine)")
        with pytest.raises(Conflict, match="since revision 1"):
            statement_flow.save(
                session, statement_id, content, base_revision=1, actor=SYSTEM, now=conftest.NOW
            )
        session.rollback()
        stored = statement_service.get_statement(session, statement_id)
        assert stored.revision == 2
        assert "(theirs)" in stored.content["locales"]["en"]["sections"]["headline"]


def test_the_editor_save_route_holds_no_write_lock_while_it_checks(
    database: tuple[Engine, Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the whole request (authentication included, which shares the session), as a
    signed-in person's browser and a commander's API key send it."""
    from fastapi.testclient import TestClient

    from crisiscomms.main import create_app
    from crisiscomms.principal import Role
    from tests.factories import auth_headers

    engine, path, statement_id = database
    with Session(engine, expire_on_commit=False) as session:
        begin_writes(session)
        headers = auth_headers(session, Role.COMMS)
        content = _edited(session, statement_id, "(over the API)").model_dump(mode="json")
        session.commit()
    real_check = statement_service.check
    written: list[int] = []

    def check_while_another_writes(*args: Any, **kwargs: Any) -> Any:
        write_meanwhile(path, written)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(statement_service, "check", check_while_another_writes)
    settings = conftest.test_settings(f"sqlite:///{path}")
    app = create_app(settings, engine=engine, run_startup=False)
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as client:
        # The key's first use records it (a write, at most once a minute per key); the save
        # comes after, as an editor's saves do.
        assert client.get(f"/api/v1/statements/{statement_id}", headers=headers).status_code == 200
        response = client.put(
            f"/api/v1/statements/{statement_id}",
            json={"content": content, "base_revision": 1},
            headers=headers,
        )
    assert response.status_code == 200, response.text
    assert response.json()["revision"] == 2
    assert written == [1]
