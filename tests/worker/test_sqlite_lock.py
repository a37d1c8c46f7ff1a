"""On SQLite, a worker job whose snapshot went stale (a request committed between its read
and its write) runs again at once as a writer, instead of failing the tick."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.db import make_engine
from crisiscomms.worker.loop import Worker
from tests import conftest


def test_a_job_beaten_to_the_write_lock_runs_again_as_a_writer(tmp_path: Path) -> None:
    engine = make_engine(conftest.test_settings(f"sqlite:///{tmp_path / 'lock.db'}"))
    migrations.upgrade(engine)
    attempts: list[int] = []

    def job(session: Session, now: object) -> int:
        attempts.append(1)
        session.execute(text("SELECT version FROM public_version")).all()  # the snapshot
        if len(attempts) == 1:  # a request commits a write meanwhile
            with engine.begin() as other:
                other.execute(text("UPDATE public_version SET version = version + 1"))
        session.execute(text("UPDATE public_version SET version = version + 10"))
        return 1

    try:
        done = Worker(engine, jobs={"job": job}).run_once()
        assert done == {"job": 1}
        assert len(attempts) == 2
        with engine.connect() as connection:
            version = connection.execute(text("SELECT version FROM public_version")).scalar_one()
        assert version == 1 + 1 + 10  # the request's write and the retried job's, once each
    finally:
        engine.dispose()
