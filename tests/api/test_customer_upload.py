"""A slow import upload holds no write lock (SQLite, a real server and a real client)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from sqlmodel import Session

from crisiscomms.db import make_engine
from crisiscomms.principal import Role
from tests.browser.conftest import start_server
from tests.factories import auth_headers


def test_other_writers_go_on_while_an_import_upload_arrives(tmp_path: Path) -> None:
    server = start_server(tmp_path, host="127.0.0.1")
    live = next(server)
    try:
        engine = make_engine(live.settings)
        with Session(engine) as session:
            headers = auth_headers(session, Role.COMMS)
            session.commit()
        engine.dispose()
        locked_out: list[str] = []

        def body() -> Iterator[bytes]:
            yield b'{"external_id": "C1", "name": "Ada"}\n'
            time.sleep(0.3)  # the upload is under way: can another writer begin?
            other = sqlite3.connect(tmp_path / "browser.db", timeout=0.2)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                locked_out.append(str(exc))
            finally:
                other.close()
            yield b'{"external_id": "C2", "name": "Grace"}\n'

        response = httpx.post(
            f"{live.base_url}/api/v1/customers/import",
            content=body(),
            headers={**headers, "content-type": "application/x-ndjson"},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        assert response.json()["inserted"] == 2
        assert locked_out == []
    finally:
        server.close()
