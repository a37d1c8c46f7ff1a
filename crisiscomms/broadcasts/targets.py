"""Which configured channels a broadcast reaches, and how many messages that makes.

A plan audience (public, customers, internal) names plan channel kinds; a configured
channel serves one audience kind. A configured channel is a target of a broadcast when it
is enabled, serves the kind of a chosen audience, and its kind is one the plan audience
uses (`apprise` stands for the plan's apprise and SMS-gateway channels; a `dry-run`
channel stands in for every kind, so a rehearsal sees everything). Email and dry-run
channels for customers send one message per affected customer, and for subscribers one per
confirmed subscriber following the incident's components; the others one message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from crisiscomms.broadcasts import estimates, rehearsal_audience
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.customers.audience import AudienceScope
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import CHANNEL_SERVES

PLAN_KINDS: dict[str, frozenset[str]] = {
    "x": frozenset({"x"}),
    "mastodon": frozenset({"mastodon"}),
    "bluesky": frozenset({"bluesky"}),
    "threads": frozenset({"threads"}),
    "facebook": frozenset({"facebook"}),
    "linkedin": frozenset({"linkedin"}),
    "apprise": frozenset({"apprise", "sms"}),
    "email": frozenset({"email"}),
    "webhook": frozenset({"webhook"}),
}
PER_RECIPIENT_KINDS = frozenset({"email", "dry-run"})
PER_RECIPIENT_AUDIENCES = frozenset({"customers", "subscribers"})


def per_recipient(channel: ChannelConfig, *, rehearsal: bool = False) -> bool:
    """Whether the channel sends one message per person (customer or subscriber). Never in
    a rehearsal: its dry-run record is one message, seen by the team, never per customer.
    For subscribers, webhook and apprise channels send to each subscriber's own URL or
    phone too (`subscribers.models.CHANNEL_SERVES`)."""
    if rehearsal:
        return False
    if channel.audience == "subscribers":
        return channel.kind in CHANNEL_SERVES
    return channel.audience in PER_RECIPIENT_AUDIENCES and channel.kind in PER_RECIPIENT_KINDS


def to_subscribers(channel: ChannelConfig) -> bool:
    """Whether the channel's per-person messages go to subscribers rather than customers."""
    return per_recipient(channel) and channel.audience == "subscribers"


@dataclass(frozen=True)
class Target:
    """A channel a broadcast reaches, for one of its audiences."""

    channel: ChannelConfig
    audience_id: str


def targets(
    session: Session, plan: PlanBody, audience_ids: Sequence[str], *, rehearsal: bool = False
) -> list[Target]:
    """The enabled channels that reach the chosen plan audiences (each channel once); for a
    rehearsal, only the dry-run ones (the engine refuses anything else again at send)."""
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
            if rehearsal and channel.kind != "dry-run":
                continue
            # Subscribers chose their own way (email, webhook, SMS, chat): every channel
            # serving them is a target, whichever channel kinds the plan's audience lists.
            chosen = audience.kind.value == "subscribers" and channel.kind in CHANNEL_SERVES
            if (
                chosen
                or channel.kind == "dry-run"
                or used & PLAN_KINDS.get(channel.kind, frozenset())
            ):
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
    if incident.rehearsal:
        return len(found) + rehearsal_audience.count(session, incident)
    customers = [t for t in found if per_recipient(t.channel) and not to_subscribers(t.channel)]
    followers = [t for t in found if to_subscribers(t.channel)]
    size = estimates.audience_size(session, incident, now=now, max_age=max_age) if customers else 0
    products = AudienceScope.of(incident).products
    following = sum(
        subscriber_service.count_following(session, products, CHANNEL_SERVES[t.channel.kind])
        for t in followers
    )
    others = len(found) - len(customers) - len(followers)
    return size * len(customers) + following + others
