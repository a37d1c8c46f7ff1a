"""The worker loop: run each registered job in its own unit of work, again and again.

Jobs take (session, now) and return how much they did; they flush, the loop commits.
Later issues add the delivery claimer and the watchdog here. A job that fails is
logged and retried on the next tick; it never stops the others.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.db import utc_now

log = logging.getLogger("crisiscomms.worker")

Job = Callable[[Session, datetime], int]


def default_jobs() -> dict[str, Job]:
    """The jobs every worker runs, by name."""
    from crisiscomms.accounts import service as account_service
    from crisiscomms.commitments import reminders as commitment_reminders

    return {
        "purge_expired_sessions": account_service.purge_expired,
        "commitments": commitment_reminders.sweep,
    }


class Worker:
    """Runs the jobs on a fixed poll interval until told to stop."""

    def __init__(
        self,
        engine: Engine,
        *,
        poll_seconds: float = 1.0,
        jobs: dict[str, Job] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.poll_seconds = poll_seconds
        self.jobs = jobs if jobs is not None else default_jobs()
        self.clock = clock
        self.stopping = threading.Event()

    def run_once(self) -> dict[str, int]:
        """One pass over every job; returns what each did."""
        done: dict[str, int] = {}
        for name, job in self.jobs.items():
            try:
                with Session(self.engine, expire_on_commit=False) as session:
                    done[name] = job(session, self.clock())
                    session.commit()
            except Exception:
                log.exception("worker job %s failed; it will run again next tick", name)
                done[name] = -1
        return done

    def run_forever(self) -> None:
        """Loop until stop() is called; the current pass always finishes."""
        log.info("worker started (poll every %.1fs)", self.poll_seconds)
        while not self.stopping.is_set():
            started = time.monotonic()
            self.run_once()
            self.stopping.wait(max(0.0, self.poll_seconds - (time.monotonic() - started)))
        log.info("worker stopped")

    def stop(self) -> None:
        """Ask the loop to finish its current pass and return."""
        self.stopping.set()


def start_in_thread(worker: Worker) -> threading.Thread:
    """Run a worker in a daemon thread (the embedded default)."""
    thread = threading.Thread(target=worker.run_forever, name="crisiscomms-worker", daemon=True)
    thread.start()
    return thread
