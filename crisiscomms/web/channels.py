"""Channels: where messages go. Everyone signed in can read them (health, settings with every
secret as "***"); admins add them, edit them, switch them on and off, release a quarantine
and queue a test send, which is a one-message broadcast shown on the broadcasts page.

A refused form comes back with the input kept beside its error, except secrets, which are
never written into a page (not even as an input's value).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from crisiscomms.broadcasts import testsend
from crisiscomms.channels import registry
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.schemas import ChannelCreate, ChannelUpdate
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep, SettingsDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.web import channel_forms as forms
from crisiscomms.web.deps import PageAdmin, PageViewer
from crisiscomms.web.forms import CheckedForm, text
from crisiscomms.web.templating import render

router = APIRouter(prefix="/channels")

NOTICES = {
    "created": "Channel added. Send a test to check it works.",
    "unresolved": "Channel saved, but its host name does not resolve now: check it. The "
    "address is checked again at every send, and messages wait until it resolves.",
    "saved": "Channel saved.",
    "enabled": "Channel enabled.",
    "disabled": "Channel disabled: nothing more is sent through it until it is enabled.",
    "released": "Quarantine lifted: its waiting messages go out again.",
}


@router.get("")
def list_channels(
    request: Request, session: SessionDep, settings: SettingsDep, _viewer: PageViewer
) -> Response:
    """Every channel with its kind, audience, health and settings (secrets hidden)."""
    now = utc_now()
    channels = [
        channel_service.to_public(session, c, settings, now=now)
        for c in channel_service.list_channels(session)
    ]
    return render(request, "channels/index.html", {"channels": channels, "kinds": forms.kinds()})


def _new_page(
    request: Request,
    kind: str,
    *,
    values: dict[str, str] | None = None,
    settings_values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "channels/new.html",
        {
            "kind": kind,
            "kind_name": dict(forms.kinds()).get(kind, kind),
            "fields": forms.setting_fields(kind),
            "audiences": forms.audiences(),
            "values": values or {"quarantine_after": "5"},
            "settings_values": settings_values or {},
            "errors": errors or {},
        },
        status_code=status_code,
    )


@router.get("/new")
def new_channel(
    request: Request,
    _admin: PageAdmin,
    kind: str = Query(default="dry-run", max_length=20),
) -> Response:
    """The form for a new channel of one kind, its fields from the kind's settings."""
    registry.channel_class(kind)  # an unknown kind is a 400 naming the kinds there are
    return _new_page(request, kind)


@router.post("")
def create_channel(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: PageAdmin,
    form: CheckedForm,
) -> Response:
    """Add a channel; its settings are checked (and outbound URLs guarded) before storing."""
    kind = text(form, "kind")
    registry.channel_class(kind)
    values = forms.posted_common(form)
    values["enabled"] = text(form, "enabled")
    secrets = forms.typed_secrets(form, kind)
    data = forms.common_from(values) | {
        "kind": kind,
        "settings": forms.settings_from(form, kind, editing=False),
        "enabled": bool(values["enabled"]),
    }
    warnings: list[str] = []
    try:
        channel = channel_service.create_channel(
            session,
            ChannelCreate.model_validate(data),
            settings=settings,
            actor=actor,
            now=utc_now(),
            warnings=warnings,
        )
    except (ValidationError, CrisisCommsError) as exc:
        errors, status = _refusal(session, exc, secrets)
        return _new_page(
            request,
            kind,
            values=values,
            settings_values=forms.posted_settings(form, kind),
            errors=errors,
            status_code=status,
        )
    notice = "unresolved" if warnings else "created"
    return RedirectResponse(f"/channels/{channel.id}?notice={notice}", status_code=303)


def _refusal(
    session: Session, exc: ValidationError | CrisisCommsError, secrets: list[str]
) -> tuple[dict[str, str], int]:
    """Errors by field and the status to answer with; the failed change is rolled back."""
    if isinstance(exc, ValidationError):
        details: list[Any] = list(exc.errors(include_url=False, include_input=False))
        return forms.located_errors(details, "please check the form", secrets=secrets), 422
    session.rollback()
    errors = forms.located_errors(exc.details, exc.message, secrets=secrets)
    if exc.status == 409 and "already exists" in exc.message:
        errors = {"name": forms.mask(exc.message, secrets)}
    return errors, exc.status


