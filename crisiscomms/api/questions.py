"""Questions: staff log and answer them; inbound email webhooks bring replies in.

Staff routes sit under an incident. Question texts may hold personal data: below the
comms role they are shown masked. The inbound webhooks prove themselves the way each
provider documents it (see `inbound_auth`): a generic RFC 822 upload with
`Authorization: Bearer <inbound_secret>`, Postmark's inbound JSON with HTTP Basic (the
password is the secret, written into the webhook URL), Mailgun's routes by their HMAC
signature. A well-formed email that is no reply of ours is answered 200 with
`status: rejected` and the reason, so the provider does not retry it; malformed or
oversized mail gets 422 or 413.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.deps import (
    ApproverDep,
    CommsDep,
    PathId,
    SessionDep,
    SettingsDep,
    ViewerDep,
)
from crisiscomms.errors import NotFound, Unauthorized
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import questions as question_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.principal import Principal, Role
from crisiscomms.questions import mail as inbound_mail
from crisiscomms.questions import queue as question_queue
from crisiscomms.questions import service as question_service
from crisiscomms.questions.models import (
    AnswerSource,
    GroupStatus,
    Question,
    QuestionChannel,
    QuestionGroup,
    QuestionStatus,
)

router = APIRouter(tags=["questions"])
Locale = Annotated[str, Field(pattern=r"^(en|bn)$", description="en or bn")]


class QuestionCreate(BaseModel):
    """A question staff took by phone, chat or otherwise."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=question_service.MAX_TEXT)
    channel: Literal["phone", "chat", "email", "x", "other"] = "phone"
    language: Locale | None = Field(default=None, description="Detected when left out.")
    customer_external_id: str | None = Field(default=None, min_length=1, max_length=200)


class QuestionPublic(BaseModel):
    id: int
    incident_id: int
    group_id: int | None
    channel: QuestionChannel
    language: str
    text: str = Field(description="Masked where it holds personal data, below the comms role.")
    personal_data: bool
    status: QuestionStatus
    reason: str | None
    customer_id: int | None
    match_score: float | None
    received_at: datetime
    answered_at: datetime | None


class GroupPublic(BaseModel):
    id: int
    incident_id: int
    label: str
    language: str
    plan_question_id: str | None
    status: GroupStatus
    question_count: int
    waiting: int
    oldest_waiting_at: datetime | None
    channels: dict[str, int]
    public_question: str | None
    draft_answer: str | None
    answer: str | None
    answer_source: AnswerSource | None
    answered_at: datetime | None


class GroupDetail(GroupPublic):
    questions: list[QuestionPublic]


class AnswerDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer: str = Field(min_length=1, max_length=question_service.MAX_TEXT)
    locale: Locale = "en"
    public_question: str | None = Field(
        default=None,
        min_length=1,
        max_length=500,
        description="How the public Q&A asks it (no personal data); without it, the answer "
        "goes only to those who asked.",
    )


class PlanAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    locale: Locale = "en"


class Figures(BaseModel):
    received: int
    quarantined: int
    answered: int
    answered_on_arrival: int
    answered_before_asked: int
    open: int
    overdue: int
    median_minutes_to_answer: float | None
    groups: int
    unforeseen: list[str]
    unforeseen_ids: list[int]


class InboundAnswer(BaseModel):
    status: Literal["accepted", "quarantined", "rejected"]
    reason: str
    question_id: int | None = None


def _question(question: Question, viewer: Principal) -> QuestionPublic:
    text = question.text
    if question.personal_data and not viewer.has(Role.COMMS):
        text = question_service.mask(text)
    assert question.id is not None
    return QuestionPublic(
        id=question.id,
        incident_id=question.incident_id,
        group_id=question.group_id,
        channel=question.channel,
        language=question.language,
        text=text,
        personal_data=question.personal_data,
        status=question.status,
        reason=question.reason,
        customer_id=question.customer_id if viewer.has(Role.COMMS) else None,
        match_score=question.match_score,
        received_at=question.received_at,
        answered_at=question.answered_at,
    )


def _group(item: question_queue.QueueItem, viewer: Principal) -> GroupPublic:
    group: QuestionGroup = item.group
    label = group.label if viewer.has(Role.COMMS) else question_service.mask(group.label)
    assert group.id is not None
    return GroupPublic(
        id=group.id,
        incident_id=group.incident_id,
        label=label,
        language=group.language,
        plan_question_id=group.plan_question_id,
        status=group.status,
        question_count=group.question_count,
        waiting=item.waiting,
        oldest_waiting_at=item.oldest_waiting_at,
        channels=item.channels,
        public_question=group.public_question,
        draft_answer=group.draft_answer,
        answer=group.answer,
        answer_source=group.answer_source,
        answered_at=group.answered_at,
    )


