"""Who is acting: a signed-in user, an API key, or the system itself, and the roles.

Below every domain: the audit trail and every service take a `Principal`; the account
tables (`accounts.models`) store its `Role`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Role(StrEnum):
    """Account roles, each including the powers of those before it."""

    VIEWER = "viewer"
    COMMS = "comms"
    APPROVER = "approver"
    COMMANDER = "commander"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        """Position in viewer < comms < approver < commander < admin."""
        return _RANKS[self]

    def includes(self, other: Role) -> bool:
        """Whether this role has at least the powers of `other`."""
        return _RANKS[self] >= _RANKS[other]


_RANKS = {role: number for number, role in enumerate(Role)}


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