def detail_page(
    request: Request,
    session: Session,
    settings: Settings,
    channel_id: int,
    *,
    failed: str = "",
    values: dict[str, str] | None = None,
    settings_values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    """One channel; `failed` names the form ("edit", "test", ...) redisplayed with errors."""
    channel = channel_service.get_channel(session, channel_id)
    public = channel_service.to_public(session, channel, settings, now=utc_now())
    shown = {
        k: ("" if v is None else str(v))
        for k, v in public.settings.items()
        if k not in registry.channel_class(channel.kind).secret_fields
    }
    common = {
        "name": public.name,
        "audience": public.audience.value,
        "rate_per_minute": str(public.rate_per_minute or ""),
        "quarantine_after": str(public.quarantine_after),
        "owner_email": public.owner_email or "",
    }
    return render(
        request,
        "channels/detail.html",
        {
            "channel": public,
            "fields": forms.setting_fields(channel.kind),
            "audiences": forms.audiences(),
            "kind_name": dict(forms.kinds()).get(channel.kind, channel.kind),
            "failed": failed,
            "values": common | (values or {}),
            "settings_values": shown | (settings_values or {}),
            "errors": errors or {},
            "notice": NOTICES.get(notice, ""),
        },
        status_code=status_code,
    )


@router.get("/{channel_id}")
def read_channel(
    channel_id: PathId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    _viewer: PageViewer,
    notice: str = "",
) -> Response:
    """A channel: health, settings (secrets as ***), and for admins its forms."""
    return detail_page(request, session, settings, channel_id, notice=notice)


def _change(
    request: Request,
    session: Session,
    settings: Settings,
    channel_id: int,
    form: FormData,
    data: dict[str, Any],
    *,
    actor: Any,
    notice: str,
    failed: str,
    values: dict[str, str] | None = None,
) -> Response:
    channel = channel_service.get_channel(session, channel_id)
    secrets = forms.typed_secrets(form, channel.kind)
    warnings: list[str] = []
    try:
        channel_service.update_channel(
            session,
            channel_id,
            ChannelUpdate.model_validate(data),
            settings=settings,
            actor=actor,
            now=utc_now(),
            warnings=warnings,
        )
    except (ValidationError, CrisisCommsError) as exc:
        errors, status = _refusal(session, exc, secrets)
        return detail_page(
            request,
            session,
            settings,
            channel_id,
            failed=failed,
            values=values,
            settings_values=forms.posted_settings(form, channel.kind) if values else None,
            errors=errors,
            status_code=status,
        )
    notice = "unresolved" if warnings else notice
    return RedirectResponse(f"/channels/{channel_id}?notice={notice}", status_code=303)


@router.post("/{channel_id}")
def update_channel(
    channel_id: PathId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: PageAdmin,
    form: CheckedForm,
) -> Response:
    """Change a channel; an empty secret keeps the stored one."""
    channel = channel_service.get_channel(session, channel_id)
    values = forms.posted_common(form)
    data = forms.common_from(values) | {
        "settings": forms.settings_from(form, channel.kind, editing=True)
    }
    return _change(
        request,
        session,
        settings,
        channel_id,
        form,
        data,
        actor=actor,
        notice="saved",
        failed="edit",
        values=values,
    )


@router.post("/{channel_id}/enabled")
def switch_channel(
    channel_id: PathId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: PageAdmin,
    form: CheckedForm,
) -> Response:
    """Switch a channel on (clearing why it was disabled) or off."""
    enabled = text(form, "enabled") == "true"
    return _change(
        request,
        session,
        settings,
        channel_id,
        form,
        {"enabled": enabled},
        actor=actor,
        notice="enabled" if enabled else "disabled",
        failed="enabled",
    )


@router.post("/{channel_id}/release")
def release_channel(
    channel_id: PathId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: PageAdmin,
    _form: CheckedForm,
) -> Response:
    """Lift the channel's quarantine."""
    try:
        channel_service.release(session, channel_id, actor=actor, now=utc_now())
    except CrisisCommsError as exc:
        session.rollback()
        return detail_page(
            request,
            session,
            settings,
            channel_id,
            failed="release",
            errors={"release": exc.message},
            status_code=exc.status,
        )
    return RedirectResponse(f"/channels/{channel_id}?notice=released", status_code=303)


@router.post("/{channel_id}/test")
def test_channel(
    channel_id: PathId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: PageAdmin,
    form: CheckedForm,
) -> Response:
    """Queue one harmless test message (on X a real public post); show its broadcast."""
    recipient = text(form, "recipient")
    try:
        broadcast = testsend.queue_test(
            session, channel_id, recipient=recipient or None, actor=actor, now=utc_now()
        )
    except CrisisCommsError as exc:
        session.rollback()
        errors = forms.located_errors(exc.details, exc.message)
        if "form" in errors:
            errors["recipient"] = errors.pop("form")
        return detail_page(
            request,
            session,
            settings,
            channel_id,
            failed="test",
            values={"recipient": recipient},
            errors=errors,
            status_code=exc.status,
        )
    return RedirectResponse(f"/broadcasts/{broadcast.id}?notice=test-queued", status_code=303)
