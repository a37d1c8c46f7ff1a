"""Draft, save and check a statement, with what its incident has promised so far.

A statement reports on the incident's earlier promises (what was kept, what was missed and
why) and the check must know which promises in the text are already tracked. Both come
from the commitments domain, which sits above statements; this is where the two meet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from crisiscomms.commitments import promised
from crisiscomms.plans.schema import Stage
from crisiscomms.principal import Principal
from crisiscomms.questions import ahead
from crisiscomms.questions.models import QuestionGroup
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.check import CheckReport
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement


def draft(
    session: Session,
    incident_id: int,
    *,
    stage: Stage | None,
    holding: bool,
    actor: Principal,
    now: datetime,
) -> Statement:
    """Draft from the plan's template for the stage, with the report on earlier promises
    and the answers staff marked to send ahead."""
    return statement_service.draft(
        session,
        incident_id,
        stage=stage,
        holding=holding,
        promises=_WithAnswersAhead(
            promised.of_incident(session, incident_id), ahead.pending(session, incident_id)
        ),
        actor=actor,
        now=now,
    )


class _WithAnswersAhead:
    """The incident's promises, and the answers to send ahead added to the draft's Q&A."""

    def __init__(self, promises: statement_service.Promises, groups: list[QuestionGroup]) -> None:
        self.promises = promises
        self.groups = groups

    def include(self, content: StatementContent) -> StatementContent:
        """The draft with the report on earlier promises and the answers sent ahead."""
        return ahead.include(self.promises.include(content), self.groups)

    def texts(self) -> Sequence[str]:
        """The text of every tracked promise."""
        return self.promises.texts()


def save(
    session: Session,
    statement_id: int,
    content: StatementContent,
    *,
    base_revision: int,
    actor: Principal,
    now: datetime,
) -> Statement:
    """Save an edit as a new revision and check it."""
    statement = statement_service.get_statement(session, statement_id)
    return statement_service.save(
        session,
        statement_id,
        content,
        base_revision=base_revision,
        promises=promised.of_incident(session, statement.incident_id),
        actor=actor,
        now=now,
    )


def check(
    session: Session, statement: Statement, content: StatementContent | None = None
) -> CheckReport:
    """The transparency check of a statement (or of unsaved content for it)."""
    return statement_service.check(
        session,
        statement,
        content,
        promises=promised.of_incident(session, statement.incident_id),
    )