@router.post("/incidents/{incident_id}/questions", status_code=201)
def log_question(
    incident_id: PathId, data: QuestionCreate, session: SessionDep, principal: CommsDep
) -> QuestionPublic:
    """Log a question taken by phone or chat; it joins its group at once."""
    recorded = question_flow.log_question(
        session,
        incident_id,
        text=data.text,
        channel=QuestionChannel(data.channel),
        language=data.language,
        customer_external_id=data.customer_external_id,
        actor=principal,
        now=utc_now(),
    )
    return _question(recorded.question, principal)


@router.get("/incidents/{incident_id}/questions")
def read_question_queue(
    incident_id: PathId, session: SessionDep, principal: ViewerDep
) -> list[GroupPublic]:
    """The incident's question groups, those waiting longest first, with counts."""
    incident_service.get_incident(session, incident_id)
    return [_group(item, principal) for item in question_queue.queue(session, incident_id)]


@router.get("/incidents/{incident_id}/questions/quarantine")
def read_quarantined_questions(
    incident_id: PathId, session: SessionDep, principal: CommsDep
) -> list[QuestionPublic]:
    """Questions kept aside with their reason (floods, HTML with script), newest first."""
    incident_service.get_incident(session, incident_id)
    return [_question(q, principal) for q in question_queue.quarantined(session, incident_id)]


@router.get("/incidents/{incident_id}/questions/figures")
def read_question_figures(
    incident_id: PathId, session: SessionDep, principal: ViewerDep
) -> Figures:
    """How many questions came in, were answered (and how fast), are overdue, unforeseen."""
    incident = incident_service.get_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    found = question_queue.figures(session, incident_id, plan=plan, now=utc_now())
    unforeseen = found.unforeseen
    if not principal.has(Role.COMMS):
        unforeseen = [question_service.mask(label) for label in unforeseen]
    return Figures(**{**found.__dict__, "unforeseen": unforeseen})


def group_detail(
    session: SessionDep, incident_id: int, group_id: int, viewer: Principal
) -> GroupDetail:
    group = question_service.get_group(session, group_id, incident_id=incident_id)
    item = next(i for i in question_queue.queue(session, incident_id) if i.group.id == group.id)
    questions = [_question(q, viewer) for q in question_service.questions_of(session, group_id)]
    return GroupDetail(**_group(item, viewer).model_dump(), questions=questions)


@router.get("/incidents/{incident_id}/questions/groups/{group_id}")
def read_question_group(
    incident_id: PathId, group_id: PathId, session: SessionDep, principal: ViewerDep
) -> GroupDetail:
    """One group with its questions, oldest first."""
    return group_detail(session, incident_id, group_id, principal)


@router.post("/incidents/{incident_id}/questions/groups/{group_id}/draft")
def draft_group_answer(
    incident_id: PathId,
    group_id: PathId,
    data: AnswerDraft,
    session: SessionDep,
    principal: CommsDep,
) -> GroupDetail:
    """Draft the group's answer; it must pass the transparency check; another approves it."""
    answer_flow.draft_answer(
        session,
        incident_id,
        group_id,
        text=data.answer,
        locale=data.locale,
        public_question=data.public_question,
        actor=principal,
        now=utc_now(),
    )
    return group_detail(session, incident_id, group_id, principal)


@router.post("/incidents/{incident_id}/questions/groups/{group_id}/approve")
def approve_group_answer(
    incident_id: PathId, group_id: PathId, session: SessionDep, principal: ApproverDep
) -> GroupDetail:
    """Approve the drafted answer (not its drafter): it goes to every asker and, with its
    public wording, onto the incident's public page."""
    answer_flow.approve_answer(session, incident_id, group_id, actor=principal, now=utc_now())
    return group_detail(session, incident_id, group_id, principal)


@router.post("/incidents/{incident_id}/questions/groups/{group_id}/plan-answer")
def give_plan_answer(
    incident_id: PathId,
    group_id: PathId,
    data: PlanAnswer,
    session: SessionDep,
    principal: CommsDep,
) -> GroupDetail:
    """Answer with the plan's pre-approved answer to the anticipated question it matched."""
    answer_flow.answer_from_plan(
        session, incident_id, group_id, locale=data.locale, actor=principal, now=utc_now()
    )
    return group_detail(session, incident_id, group_id, principal)


