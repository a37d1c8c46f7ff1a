"""One next-update time (issue 22, point 2): the statement's text, its next-update
commitment, the incident's deadline, the public status view and the watchdog all show the
time the statement promised, even when the plan's cadence alone would give a sooner one."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import CommitmentKind
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Role
from crisiscomms.statements import approval
from crisiscomms.statements.content import StatementContent
from crisiscomms.statuspage import service as statuspage_service
from crisiscomms.watchdog import status as watchdog_status
from tests.conftest import NOW
from tests.statements.factories import make_incident, person


def test_every_view_shows_the_promised_next_update(session: Session) -> None:
    incident = make_incident(session)
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    commander = person(session, Role.COMMANDER)
    now = NOW + timedelta(minutes=3)  # the draft rounds its promise up to a 5-minute mark
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=now
    )
    promised = StatementContent.model_validate(statement.content).next_update_at
    assert promised is not None
    approval.submit(session, statement.id or 0, actor=author, now=now)
    approval.approve(
        session,
        statement.id or 0,
        override_reason="Reviewed by legal; wording required as is.",
        actor=approver,
        now=now,
    )
    broadcast_flow.publish_default(session, statement.id or 0, actor=commander, now=now)

    stored = session.get(Incident, incident.id)
    assert stored is not None
    cadence = incident_service.plan_of(session, stored).severity(stored.severity)
    # The case of the issue: the cadence alone would give a sooner time than the promise.
    assert promised > now + timedelta(minutes=cadence.update_cadence_minutes)
    assert stored.next_update_due_at == promised  # the deadline is the promise
    text = " ".join(
        value.sections.next_update
        for value in StatementContent.model_validate(statement.content).locales.values()
    )
    assert format_time(promised)[-9:] in text or f"{promised:%H:%M}" in text
    [update] = [
        c
        for c in commitment_service.list_commitments(session, incident.id or 0)
        if c.kind == CommitmentKind.NEXT_UPDATE
    ]
    assert update.due_at == promised
    view = statuspage_service.build(session, now=now)
    [public] = [i for i in view.current if i.id == incident.id]
    assert public.next_update_at == promised
    watched = watchdog_status.incident_status(session, stored, now=now)
    assert watched.next_deadline is not None and watched.next_deadline.due_at == promised
