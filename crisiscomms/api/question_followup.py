"""Question groups after the first answer, and SendGrid's inbound mail.

- `PUT .../groups/{group_id}/owner` (comms): who is reminded when the group is overdue;
- `POST .../groups/{group_id}/send-ahead` (comms): the answer goes with the next update;
- `POST .../groups/{group_id}/add-to-plan` (approver: it changes the plan): an unforeseen
  question and its approved answer join the plan as a new version;
- `POST /inbound/sendgrid`: SendGrid Inbound Parse, raw MIME (`email`) or parsed fields,
  authenticated like the generic upload (the inbound secret as HTTP Basic password in the
  Parse URL, or a Bearer header).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.api.questions import (
    INBOUND_ANSWERS,
    GroupDetail,
    InboundAnswer,
    Locale,
    check_inbound_auth,
    group_detail,
    inbound_answer,
    request_body,
)
from crisiscomms.db import utc_now
from crisiscomms.dbtypes import RowId
from crisiscomms.deps import ApproverDep, CommsDep, PathId, SessionDep, SettingsDep
from crisiscomms.flows import question_followup
from crisiscomms.flows import questions as question_flow
from crisiscomms.questions import mail as inbound_mail

router = APIRouter(tags=["questions"])


class OwnerSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    owner_id: RowId | None = Field(description="A staff user id (comms or above); null clears.")


PlanText = Annotated[str, Field(min_length=1, max_length=4000)]


class AddToPlan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: dict[Locale, PlanText] = Field(
        default_factory=dict,
        description="How the plan asks it, per language; in the answer's language it "
        "defaults to the group's public wording.",
    )
    answer: dict[Locale, PlanText] = Field(
        default_factory=dict,
        description="The answer in the plan's other languages (the approved one is kept).",
    )


class PlanVersionAdded(BaseModel):
    plan_id: int
    version: int
    plan_question_id: str


@router.put("/incidents/{incident_id}/questions/groups/{group_id}/owner")
def set_group_owner(
    incident_id: PathId, group_id: PathId, data: OwnerSet, session: SessionDep, principal: CommsDep
) -> GroupDetail:
    """Make a staff member the group's owner (reminded when it is overdue)."""
    question_followup.assign_owner(
        session, incident_id, group_id, owner_id=data.owner_id, actor=principal, now=utc_now()
    )
    return group_detail(session, incident_id, group_id, principal)


@router.post("/incidents/{incident_id}/questions/groups/{group_id}/send-ahead")
def send_answer_ahead(
    incident_id: PathId, group_id: PathId, session: SessionDep, principal: CommsDep
) -> GroupDetail:
    """Send the group's approved answer ahead with the next update (its Q&A section)."""
    question_followup.mark_send_ahead(
        session, incident_id, group_id, actor=principal, now=utc_now()
    )
    return group_detail(session, incident_id, group_id, principal)


@router.post("/incidents/{incident_id}/questions/groups/{group_id}/add-to-plan", status_code=201)
def add_group_to_plan(
    incident_id: PathId,
    group_id: PathId,
    data: AddToPlan,
    session: SessionDep,
    principal: ApproverDep,
) -> PlanVersionAdded:
    """Add an answered question the plan had not foreseen to the plan: a new version."""
    version = question_followup.add_to_plan(
        session,
        incident_id,
        group_id,
        questions=data.question,
        answers=data.answer,
        actor=principal,
        now=utc_now(),
    )
    group = group_detail(session, incident_id, group_id, principal)
    return PlanVersionAdded(
        plan_id=version.plan_id, version=version.version, plan_question_id=group.plan_question_id
    )


@router.post(
    "/inbound/sendgrid",
    openapi_extra=request_body("multipart/form-data", {"type": "object"}),
    responses=INBOUND_ANSWERS,
)
async def receive_sendgrid_email(
    request: Request, session: SessionDep, settings: SettingsDep
) -> InboundAnswer:
    """SendGrid Inbound Parse: the raw MIME message (`email`, when "POST the raw, full MIME
    message" is set) or the parsed fields (`from`, `to`, `subject`, `text`, `html`,
    `headers`); the inbound secret as HTTP Basic password (or Bearer)."""
    check_inbound_auth(request, settings)
    size = request.headers.get("content-length", "")
    # The form's encoding adds to the message's size; the message itself is checked after.
    inbound_mail.check_size(int(size) if size.isdigit() else 0, settings.inbound_max_bytes * 2)
    form = await request.form(max_part_size=settings.inbound_max_bytes * 2)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    mail = inbound_mail.parse_sendgrid(fields, limit=settings.inbound_max_bytes)
    return inbound_answer(question_flow.receive_email(session, settings, mail, now=utc_now()))
