"""A language version that an edit left behind is named in the editor, and approving it as
it is needs a written override reason; editing it too brings it back in step."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.errors import ValidationFailed
from crisiscomms.flows import statements as statement_flow
from crisiscomms.principal import Principal, Role
from crisiscomms.statements import approval, languages
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement, StatementStatus
from tests.conftest import NOW
from tests.factories import make_user
from tests.statements.factories import person
from tests.statements.test_approval import drafted, force_passing
from tests.web.helpers import page_sign_in


def edit(session: Session, statement: Statement, author: Principal, locale: str, text: str) -> None:
    content = StatementContent.model_validate(statement.content)
    content.locales[locale].sections.headline = text
    statement_flow.save(
        session, statement.id or 0, content, base_revision=statement.revision, actor=author, now=NOW
    )


def test_versions_in_step_from_the_templates_and_behind_after_a_one_language_edit() -> None:
    en1, bn1 = {"headline": "A"}, {"headline": "ক"}
    steps = [
        (1, {"locales": {"en": en1, "bn": bn1}}),
        (2, {"locales": {"en": {"headline": "B"}, "bn": bn1}}),
        (3, {"locales": {"en": {"headline": "C"}, "bn": bn1}}),
    ]
    assert languages.behind(steps[:1], source="en") == []
    (found,) = languages.behind(steps, source="en")
    assert (found.locale, found.changed, found.ahead, found.ahead_at) == ("bn", 1, "en", 3)
    assert "Bengali (bn) version was last edited in revision 1" in found.message()
    caught_up = [*steps, (4, {"locales": {"en": {"headline": "C"}, "bn": {"headline": "গ"}}})]
    assert languages.behind(caught_up, source="en") == []
    # Editing only a translation leaves nothing behind; a statement with no source, neither.
    translated = [steps[0], (2, {"locales": {"en": en1, "bn": {"headline": "খ"}}})]
    assert languages.behind(translated, source="en") == []
    assert languages.behind(steps, source="fr") == []
    # A language dropped from the statement is not "behind".
    dropped = [*steps, (4, {"locales": {"en": {"headline": "D"}}})]
    assert languages.behind(dropped, source="en") == []


def test_approving_a_statement_with_a_version_behind_needs_a_reason(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    assert {"en", "bn"} <= set(StatementContent.model_validate(statement.content).locales)
    edit(session, statement, author, "en", "Card payments fail for about 1 in 5 EU customers")
    force_passing(session, statement)
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    with pytest.raises(ValidationFailed, match=r"Bengali \(bn\) version was last edited"):
        approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=NOW)
    assert statement.status == StatementStatus.IN_REVIEW
    approval.approve(
        session,
        statement.id or 0,
        override_reason="Bengali translation follows within the hour; English first.",
        actor=approver,
        now=NOW,
    )
    assert statement.status == StatementStatus.APPROVED
    assert statement.override_reason is not None


def test_editing_the_other_version_too_needs_no_reason(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    edit(session, statement, author, "en", "Card payments fail for about 1 in 5 EU customers")
    edit(session, statement, author, "bn", "প্রায় ৫ জনে ১ জন ইইউ গ্রাহকের কার্ড পেমেন্ট ব্যর্থ হচ্ছে")
    assert languages.behind_in(session, statement, source="en") == []
    force_passing(session, statement)
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=NOW)
    assert statement.status == StatementStatus.APPROVED


def test_the_editor_names_the_version_behind(session: Session, client: TestClient) -> None:
    author = person(session, Role.COMMS)
    statement = drafted(session, author)
    page_sign_in(client, make_user(session, role=Role.APPROVER).email)
    assert 'id="languages-behind"' not in client.get(f"/statements/{statement.id}").text
    edit(session, statement, author, "en", "Card payments fail for about 1 in 5 EU customers")
    page = client.get(f"/statements/{statement.id}").text
    assert 'id="languages-behind"' in page
    assert "The Bengali (bn) version was last edited in revision 1" in page
