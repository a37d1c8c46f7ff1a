"""Drafting from every plan in the library, every stage, both languages, every channel."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from crisiscomms.flows import statements as statement_flow
from crisiscomms.plans.schema import SECTION_NAMES, Stage
from crisiscomms.principal import SYSTEM
from crisiscomms.statements import renditions
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from tests.conftest import NOW, PLANS_DIR
from tests.statements.factories import make_incident

LIBRARY = sorted(path.stem for path in PLANS_DIR.glob("*.yaml"))
DRAFTS = [(plan, stage, False) for plan in LIBRARY for stage in Stage] + [
    (plan, None, True) for plan in LIBRARY
]


@pytest.mark.parametrize(("plan", "stage", "holding"), DRAFTS)
def test_every_plan_drafts_and_renders_for_every_channel_and_language(
    session: Session, plan: str, stage: Stage | None, holding: bool
) -> None:
    incident = make_incident(session, plan)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=stage, holding=holding, actor=SYSTEM, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    assert set(content.locales) == {"en", "bn"}
    for locale in content.locales.values():
        for section in SECTION_NAMES:
            text = getattr(locale.sections, section)
            assert text.strip(), section
            assert "{{" not in text and "{%" not in text, (section, text)
    rendered = renditions.render_all(
        content,
        plan=statement_service.context_of(session, statement)[1],
        statement_id=statement.id,
        incident_id=incident.id,
        stage=statement.stage,
    )
    for channel in ("x", "sms", "email", "status_page", "webhook"):
        assert set(rendered[channel]) == {"en", "bn"}, channel
    assert statement.revision == 1
    assert statement.check_report["score"] == statement.check_score


def test_a_draft_is_filled_with_the_incident_facts(session: Session) -> None:
    incident = make_incident(session, affected_customers=4321)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=SYSTEM, now=NOW
    )
    content = StatementContent.model_validate(statement.content)
    assert statement.stage == "investigating"
    english = " ".join(text for _name, text in content.locales["en"].sections.items())
    assert "4321" in english or "4,321" in english
    assert content.next_update_at is not None and content.next_update_at > NOW
    assert content.next_update_at.minute % 5 == 0
    assert [a.question_id for a in content.locales["en"].answers]
