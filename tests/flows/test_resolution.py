"""The resolved update: resolving a public incident publishes the plan's resolved template
when it passes its check, else leaves the resolved line to the public views."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Broadcast
from crisiscomms.flows import statements as statement_flow
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents.models import Incident, IncidentEvent, IncidentStatus
from crisiscomms.plans.schema import PlanBody, Stage
from crisiscomms.principal import SYSTEM, Role
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.statuspage import service as statuspage_service
from tests.commitments.factories import release
from tests.conftest import NOW, load_library_plan
from tests.statements.factories import make_incident, person
from tests.statuspage.factories import publish_holding

FILLED = {
    "en": {
        "apology": ["about two hours"],
        "impact": [
            "You could not sign in or open your files for about two hours; no data was lost."
        ],
        "root_cause": [
            "a configuration change we made to our sign-in servers sent every request to one "
            "server, which could not cope",
            "our tests did not cover this setting",
        ],
        "remediation": [
            "we rolled the change back within the hour",
            "every configuration change now goes to one server first, and our tests cover "
            "this setting",
        ],
    },
    "bn": {
        "apology": ["প্রায় দুই ঘণ্টা"],
        "impact": ["প্রায় দুই ঘণ্টা আপনি সাইন ইন করতে বা ফাইল খুলতে পারেননি; কোনো ডেটা হারায়নি।"],
        "root_cause": [
            "আমাদের সাইন-ইন সার্ভারে আমাদের করা একটি সেটিং পরিবর্তন সব অনুরোধ একটি সার্ভারে "
            "পাঠাচ্ছিল, যা সেই চাপ নিতে পারেনি",
            "আমাদের পরীক্ষায় এই সেটিংটি ছিল না",
        ],
        "remediation": [
            "এক ঘণ্টার মধ্যেই আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি",
            "এখন থেকে প্রতিটি সেটিং পরিবর্তন আগে একটি সার্ভারে চালু হয়, আর আমাদের পরীক্ষায় এই সেটিংটি আছে",
        ],
    },
}
"""What staff would write in each placeholder of the resolved template, in order: real
content, so that the transparency check judges a statement a person would send."""


def complete_plan() -> PlanBody:
    """The outage plan with a resolved template that leaves nothing for staff to fill in."""
    body = load_library_plan("service-outage").model_dump(mode="json")
    body["slug"] = "service-outage-complete"
    for locale, sections in body["templates"][Stage.RESOLVED.value].items():
        for name, text in sections.items():
            fills = iter(FILLED[locale].get(name, []))
            sections[name] = re.sub(r"\[[^\[\]]*\]", lambda _, f=fills: next(f), text)
    return PlanBody.model_validate(body)


LATER = NOW + timedelta(minutes=5)
RESOLVED_AT = NOW + timedelta(minutes=30)


def resolve(session: Session, incident: Incident, *, at: datetime = RESOLVED_AT) -> None:
    status_flow.change_status(
        session, incident.id or 0, status=IncidentStatus.RESOLVED, note=None, actor=SYSTEM, now=at
    )


def statements_of(session: Session, incident: Incident) -> list[Statement]:
    return list(statement_service.list_statements(session, incident.id or 0))


def event_kinds(session: Session, incident: Incident) -> list[str]:
    events = session.exec(select(IncidentEvent).where(IncidentEvent.incident_id == incident.id))
    return [e.kind for e in events]


def test_a_complete_resolved_template_is_published_on_resolution(session: Session) -> None:
    incident = make_incident(session, complete_plan())
    holding = publish_holding(session, incident, now=LATER)
    resolve(session, incident)

    newest = max(statements_of(session, incident), key=lambda s: s.id or 0)
    assert newest.id != holding.id
    assert (newest.stage, newest.status) == ("resolved", StatementStatus.PUBLISHED)
    assert newest.published_at == RESOLVED_AT and newest.approved_by == SYSTEM.label
    assert newest.check_passed
    assert {"statement.approved", "statement.published"} <= set(event_kinds(session, incident))
    assert "statement.resolved_line" not in event_kinds(session, incident)
    assert session.exec(select(Broadcast)).first() is None  # published, not broadcast
    shown = statuspage_service.get_public_incident(session, incident.id or 0)
    assert shown.latest.statement_id == newest.id and shown.latest.status == "resolved"
    assert [u.statement_id for u in shown.updates] == [newest.id, holding.id]


def test_a_template_left_for_staff_is_not_published_and_the_timeline_says_why(
    session: Session,
) -> None:
    incident = make_incident(session)  # the library plan: its resolved template has [gaps]
    publish_holding(session, incident, now=LATER)
    before = len(statements_of(session, incident))
    resolve(session, incident)

    assert len(statements_of(session, incident)) == before  # no stray draft either
    [line] = session.exec(
        select(IncidentEvent).where(
            IncidentEvent.incident_id == incident.id,
            IncidentEvent.kind == "statement.resolved_line",
        )
    ).all()
    assert "This incident has been resolved." in line.message
    assert "[" in line.message  # the placeholder the check found
    shown = statuspage_service.get_public_incident(session, incident.id or 0)
    assert shown.latest.key == f"resolved-{incident.id}"


def test_nothing_is_added_before_the_incident_is_public(session: Session) -> None:
    incident = make_incident(session, complete_plan())
    resolve(session, incident)
    assert statements_of(session, incident) == []
    assert "statement.resolved_line" not in event_kinds(session, incident)


def test_a_resolved_statement_already_published_needs_nothing_more(session: Session) -> None:
    incident = make_incident(session, complete_plan())
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    drafted = statement_flow.draft(
        session, incident.id or 0, stage=Stage.RESOLVED, holding=False, actor=author, now=LATER
    )
    own = release(session, drafted, author=author, approver=approver, now=LATER)
    resolve(session, incident)
    assert [s.id for s in statements_of(session, incident)] == [own.id]
    assert "statement.resolved_line" not in event_kinds(session, incident)
