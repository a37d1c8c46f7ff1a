"""Which configured channels a broadcast reaches, and how many messages that makes.

A plan audience (public, customers, internal) names plan channel kinds; a configured
channel serves one audience kind. A configured channel is a target of a broadcast when it
is enabled, serves the kind of a chosen audience, and its kind is one the plan audience
uses (`apprise` stands for the plan's apprise and SMS-gateway channels; a `dry-run`
channel stands in for every kind, so a rehearsal sees everything). Email and dry-run
channels for customers send one message per affected customer; the others one message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from crisiscomms.broadcasts import estimates
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody

PLAN_KINDS: dict[str, frozenset[str]] = {
    "x": frozenset({"x"}),
    "apprise": frozenset({"apprise", "sms"}),
    "email": frozenset({"email"}),
    "webhook": frozenset({"webhook"}),
}
PER_RECIPIENT_KINDS = frozenset({"email", "dry-run"})


def per_recipient(channel: ChannelConfig) -> bool:
    """Whether the channel sends one message per affected customer."""
    return channel.audience == "customers" and channel.kind in PER_RECIPIENT_KINDS


@dataclass(frozen=True)
class Target:
    """A channel a broadcast reaches, for one of its audiences."""

    channel: ChannelConfig
    audience_id: str


def targets(session: Session, plan: PlanBody, audience_ids: Sequence[str]) -> list[Target]:
    """The enabled channels that reach the chosen plan audiences (each channel once)."""
    channels = session.exec(
        select(ChannelConfig).where(col(ChannelConfig.enabled)).order_by(col(ChannelConfig.id))
    ).all()
    by_id = {a.id: a for a in plan.audiences}
    plan_kinds = {c.id: c.kind.value for c in plan.channels}
    found: dict[int, Target] = {}
    for audience_id in audience_ids:
        audience = by_id[audience_id]
        used = {plan_kinds.get(ref, ref) for ref in audience.channels}
        for channel in channels:
            if channel.audience != audience.kind.value or channel.id in found:
                continue
            if channel.kind == "dry-run" or used & PLAN_KINDS.get(channel.kind, frozenset()):
                assert channel.id is not None
                found[channel.id] = Target(channel, audience_id)
    return list(found.values())


def count_messages(
    session: Session,
    incident: Incident,
    found: Sequence[Target],
    *,
    now: datetime,
    max_age: timedelta = estimates.DEFAULT_MAX_AGE,
) -> int:
    """How many messages the targets make: the audience size for per-recipient channels.

    The audience size is the worker's recent estimate when there is one (see estimates).
    """
    recipients = [t for t in found if per_recipient(t.channel)]
    size = estimates.audience_size(session, incident, now=now, max_age=max_age) if recipients else 0
    return size * len(recipients) + len(found) - len(recipients)
