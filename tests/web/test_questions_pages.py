"""Question pages over HTTP: the control center counts overdue questions, the report gives
the question figures (personal data masked), the queue masks personal data for viewers."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.flows import questions as question_flow
from crisiscomms.principal import Role
from crisiscomms.questions.models import QuestionChannel
from tests.commitments.factories import scene
from tests.factories import make_user
from tests.web.helpers import page_sign_in


def test_overdue_questions_show_on_the_control_center_and_in_the_report(
    client: TestClient, session: Session
) -> None:
    s = scene(session)  # the outage plan: answer within 2 hours
    for minutes, text in [(150, "When will it be fixed? call me on +44 20 7946 0000"), (5, "ETA?")]:
        question_flow.log_question(
            session,
            s.incident_id,
            text=text,
            channel=QuestionChannel.PHONE,
            language=None,
            customer_external_id=None,
            actor=s.author,
            now=utc_now() - timedelta(minutes=minutes),
        )
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    control = client.get("/").text
    assert "2 waiting" in control and "1 unanswered past 120 min" in control
    queue = client.get(f"/incidents/{s.incident_id}/questions").text
    assert "When will it be fixed?" in queue and "7946" not in queue  # masked for viewers
    assert 'class="overdue"' in queue
    report = client.get(f"/incidents/{s.incident_id}/report").text
    assert "Questions received</th><td>2 in 1 groups" in report
    assert "7946" not in report and "[hidden]" in report
    markdown = client.get(f"/incidents/{s.incident_id}/report.md").text
    assert "## Questions" in markdown and "Still open: 2 (1 past" in markdown
