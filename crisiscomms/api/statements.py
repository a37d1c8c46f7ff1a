"""Statements: draft, edit with revisions, check, review, approve, publish."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from starlette.responses import Response

from crisiscomms.db import utc_now
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.deps import (
    ApproverDep,
    CommsDep,
    PathId,
    SessionDep,
    SettingsDep,
    ViewerDep,
    reader_first,
)
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.statements import approval, previews
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement, StatementRevision
from crisiscomms.statements.schemas import (
    Approval,
    CardRequest,
    CheckRequest,
    PreviewRequest,
    Rejection,
    RevisionPublic,
    StatementDraft,
    StatementPublic,
    StatementSave,
)

router = APIRouter(tags=["statements"])


@router.post("/incidents/{incident_id}/statements", status_code=201, response_model=StatementPublic)
def draft_statement(
    incident_id: PathId, data: StatementDraft, session: SessionDep, actor: CommsDep
) -> Statement:
    """Draft a statement from the plan's template for the stage, with the incident's facts."""
    return statement_flow.draft(
        session, incident_id, stage=data.stage, holding=data.holding, actor=actor, now=utc_now()
    )


@router.get("/incidents/{incident_id}/statements", response_model=list[StatementPublic])
def list_statements(
    incident_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> list[Statement]:
    """An incident's statements, oldest first."""
    return list(statement_service.list_statements(session, incident_id))


@router.get("/statements/{statement_id}", response_model=StatementPublic)
def read_statement(statement_id: PathId, session: SessionDep, _viewer: ViewerDep) -> Statement:
    """Read a statement with its content and check report."""
    return statement_service.get_statement(session, statement_id)


@router.put("/statements/{statement_id}", response_model=StatementPublic)
@reader_first
def save_statement(
    statement_id: PathId, data: StatementSave, session: SessionDep, actor: CommsDep
) -> Statement:
    """Save an edit as a new revision; the transparency check runs on every save."""
    return statement_flow.save(
        session,
        statement_id,
        data.content,
        base_revision=data.base_revision,
        actor=actor,
        now=utc_now(),
    )


@router.post("/statements/{statement_id}/check")
def check_statement(
    statement_id: PathId, data: CheckRequest, session: SessionDep, _viewer: ViewerDep
) -> dict[str, Any]:
    """Run the transparency check on the saved revision, or on unsaved content."""
    statement = statement_service.get_statement(session, statement_id)
    return statement_flow.check(session, statement, data.content).to_dict()


@router.get("/statements/{statement_id}/revisions", response_model=list[RevisionPublic])
def list_statement_revisions(
    statement_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> list[StatementRevision]:
    """Every saved revision, oldest first."""
    return list(statement_service.list_revisions(session, statement_id))


@router.get("/statements/{statement_id}/revisions/{number}", response_model=RevisionPublic)
def read_statement_revision(
    statement_id: PathId, number: PathId, session: SessionDep, _viewer: ViewerDep
) -> StatementRevision:
    """One saved revision."""
    return statement_service.get_revision(session, statement_id, number)


@router.get("/statements/{statement_id}/diff")
def compare_statement_revisions(
    statement_id: PathId,
    session: SessionDep,
    _viewer: ViewerDep,
    old: int = Query(alias="from", ge=1, le=MAX_ID),
    new: int = Query(alias="to", ge=1, le=MAX_ID),
) -> dict[str, Any]:
    """What changed between two revisions, as a unified diff per locale and section."""
    return statement_service.compare(session, statement_id, old=old, new=new)


@router.post("/statements/{statement_id}/submit", response_model=StatementPublic)
def submit_statement(statement_id: PathId, session: SessionDep, actor: CommsDep) -> Statement:
    """Submit the statement for review."""
    return approval.submit(session, statement_id, actor=actor, now=utc_now())


@router.post("/statements/{statement_id}/approve", response_model=StatementPublic)
def approve_statement(
    statement_id: PathId, data: Approval, session: SessionDep, actor: ApproverDep
) -> Statement:
    """Approve; a statement failing the check needs a written override_reason."""
    return approval.approve(
        session, statement_id, override_reason=data.override_reason, actor=actor, now=utc_now()
    )


@router.post("/statements/{statement_id}/reject", response_model=StatementPublic)
def reject_statement(
    statement_id: PathId, data: Rejection, session: SessionDep, actor: ApproverDep
) -> Statement:
    """Send the statement back to its authors with a reason."""
    return approval.reject(session, statement_id, reason=data.reason, actor=actor, now=utc_now())


@router.post("/statements/{statement_id}/publish", response_model=StatementPublic)
def publish_statement(statement_id: PathId, session: SessionDep, actor: CommsDep) -> Statement:
    """Publish the approved revision to the plan's default audiences; it supersedes the
    incident's earlier statements. Who may: the plan's `approval.publish_role` (by default
    a commander)."""
    approval.may_publish(session, statement_id, actor)
    broadcast = broadcast_flow.publish_default(session, statement_id, actor=actor, now=utc_now())
    assert broadcast.statement_id is not None
    return statement_service.get_statement(session, broadcast.statement_id)


@router.get("/statements/{statement_id}/renditions/{channel}")
def preview_statement_rendition(
    statement_id: PathId,
    channel: str,
    session: SessionDep,
    _viewer: ViewerDep,
    locale: str | None = None,
) -> dict[str, Any]:
    """Preview one channel's rendition (x, sms, email, status_page, webhook) in one locale."""
    return previews.preview(session, statement_id, channel=channel, locale=locale)


@router.post("/statements/{statement_id}/previews")
def preview_statement_networks(
    statement_id: PathId,
    data: PreviewRequest,
    session: SessionDep,
    settings: SettingsDep,
    _viewer: ViewerDep,
) -> dict[str, Any]:
    """Every channel of the plan as it would go out (the editor's previews), per language:
    posts split and counted by each network's rule, with the status card and its alt text;
    of the saved revision, or of unsaved content."""
    found = previews.previews_of(
        session,
        statement_id,
        data.content,
        email_card=settings.public_base_url.startswith("https://"),
    )
    return {
        "statement_id": statement_id,
        "locales": {
            locale: [p.to_dict(statement_id) for p in shown] for locale, shown in found.items()
        },
    }


@router.post(
    "/statements/{statement_id}/card",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}},
)
def preview_statement_card(
    statement_id: PathId, data: CardRequest, session: SessionDep, _viewer: ViewerDep
) -> Response:
    """The status card (PNG) of the saved revision or of unsaved content, at one network's
    size, in one language: what the editor shows while the text is edited."""
    card = previews.preview_card(
        session, statement_id, data.content, network=data.network, locale=data.locale
    )
    return Response(
        card.png,
        media_type="image/png",
        headers={"cache-control": "private, no-store", "etag": f'"{card.sha256}"'},
    )
