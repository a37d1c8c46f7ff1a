"""Editor saves' checks in check processes (statements.check_processes): the same report as
in the calling thread, really computed in another process, on the CPUs given, and a save
never fails when a process dies."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine

from crisiscomms.config import Settings
from crisiscomms.main import check_process_count, create_app
from crisiscomms.plans.schema import Stage
from crisiscomms.statements import check_processes
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check_processes import CheckJob, TextCheckJob
from crisiscomms.statements.content import StatementContent
from tests.conftest import bound_session
from tests.statements.test_check import FACTS, PLAN, good_content, template_defaults


def job(**changes: object) -> CheckJob:
    content = good_content()
    content["locales"]["en"]["sections"].update(changes)
    return CheckJob(
        content=StatementContent.model_validate(content),
        plan=PLAN,
        facts=FACTS,
        stage=Stage.MONITORING,
        statement_id=11,
        incident_id=5,
        template_defaults=template_defaults(),
        other_apologies=("We are sorry for the trouble.",),
        known_commitment_texts=("Publish a full report on this outage by 6 December.",),
    )


@pytest.fixture
def one_process() -> Iterator[check_processes.CheckProcesses]:
    check_processes.start(1)
    current = check_processes._processes
    assert current is not None
    assert check_processes.ready()
    try:
        yield current
    finally:
        check_processes.stop()
    assert check_processes.running() == 0


def _pids(current: check_processes.CheckProcesses) -> list[int]:
    pool = current._pool
    assert pool is not None
    return list(pool._processes or {})


def _not_here(_: object) -> None:
    raise AssertionError("this check was meant to run in a check process")


def test_a_check_process_gives_the_report_the_calling_thread_gives(
    one_process: check_processes.CheckProcesses, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = [job(), job(apology="We apologise for any inconvenience this may have caused.")]
    expected = [case.run().to_dict() for case in cases]
    assert expected[0]["passed"] and not expected[1]["passed"]  # one of each
    # From here a check in this process fails the test: the answers come from the other one
    # (a spawned process imports its own CheckJob).
    monkeypatch.setattr(CheckJob, "run", _not_here)
    assert [check_processes.check(case).to_dict() for case in cases] == expected
    assert check_processes.running() == 1
    assert all(pid != os.getpid() for pid in _pids(one_process))


def test_a_pasted_text_is_checked_in_the_check_process_too(
    one_process: check_processes.CheckProcesses, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = [
        TextCheckJob(
            text="We regret any inconvenience. Our team is looking into it.",
            language="en",
            channel=Channel.X,
            stage=Stage.INVESTIGATING,
            policy=PLAN.transparency,
        ),
        TextCheckJob(
            text="আমাদের ভুলে সকাল ১০টা থেকে ৩,২০০ গ্রাহকের ডেটা বন্ধ, দুঃখিত। ১২টায় আপডেট। ১২১",
            language="bn",
            channel=Channel.SMS,
            stage=None,
            policy=PLAN.transparency,
        ),
    ]
    expected = [case.run().to_dict() for case in cases]
    monkeypatch.setattr(TextCheckJob, "run", _not_here)
    assert [check_processes.check(case).to_dict() for case in cases] == expected


def test_checks_run_in_the_calling_thread_until_the_processes_are_up() -> None:
    case = job()
    expected = case.run().to_dict()
    check_processes.start(1)  # returns at once: the processes start in the background
    try:
        assert check_processes.running() == 1
        current = check_processes._processes
        assert current is not None and current._pool is None  # not up yet
        assert check_processes.check(case).to_dict() == expected  # checked here meanwhile
        assert check_processes.ready()
    finally:
        check_processes.stop()
    assert not check_processes.ready()


def test_without_processes_the_check_runs_in_the_calling_thread() -> None:
    assert check_processes.running() == 0
    case = job()
    assert check_processes.check(case).to_dict() == case.run().to_dict()


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="Linux CPU affinity")
def test_check_processes_run_on_the_cpus_they_are_given() -> None:
    cpu = max(os.sched_getaffinity(0))
    check_processes.start(1, frozenset({cpu}))
    try:
        current = check_processes._processes
        assert current is not None and current.ready()
        assert [os.sched_getaffinity(pid) for pid in _pids(current)] == [{cpu}]
    finally:
        check_processes.stop()


def test_a_dead_check_process_costs_no_save_and_is_replaced(
    one_process: check_processes.CheckProcesses, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = job()
    expected = case.run().to_dict()
    (dead,) = _pids(one_process)
    os.kill(dead, signal.SIGKILL)
    time.sleep(0.5)  # the pool notices its process is gone
    # The check that finds the pool broken runs here, and a new pool takes its place.
    assert check_processes.check(case).to_dict() == expected
    assert one_process.ready()
    (fresh,) = _pids(one_process)
    assert fresh != dead
    monkeypatch.setattr(CheckJob, "run", _not_here)
    assert check_processes.check(case).to_dict() == expected  # in the new process


@pytest.mark.parametrize(
    ("setting", "free", "expected"),
    [
        (None, frozenset(), 0),  # nothing left free: checks in the server's threads
        (None, None, 0),  # not a lone serve (tests, --workers above 1)
        (None, frozenset({1}), 1),  # a 2-CPU machine
        (None, frozenset(range(1, 16)), 2),  # at most two unless asked for
        (4, frozenset(range(1, 16)), 4),
        (0, frozenset({1}), 0),  # switched off
    ],
)
def test_how_many_check_processes_a_server_starts(
    setting: int | None, free: frozenset[int] | None, expected: int
) -> None:
    assert check_process_count(Settings(check_processes=setting), free) == expected


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="Linux CPU affinity")
def test_the_app_starts_its_check_processes_and_ends_them(
    settings: Settings, engine: Engine, connection: Connection
) -> None:
    """As `serve` builds it: the CPUs it left free given, the processes run while the app
    does, a pasted text is checked in one, and none is left behind at shutdown."""
    cpu = max(os.sched_getaffinity(0))
    app = create_app(
        settings,
        engine=engine,
        session_factory=lambda: bound_session(connection),
        run_startup=False,
        check_cpus=frozenset({cpu}),
    )
    with TestClient(app, base_url="https://testserver") as client:
        assert check_processes.running() == 1 and check_processes.ready()
        current = check_processes._processes
        assert current is not None
        (pid,) = _pids(current)
        assert os.sched_getaffinity(pid) == {cpu}
        assert client.get("/healthz").status_code == 200
    assert check_processes.running() == 0
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
