"""Subscriptions: sign up (public), confirm and manage by signed link, and the staff list.

The public side follows Statuspage's subscriber API in spirit (an email and the components
to follow), with two differences that protect people: every sign-up answers 202 with the
same message whether or not the address was known, and confirming takes the link's token.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.db import utc_now
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.deps import SessionDep, SettingsDep, ViewerDep, client_ip
from crisiscomms.flows import subscriptions as subscription_flow
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus

router = APIRouter(tags=["subscribers"])

Token = Annotated[str, Field(min_length=1, max_length=200)]
ComponentName = Annotated[str, Field(min_length=1, max_length=100)]
Language = Annotated[str, Field(pattern=r"^(en|bn)$", description="en or bn")]
TimeZone = Annotated[
    str,
    Field(
        max_length=64,
        description=(
            "The IANA time zone the subscriber reads times in (Asia/Dhaka, America/New_York), "
            "checked with zoneinfo; empty or absent: the plan organisation's zone, else UTC."
        ),
    ),
]


class SubscribeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str | None = Field(default=None, min_length=3, max_length=254)
    phone: str | None = Field(
        default=None,
        max_length=40,
        description="SMS: a phone number in international form (+8801…); give one of the four.",
    )
    webhook_url: str | None = Field(
        default=None,
        max_length=2000,
        description="A URL that receives signed JSON (Standard Webhooks); it must echo the "
        "sign-up challenge to be confirmed.",
    )
    chat_url: str | None = Field(
        default=None,
        max_length=2000,
        description="A Slack, Microsoft Teams (Workflows) or Discord incoming-webhook URL.",
    )
    components: list[ComponentName] = Field(
        default_factory=list,
        max_length=subscriber_service.MAX_COMPONENTS,
        description="Component (product) names to follow; empty follows everything.",
    )
    language: Language = "en"
    time_zone: TimeZone | None = None
    verification: str | None = Field(
        default=None,
        max_length=4096,
        description=(
            "The CAPTCHA or proof-of-work widget's answer, when the operator configured a "
            "sign-up check (`CRISISCOMMS_SIGNUP_VERIFIER_URL`); ignored otherwise."
        ),
    )


class SubscribeAnswer(BaseModel):
    message: str = Field(description="The same for every address, known or not.")


class ConfirmRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: Token


class SubscriptionPublic(BaseModel):
    """A subscription as its owner sees it through their link (the address masked)."""

    kind: SubscriberKind
    email: str = Field(description="Where it goes, masked (an address, a number or a host).")
    status: SubscriberStatus
    components: list[str] = Field(description="Followed components; empty: everything.")
    language: str
    time_zone: str | None = Field(description="IANA zone; null reads the plan's (else UTC).")
    manage_token: str | None = Field(
        default=None, description="Given once, on confirming: the token of the manage link."
    )


class SubscriptionChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    components: list[ComponentName] | None = Field(
        default=None, max_length=subscriber_service.MAX_COMPONENTS
    )
    language: Language | None = None
    time_zone: TimeZone | None = Field(
        default=None, description="A new IANA zone; an empty string goes back to the plan's."
    )


class SubscriberPublic(BaseModel):
    id: int
    kind: SubscriberKind
    email: str = Field(description="The stored address: email, E.164 phone, or a URL's digest.")
    status: SubscriberStatus
    components: list[str]
    language: str
    time_zone: str | None
    source: str


class SubscriberPage(BaseModel):
    items: list[SubscriberPublic]
    next_after: int | None = Field(
        description="Pass as `after` for the next page; null at the end."
    )
    counts: dict[str, dict[str, int]] = Field(description="By channel kind, then by status.")


def _public(
    subscriber: Subscriber, shown: str, manage_token: str | None = None
) -> SubscriptionPublic:
    return SubscriptionPublic(
        kind=subscriber.kind,
        email=shown,
        status=subscriber.status,
        components=subscriber_service.components_of(subscriber),
        language=subscriber.locale,
        time_zone=subscriber.time_zone,
        manage_token=manage_token,
    )


@router.post(
    "/subscriptions",
    status_code=202,
    response_model=SubscribeAnswer,
    responses={
        404: {"description": "Email sign-up is not offered: no email channel serves subscribers."},
        422: {"description": "A field is wrong, or the sign-up check is missing or failed."},
        429: {"description": "Too many sign-ups from this client: wait `Retry-After` seconds."},
        503: {"description": "The configured sign-up check cannot be reached: try again."},
    },
)
def create_subscription(
    body: SubscribeRequest, request: Request, session: SessionDep, settings: SettingsDep
) -> SubscribeAnswer:
    """Sign up for incident updates by email, SMS, a webhook or a chat incoming webhook
    (double opt-in: a confirmation goes out, a link to follow or a challenge to echo; nothing
    else is sent until it is confirmed). No sign-in needed."""
    message = subscription_flow.subscribe(
        session,
        settings,
        email=body.email,
        phone=body.phone,
        webhook_url=body.webhook_url,
        chat_url=body.chat_url,
        components=body.components,
        locale=body.language,
        time_zone=body.time_zone,
        client_ip=client_ip(request) or "unknown",
        now=utc_now(),
        verification=body.verification,
    )
    return SubscribeAnswer(message=message)


@router.post(
    "/subscriptions/confirm",
    response_model=SubscriptionPublic,
    responses={
        404: {"description": "The link is not valid: incomplete, already used or replaced."},
        410: {"description": "The confirmation link has expired."},
    },
)
def confirm_subscription(
    body: ConfirmRequest, session: SessionDep, settings: SettingsDep
) -> SubscriptionPublic:
    """Confirm a subscription with the token from the confirmation email (works once)."""
    now = utc_now()
    subscriber = subscription_flow.confirm(session, settings, body.token, now=now)
    token = subscription_flow.manage_token(session, settings, subscriber, now)
    return _public(subscriber, subscription_flow.shown(session, settings, subscriber), token)


@router.get("/subscriptions/{token}", response_model=SubscriptionPublic)
def read_subscription(
    token: Token, session: SessionDep, settings: SettingsDep
) -> SubscriptionPublic:
    """The subscription a manage link is for."""
    subscriber = subscription_flow.managed(session, settings, token, now=utc_now())
    return _public(subscriber, subscription_flow.shown(session, settings, subscriber))


@router.patch("/subscriptions/{token}", response_model=SubscriptionPublic)
def update_subscription(
    token: Token, body: SubscriptionChange, session: SessionDep, settings: SettingsDep
) -> SubscriptionPublic:
    """Change the components followed, the language or the time zone."""
    subscriber = subscription_flow.managed(session, settings, token, now=utc_now())
    subscriber_service.update(
        session,
        subscriber,
        components=body.components,
        locale=body.language,
        time_zone=body.time_zone,
    )
    return _public(subscriber, subscription_flow.shown(session, settings, subscriber))


@router.delete("/subscriptions/{token}", status_code=204, response_class=Response)
def delete_subscription(token: Token, session: SessionDep, settings: SettingsDep) -> Response:
    """Unsubscribe; every link sent before then stops working."""
    now = utc_now()
    subscriber = subscription_flow.managed(session, settings, token, now=now)
    subscriber_service.unsubscribe(session, subscriber, now=now)
    return Response(status_code=204)


@router.get("/subscribers", response_model=SubscriberPage)
def list_subscribers(
    session: SessionDep,
    _viewer: ViewerDep,
    status: SubscriberStatus | None = None,
    after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> SubscriberPage:
    """Subscribers by id, with counts by channel and status (staff)."""
    found = subscriber_service.listing(session, status=status, after=after, limit=limit)
    return SubscriberPage(
        items=[
            SubscriberPublic(
                id=s.id or 0,
                kind=s.kind,
                email=s.address,
                status=s.status,
                components=subscriber_service.components_of(s),
                language=s.locale,
                time_zone=s.time_zone,
                source=s.source,
            )
            for s in found
        ],
        next_after=found[-1].id if len(found) == limit else None,
        counts=subscriber_service.counts(session),
    )
