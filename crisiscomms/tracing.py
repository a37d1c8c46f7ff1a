"""The request id of the work in hand, for logs and audit records.

It lives below every layer: the HTTP middleware sets it, and the audit trail and the log
formatter read it, without either reaching up into the HTTP adapter.
"""

from __future__ import annotations

import contextvars
import itertools
import os
import secrets

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)


class _RequestIds:
    """16 hex digits: a random prefix per process and a counter. Unique like
    `secrets.token_hex(8)` without its system call per request (1.7 % of a refresh storm's
    time on the public fast path); they label log lines, nothing secret rests on them."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._prefix = secrets.randbits(32) << 32
        self._counter = itertools.count()

    def next(self) -> str:
        return f"{self._prefix | (next(self._counter) & 0xFFFFFFFF):016x}"


new_request_id = _RequestIds().next
"""A new request id, for a request that did not bring a usable one of its own."""
