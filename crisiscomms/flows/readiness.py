"""Is each plan ready for a crisis? The checks a team would make the day before one.

For every plan: each channel its audiences use is configured (and not only as a dry run)
and passed a test send recently; each role has at least one active user who holds it;
each stage's template drafts for a sample incident in every language and passes the
transparency check; the holding statement is pre-approved; the plan was rehearsed (a
rehearsal ended) in the last 90 days. A plan is ready when no error stands; warnings (a
subscribers audience with no channel, a plan not rehearsed lately) are shown but do not make
it unready. `crisiscomms plans doctor`, `GET /api/v1/plans/readiness`, the plans page and the
control center's badge all read this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session, col, select

from crisiscomms.accounts.models import User
from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus
from crisiscomms.broadcasts.targets import PLAN_KINDS
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.models import Plan
from crisiscomms.plans.schema import AudienceKind, ChannelKind, PlanBody
from crisiscomms.principal import Role
from crisiscomms.rehearsals.models import Rehearsal
from crisiscomms.statements import plan_check

TEST_SEND_WITHIN = timedelta(days=30)
REHEARSED_WITHIN = timedelta(days=90)
BUILT_IN = frozenset({ChannelKind.STATUS_PAGE, ChannelKind.DRY_RUN})
"""Channels crisiscomms itself is (the status page) or that reach nobody (a dry run)."""


@dataclass(frozen=True)
class Item:
    """One thing checked: what, whether it holds, and what to do if not."""

    check: str
    ok: bool
    detail: str
    severity: Literal["error", "warning"] = "error"


@dataclass
class Readiness:
    slug: str
    name: str
    items: list[Item] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return all(i.ok or i.severity == "warning" for i in self.items)

    @property
    def problems(self) -> list[Item]:
        return [i for i in self.items if not i.ok]


@dataclass(frozen=True)
class _Setup:
    """What every plan is checked against: read once for all the plans."""

    configured: Sequence[ChannelConfig]
    """The enabled channels."""
    tested: frozenset[int]
    """Channels with a test send that went through within the window."""
    roles: Sequence[str]
    """The active users' roles."""


def _setup(session: Session, now: datetime, within: timedelta) -> _Setup:
    # The test broadcasts first, then their deliveries by broadcast: joined in one query,
    # SQLite walks every sent delivery (a million after a large broadcast) to find the few
    # of test sends, on every control-center refresh.
    tests = session.exec(select(Broadcast.id).where(Broadcast.kind == "test")).all()
    tested = (
        session.exec(
            select(Delivery.channel_id).where(
                col(Delivery.broadcast_id).in_(tests),
                Delivery.status == DeliveryStatus.SENT,
                col(Delivery.sent_at) >= now - within,
            )
        ).all()
        if tests
        else []
    )
    return _Setup(
        configured=session.exec(select(ChannelConfig).where(col(ChannelConfig.enabled))).all(),
        tested=frozenset(tested),
        roles=session.exec(select(User.role).where(col(User.active))).all(),
    )


def _channels(setup: _Setup, body: PlanBody, within: timedelta) -> list[Item]:
    configured, tested = setup.configured, setup.tested
    kinds = {c.id: c.kind for c in body.channels}
    items = []
    for audience in body.audiences:
        optional = audience.kind == AudienceKind.SUBSCRIBERS
        for ref in audience.channels:
            kind = kinds.get(ref)
            if kind is None or kind in BUILT_IN:
                continue
            name = f"channel {ref} for {audience.id}"
            wanted = {k for k, plan_kinds in PLAN_KINDS.items() if kind.value in plan_kinds}
            serving = [c for c in configured if c.audience.value == audience.kind.value]
            real = [c for c in serving if c.kind in wanted]
            severity: Literal["error", "warning"] = "warning" if optional else "error"
            if not real:
                dry = any(c.kind == "dry-run" for c in serving)
                detail = (
                    f"only a dry-run channel serves the {audience.kind.value} audience: "
                    f"nothing would reach them. Add a {kind.value} channel"
                    if dry
                    else f"no enabled {kind.value} channel serves the {audience.kind.value} "
                    "audience. Add one on the Channels page"
                )
                items.append(Item(name, False, detail, severity))
            elif not any(c.id in tested for c in real):
                names = ", ".join(c.name for c in real)
                items.append(
                    Item(
                        name,
                        False,
                        f"{names}: no test send went through in the last {within.days} days. "
                        "Send a test from the channel's page",
                        severity,
                    )
                )
            else:
                items.append(Item(name, True, "configured, and a test send went through"))
    return items