def _secret(settings: Settings) -> str:
    if settings.inbound_secret is None or not settings.inbound_reply_address:
        raise NotFound("inbound email is not set up here (inbound_secret, inbound_reply_address)")
    return settings.inbound_secret.get_secret_value()


def check_inbound_auth(request: Request, settings: Settings) -> None:
    """Refuse (401) an inbound POST without the inbound secret (Bearer, or Basic password)."""
    secret = _secret(settings)
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    sent = ""
    if scheme.lower() == "bearer":
        sent = value.strip()
    elif scheme.lower() == "basic":
        try:
            sent = base64.b64decode(value.strip(), validate=True).decode().partition(":")[2]
        except (ValueError, UnicodeDecodeError):
            sent = ""
    if not sent or not hmac.compare_digest(sent.encode(), secret.encode()):
        raise Unauthorized("the inbound email is not authenticated: send the inbound secret")


def inbound_answer(result: question_flow.InboundResult) -> InboundAnswer:
    """The webhook's answer for what became of the mail."""
    return InboundAnswer(status=result.status, reason=result.reason, question_id=result.question_id)


INBOUND_ANSWERS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Not authenticated as the inbound provider: nothing is kept."},
    404: {"description": "Inbound email is not set up here."},
    413: {"description": "The email is larger than CRISISCOMMS_INBOUND_MAX_BYTES."},
    422: {"description": "The email is malformed: `details` says how."},
}


def request_body(media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI for a route that reads its body itself."""
    return {"requestBody": {"required": True, "content": {media_type: {"schema": schema}}}}


@router.post(
    "/inbound/email",
    openapi_extra=request_body("application/octet-stream", {"type": "string", "format": "binary"}),
    responses=INBOUND_ANSWERS,
)
async def receive_raw_email(
    request: Request, session: SessionDep, settings: SettingsDep
) -> InboundAnswer:
    """A complete RFC 822 message as the body (any media type: message/rfc822, or
    application/octet-stream), Bearer-authenticated: any provider's raw MIME forward."""
    check_inbound_auth(request, settings)
    raw = await request.body()
    mail = inbound_mail.parse_rfc822(raw, limit=settings.inbound_max_bytes)
    return inbound_answer(question_flow.receive_email(session, settings, mail, now=utc_now()))


@router.post(
    "/inbound/postmark",
    openapi_extra=request_body("application/json", {"type": "object"}),
    responses=INBOUND_ANSWERS,
)
async def receive_postmark_email(
    request: Request, session: SessionDep, settings: SettingsDep
) -> InboundAnswer:
    """Postmark's inbound webhook JSON; HTTP Basic with the inbound secret as password."""
    check_inbound_auth(request, settings)
    mail = inbound_mail.parse_postmark(await request.body(), limit=settings.inbound_max_bytes)
    return inbound_answer(question_flow.receive_email(session, settings, mail, now=utc_now()))


MAILGUN_TOLERANCE = 300


@router.post(
    "/inbound/mailgun",
    openapi_extra=request_body("application/x-www-form-urlencoded", {"type": "object"}),
    responses=INBOUND_ANSWERS,
)
async def receive_mailgun_email(
    request: Request, session: SessionDep, settings: SettingsDep
) -> InboundAnswer:
    """A Mailgun route's forward() POST, checked by its signature (HMAC-SHA256 of timestamp
    and token with the webhook signing key, within five minutes)."""
    if settings.mailgun_signing_key is None or not settings.inbound_reply_address:
        raise NotFound("Mailgun inbound is not set up here (mailgun_signing_key)")
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    stamp, token, signature = (fields.get(k, "") for k in ("timestamp", "token", "signature"))
    key = settings.mailgun_signing_key.get_secret_value().encode()
    expected = hmac.new(key, f"{stamp}{token}".encode(), hashlib.sha256).hexdigest()
    fresh = stamp.isdigit() and abs(time.time() - int(stamp)) <= MAILGUN_TOLERANCE
    if not (fresh and token and hmac.compare_digest(signature.encode(), expected.encode())):
        raise Unauthorized("the Mailgun POST is not authenticated: bad or old signature")
    mail = inbound_mail.parse_mailgun(fields, limit=settings.inbound_max_bytes)
    return inbound_answer(question_flow.receive_email(session, settings, mail, now=utc_now()))
