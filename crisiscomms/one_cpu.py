"""A lone server's threads on one CPU while they take turns at the interpreter lock, and on
every CPU it may use while only the event loop works.

A process's Python threads share one interpreter lock. When they run on two cores, each
hand-over wakes a thread on the other core, many times a request: with the in-process
worker sending email and fifty people working, a lone `serve` started broadcasts after
25-31 s on two cores and after about 1 s on one (bench/staff_load.py; the runs are in
docs/pages/deployment.md). But when only the event loop works (a refresh storm on the
public views, answered from memory), there is no hand-over to save, and a process held to
one CPU must share it with whatever else runs there: the kernel can no longer move it to
the CPU that is free (bench/status_storm.py: 9,600 requests a second and a p99 of 0.9 s
held to one CPU, 15,500 and 0.17 s free to move, with the load generator on the machine).

So `OneCpu` looks every `interval` seconds at how much CPU the threads other than the
event loop's used (Linux `/proc/self/task`): while they work (at least `busy` of the
interval, three intervals in a row), every thread is kept on one CPU; after two quiet
intervals (under `quiet`), the process may use every CPU again, until the other threads
work again. It starts free: an idle server has no hand-over to save, and a storm that
starts on an idle server must not find it held to a CPU it shares with the load.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

log = logging.getLogger("crisiscomms.serve")

TASKS = Path("/proc/self/task")
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def pin_threads(cpus: set[int]) -> None:
    """Every thread of this process (and those it starts later) on these CPUs."""
    for thread in map(int, os.listdir(TASKS)):
        try:
            os.sched_setaffinity(thread, cpus)
        except OSError:  # a thread that ended meanwhile
            continue


def _stat(thread: str) -> list[str] | None:
    """The fields of a thread's stat line after its name (field 3 on), or None if it ended."""
    try:
        line = (TASKS / thread / "stat").read_text()
    except OSError:
        return None
    return line.rpartition(")")[2].split()


def other_threads_seconds(main: int) -> float:
    """CPU seconds used so far by this process's threads other than `main` (alive ones)."""
    ticks = 0
    for thread in os.listdir(TASKS):
        if int(thread) == main:
            continue
        fields = _stat(thread)
        if fields is not None:
            ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
    return ticks / TICK


class OneCpu:
    """Keeps a process's threads on one CPU while threads other than `main` work."""

    def __init__(
        self,
        cpu: int,
        allowed: set[int],
        *,
        main: int | None = None,
        interval: float = 0.5,
        busy: float = 0.10,
        quiet: float = 0.05,
    ) -> None:
        self.cpu = cpu
        self.allowed = set(allowed)
        # The event loop's thread: the main one, where `serve` runs uvicorn.
        self.main: int = main or threading.main_thread().native_id or threading.get_native_id()
        self.interval = interval
        self.busy = busy
        self.quiet = quiet
        self.pinned = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def pin(self) -> None:
        """Every thread on `cpu` (always the same one: the server's check processes keep
        to the others)."""
        pin_threads({self.cpu})
        self.pinned = True

    def release(self) -> None:
        """Every thread on every CPU the process may use."""
        pin_threads(self.allowed)
        self.pinned = False

    def start(self) -> None:
        """Follow the other threads' work in a daemon thread (every CPU until they work)."""
        self._thread = threading.Thread(target=self._follow, name="one-cpu", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _follow(self) -> None:
        # This thread's own reads are a few hundred microseconds a second: far under `quiet`
        # (the kernel counts in ticks of 10 ms, so `quiet` must allow a few of them: the
        # public views' refresher and an idle in-process worker use one or two a second).
        try:
            used = other_threads_seconds(self.main)
            busy = calm = 0
            while not self._stop.wait(self.interval):
                now = other_threads_seconds(self.main)
                # Threads that ended take their ticks with them: never below zero.
                share = max(0.0, now - used) / self.interval
                used = now
                # Held after three busy intervals in a row, freed after two quiet ones: a
                # burst (the public views rendered again after a publish) does not hold
                # the process on one CPU as a storm on them begins.
                busy = busy + 1 if share >= self.busy else 0
                calm = calm + 1 if share < self.quiet else 0
                if busy >= 3 and not self.pinned:
                    self.pin()
                elif calm >= 2 and self.pinned:
                    self.release()
        except Exception:  # never take the server down for a scheduling hint
            log.exception("stopped following the threads' work; their CPUs stay as they are")
