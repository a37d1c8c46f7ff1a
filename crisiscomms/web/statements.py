"""The statement editor and its review actions: save (and submit), approve, reject, publish.

The transparency check runs live as the user types (app.js posts the unsaved content to
the JSON check route with the session's CSRF header); saving runs it again on the server.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import BroadcastStatus
from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep, reader_first
from crisiscomms.errors import CrisisCommsError, NotFound
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.principal import Principal, Role
from crisiscomms.statements import approval, languages
from crisiscomms.statements import cards as card_service
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import StatementStatus
from crisiscomms.web import broadcasts as broadcast_pages
from crisiscomms.web import editor
from crisiscomms.web.commitments import BadTime, parse_due
from crisiscomms.web.deps import PageApprover, PageComms, PageViewer
from crisiscomms.web.forms import CheckedForm, form_id, text
from crisiscomms.web.templating import render

router = APIRouter(prefix="/statements")
CARD_CACHE = "private, max-age=86400"
"""A card's address names its content's hash, so it may be kept; privately: a draft's."""

NOTICES = {
    "saved": "Saved as a new revision; the check ran again.",
    "unchanged": "Nothing changed since the last revision.",
    "submitted": "Submitted for review.",
    "submitted-failing": (
        "Submitted for review, but the transparency check does not pass: the approver will "
        "have to write why it may go out anyway, or send it back. Fixing the marked words "
        "first is usually quicker."
    ),
    "approved": "Approved.",
    "rejected": "Sent back to its authors.",
    "published": "Published.",
    "already-published": "This statement was already published; nothing was sent twice.",
    "already-broadcast": (
        "This statement is already broadcast (or scheduled) to those audiences; nothing was "
        "sent twice. Its broadcasts are listed below."
    ),
    "scheduled": "Scheduled: it is published and sent at the chosen time, unless cancelled.",
}


