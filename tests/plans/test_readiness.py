"""Plan readiness (`plans doctor`): each kind of unreadiness is found, table-driven, on the
service-outage plan made ready first; warnings never make a plan unready."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus, Delivery, DeliveryStatus
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.flows import readiness, rehearsals
from crisiscomms.plans.models import PlanVersion
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM, Role
from tests.conftest import NOW, load_library_plan
from tests.factories import auth_headers, make_user
from tests.web.helpers import page_sign_in

CHANNELS = [
    ("X", "x", Audience.PUBLIC),
    ("Mastodon", "mastodon", Audience.PUBLIC),
    ("Customer email", "email", Audience.CUSTOMERS),
    ("SMS gateway", "apprise", Audience.CUSTOMERS),
    ("Partner webhook", "webhook", Audience.CUSTOMERS),
    ("Staff Slack", "apprise", Audience.INTERNAL),
]


def add_channel(
    session: Session, name: str, kind: str, audience: Audience, *, tested_days_ago: int | None = 1
) -> ChannelConfig:
    config = ChannelConfig(
        name=name,
        kind=kind,
        audience=audience,
        settings_encrypted="",
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(config)
    session.flush()
    if tested_days_ago is not None:
        sent_at = NOW - timedelta(days=tested_days_ago)
        test = Broadcast(
            kind="test",
            audiences=[audience.value],
            status=BroadcastStatus.DONE,
            scheduled_at=sent_at,
            created_by="test",
            created_at=sent_at,
        )
        session.add(test)
        session.flush()
        session.add(
            Delivery(
                broadcast_id=test.id or 0,
                channel_id=config.id or 0,
                status=DeliveryStatus.SENT,
                next_attempt_at=sent_at,
                sent_at=sent_at,
            )
        )
        session.flush()
    return config


def make_ready(session: Session) -> None:
    for name, kind, audience in CHANNELS:
        add_channel(session, name, kind, audience)
    for role in (Role.COMMANDER, Role.APPROVER, Role.COMMS):
        make_user(session, role=role)


def canned_investigating(body: PlanBody) -> PlanBody:
    templates = dict(body.templates)
    stage = next(iter(templates))
    locales = {
        locale: sections.model_copy(
            update={"apology": "We apologise for any inconvenience this may have caused."}
        )
        for locale, sections in templates[stage].items()
    }
    templates[stage] = locales
    return body.model_copy(update={"templates": templates})


def _disable(session: Session, name: str) -> None:
    config = session.exec(select(ChannelConfig).where(ChannelConfig.name == name)).one()
    config.enabled = False
    session.add(config)
    session.flush()


Case = tuple[str, Callable[[Session], None], Callable[[PlanBody], PlanBody], str, str]
CASES: list[Case] = [
    (
        "no-channel",
        lambda s: _disable(s, "Customer email"),
        lambda b: b,
        "channel email for customers",
        "no enabled email channel serves the customers audience",
    ),
    (
        "only-dry-run",
        lambda s: (_disable(s, "X"), add_channel(s, "Rehearsal", "dry-run", Audience.PUBLIC)),
        lambda b: b,
        "channel x for public",
        "only a dry-run channel serves the public audience",
    ),
    (
        "never-tested",
        lambda s: (
            _disable(s, "Partner webhook"),
            add_channel(s, "New webhook", "webhook", Audience.CUSTOMERS, tested_days_ago=None),
        ),
        lambda b: b,
        "channel webhook for customers",
        "no test send went through in the last 30 days",
    ),
    (
        "tested-too-long-ago",
        lambda s: (
            _disable(s, "Partner webhook"),
            add_channel(s, "Old webhook", "webhook", Audience.CUSTOMERS, tested_days_ago=45),
        ),
        lambda b: b,
        "channel webhook for customers",
        "no test send went through in the last 30 days",
    ),
    (
        "no-approver",
        lambda s: [
            (setattr(u, "active", False), s.add(u))
            for u in s.exec(
                select(readiness.User).where(
                    col(readiness.User.role).in_([Role.APPROVER, Role.COMMANDER])
                )
            )
        ],
        lambda b: b,
        "role approver",
        "nobody active holds the approver role",
    ),
    (
        "template-fails-check",
        lambda s: None,
        canned_investigating,
        "template investigating",
        "non_apology",
    ),
    (
        "holding-not-pre-approved",
        lambda s: None,
        lambda b: b.model_copy(
            update={
                "holding_statement": b.holding_statement.model_copy(update={"pre_approved": False})
            }
        ),
        "holding statement",
        "not pre-approved",
    ),
]


def test_a_ready_plan_is_ready_and_a_missing_subscribers_channel_only_warns(
    session: Session, outage_plan: PlanVersion
) -> None:
    make_ready(session)
    found = readiness.check(session, load_library_plan("service-outage"), now=NOW)
    assert found.ready, [i for i in found.problems]
    subscribers, rehearsal = found.problems
    assert subscribers.severity == "warning"
    assert subscribers.check == "channel email for subscribers"
    assert rehearsal.severity == "warning" and rehearsal.check == "last rehearsal"
    assert rehearsal.detail.startswith("never rehearsed. Run `crisiscomms rehearse service-outage`")
    # Rehearsed (and ended) lately: the warning goes; 91 days on, it is back.
    incident = rehearsals.start(
        session, plan_slug="service-outage", severity=None, speed=60, actor=SYSTEM, now=NOW
    )
    report = rehearsals.finish(session, incident.id or 0, actor=SYSTEM, now=NOW)
    found = readiness.check(session, load_library_plan("service-outage"), now=NOW)
    assert [i.check for i in found.problems] == ["channel email for subscribers"]
    (item,) = [i for i in found.items if i.check == "last rehearsal"]
    assert (
        item.ok and item.detail == f"rehearsed 0 day(s) ago, score {report.score} ({report.grade})"
    )
    later = readiness.check(
        session, load_library_plan("service-outage"), now=NOW + timedelta(days=91)
    )
    (stale,) = [i for i in later.problems if i.check == "last rehearsal"]
    assert "last rehearsed 91 day(s) ago" in stale.detail


@pytest.mark.parametrize(
    ("name", "arrange", "edit", "check", "detail"), CASES, ids=[c[0] for c in CASES]
)
def test_each_kind_of_unreadiness_is_found(
    session: Session,
    name: str,
    arrange: Callable[[Session], None],
    edit: Callable[[PlanBody], PlanBody],
    check: str,
    detail: str,
) -> None:
    make_ready(session)
    arrange(session)
    session.flush()
    found = readiness.check(session, edit(load_library_plan("service-outage")), now=NOW)
    assert not found.ready
    failing = {i.check: i.detail for i in found.problems if i.severity == "error"}
    # Nobody at approver or above: every role needing one of them fails.
    expected = {check, "role commander", "role compliance"} if name == "no-approver" else {check}
    assert set(failing) == expected, failing
    assert detail in failing[check]


def test_the_api_the_page_and_the_control_center_agree(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    answer = client.get("/api/v1/plans/readiness", headers=auth_headers(session, Role.VIEWER))
    assert answer.status_code == 200
    (plan,) = answer.json()
    assert plan["slug"] == "service-outage" and plan["ready"] is False  # no channels at all
    assert any(i["check"] == "channel x for public" and not i["ok"] for i in plan["items"])
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    page = client.get("/readiness").text
    assert 'data-plan="service-outage"' in page and 'data-ready="no"' in page
    home = client.get("/").text
    assert "Plans ready for a crisis: <strong>0 of 1</strong>" in home
