"""Factories for commitment tests: statements published with promises, on pinned times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.commitments.models import Commitment, CommitmentReport
from crisiscomms.flows import publish as publish_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents.models import Incident, IncidentEvent
from crisiscomms.notifications.models import Notification
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import Principal, Role
from crisiscomms.statements import approval
from crisiscomms.statements.content import CommitmentDraft, StatementContent
from crisiscomms.statements.models import Statement
from tests.statements.factories import make_incident, person


def draft(session: Session, incident_id: int, author: Principal, *, now: datetime) -> Statement:
    """A fresh draft for the incident's current stage."""
    return statement_flow.draft(
        session, incident_id, stage=None, holding=False, actor=author, now=now
    )


def content_of(statement: Statement) -> StatementContent:
    """The statement's content as its model."""
    return StatementContent.model_validate(statement.content)


def release(
    session: Session,
    statement: Statement,
    *,
    author: Principal,
    approver: Principal,
    now: datetime,
    promises: list[CommitmentDraft] | None = None,
    next_update_at: datetime | None = None,
    commitments_text: str | None = None,
) -> Statement:
    """Edit (add promises, change the next update time or the commitments text), approve, publish.

    The stored check result is forced to pass: these tests are about commitments, not wording.
    """
    content = content_of(statement)
    changes: dict[str, object] = {}
    if promises:
        changes["commitments"] = [*content.commitments, *promises]
    if next_update_at is not None:
        changes["next_update_at"] = next_update_at
    if changes or commitments_text is not None:
        content = content.model_copy(update=changes)
        if commitments_text is not None:
            for value in content.locales.values():
                value.sections.commitments = commitments_text
        statement = statement_flow.save(
            session,
            statement.id or 0,
            content,
            base_revision=statement.revision,
            actor=author,
            now=now,
        )
    statement.check_passed = True
    session.add(statement)
    session.flush()
    approval.submit(session, statement.id or 0, actor=author, now=now)
    approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=now)
    return publish_flow.publish_statement(session, statement.id or 0, actor=approver, now=now)


@dataclass(frozen=True)
class Scene:
    """An incident under the service-outage plan, with the people who speak for it."""

    incident: Incident
    author: Principal
    approver: Principal
    commander: Principal

    @property
    def incident_id(self) -> int:
        """The incident's id."""
        return self.incident.id or 0


def scene(session: Session, plan: str | PlanBody = "service-outage") -> Scene:
    """A fresh incident activated at NOW with a commander, an author and an approver."""
    commander = person(session, Role.COMMANDER)
    incident = make_incident(session, plan, commander_id=commander.user_id)
    return Scene(
        incident=incident,
        author=person(session, Role.COMMS),
        approver=person(session, Role.APPROVER),
        commander=commander,
    )


def promise(
    text: str, owner: Principal, due_at: datetime, *, public: bool = True
) -> CommitmentDraft:
    """A commitment draft owned by `owner`."""
    return CommitmentDraft(text=text, owner_id=owner.user_id, due_at=due_at, public=public)


def first_statement(
    session: Session, s: Scene, *promises: CommitmentDraft, now: datetime
) -> Statement:
    """Draft and publish a statement at `now` making `promises`."""
    statement = draft(session, s.incident_id, s.author, now=now)
    return release(
        session, statement, author=s.author, approver=s.approver, now=now, promises=list(promises)
    )


def state(session: Session, incident_id: int) -> tuple[object, ...]:
    """Everything a refused change must leave as it was."""
    commitments = session.exec(
        select(Commitment).where(Commitment.incident_id == incident_id).order_by(col(Commitment.id))
    ).all()
    return (
        [c.model_dump() for c in commitments],
        len(session.exec(select(Notification)).all()),
        len(session.exec(select(CommitmentReport)).all()),
        len(
            session.exec(
                select(IncidentEvent).where(IncidentEvent.incident_id == incident_id)
            ).all()
        ),
        len(session.exec(select(AuditEvent)).all()),
    )