def editor_page(
    request: Request,
    session: Session,
    statement_id: int,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    action_values: dict[str, str] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    """The editor, optionally redisplaying posted input with its errors."""
    statement = statement_service.get_statement(session, statement_id)
    incident, plan = statement_service.context_of(session, statement)
    context = editor.editor_context(
        session,
        statement,
        incident=incident,
        plan=plan,
        public_base_url=request.app.state.settings.public_base_url,
        values=values,
    )
    context.update(
        errors=errors or {},
        action_values=action_values or {},
        notice=NOTICES.get(notice, ""),
        languages_behind=languages.behind_in(session, statement, source=plan.default_locale),
        revisions=list(statement_service.list_revisions(session, statement_id)),
        broadcasts=[
            broadcast_pages.broadcast_row(session, b)
            for b in broadcast_service.list_broadcasts(session, incident_id=incident.id)
            if b.statement_id == statement_id
        ],
    )
    return render(request, "statements/edit.html", context, status_code=status_code)


@router.get("/{statement_id}")
def read_statement(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    notice: str = "",
) -> Response:
    """The statement editor: sections per language, the live check, channel previews."""
    return editor_page(request, session, statement_id, notice=notice)


@router.get("/{statement_id}/cards/{digest}.png", response_class=Response)
def read_statement_card(
    statement_id: PathId,
    digest: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
    session: SessionDep,
    _viewer: PageViewer,
) -> Response:
    """A statement's status card as saved, by its content hash, for the editor's previews:
    a draft's too, so staff only (the public address serves published cards only)."""
    card = card_service.find_preview_card(session, statement_id, digest)
    if card is None:
        raise NotFound("No status card of this statement at this address.")
    return Response(
        card.png,
        media_type="image/png",
        headers={"cache-control": CARD_CACHE, "etag": f'"{digest}"'},
    )


@router.post("/{statement_id}")
@reader_first
def save_statement(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Save the edit as a revision (and submit it for review when asked)."""
    statement = statement_service.get_statement(session, statement_id)
    saved = StatementContent.model_validate(statement.content)
    values = editor.posted_values(form, saved)
    base = text(form, "base_revision")
    try:
        content = StatementContent.model_validate(editor.content_from(values, saved))
    except ValidationError as exc:
        return editor_page(
            request,
            session,
            statement_id,
            values=values,
            errors=editor.content_errors(exc),
            status_code=422,
        )
    before = statement.revision
    try:
        statement = statement_flow.save(
            session,
            statement_id,
            content,
            base_revision=form_id(base) or 0,
            actor=actor,
            now=utc_now(),
        )
        notice = "saved" if statement.revision != before else "unchanged"
        if text(form, "then") == "submit":
            submitted = approval.submit(session, statement_id, actor=actor, now=utc_now())
            notice = "submitted" if submitted.check_passed else "submitted-failing"
    except CrisisCommsError as exc:
        session.rollback()
        return editor_page(
            request,
            session,
            statement_id,
            values=values,
            errors=editor.service_errors(exc.details, exc.message),
            status_code=exc.status,
        )
    return RedirectResponse(f"/statements/{statement_id}?notice={notice}", status_code=303)


def _review(
    request: Request,
    session: Session,
    statement_id: int,
    action: str,
    values: dict[str, str],
    run: Any,
) -> Response:
    try:
        run()
    except CrisisCommsError as exc:
        session.rollback()
        return editor_page(
            request,
            session,
            statement_id,
            errors={action: exc.message},
            action_values=values,
            status_code=exc.status,
        )
    notice = action
    if (
        action == "submitted"
        and not statement_service.get_statement(session, statement_id).check_passed
    ):
        notice = "submitted-failing"
    return RedirectResponse(f"/statements/{statement_id}?notice={notice}", status_code=303)


@router.post("/{statement_id}/submit")
def submit_statement(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    _form: CheckedForm,
) -> Response:
    """Submit the saved revision for review."""

    def run() -> None:
        approval.submit(session, statement_id, actor=actor, now=utc_now())

    return _review(request, session, statement_id, "submitted", {}, run)


@router.post("/{statement_id}/approve")
def approve_statement(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageApprover,
    form: CheckedForm,
) -> Response:
    """Approve; a statement failing the check needs a written override reason."""
    reason = text(form, "override_reason")

    def run() -> None:
        approval.approve(
            session, statement_id, override_reason=reason or None, actor=actor, now=utc_now()
        )

    return _review(request, session, statement_id, "approved", {"override_reason": reason}, run)


@router.post("/{statement_id}/reject")
def reject_statement(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageApprover,
    form: CheckedForm,
) -> Response:
    """Send the statement back with a reason."""
    reason = text(form, "reason")

    def run() -> None:
        approval.reject(session, statement_id, reason=reason, actor=actor, now=utc_now())

    return _review(request, session, statement_id, "rejected", {"reason": reason}, run)


@router.post("/{statement_id}/publish")
def publish_statement(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Publish to the plan's default audiences (the plan's `approval.publish_role`), or, as a
    commander, to chosen ones now or at a set time.

    A repeated post publishes nothing twice: the statement is already published, or the
    service refuses a second broadcast to the same audience, and the page says so.
    """
    statement = statement_service.get_statement(session, statement_id)
    if text(form, "choose") == "1":
        if not actor.has(Role.COMMANDER):
            return editor_page(
                request,
                session,
                statement_id,
                errors={"published": "choosing audiences or a time is for a commander"},
                status_code=403,
            )
        return _publish_chosen(request, session, statement_id, actor, form)
    if statement.status == StatementStatus.PUBLISHED:
        return _notice(statement_id, "already-published")
    try:
        approval.may_publish(session, statement_id, actor)
        broadcast_flow.publish_default(session, statement_id, actor=actor, now=utc_now())
    except CrisisCommsError as exc:
        session.rollback()
        if isinstance(exc, broadcast_service.AlreadyBroadcast):
            return _notice(statement_id, "already-broadcast")
        return editor_page(
            request,
            session,
            statement_id,
            errors={"published": exc.message},
            status_code=exc.status,
        )
    return _notice(statement_id, "published")


def _notice(statement_id: int, notice: str) -> Response:
    return RedirectResponse(f"/statements/{statement_id}?notice={notice}", status_code=303)


def _publish_chosen(
    request: Request, session: Session, statement_id: int, actor: Principal, form: FormData
) -> Response:
    """The publish-options form: chosen audiences and an optional time (a timed update)."""
    audiences = [a for a in form.getlist("audiences") if isinstance(a, str) and a]
    typed = text(form, "scheduled_at")
    values = {"audiences": ",".join(audiences), "scheduled_at": typed}
    errors: dict[str, str] = {}
    scheduled_at = None
    if not audiences:
        errors["audiences"] = "choose at least one audience"
    try:
        scheduled_at = parse_due(typed)
    except BadTime as exc:
        errors["scheduled_at"] = str(exc)
    status = 422
    if not errors:
        try:
            broadcast = broadcast_flow.create_broadcast(
                session,
                statement_id=statement_id,
                audiences=audiences,
                scheduled_at=scheduled_at,
                actor=actor,
                now=utc_now(),
            )
        except CrisisCommsError as exc:
            session.rollback()
            if isinstance(exc, broadcast_service.AlreadyBroadcast):
                return _notice(statement_id, "already-broadcast")
            located = " ".join(str(d) for d in exc.details)
            field = next((f for f in ("audiences", "scheduled_at") if f in located), "options")
            errors, status = {field: exc.message}, exc.status
        else:
            scheduled = broadcast.status == BroadcastStatus.SCHEDULED
            return _notice(statement_id, "scheduled" if scheduled else "published")
    return editor_page(
        request, session, statement_id, errors=errors, action_values=values, status_code=status
    )


@router.get("/{statement_id}/diff")
def compare_statement_revisions(
    statement_id: PathId,
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    old: int = Query(alias="from", ge=1),
    new: int = Query(alias="to", ge=1),
) -> Response:
    """What changed between two revisions, section by section."""
    statement = statement_service.get_statement(session, statement_id)
    changes = statement_service.compare(session, statement_id, old=old, new=new)
    return render(request, "statements/diff.html", {"statement": statement, "compare": changes})
