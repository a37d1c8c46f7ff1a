"""A lone `serve` process keeps all its threads on one CPU while more than its event loop
works (CRISISCOMMS_SERVE_ON_ONE_CPU); one of several (`--workers N`) does not. Run in a
child process: the test process keeps its own CPUs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
    reason="needs Linux CPU affinity and at least two CPUs",
)

CHILD = """
import json, os, sys, threading, time
from crisiscomms.config import Settings
from crisiscomms.main import tune_interpreter
stop = threading.Event()
def work():
    while not stop.is_set():
        sum(range(1000))
before = threading.Thread(target=work)  # a thread already running, and working
before.start()
free = tune_interpreter(Settings(serve_on_one_cpu={on}), lone_process={lone})
after = threading.Thread(target=stop.wait)  # and one started later
after.start()
time.sleep(2.5)  # the CPUs are looked at every half second
found = [sorted(os.sched_getaffinity(int(t))) for t in os.listdir("/proc/self/task")]
stop.set()
print(json.dumps({{"threads": found, "interval": sys.getswitchinterval(), "free": sorted(free)}}))
"""


def _threads(on: bool, lone: bool) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(on=on, lone=lone)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def test_a_lone_server_keeps_every_thread_on_one_cpu_while_another_thread_works() -> None:
    found = _threads(on=True, lone=True)
    threads = found["threads"]
    assert isinstance(threads, list) and len(threads) >= 3  # main, before, after
    assert all(len(cpus) == 1 for cpus in threads)
    assert len({cpus[0] for cpus in threads}) == 1
    assert found["interval"] == pytest.approx(0.001)
    # The CPUs it left free are where its check processes go (statements.check_processes).
    assert found["free"] == sorted(set(os.sched_getaffinity(0)) - {threads[0][0]})


@pytest.mark.parametrize(("on", "lone"), [(True, False), (False, True)])
def test_one_of_several_servers_or_the_setting_off_keeps_every_cpu(on: bool, lone: bool) -> None:
    every = sorted(os.sched_getaffinity(0))
    found = _threads(on=on, lone=lone)
    threads = found["threads"]
    assert isinstance(threads, list)
    assert all(cpus == every for cpus in threads)
    assert found["free"] == []  # nothing left free: no check processes


FOLLOW = """
import json, os, threading, time
from crisiscomms.one_cpu import OneCpu

def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass

def cpus():
    tasks = os.listdir("/proc/self/task")
    return sorted({tuple(sorted(os.sched_getaffinity(int(t)))) for t in tasks})

allowed = set(os.sched_getaffinity(0))
keeper = OneCpu(max(allowed), allowed, interval=0.2)
keeper.start()
seen = {"start": cpus()}
one, every = [(max(allowed),)], [tuple(sorted(allowed))]
worker = threading.Thread(target=spin, args=(5.0,))  # another thread works
worker.start()
# looked at until it holds (at most 4 s): on a loaded machine the keeper's intervals stretch
deadline = time.monotonic() + 4.0
while time.monotonic() < deadline and cpus() != one:
    time.sleep(0.1)
seen["two threads"] = cpus()
worker.join()
deadline = time.monotonic() + 4.0  # only the main thread (the event loop's) works
while time.monotonic() < deadline and cpus() != every:
    spin(0.1)
seen["loop only"] = cpus()
keeper.stop()
print(json.dumps(seen))
"""


def test_the_threads_keep_to_one_cpu_only_while_more_than_the_event_loop_works() -> None:
    """Every CPU at the start (nothing works); one CPU once a thread other than the main one
    has worked for three intervals; every CPU again once only the main thread has worked for
    two intervals. Each state is waited for up to 4 s (20 intervals), not read at a fixed
    moment: under load the keeper's intervals stretch, and the test judges what it does, not
    how fast a busy machine lets it."""
    out = subprocess.run(
        [sys.executable, "-c", FOLLOW], capture_output=True, text=True, timeout=60, check=True
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    every = sorted(os.sched_getaffinity(0))
    one = [max(every)]

    assert seen["start"] == [every]
    assert seen["two threads"] == [one]
    assert seen["loop only"] == [every]
