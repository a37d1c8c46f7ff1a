"""Who is acting: a signed-in user, an API key, or the system itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crisiscomms.accounts.models import Role


@dataclass(frozen=True)
class Principal:
    """The actor behind a request or a job, as the services and the audit log see it."""

    kind: Literal["user", "api_key", "system"]
    id: int | None
    label: str
    role: Role
    user_id: int | None = None
    session_id: int | None = None
    must_change_password: bool = False

    def has(self, role: Role) -> bool:
        """Whether this actor holds at least `role`."""
        return self.role.includes(role)


SYSTEM = Principal(kind="system", id=None, label="system", role=Role.ADMIN)
"""The service itself: start-up imports, the worker and the watchdog."""