def _roles(setup: _Setup, body: PlanBody) -> list[Item]:
    ranks = [Role(role).rank for role in setup.roles]
    items = []
    for role in body.roles:
        needed = Role(role.account_role.value)
        holders = sum(1 for rank in ranks if rank >= needed.rank)
        if holders:
            items.append(Item(f"role {role.id}", True, f"{holders} active user(s) can act"))
        else:
            items.append(
                Item(
                    f"role {role.id}",
                    False,
                    f"nobody active holds the {needed.value} role (or higher) for "
                    f"{role.title}. Add or promote a user",
                )
            )
    return items


_TEMPLATE_ITEMS: dict[int, list[Item]] = {}
"""Per plan version: its templates never change, so they are checked once per process."""


def _templates(body: PlanBody, version_id: int | None) -> list[Item]:
    if version_id is not None and version_id in _TEMPLATE_ITEMS:
        return _TEMPLATE_ITEMS[version_id]
    items = []
    for stage, problems in plan_check.stage_templates(body):
        if problems:
            detail = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
            items.append(Item(f"template {stage}", False, detail))
        else:
            items.append(Item(f"template {stage}", True, "drafts in every language and passes"))
    if version_id is not None:
        _TEMPLATE_ITEMS[version_id] = items
    return items


def _holding(body: PlanBody) -> Item:
    if body.holding_statement.pre_approved:
        return Item("holding statement", True, "pre-approved: it may go out without review")
    return Item(
        "holding statement",
        False,
        "not pre-approved: when an update is due and nothing is ready, the watchdog can only "
        "escalate. Set holding_statement.pre_approved after review",
    )


def _rehearsed(session: Session, body: PlanBody, now: datetime) -> Item:
    last = session.exec(
        select(Rehearsal)
        .join(Plan, col(Plan.id) == col(Rehearsal.plan_id))
        .where(Plan.slug == body.slug, col(Rehearsal.ended_at).is_not(None))
        .order_by(col(Rehearsal.ended_at).desc())
        .limit(1)
    ).first()
    how = f"Run `crisiscomms rehearse {body.slug}` or press Rehearse this plan on its page"
    if last is None or last.ended_at is None:
        return Item("last rehearsal", False, f"never rehearsed. {how}", "warning")
    days = (now - last.ended_at).days
    graded = f"{days} day(s) ago, score {last.score} ({last.grade})"
    if now - last.ended_at > REHEARSED_WITHIN:
        return Item(
            "last rehearsal",
            False,
            f"last rehearsed {graded}, more than {REHEARSED_WITHIN.days} days. {how}",
            "warning",
        )
    return Item("last rehearsal", True, f"rehearsed {graded}")


def check(
    session: Session,
    body: PlanBody,
    *,
    now: datetime,
    within: timedelta = TEST_SEND_WITHIN,
    templates: bool = True,
    version_id: int | None = None,
    setup: _Setup | None = None,
) -> Readiness:
    """One plan's readiness (`templates=False` leaves out the slower template checks)."""
    setup = setup or _setup(session, now, within)
    found = Readiness(body.slug, body.name)
    found.items += _channels(setup, body, within)
    found.items += _roles(setup, body)
    if templates:
        found.items += _templates(body, version_id)
    found.items.append(_holding(body))
    found.items.append(_rehearsed(session, body, now))
    return found


def check_all(
    session: Session,
    *,
    now: datetime,
    within: timedelta = TEST_SEND_WITHIN,
    templates: bool = True,
) -> Sequence[Readiness]:
    """Every active plan's readiness, by slug (the channels, test sends and users are read
    once for all of them)."""
    setup = _setup(session, now, within)
    found = [
        check(
            session,
            body,
            now=now,
            within=within,
            templates=templates,
            version_id=version_id,
            setup=setup,
        )
        for version_id, body in plan_service.current_bodies(session)
    ]
    return sorted(found, key=lambda r: r.slug)
