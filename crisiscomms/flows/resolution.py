"""The resolved update: resolving an incident whose public story ends on an open stage
gives it a resolved update, as Statuspage does, so the page, the feeds and the Statuspage
JSON never leave a resolved incident on "investigating".

- The plan's resolved template, drafted with the incident's facts and the report on its
  promises, is published when its transparency check passes (no placeholder left for
  staff, no error): approved as the plan's planned content on behalf of whoever resolved
  the incident, as the follow-up sequence is. It is published, not broadcast: it reaches
  the public views; the channels hear of the resolution from the statement staff send.
- Otherwise (the library's resolved templates leave the cause and the fix for staff to
  write) nothing is stored: the public views end on the resolved line derived from the
  incident (`statuspage/updates.py`), and the timeline says why the template was not used.

Nothing happens when the incident is not public yet (no published statement), or when its
newest published statement is already a resolved or follow-up one.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import publish as publish_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import Stage
from crisiscomms.principal import Principal
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement, StatementStatus

CLOSING_STAGES = frozenset({Stage.RESOLVED.value, Stage.FOLLOW_UP.value})


class _TemplateNotReady(Exception):
    """The drafted resolved template did not pass its check."""


def _newest_published(session: Session, incident_id: int) -> Statement | None:
    published = [
        s
        for s in statement_service.list_statements(session, incident_id)
        if s.status == StatementStatus.PUBLISHED and s.published_at is not None
    ]
    return max(published, key=lambda s: (s.published_at, s.id or 0), default=None)


def _publish_template(
    session: Session, incident: Incident, *, actor: Principal, now: datetime
) -> Statement:
    """Draft the resolved template; publish it as planned content if its check passes."""
    statement = statement_flow.draft(
        session, incident.id or 0, stage=Stage.RESOLVED, holding=False, actor=actor, now=now
    )
    report = statement.check_report
    pass_score = int(report.get("pass_score", 100))
    if not statement.check_passed or statement.check_score < pass_score:
        errors = [f["message"] for f in report.get("findings", []) if f["severity"] == "error"]
        raise _TemplateNotReady(
            errors[0] if errors else f"check score {statement.check_score} < {pass_score}"
        )
    statement.status = StatementStatus.APPROVED
    statement.approved_at = now
    statement.approved_by = actor.label
    statement.approved_revision = statement.revision
    session.add(statement)
    session.flush()
    incident_service.record_event(
        session,
        incident,
        kind="statement.approved",
        actor=actor,
        now=now,
        message=(
            f"The plan's resolved template, drafted as statement #{statement.id}, approved as "
            f"planned content (check score {statement.check_score})"
        ),
        data={"statement_id": statement.id},
    )
    return publish_flow.publish_statement(session, statement.id or 0, actor=actor, now=now)


def on_resolved(
    session: Session,
    incident: Incident,
    previous: IncidentStatus,
    *,
    actor: Principal,
    now: datetime,
) -> Statement | None:
    """Give a newly resolved public incident its resolved update; the statement published
    from the plan's template, or None (the views show the resolved line)."""
    if incident.status != IncidentStatus.RESOLVED or previous == IncidentStatus.RESOLVED:
        return None
    newest = _newest_published(session, incident.id or 0)
    if newest is None or newest.stage in CLOSING_STAGES:
        return None
    try:
        with session.begin_nested():
            return _publish_template(session, incident, actor=actor, now=now)
    except (_TemplateNotReady, CrisisCommsError) as exc:
        reason = exc.message if isinstance(exc, CrisisCommsError) else str(exc)
    incident_service.record_event(
        session,
        incident,
        kind="statement.resolved_line",
        actor=actor,
        now=now,
        message=(
            'The public pages end on "This incident has been resolved." until a resolved '
            f"statement is published: the plan's resolved template needs staff ({reason})"
        )[:2000],
        data={},
    )
    return None
