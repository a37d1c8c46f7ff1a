"""The rehearsal audience: the team's own addresses, which receive a rehearsal's messages
for real, through the delivery engine and a real email channel, marked as a rehearsal.

Invariants:
- a rehearsal's broadcast reaches its dry-run channels and its audience, nothing else. In
  a rehearsal's broadcasts a delivery's `recipient_id` names a `RehearsalRecipient` of
  that incident, never a customer or a subscriber, and the engine (`Guard`, called from
  `messages.Composer.compose`) refuses and logs every other row, whatever wrote it: a real
  channel's row for no one (an X account, a webhook, a chat room), a channel that is not
  email, a member of another rehearsal, an address that left the audience since the
  rehearsal started (a user deactivated, an address taken out of the plan);
- the audience is the plan's `rehearsal.audience.emails` and the active users of its
  `roles` (by default every role of the plan; a user counts for a role when their account
  role is the role's or a higher one), resolved when the rehearsal starts (`enrol`) and
  checked again at every send;
- every message to it says it is a rehearsal: `PREFIX` before the subject, `notice` first
  in the body.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, func, select

from crisiscomms.accounts.models import User
from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus, RehearsalRecipient
from crisiscomms.channels.base import OutboundMessage
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody, RehearsalAudience
from crisiscomms.principal import Role

log = logging.getLogger("crisiscomms.rehearsal")
PREFIX = "[REHEARSAL] "
CHANNEL_PREFERENCE = ("internal", "customers", "subscribers", "public")
"""Which enabled email channel carries the audience's messages: the team's own first."""


def notice(plan_name: str, incident_id: int | None) -> str:
    """The line that opens every message to the rehearsal audience."""
    return (
        f"REHEARSAL: this message is part of an exercise of the {plan_name} plan "
        f"(rehearsal #{incident_id}). It went only to the rehearsal audience, never to "
        "customers, subscribers or public accounts. It is not a real incident."
    )


@dataclass(frozen=True)
class Member:
    """An address of the audience and why it is in it."""

    address: str
    source: str


def policy_of(body: PlanBody) -> RehearsalAudience:
    """The plan's rehearsal audience (the default one when the plan names none)."""
    return body.rehearsal.audience if body.rehearsal is not None else RehearsalAudience()


def resolve(session: Session, body: PlanBody) -> list[Member]:
    """The audience as it stands now: the plan's addresses, then its roles' active users."""
    policy = policy_of(body)
    found: dict[str, Member] = {}
    for email in policy.emails:
        address = email.strip().lower()
        found.setdefault(address, Member(address, "plan"))
    roles = {r.id: r for r in body.roles}
    wanted = policy.roles if policy.roles is not None else list(roles)
    if wanted:
        users = session.exec(select(User).where(col(User.active)).order_by(col(User.id))).all()
        for role_id in wanted:
            role = roles.get(role_id)
            if role is None:
                continue
            needed = Role(role.account_role.value)
            for user in users:
                if user.role.includes(needed):
                    address = user.email.strip().lower()
                    found.setdefault(address, Member(address, f"role:{role_id}"))
    return list(found.values())


def enrol(
    session: Session, incident: Incident, body: PlanBody, *, now: datetime
) -> list[RehearsalRecipient]:
    """Keep the rehearsal's audience as it stands when the rehearsal starts."""
    assert incident.rehearsal and incident.id is not None
    rows = [
        RehearsalRecipient(
            incident_id=incident.id, address=m.address, source=m.source, created_at=now
        )
        for m in resolve(session, body)
    ]
    session.add_all(rows)
    session.flush()
    return rows


def members(session: Session, incident_id: int) -> Sequence[RehearsalRecipient]:
    """The rehearsal's audience, in the order it was enrolled."""
    return session.exec(
        select(RehearsalRecipient)
        .where(RehearsalRecipient.incident_id == incident_id)
        .order_by(col(RehearsalRecipient.id))
    ).all()


