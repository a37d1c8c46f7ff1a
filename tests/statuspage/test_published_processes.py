"""Two real server processes on one PostgreSQL database: a change reaches both within a
second or so, a process's version never goes back, and one process's ETag is the other's."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.db import utc_now
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding

pytestmark = pytest.mark.postgres
CHANGE_SECONDS = 5.0
"""A generous bound for a loaded test machine; bench/status_storm.py measures the real time."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(url: str) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "CRISISCOMMS_DATABASE_URL": url,
        "CRISISCOMMS_RUN_WORKER_IN_PROCESS": "false",
        "CRISISCOMMS_IMPORT_PLANS_ON_START": "false",
        "CRISISCOMMS_PUBLIC_REFRESH_SECONDS": "0.25",
        "CRISISCOMMS_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "crisiscomms.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # Start-up imports the whole app and warms the check: 10 s on a quiet machine, near
        # 30 s when the two cores are shared with other test workers. This test is about
        # following changes, not start-up time, so it waits generously (the process exiting
        # still fails at once).
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, "the server exited"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


def _publish(engine: Engine, title: str) -> None:
    with Session(engine, expire_on_commit=False) as session:
        incident = make_incident(session, title=title)
        publish_holding(session, incident, now=utc_now())
        session.commit()


def test_two_processes_follow_every_change_and_never_go_back(
    own_postgres: Engine, fresh_postgres: str
) -> None:
    _publish(own_postgres, "First outage")
    with serving(fresh_postgres) as one, serving(fresh_postgres) as two:
        seen: dict[str, list[int]] = {one: [], two: []}

        def read(base: str) -> httpx.Response:
            response = httpx.get(f"{base}/api/v2/incidents/unresolved.json", timeout=5)
            assert response.status_code == 200
            seen[base].append(int(response.headers["x-public-version"]))
            return response

        first = read(one)
        # the same bytes have the same entity tag in every process: a CDN may revalidate
        # against any of them
        again = httpx.get(
            f"{two}/api/v2/incidents/unresolved.json",
            headers={"If-None-Match": first.headers["etag"]},
            timeout=5,
        )
        assert again.status_code == 304

        for number in range(2, 5):
            title = f"Outage number {number}"
            _publish(own_postgres, title)
            changed_at = time.monotonic()
            for base in (one, two):
                while title not in read(base).text:
                    assert time.monotonic() - changed_at < CHANGE_SECONDS, (base, title)
                    time.sleep(0.05)
        for base, versions in seen.items():
            assert versions == sorted(versions), base
            assert versions[-1] > versions[0]
        for base in (one, two):
            page = httpx.get(f"{base}/status", timeout=5)
            assert "Outage number 4" in page.text
