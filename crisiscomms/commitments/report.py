"""The post-incident report: timeline, statements, commitments and their fate, silences.

Exported as Markdown or HTML from the same facts. Every text a person wrote (titles,
promises, reasons, evidence, timeline notes) is escaped: by autoescaping in HTML, by the
`md` filter in Markdown, so the report can be pasted or served without running anything.
Delivery figures join the report once broadcasts are recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from babel.numbers import format_percent
from jinja2 import Environment, StrictUndefined
from sqlmodel import Session, col, select

from crisiscomms.accounts.models import User
from crisiscomms.commitments import report_templates
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.metrics import incident_metrics
from crisiscomms.commitments.models import Commitment, CommitmentStatus
from crisiscomms.incidents import service as incident_service
from crisiscomms.plans.templating import format_time
from crisiscomms.statements.models import Statement, StatementStatus

Format = Literal["md", "html"]
MEDIA_TYPES: dict[str, str] = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
DELIVERY_PENDING = "Delivery figures appear here once broadcasts are recorded."
TITLE_LENGTH = 120
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
"""Characters with a meaning inside a line of Markdown (block markers never start a value)."""
_URL = re.compile(r"https?://[^\s<>\"']+")


def md(value: object) -> str:
    """User text made inert in Markdown: special characters escaped, on one line."""
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def when(value: datetime | None) -> str:
    """A time as the report writes it, or a dash."""
    return format_time(value) if value is not None else "—"


def duration(seconds: int | float | None) -> str:
    """Seconds as "1 h 05 min", or a dash."""
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def percent(value: float | None) -> str:
    """A rate as a whole percentage (Babel, CLDR's English pattern: the report is written in
    English), or a dash while there is none."""
    return "—" if value is None else format_percent(value, locale="en")


def _environment(autoescape: bool) -> Environment:
    environment = Environment(
        autoescape=autoescape, undefined=StrictUndefined, keep_trailing_newline=True
    )
    environment.filters.update(md=md, when=when, duration=duration, percent=percent)
    return environment


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment as the report shows it."""

    id: int
    title: str
    kind: str
    public: bool
    owner: str
    made_in: str
    due_at: datetime
    status: str
    fate: str
    kept_at: datetime | None
    evidence: str | None
    evidence_url: str | None
    missed_reason: str | None
    withdrawn_reason: str | None
    links: list[str]
    reported: str


def _fate(c: Commitment) -> str:
    if c.status == CommitmentStatus.KEPT:
        late = c.kept_at is not None and c.kept_at > c.due_at
        return "kept late" if late else "kept on time"
    if c.status == CommitmentStatus.MISSED:
        return "missed" + ("" if c.missed_reason else " (no reason recorded)")
    return c.status.value


def _rows(session: Session, commitments: list[Commitment]) -> list[CommitmentRow]:
    reports = commitment_service.reports_of(session, [c.id or 0 for c in commitments])
    owner_ids = {c.owner_id for c in commitments if c.owner_id is not None}
    owners = {
        u.id: f"{u.name} ({u.email})"
        for u in session.exec(select(User).where(col(User.id).in_(list(owner_ids)))).all()
    }
    redated_to = {c.redated_from_id: c.id for c in commitments if c.redated_from_id}
    rows = []
    for c in commitments:
        links = []
        if c.redated_from_id:
            links.append(f"Re-dates missed commitment #{c.redated_from_id}")
        if c.id in redated_to:
            links.append(f"Re-dated as commitment #{redated_to[c.id]}")
        if c.supersedes_id:
            links.append(f"Rewords commitment #{c.supersedes_id}")
        if c.superseded_by_id:
            links.append(f"Reworded as commitment #{c.superseded_by_id}")
        said = [f"#{r.statement_id} ({r.status_at_report.value})" for r in reports[c.id or 0]]
        evidence_url = _URL.fullmatch(c.evidence.strip()) if c.evidence else None
        rows.append(
            CommitmentRow(
                id=c.id or 0,
                title=c.text if len(c.text) <= TITLE_LENGTH else c.text[: TITLE_LENGTH - 1] + "…",
                kind=c.kind.value,
                public=c.public,
                owner=owners.get(c.owner_id, "comms team") if c.owner_id else "comms team",
                made_in=f"statement #{c.statement_id}" if c.statement_id else "not yet announced",
                due_at=c.due_at,
                status=c.status.value,
                fate=_fate(c),
                kept_at=c.kept_at,
                evidence=c.evidence,
                evidence_url=evidence_url.group(0) if evidence_url else None,
                missed_reason=c.missed_reason,
                withdrawn_reason=c.withdrawn_reason,
                links=links,
                reported=", ".join(said) or "no later statement",
            )
        )
    return rows


def _headline(statement: Statement, locale: str) -> str:
    locales: dict[str, Any] = statement.content.get("locales", {})
    chosen: dict[str, Any] = locales.get(locale) or next(iter(locales.values()), {})
    return str(chosen.get("sections", {}).get("headline", ""))


def facts(session: Session, incident_id: int, *, now: datetime) -> dict[str, Any]:
    """Everything the report says, as the templates' context."""
    incident = incident_service.get_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    commander = session.get(User, incident.commander_id) if incident.commander_id else None
    metrics = incident_metrics(session, incident_id, now=now)
    published = session.exec(
        select(Statement)
        .where(Statement.incident_id == incident_id, Statement.status == StatementStatus.PUBLISHED)
        .order_by(col(Statement.published_at))
    ).all()
    statements = [
        {
            "id": s.id,
            "stage": s.stage,
            "holding": s.holding,
            "published_at": s.published_at,
            "published_by": s.published_by,
            "headline": _headline(s, plan.default_locale),
            "next_update_at": (
                datetime.fromisoformat(s.content["next_update_at"])
                if s.content.get("next_update_at")
                else None
            ),
        }
        for s in published
    ]
    return {
        "incident": incident,
        "plan_name": plan.name,
        "severity": plan.severity(incident.severity).name,
        "commander": f"{commander.name} ({commander.email})" if commander else "none assigned",
        "generated_at": now,
        "metrics": metrics,
        "figures": metrics.commitments,
        "longest_silence": metrics.longest_silence.seconds if metrics.longest_silence else None,
        "commitments": _rows(
            session, list(commitment_service.list_commitments(session, incident_id))
        ),
        "statements": statements,
        "events": incident_service.list_events(session, incident_id),
        "delivery": DELIVERY_PENDING,
    }


def to_markdown(context: dict[str, Any]) -> str:
    """The report as Markdown."""
    return _environment(False).from_string(report_templates.MARKDOWN).render(context)


def to_html(context: dict[str, Any]) -> str:
    """The report as an HTML page, every user text escaped."""
    return _environment(True).from_string(report_templates.HTML).render(context)


def export(session: Session, incident_id: int, *, fmt: Format, now: datetime) -> str:
    """The post-incident report of an incident, as Markdown ("md") or HTML ("html")."""
    context = facts(session, incident_id, now=now)
    return to_html(context) if fmt == "html" else to_markdown(context)
