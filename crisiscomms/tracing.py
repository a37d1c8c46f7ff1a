"""The request id of the work in hand, for logs and audit records.

It lives below every layer: the HTTP middleware sets it, and the audit trail and the log
formatter read it, without either reaching up into the HTTP adapter.
"""

from __future__ import annotations

import contextvars

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)
