"""Where a delivery engine step's CPU goes, phase by phase (bench/broadcast_email.py
`--phases`; one worker process, the engine in the benchmark's own process).

Each phase is a function of the engine wrapped for the run: its thread CPU time
(`time.thread_time_ns`, so a phase waiting on the sink or the database costs nothing) is
added up per phase. Phases nest: "compose" includes "render", "step" includes all but the
fan-out, which the worker loop runs beside the step. Rendering is what the minimal pipeline
does too (the same `EmailPersonaliser`); the rest is what reliability costs.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from crisiscomms.broadcasts import messages, outbox
from crisiscomms.flows import scheduled
from crisiscomms.statements.personalise import EmailPersonaliser
from crisiscomms.worker import aftermath, delivery, skipping

PHASES: list[tuple[Any, str, str]] = [
    (scheduled, "fan_out", "fan-out (the worker loop, beside the step)"),
    (delivery.DeliveryEngine, "step", "step, in all"),
    (delivery.DeliveryEngine, "_claim", "  claim (with rate limits)"),
    (outbox, "recover_expired", "  recover expired leases"),
    (delivery.DeliveryEngine, "_prepare", "  prepare (channels, re-checks, compose)"),
    (skipping, "cancelled", "    cancelled broadcasts"),
    (skipping, "superseded", "    superseded updates"),
    (messages.Composer, "compose", "    compose"),
    (messages, "_customers", "      read the customers"),
    (messages, "_suppressed", "      suppressions"),
    (messages.Composer, "_out_of_scope", "      scope re-check"),
    (EmailPersonaliser, "render", "      render (as the pipeline does)"),
    # send_all is a coroutine function: its CPU is spent inside the event loop's run
    (asyncio.Runner, "run", "  send"),
    (delivery.DeliveryEngine, "_record", "  record (results, attempts, aftermath)"),
    (aftermath, "after", "    aftermath"),
]


class Phases:
    """Thread CPU and elapsed time per phase, added up over every call while `measuring`."""

    def __init__(self) -> None:
        self.nanoseconds: Counter[str] = Counter()
        self.wall: Counter[str] = Counter()
        """Elapsed time per phase: beside the CPU, what the phase waited (the database's
        commits and round trips, the sink)."""

    def _timed(self, function: Callable[..., Any], label: str) -> Callable[..., Any]:
        spent, wall = self.nanoseconds, self.wall

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, began = time.thread_time_ns(), time.perf_counter_ns()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.thread_time_ns() - started
                wall[label] += time.perf_counter_ns() - began

        return timed

    @contextmanager
    def measuring(self) -> Iterator[None]:
        """The phases wrapped for the block, restored after it."""
        originals = [(owner, name, getattr(owner, name)) for owner, name, _ in PHASES]
        try:
            for owner, name, label in PHASES:
                setattr(owner, name, self._timed(getattr(owner, name), label))
            yield
        finally:
            for owner, name, original in originals:
                setattr(owner, name, original)

    def lines(self, messages_sent: int, runs: int, pipeline_cpu: float | None) -> list[str]:
        """Per phase, µs of CPU and of elapsed time per message (the mean over the runs)."""
        out = [f"{'phase':48} CPU µs/msg  elapsed µs/msg"]
        for _, _, label in PHASES:
            per = self.nanoseconds[label] / 1000 / (messages_sent * runs)
            elapsed = self.wall[label] / 1000 / (messages_sent * runs)
            out.append(f"{label:48} {per:10.1f}  {elapsed:14.1f}")
        labels = {name: label for _, name, label in PHASES}
        render = self.nanoseconds[labels["render"]] / 1000 / (messages_sent * runs)
        whole = (
            (self.nanoseconds[labels["fan_out"]] + self.nanoseconds[labels["step"]])
            / 1000
            / (messages_sent * runs)
        )
        out.append(f"{'engine beyond rendering':48} {whole - render:7.1f}")
        if pipeline_cpu is not None:
            out.append(
                f"{'pipeline beyond rendering (its CPU - render)':48} {pipeline_cpu - render:7.1f}"
            )
            out.append(
                f"{'engine total allowed for 0.8 of the pipeline':48} {pipeline_cpu / 0.8:7.1f}"
            )
        return out
