"""The post-incident report as a page inside the site, and its Markdown as a download.

The report's HTML export is a whole document with its own stylesheet; the page keeps only
its body, cleaned by nh3 with an allowlist (no script, no style, no event handler, links
only to http(s) with rel="nofollow noopener"), so it sits inside the site layout under the
site's Content-Security-Policy.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import nh3
from fastapi import APIRouter, Request
from starlette.responses import Response

from crisiscomms.commitments import report
from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.incidents import service as incident_service
from crisiscomms.questions import queue as question_queue
from crisiscomms.questions import service as question_service
from crisiscomms.questions.queue import Figures
from crisiscomms.web.deps import PageViewer
from crisiscomms.web.templating import render

router = APIRouter(prefix="/incidents")

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)
_FIRST_HEADING = re.compile(r"^\s*<h1>.*?</h1>", re.DOTALL)
_CLEANER = nh3.Cleaner(
    tags={"h1", "h2", "h3", "p", "ul", "li", "strong", "a", "table", "tr", "th", "td", "section"},
    clean_content_tags={"script", "style"},
    attributes={"a": {"href"}, "section": {"id"}, "strong": {"class"}},
    url_schemes={"http", "https"},
    link_rel="nofollow noopener noreferrer",
    url_relative="deny",
    strip_comments=True,
)


def report_fragment(document: str) -> str:
    """The report's body without its own title (the page has one), cleaned for the layout."""
    found = _BODY.search(document)
    body = found.group(1) if found else document
    return _CLEANER.clean(_FIRST_HEADING.sub("", body, count=1))


@router.get("/{incident_id}/report")
def read_incident_report(
    incident_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """The post-incident report: timeline, statements, commitments and their fate, silences."""
    incident = incident_service.get_incident(session, incident_id)
    now = utc_now()
    document = report.export(session, incident_id, fmt="html", now=now)
    return render(
        request,
        "incidents/report.html",
        {
            "incident": incident,
            "report_html": report_fragment(document),
            "questions": question_figures(session, incident_id, now),
        },
    )


def question_figures(session: SessionDep, incident_id: int, now: datetime) -> Figures:
    """The report's question figures; the unforeseen questions with personal data masked
    (a report is passed around)."""
    incident = incident_service.get_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    found = question_queue.figures(session, incident_id, plan=plan, now=now)
    return replace(found, unforeseen=[question_service.mask(u) for u in found.unforeseen])


def questions_markdown(figures: Figures) -> str:
    """The report's "Questions" section in Markdown."""
    median = figures.median_minutes_to_answer
    lines = [
        "",
        "## Questions",
        "",
        f"- Questions received: {figures.received} in {figures.groups} groups "
        f"({figures.quarantined} quarantined)",
        f"- Answered: {figures.answered}, of which {figures.answered_on_arrival} found the "
        "answer already given when they came in",
        f"- Answered before they were asked: {figures.answered_before_asked} (an update had "
        "carried the answer, sent ahead)",
        f"- Median time to answer: {'—' if median is None else f'{median} minutes'}",
        f"- Still open: {figures.open} ({figures.overdue} past the plan's response time)",
        "- Questions the plan had not foreseen:",
        *[f"  - {label}" for label in figures.unforeseen],
    ]
    if not figures.unforeseen:
        lines[-1] += " none"
    return "\n".join(lines) + "\n"


@router.get("/{incident_id}/report.md")
def download_incident_report(
    incident_id: PathId, session: SessionDep, _viewer: PageViewer
) -> Response:
    """The post-incident report as a Markdown file."""
    now = utc_now()
    body = report.export(session, incident_id, fmt="md", now=now)
    body += questions_markdown(question_figures(session, incident_id, now))
    return Response(
        body,
        media_type=report.MEDIA_TYPES["md"],
        headers={
            "content-disposition": f'attachment; filename="incident-{incident_id}-report.md"',
            "cache-control": "no-store",
        },
    )
