"""Factories for status page tests: public incidents, with published statements."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.flows import publish as publish_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents.models import Incident
from crisiscomms.principal import SYSTEM, Role
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement
from tests.commitments.factories import release
from tests.statements.factories import person


def publish_holding(session: Session, incident: Incident, *, now: datetime) -> Statement:
    """Draft and publish the plan's pre-approved holding statement (no review needed)."""
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=True, actor=SYSTEM, now=now
    )
    return publish_flow.publish_statement(session, statement.id or 0, actor=SYSTEM, now=now)


def publish_text(
    session: Session, incident: Incident, *, now: datetime, **sections: str
) -> Statement:
    """Draft a statement, overwrite sections in every locale, approve and publish it."""
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=now
    )
    content = StatementContent.model_validate(statement.content)
    for locale in content.locales.values():
        for name, text in sections.items():
            setattr(locale.sections, name, text)
    statement = statement_flow.save(
        session,
        statement.id or 0,
        content,
        base_revision=statement.revision,
        actor=author,
        now=now,
    )
    return release(session, statement, author=author, approver=approver, now=now)
