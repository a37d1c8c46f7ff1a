"""Saving statements: revisions, comparison, lost updates, locales."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from crisiscomms.errors import Conflict, ValidationFailed
from crisiscomms.flows import statements as statement_flow
from crisiscomms.principal import Role
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from tests.conftest import NOW
from tests.statements.factories import make_incident, person


def test_every_save_is_a_revision_and_revisions_compare(session: Session) -> None:
    author = person(session, Role.COMMS)
    incident = make_incident(session)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    content.locales["en"].sections.impact = "About 1200 customers could not pay by card."
    statement_flow.save(session, statement.id or 0, content, base_revision=1, actor=author, now=NOW)
    content.locales["bn"].sections.headline = "চেকআউটে সমস্যা"
    statement_flow.save(session, statement.id or 0, content, base_revision=2, actor=author, now=NOW)
    revisions = statement_service.list_revisions(session, statement.id or 0)
    assert [r.number for r in revisions] == [1, 2, 3]
    diff = statement_service.compare(session, statement.id or 0, old=1, new=3)
    changed = {(c["locale"], c["section"]) for c in diff["changes"]}
    assert changed == {("en", "impact"), ("bn", "headline")}
    impact = next(c for c in diff["changes"] if c["section"] == "impact")
    assert "+About 1200 customers could not pay by card." in impact["diff"]


def test_an_identical_save_is_not_a_new_revision(session: Session) -> None:
    author = person(session, Role.COMMS)
    incident = make_incident(session)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    statement_flow.save(session, statement.id or 0, content, base_revision=1, actor=author, now=NOW)
    assert statement.revision == 1


def test_a_save_on_a_stale_revision_is_refused(session: Session) -> None:
    author, other = person(session, Role.COMMS), person(session, Role.COMMS)
    incident = make_incident(session)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    content.locales["en"].sections.headline = "First edit"
    statement_flow.save(session, statement.id or 0, content, base_revision=1, actor=other, now=NOW)
    content.locales["en"].sections.headline = "Second edit, made on revision 1"
    with pytest.raises(Conflict, match="reload"):
        statement_flow.save(
            session, statement.id or 0, content, base_revision=1, actor=author, now=NOW
        )
    assert (
        StatementContent.model_validate(statement.content).locales["en"].sections.headline
        == "First edit"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("drop-default", "default locale 'en' is required"),
        ("add-unknown", "unknown locale(s) fr"),
    ],
)
def test_locales_must_be_the_plans(session: Session, change: str, message: str) -> None:
    author = person(session, Role.COMMS)
    incident = make_incident(session)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    if change == "drop-default":
        del content.locales["en"]
    else:
        content.locales["fr"] = content.locales["en"]
    with pytest.raises(ValidationFailed, match=message.replace("(", r"\(").replace(")", r"\)")):
        statement_flow.save(
            session, statement.id or 0, content, base_revision=1, actor=author, now=NOW
        )
    assert statement.revision == 1


def test_check_on_unsaved_content_changes_nothing(session: Session) -> None:
    author = person(session, Role.COMMS)
    incident = make_incident(session)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    content.locales["en"].sections.apology = "We are sorry if you feel let down."
    report = statement_flow.check(session, statement, content)
    assert any(f.rule == "non_apology" for f in report.findings)
    assert statement.revision == 1
