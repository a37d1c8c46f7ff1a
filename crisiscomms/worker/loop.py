"""The worker loop: the jobs, then one delivery step, again and again.

Jobs take (session, now) and return how much they did; they flush, the loop commits each
in its own unit of work. A job that fails is logged and runs again on the next tick; it
never stops the others. While there is work (a fan-out chunk written, a full delivery
batch sent) the loop goes round at once; otherwise it waits the poll interval.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from crisiscomms.db import background_writer, begin_writes, utc_now
from crisiscomms.flows import scheduled
from crisiscomms.worker.delivery import DeliveryEngine

log = logging.getLogger("crisiscomms.worker")

Job = Callable[[Session, datetime], int]
BUSY_JOBS = frozenset({"fan_out"})
"""Jobs whose positive result means more is waiting right now."""


def default_jobs(delivery: DeliveryEngine | None = None) -> dict[str, Job]:
    """The jobs every worker runs, by name (with a delivery engine, also reading questions
    from X with its settings and channel factory)."""
    from crisiscomms.accounts import service as account_service
    from crisiscomms.broadcasts import estimates, fanout
    from crisiscomms.commitments import reminders as commitment_reminders
    from crisiscomms.flows import maintenance as maintenance_flow
    from crisiscomms.flows import rehearsals as rehearsal_flow
    from crisiscomms.flows import watchdog as watchdog_service
    from crisiscomms.questions import reminders as question_reminders
    from crisiscomms.watchdog import notices as watchdog_notices
    from crisiscomms.worker.x_reading import XQuestionReader

    jobs: dict[str, Job] = {
        "purge_expired_sessions": account_service.purge_expired,
        "commitments": commitment_reminders.sweep,
        "watchdog": watchdog_service.run,
        "rehearsal_injects": rehearsal_flow.fire_due,
        "notices": watchdog_notices.send_pending,
        "maintenance": maintenance_flow.tick,
        "fan_out": scheduled.fan_out,
        "complete_broadcasts": fanout.complete,
        "audience_estimates": estimates.refresh,
        "question_reminders": question_reminders.sweep,
    }
    if delivery is not None:
        jobs["x_questions"] = XQuestionReader(delivery.settings, factory=delivery.channel_factory)
    return jobs


def settle_heap() -> None:
    """Keep what a worker process built before its loop (every module, the engine, its
    caches) out of the cyclic collector's full passes, as `serve` does after start-up.

    A worker imports most of the project and its libraries (about 600,000 objects); a full
    pass walks all of them, and a delivery step's allocations set one off every few
    thousand messages, each costing tenths of a second of the process's one core. Frozen,
    a pass walks only what was made since (the objects of a step or two)."""
    gc.collect()
    gc.freeze()


class Worker:
    """Runs the jobs and the delivery engine on a poll interval until told to stop."""

    def __init__(
        self,
        engine: Engine,
        *,
        poll_seconds: float = 1.0,
        jobs: dict[str, Job] | None = None,
        delivery: DeliveryEngine | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.poll_seconds = poll_seconds
        self.jobs = jobs if jobs is not None else default_jobs(delivery)
        self.delivery = delivery
        self.clock = clock
        self.stopping = threading.Event()

    def run_once(self, only: frozenset[str] | None = None) -> dict[str, int]:
        """One pass over every job (or the jobs named in `only`) and one delivery step;
        returns what each did."""
        done: dict[str, int] = {}
        for name, job in self.jobs.items():
            if only is not None and name not in only:
                continue
            try:
                done[name] = self._run_job(job)
            except Exception:
                log.exception("worker job %s failed; it will run again next tick", name)
                done[name] = -1
        if self.delivery is not None:
            try:
                done["deliver"] = self.delivery.step(self.clock())
            except Exception:
                log.exception("delivery step failed; it will run again next tick")
                done["deliver"] = -1
        return done

    def _run_job(self, job: Job) -> int:
        """Run a job in its own transaction. On SQLite a job begins deferred (most passes
        only read); when a request committed a write between its read and its write, SQLite
        refuses the write at once ("database is locked": a stale snapshot, which the busy
        timeout does not cover), so the job runs again at once as a writer (BEGIN
        IMMEDIATE), which waits its turn for the lock instead of failing the tick."""

        def attempt(writer: bool) -> int:
            with Session(self.engine, expire_on_commit=False) as session:
                if writer:
                    begin_writes(session)
                result = job(session, self.clock())
                session.commit()
                return result

        try:
            return attempt(writer=False)
        except OperationalError as exc:
            if self.engine.dialect.name != "sqlite" or "locked" not in str(exc.orig):
                raise
        return attempt(writer=True)

    def busy(self, done: dict[str, int]) -> bool:
        """Whether the last pass left work waiting (go round again without sleeping)."""
        full = self.delivery is not None and done.get("deliver", 0) >= self.delivery.batch_size
        return full or any(done.get(name, 0) > 0 for name in BUSY_JOBS)

    def run_forever(self) -> None:
        """Loop until stop() is called; the current pass always finishes."""
        log.info("worker started (poll every %.1fs)", self.poll_seconds)
        background_writer()  # on SQLite, requests' writes go ahead of this loop's batches
        try:
            jobs_ran = -float("inf")
            busy: frozenset[str] = frozenset()
            while not self.stopping.is_set():
                started = time.monotonic()
                # While a broadcast is delivering, the loop goes round without sleeping; the
                # other jobs still run once a poll interval, not on every batch (ten short
                # transactions a pass, on SQLite each a turn at the lock requests want).
                due = started - jobs_ran >= self.poll_seconds
                done = self.run_once(None if due else busy)
                if due:
                    jobs_ran = started
                busy = frozenset(name for name in BUSY_JOBS if done.get(name, 0) > 0)
                if self.busy(done):
                    continue
                self.stopping.wait(max(0.0, self.poll_seconds - (time.monotonic() - started)))
        finally:
            if self.delivery is not None:
                self.delivery.close()
            log.info("worker stopped")

    def stop(self) -> None:
        """Ask the loop to finish its current pass and return."""
        self.stopping.set()


def start_in_thread(worker: Worker) -> threading.Thread:
    """Run a worker in a daemon thread (the embedded default)."""
    thread = threading.Thread(target=worker.run_forever, name="crisiscomms-worker", daemon=True)
    thread.start()
    return thread
