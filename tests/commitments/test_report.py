"""The post-incident report escapes every user text, in Markdown and in HTML."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from crisiscomms.commitments import report
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import CommitmentKind
from tests.commitments.factories import first_statement, promise, scene
from tests.conftest import NOW

HOSTILE_TITLE = "Checkout <script>alert(1)</script> & more"
HOSTILE_PROMISE = "We will *fix* [it](javascript:alert(1)) | now <img src=x onerror=alert(1)>"


def test_every_user_text_is_escaped(session: Session) -> None:
    s = scene(session)
    s.incident.title = HOSTILE_TITLE
    session.add(s.incident)
    first_statement(
        session,
        s,
        promise(HOSTILE_PROMISE, s.author, NOW + timedelta(hours=2)),
        now=NOW + timedelta(minutes=5),
    )
    hostile = next(
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    )
    commitment_service.mark_kept(
        session,
        hostile.id or 0,
        evidence="javascript:alert(2) <b>done</b>",
        actor=s.author,
        now=NOW + timedelta(minutes=30),
    )
    now = NOW + timedelta(minutes=40)
    html = report.export(session, s.incident_id, fmt="html", now=now)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "Checkout &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert 'href="javascript' not in html  # only http(s) evidence becomes a link
    markdown = report.export(session, s.incident_id, fmt="md", now=now)
    assert "<script>" not in markdown and "<img" not in markdown
    assert "Checkout &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in markdown
    assert r"We will \*fix\* \[it\](javascript:alert(1)) \| now &lt;img" in markdown


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(None, "—"), (59, "1 min"), (3600, "1 h 00 min"), (5 * 3600 + 420, "5 h 07 min")],
)
def test_durations(seconds: int | None, shown: str) -> None:
    assert report.duration(seconds) == shown


def test_the_report_of_a_quiet_incident(session: Session) -> None:
    s = scene(session)
    markdown = report.export(session, s.incident_id, fmt="md", now=NOW + timedelta(minutes=20))
    assert "No commitments were made." in markdown
    assert "| First statement | — |" in markdown
    assert (
        "| activation | 2026-11-22 09:00 UTC | 2026-11-22 09:20 UTC (ongoing) | 20 min |"
        in markdown
    )