def email_channel(session: Session) -> ChannelConfig | None:
    """The enabled email channel that carries the audience's messages, if there is one."""
    channels = session.exec(
        select(ChannelConfig)
        .where(col(ChannelConfig.enabled), ChannelConfig.kind == "email")
        .order_by(col(ChannelConfig.id))
    ).all()
    ranked = sorted(
        channels,
        key=lambda c: (
            CHANNEL_PREFERENCE.index(c.audience.value)
            if c.audience.value in CHANNEL_PREFERENCE
            else len(CHANNEL_PREFERENCE)
        ),
    )
    return ranked[0] if ranked else None


def count(session: Session, incident: Incident) -> int:
    """How many messages a broadcast of the rehearsal sends to its audience."""
    if email_channel(session) is None:
        return 0
    return int(
        session.exec(
            select(func.count())
            .select_from(RehearsalRecipient)
            .where(RehearsalRecipient.incident_id == incident.id)
        ).one()
    )


def write_deliveries(
    session: Session, broadcast: Broadcast, incident: Incident, now: datetime
) -> int:
    """One delivery per audience member on the audience's email channel; rows written."""
    channel = email_channel(session)
    found = members(session, incident.id or 0)
    if channel is None or not found:
        return 0
    session.execute(
        insert(Delivery),
        [
            {
                "broadcast_id": broadcast.id,
                "channel_id": channel.id,
                "recipient_id": member.id,
                "status": DeliveryStatus.PENDING.value,
                "attempts": 0,
                "next_attempt_at": now,
                "unconfirmed": False,
            }
            for member in found
        ],
    )
    return len(found)


class Guard:
    """The engine's check of a rehearsal's deliveries, for one batch (it keeps each
    rehearsal's current audience, so a batch resolves it once)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._allowed: dict[int, set[str]] = {}

    def check(
        self,
        incident: Incident,
        plan: PlanBody,
        channel: ChannelConfig,
        recipient_id: int,
        broadcast_id: int,
    ) -> RehearsalRecipient | str | None:
        """None for a dry-run channel (allowed as it is), the audience member this delivery
        goes to, or why it is refused (logged)."""
        if channel.kind == "dry-run":
            return None
        member = self.session.get(RehearsalRecipient, recipient_id) if recipient_id > 0 else None
        reason = None
        if channel.kind != "email":
            reason = (
                f"refused: a rehearsal goes only to dry-run channels and to its audience by "
                f"email, never to a {channel.kind} channel"
            )
        elif member is None or member.incident_id != incident.id:
            reason = "refused: the recipient is not in this rehearsal's audience"
        elif member.address not in self._current(incident, plan):
            reason = "refused: the address is no longer in the plan's rehearsal audience"
        if reason is not None:
            log.warning(
                "%s (rehearsal %s, broadcast %s, %s channel %s, recipient %s)",
                reason,
                incident.id,
                broadcast_id,
                channel.kind,
                channel.id,
                recipient_id,
            )
            return reason
        return member

    def _current(self, incident: Incident, plan: PlanBody) -> set[str]:
        key = incident.id or 0
        if key not in self._allowed:
            self._allowed[key] = {m.address for m in resolve(self.session, plan)}
        return self._allowed[key]


def message(
    member: RehearsalRecipient,
    *,
    subject: str,
    body: str,
    plan_name: str,
    incident_id: int | None,
    delivery_id: int,
    broadcast_id: int,
    host: str,
    metadata: dict[str, str],
) -> OutboundMessage:
    """The rehearsal's message to one member of its audience, marked as a rehearsal."""
    return OutboundMessage(
        delivery_id=str(delivery_id),
        kind="email",
        idempotency_key=f"<r{broadcast_id}.{member.id}@{host}>",
        recipient=member.address,
        subject=(PREFIX + subject)[:300],
        text=f"{notice(plan_name, incident_id)}\n\n{body}",
        metadata={**metadata, "rehearsal": "true"},
    )


def rehearsal_broadcasts(session: Session, broadcast_ids: set[int]) -> set[int]:
    """Which of these broadcasts belong to a rehearsal."""
    if not broadcast_ids:
        return set()
    found = session.exec(
        select(Broadcast.id)
        .join(Incident, col(Incident.id) == col(Broadcast.incident_id))
        .where(col(Broadcast.id).in_(broadcast_ids), col(Incident.rehearsal))
    ).all()
    return {i for i in found if i is not None}
