"""Where transparency checks run: in the calling thread, or in check processes.

A lone `crisiscomms serve` keeps its threads on one CPU while more than its event loop works
(`one_cpu.OneCpu`), so the pages, the API and the in-process worker share one core under
one interpreter lock. The
check is the largest piece of CPU work a request does (about 20 ms for a full sectioned
statement, a fifth of the service's CPU under a crisis-room load), and it is a pure
function of its inputs. Started with `start`, a small pool of processes on the CPUs the
server left free runs it instead (an editor save's `CheckJob`, a pasted text's
`TextCheckJob`): the request thread waits for the answer without holding the interpreter
lock, and pages keep moving while people save.

The check's inputs (content, plan, facts; under 0.1 MB) and its report are pickled both
ways, about 0.5 ms. Each process keeps its own caches (phrase sets, analysed paragraphs,
the second opinion's model), warmed once when it starts. A process that dies or a pool
that breaks is replaced, and that one check runs in the calling thread: a save never fails
because of the pool. Without `start` (tests, the CLI, `--workers` above 1, a one-CPU
machine), every check runs in the calling thread.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from crisiscomms.plans.schema import PlanBody, Stage, TransparencyPolicy
from crisiscomms.statements import renditions as rendition_service
from crisiscomms.statements.check import CheckReport, run_check
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text, warm_up
from crisiscomms.statements.content import IncidentFacts, SectionsContent, StatementContent

log = logging.getLogger(__name__)

START_SECONDS = 120.0
"""How long check processes may take to start and warm up before the server gives up on
them (and checks in its own threads)."""
WAIT_SECONDS = 30.0
"""A check that takes longer than this in a process (a stuck process) runs here instead."""


@dataclass(frozen=True)
class CheckJob:
    """Everything one check needs, read from the database by the caller."""

    content: StatementContent
    plan: PlanBody
    facts: IncidentFacts
    stage: Stage
    statement_id: int | None
    incident_id: int | None
    template_defaults: dict[str, SectionsContent] | None = None
    other_apologies: Sequence[str] = ()
    known_commitment_texts: Sequence[str] = ()

    def run(self) -> CheckReport:
        """The check itself: every rendition summarised, then the standard applied."""
        summaries = rendition_service.summaries(
            self.content,
            plan=self.plan,
            statement_id=self.statement_id,
            incident_id=self.incident_id,
            stage=self.stage.value,
        )
        return run_check(
            self.content,
            plan=self.plan,
            facts=self.facts,
            stage=self.stage,
            template_defaults=self.template_defaults,
            other_apologies=self.other_apologies,
            renditions=summaries,
            known_commitment_texts=self.known_commitment_texts,
        )


@dataclass(frozen=True)
class TextCheckJob:
    """One text as it stands (a pasted draft, an X post, an SMS), for its channel."""

    text: str
    language: str
    channel: Channel
    stage: Stage | None
    policy: TransparencyPolicy

    def run(self) -> CheckReport:
        return check_text(
            self.text,
            language=self.language,
            channel=self.channel,
            stage=self.stage,
            policy=self.policy,
        )


Job = CheckJob | TextCheckJob


def _run(job: Job) -> CheckReport:
    return job.run()


def _begin(cpus: frozenset[int]) -> None:
    """In each check process: its CPUs (it inherits the server's single one), then a first
    check, so that the first save pays no loading."""
    if cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cpus)
    warm_up()


class CheckProcesses:
    """A pool of check processes, started and replaced in the background: until it is up
    (a few seconds, while each process loads and warms up), checks run in the calling
    thread, so neither the server's start nor the save that found the pool broken waits."""

    def __init__(self, processes: int, cpus: frozenset[int]) -> None:
        self.processes = processes
        self.cpus = cpus
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._stopped = False
        self._starting: threading.Thread | None = None
        self._start_pool()

    def _start_pool(self) -> None:
        """Build a pool on a thread of its own; it takes over once every process is up."""
        thread = threading.Thread(target=self._build, name="crisiscomms-check-start", daemon=True)
        self._starting = thread
        thread.start()

    def _build(self) -> None:
        try:
            pool = ProcessPoolExecutor(
                max_workers=self.processes,
                # Not fork: the server has threads (and their locks) by now.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_begin,
                initargs=(self.cpus,),
            )
            # Every process started and warmed up before the pool takes checks.
            for future in [pool.submit(int) for _ in range(self.processes)]:
                future.result(timeout=START_SECONDS)
        except Exception:  # no pool: checks run in the server
            log.exception("could not start check processes; checking in the server")
            return
        with self._lock:
            taken = not self._stopped
            if taken:
                self._pool = pool
        if not taken:  # stopped meanwhile
            pool.shutdown(wait=False, cancel_futures=True)

    def ready(self, timeout: float = START_SECONDS) -> bool:
        """Wait until the pool being started is up; whether it is."""
        if self._starting is not None:
            self._starting.join(timeout)
        return self._pool is not None

    def run(self, job: Job) -> CheckReport:
        pool = self._pool
        if pool is None:
            return job.run()
        try:
            return pool.submit(_run, job).result(timeout=WAIT_SECONDS)
        except (BrokenProcessPool, TimeoutError, OSError) as error:
            log.warning("check process failed (%s); checking in the server instead", error)
            self._replace(pool)
            return job.run()

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is not broken or self._stopped:
                return  # another thread has replaced it already
            self._pool = None  # checks run here until the new pool is up
        broken.shutdown(wait=False, cancel_futures=True)
        self._start_pool()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


_processes: CheckProcesses | None = None


def start(processes: int, cpus: frozenset[int] | None = None) -> None:
    """Run checks in `processes` processes on `cpus` (all CPUs where empty) once they are up
    (`ready`); in the calling thread until then."""
    global _processes
    stop()
    if processes > 0:
        _processes = CheckProcesses(processes, cpus or frozenset())


def ready(timeout: float = START_SECONDS) -> bool:
    """Wait until the check processes are up; whether they are (False where none run)."""
    return _processes is not None and _processes.ready(timeout)


def stop() -> None:
    """Run checks in the calling thread again; the processes end."""
    global _processes
    current, _processes = _processes, None
    if current is not None:
        current.stop()


def running() -> int:
    """How many check processes run or are starting (0: checks run in the calling
    thread)."""
    return _processes.processes if _processes is not None else 0


def check(job: Job) -> CheckReport:
    """The check's report, from a check process where they run."""
    current = _processes
    return job.run() if current is None else current.run(job)
