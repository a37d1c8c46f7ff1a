"""Questions: taking them in from every channel, answering each group once, everywhere.

Intake:
- staff log a question from a phone call or a chat (the API, comms role);
- the public incident page's form (rate-limited per client by the sign-ups' limiter);
- mentions and thread replies on X (`flows.x_questions`, read by the worker);
- replies to our emails (the inbound webhooks and `crisiscomms inbound smtp`), tied to a
  customer or subscriber and an incident by the signed reply token in the address they
  replied to, never by the From line. Mail that is no reply of ours, a forged token, an
  automatic reply is rejected with its reason; a flood from one person, HTML with script
  is quarantined with its reason.

Answering each group once is `flows.answering`; a question whose group is already
answered gets the answer at once, and where the plan allows, a confident match to an
anticipated question is answered with the plan's answer automatically, and logged.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session, select

from crisiscomms.audit import service as audit
from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.errors import NotFound, TooManyRequests, ValidationFailed
from crisiscomms.flows import answering
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.lifecycle import OPEN_STATUSES
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM, Principal
from crisiscomms.questions import lexicon, matching, tokens
from crisiscomms.questions import service as question_service
from crisiscomms.questions.mail import InboundMail
from crisiscomms.questions.models import (
    AnswerSource,
    GroupStatus,
    QuestionChannel,
)
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import Subscriber

log = logging.getLogger("crisiscomms.questions")

PAGE_LIMIT = 5
"""Questions one client (by IP) may send from the public page in PAGE_WINDOW."""
PAGE_WINDOW = timedelta(hours=1)
MAIL_LIMIT = 10
"""Questions one person may send by email about one incident in MAIL_WINDOW; more are
quarantined, and past MAIL_HARD_LIMIT rejected without being kept."""
MAIL_WINDOW = timedelta(hours=1)
MAIL_HARD_LIMIT = 50
ASKED = "Thank you. Your question has reached our team; the answer will appear on this page."


@dataclass(frozen=True)
class InboundResult:
    """What became of one inbound email."""

    status: Literal["accepted", "quarantined", "rejected"]
    reason: str
    question_id: int | None = None
    incident_id: int | None = None


def client_key(settings: Settings, session: Session, kind: str, value: str, now: datetime) -> str:
    """A keyed hash naming who asked (an IP, a person, an X account), for the limits."""
    key = tokens.signing_key(session, settings, now=now)
    return "q" + hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:31]


def _open_incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"there is no incident {incident_id}")
    return incident


def after_recording(
    session: Session,
    incident: Incident,
    plan: PlanBody,
    recorded: question_service.Recorded,
    *,
    now: datetime,
) -> None:
    """Answer at once what is already answered, or answerable from the plan automatically."""
    group, question = recorded.group, recorded.question
    if group.status == GroupStatus.ANSWERED:
        answering.send_answer(
            session, incident, group, [question], created_by="answered on arrival", now=now
        )
        return
    if (
        plan.question_policy.auto_answer
        and group.status == GroupStatus.OPEN
        and group.plan_question_id is not None
        and (question.match_score or 0) >= matching.AUTO_ANSWER_THRESHOLD
    ):
        found = question_service.plan_answer(plan, group, question.language)
        if found is None:
            return
        asked, answer = found
        answered = question_service.settle(
            session,
            group,
            text=answer,
            locale=question.language if question.language in plan.locales else plan.default_locale,
            source=AnswerSource.AUTO,
            answered_by_id=None,
            approved_by_id=None,
            public_question=asked,
            now=now,
        )
        audit.record(
            session,
            actor=SYSTEM,
            action="question.auto_answered",
            target_type="question_group",
            target_id=group.id,
            now=now,
            after={
                "plan_question": group.plan_question_id,
                "score": question.match_score,
                "question_id": question.id,
                "incident_id": incident.id,
            },
        )
        log.info(
            "auto-answered question group %s with plan answer %s (score %.1f)",
            group.id,
            group.plan_question_id,
            question.match_score or 0,
        )
        answering.send_answer(
            session, incident, group, answered, created_by="automatic plan answer", now=now
        )


def log_question(
    session: Session,
    incident_id: int,
    *,
    text: str,
    channel: QuestionChannel,
    language: str | None,
    customer_external_id: str | None,
    actor: Principal,
    now: datetime,
) -> question_service.Recorded:
    """A question staff took by phone or chat, recorded and grouped."""
    incident = _open_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    customer_id = None
    if customer_external_id:
        customer = session.exec(
            select(Customer).where(Customer.external_id == customer_external_id)
        ).first()
        if customer is None:
            message = f"customer_external_id: there is no customer {customer_external_id!r}"
            raise ValidationFailed(
                message,
                details=[
                    {"location": "customer_external_id", "message": message, "type": "value_error"}
                ],
            )
        customer_id = customer.id
    recorded = question_service.record(
        session,
        incident_id=incident_id,
        plan=plan,
        text=text,
        channel=channel,
        language=language,
        customer_id=customer_id,
        logged_by_id=actor.user_id,
        now=now,
    )
    audit.record(
        session,
        actor=actor,
        action="question.logged",
        target_type="question",
        target_id=recorded.question.id,
        now=now,
        after={"incident_id": incident_id, "group_id": recorded.group.id, "channel": channel},
    )
    after_recording(session, incident, plan, recorded, now=now)
    return recorded


def ask_on_page(
    session: Session,
    settings: Settings,
    incident_id: int,
    *,
    text: str,
    client_ip: str,
    now: datetime,
) -> str:
    """A question from the public incident page; the one answer every asker gets."""
    incident = session.get(Incident, incident_id)
    if incident is None or incident.rehearsal or incident.status not in OPEN_STATUSES:
        raise NotFound("questions are not taken for this incident")
    client = client_key(settings, session, "ip", client_ip, now)
    subscriber_service.count_client(
        session,
        client,
        now,
        limit=PAGE_LIMIT,
        window=PAGE_WINDOW,
        message="Too many questions from this network. Try again in an hour.",
    )
    if lexicon.intent(matching.fold(text)) == "spam":
        question_service.quarantine(
            session,
            incident_id=incident_id,
            text=text,
            channel=QuestionChannel.WEB,
            reason="it reads as spam (advertising, not a question about the incident)",
            client=client,
            now=now,
        )
        return ASKED
    plan = incident_service.plan_of(session, incident)
    recorded = question_service.record(
        session,
        incident_id=incident_id,
        plan=plan,
        text=text,
        channel=QuestionChannel.WEB,
        client=client,
        now=now,
    )
    after_recording(session, incident, plan, recorded, now=now)
    return ASKED


def _recipient(
    session: Session, claim: tokens.ReplyClaim
) -> tuple[int | None, int | None, str | None]:
    if claim.kind == "customer":
        customer = session.get(Customer, claim.recipient_id)
        return (customer.id, None, customer.email) if customer is not None else (None, None, None)
    subscriber = session.get(Subscriber, claim.recipient_id)
    if subscriber is None:
        return None, None, None
    return None, subscriber.id, subscriber.address


def receive_email(
    session: Session, settings: Settings, mail: InboundMail, *, now: datetime
) -> InboundResult:
    """Take in one inbound email: a question, a quarantined one, or a rejection."""
    base = settings.inbound_reply_address
    if not base:
        return InboundResult("rejected", "inbound email is not set up (no inbound_reply_address)")
    token = None
    for address in mail.recipients:
        token = tokens.token_in(address, base)
        if token:
            break
    if token is None and mail.mailbox_hash:
        token = mail.mailbox_hash.strip().lower()
    if token is None:
        return InboundResult("rejected", "not a reply to one of our emails (no reply token)")
    try:
        claim = tokens.open_token(tokens.verification_keys(session, settings, now=now), token)
    except tokens.TokenInvalid as exc:
        log.warning("inbound mail refused: %s (from %s)", exc, mail.sender[:80])
        return InboundResult("rejected", str(exc))
    incident = session.get(Incident, claim.incident_id)
    customer_id, subscriber_id, known = _recipient(session, claim)
    if incident is None or known is None:
        return InboundResult("rejected", "the reply token's incident or person no longer exists")
    if mail.automatic:
        return InboundResult("rejected", mail.automatic, incident_id=incident.id)
    client = client_key(settings, session, claim.kind, f"{claim.recipient_id}:{incident.id}", now)
    reason = None
    try:
        subscriber_service.count_client(
            session, client, now, limit=MAIL_LIMIT, window=MAIL_WINDOW, message="flood"
        )
    except TooManyRequests:
        reason = f"a flood: more than {MAIL_LIMIT} emails from this person within an hour"
        try:
            subscriber_service.count_client(
                session,
                client + "x",
                now,
                limit=MAIL_HARD_LIMIT,
                window=MAIL_WINDOW,
                message="flood",
            )
        except TooManyRequests:
            return InboundResult("rejected", reason + " (no longer kept)", incident_id=incident.id)
    if reason is None and lexicon.intent(matching.fold(mail.text)) == "spam":
        reason = "it reads as spam (advertising, not a question about the incident)"
    if reason is None and mail.html_script:
        reason = "the HTML carried script; only its text was kept"
    if reason is None and incident.rehearsal:
        reason = "a reply to a rehearsal"
    if not mail.text.strip():
        return InboundResult("rejected", "the reply holds no text", incident_id=incident.id)
    common = {
        "incident_id": incident.id,
        "customer_id": customer_id,
        "subscriber_id": subscriber_id,
        "sender": mail.sender,
        "client": client,
    }
    if reason is not None:
        kept = question_service.quarantine(
            session,
            text=mail.text,
            channel=QuestionChannel.EMAIL,
            reason=reason,
            now=now,
            **common,  # type: ignore[arg-type]
        )
        return InboundResult("quarantined", reason, kept.id, incident.id)
    plan = incident_service.plan_of(session, incident)
    recorded = question_service.record(
        session,
        plan=plan,
        text=mail.text,
        channel=QuestionChannel.EMAIL,
        subject=mail.subject,
        message_id=mail.message_id,
        references=mail.references,
        now=now,
        **common,  # type: ignore[arg-type]
    )
    after_recording(session, incident, plan, recorded, now=now)
    return InboundResult("accepted", "recorded", recorded.question.id, incident.id)
