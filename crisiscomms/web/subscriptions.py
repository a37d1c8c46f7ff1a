"""Public subscription pages: sign up, confirm, manage, unsubscribe. No sign-in anywhere.

Phone-width first and without script. A GET never changes anything (mail scanners open
links): confirming and unsubscribing take a button press, and RFC 8058's one-click POST
goes to the same unsubscribe address. Sign-up answers the same for every address.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep, client_ip
from crisiscomms.errors import CrisisCommsError, ServiceUnavailable, TooManyRequests
from crisiscomms.flows import subscriptions as subscription_flow
from crisiscomms.http import SECURITY_HEADERS
from crisiscomms.i18n import language_of
from crisiscomms.statuspage import service as status_service
from crisiscomms.statuspage.labels import N_, labels_for, language_names, requested_locale
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import Subscriber, SubscriberStatus
from crisiscomms.subscribers.tokens import LinkExpired
from crisiscomms.web.field_errors import form_errors
from crisiscomms.web.subscription_choices import ways, zone_choices
from crisiscomms.web.templating import public_environment

router = APIRouter(include_in_schema=False)
DESTINATION_FIELDS = ("email", "phone", "webhook_url", "chat_url")
Lang = Annotated[str | None, Query(max_length=35)]
NO_STORE = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}
VERIFICATION = {
    "verification_missing": N_("Complete the check above the button, then send the form again."),
    "verification_failed": N_("The check did not pass. Please complete it again."),
}
"""What the page says for each way the sign-up check fails (flows.signup_check's types)."""


def _url(path: str, locale: str | None, **params: object) -> str:
    query = {**({"lang": locale} if locale else {}), **params}
    return f"{path}?{urlencode(query)}" if query else path


def _page(
    settings: Settings,
    path: str,
    name: str,
    lang: str | None,
    values: dict[str, Any],
    *,
    status: int = 200,
) -> HTMLResponse:
    locale = requested_locale(lang)
    ui = labels_for(locale)
    # Loaded once per folder and language, not on every request.
    template = public_environment(settings.web_path / "templates", ui.locale).get_template(name)
    html = template.render(
        request={"url": {"path": path}},
        ui=ui,
        lang=locale,
        languages=language_names(),
        site={"title": settings.status_page_title, "logo_url": settings.status_page_logo_url},
        url=_url,
        **values,
    )
    return HTMLResponse(html, status_code=status, headers=NO_STORE)


def _message(
    settings: Settings, path: str, lang: str | None, title: str, text: str, status: int = 200
) -> HTMLResponse:
    values = {"title": title, "text": text}
    return _page(settings, path, "public/subscription_message.html", lang, values, status=status)


def _components(session: SessionDep) -> list[str]:
    view = status_service.build(session, now=utc_now())
    return [c.name for c in view.components]


def _link_error(
    settings: Settings, path: str, lang: str | None, exc: CrisisCommsError
) -> HTMLResponse:
    ui = labels_for(requested_locale(lang))
    expired = N_("This confirmation link has expired. Sign up again to get a new one.")
    invalid = N_(
        "This link is not valid: it may be incomplete, already used, or replaced by a newer one."
    )
    text = ui.gettext(expired if isinstance(exc, LinkExpired) else invalid)
    title = ui.gettext("Get incident updates")
    return _message(settings, path, lang, title, text, status=exc.status)


@router.get("/status/subscribe", response_class=HTMLResponse)
def subscribe_form(session: SessionDep, settings: SettingsDep, lang: Lang = None) -> HTMLResponse:
    """The sign-up form (or a note that email sign-up is not offered here)."""
    kinds = [k.value for k in subscription_flow.offered_kinds(session)]
    values = {
        "offered": bool(kinds),
        "kinds": kinds,
        "components": _components(session),
        "form": {
            "email": "",
            "components": [],
            "language": language_of(requested_locale(lang)),
            "time_zone": "",
        },
        "errors": {},
        "sent": False,
    }
    return _subscribe_page(settings, lang, values)


def _subscribe_page(
    settings: Settings, lang: str | None, values: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    """The sign-up page; with a sign-up check configured, its widget, and a CSP that lets
    the widget's origin in on this page only."""
    values = {**values, "ways": ways(values.get("kinds", []), lang)}
    widget = None
    if settings.signup_verifier_script:
        widget = {
            "script": settings.signup_verifier_script,
            "class": settings.signup_verifier_widget_class,
            "site_key": settings.signup_verifier_site_key,
        }
    page = _page(
        settings,
        "/status/subscribe",
        "public/subscribe.html",
        lang,
        {**values, "widget": widget},
        status=status,
    )
    if widget is not None:
        parts = urlsplit(widget["script"])
        origin = f"{parts.scheme}://{parts.netloc}"
        page.headers["content-security-policy"] = SECURITY_HEADERS[
            "content-security-policy"
        ].replace("script-src 'self'", f"script-src 'self' {origin}") + (
            f"; frame-src {origin}; connect-src 'self' {origin}"
        )
    return page


@router.post("/status/subscribe", response_class=HTMLResponse)
async def subscribe(
    request: Request, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Sign up from the form: the same thank-you for every address; field errors in place."""
    form = await request.form()
    where = {name: str(form.get(name) or "")[:2100] for name in DESTINATION_FIELDS}
    chosen = [str(c)[:100] for c in form.getlist("components")][:60]
    language = str(form.get("language") or "en")[:10]
    zone = str(form.get("time_zone") or "")[:64]
    values: dict[str, Any] = {
        "offered": True,
        "kinds": [k.value for k in subscription_flow.offered_kinds(session)],
        "components": _components(session),
        "form": {**where, "components": chosen, "language": language, "time_zone": zone},
        "errors": {},
        "sent": False,
        "sent_other": not where["email"].strip(),
    }
    ui = labels_for(requested_locale(lang))
    status = 200
    try:
        subscription_flow.subscribe(
            session,
            settings,
            **{name: value or None for name, value in where.items()},
            components=chosen,
            locale=language,
            time_zone=zone or None,
            client_ip=client_ip(request) or "unknown",
            now=utc_now(),
            verification=str(form.get(settings.signup_verifier_field) or "")[:5000] or None,
        )
        values["sent"] = True
    except TooManyRequests as exc:
        session.rollback()
        values["errors"] = {
            "form": ui.gettext("Too many sign-ups from this network. Please try again in an hour.")
        }
        status = exc.status
    except ServiceUnavailable as exc:
        session.rollback()
        values["errors"] = {
            "form": ui.gettext(
                "The sign-up check is unavailable now. Please try again in a minute."
            )
        }
        status = exc.status
    except CrisisCommsError as exc:
        session.rollback()
        if exc.code == "subscriptions_unavailable" and not values["kinds"]:
            values["offered"] = False
        values["errors"] = form_errors(ui, exc, values["form"])
        if "time_zone" in values["errors"]:
            # The browser's zone is a hidden field the visitor cannot correct: it is dropped
            # (and not filled again), so sending the form again uses the organisation's.
            values["form"]["time_zone"], values["zone_refused"] = "", True
        for detail in exc.details:
            known = VERIFICATION.get(str(detail.get("type", "")))
            if detail.get("location") == "verification" and known:
                values["errors"]["verification"] = ui.gettext(known)
        status = exc.status
    return _subscribe_page(settings, lang, values, status=status)


def _confirm_path(token: str) -> str:
    return f"/status/subscribe/confirm/{token}"


@router.get("/status/subscribe/confirm/{token}", response_class=HTMLResponse)
def confirm_page(
    token: str, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Ask to confirm: nothing changes until the button is pressed."""
    path = _confirm_path(token)
    try:
        subscriber = subscription_flow.check_confirm(session, settings, token, now=utc_now())
    except CrisisCommsError as exc:
        return _link_error(settings, path, lang, exc)
    values = {
        "address": subscription_flow.shown(session, settings, subscriber),
        "action": _url(path, requested_locale(lang)),
    }
    return _page(settings, path, "public/subscription_confirm.html", lang, values)


@router.post("/status/subscribe/confirm/{token}", response_class=HTMLResponse)
def confirm(
    token: str, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Confirm the subscription; the link is spent."""
    path = _confirm_path(token)
    now = utc_now()
    try:
        subscriber = subscription_flow.confirm(session, settings, token, now=now)
    except CrisisCommsError as exc:
        session.rollback()
        return _link_error(settings, path, lang, exc)
    manage = subscription_flow.manage_token(session, settings, subscriber, now)
    return _manage_page(
        settings,
        session,
        subscriber,
        manage,
        lang,
        notice=N_(
            "You are subscribed. Every email has a link to change what you follow or to "
            "unsubscribe."
        ),
    )


def _manage_path(token: str) -> str:
    return f"/status/subscription/{token}"


def _manage_page(
    settings: Settings,
    session: SessionDep,
    subscriber: Subscriber,
    token: str,
    lang: str | None,
    *,
    notice: str | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    path = _manage_path(token)
    ui = labels_for(requested_locale(lang))
    if subscriber.status != SubscriberStatus.ACTIVE:
        return _message(
            settings,
            path,
            lang,
            ui.gettext("Your subscription"),
            ui.gettext("This subscription has ended. Sign up again to follow updates."),
            404,
        )
    followed = subscriber_service.components_of(subscriber)
    known = {c.casefold(): c for c in _components(session)}
    values = {
        "address": subscription_flow.shown(session, settings, subscriber),
        "components": sorted({*known.values(), *(known.get(c, c) for c in followed)}),
        "followed": {known.get(c, c) for c in followed},
        "language": subscriber.locale,
        "time_zone": subscriber.time_zone or "",
        "zones": zone_choices(subscriber.time_zone),
        "action": _url(path, requested_locale(lang)),
        "unsubscribe": _url(f"{path}/unsubscribe", requested_locale(lang)),
        "notice": ui.gettext(notice) if notice else None,
        "errors": errors or {},
    }
    return _page(settings, path, "public/subscription_manage.html", lang, values, status=status)


@router.get("/status/subscription/{token}", response_class=HTMLResponse)
def manage_page(
    token: str, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Change the services followed or the language; or unsubscribe."""
    try:
        subscriber = subscription_flow.managed(session, settings, token, now=utc_now())
    except CrisisCommsError as exc:
        return _link_error(settings, _manage_path(token), lang, exc)
    return _manage_page(settings, session, subscriber, token, lang)


@router.post("/status/subscription/{token}", response_class=HTMLResponse)
async def manage(
    token: str, request: Request, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Save the services followed, the language and the time zone (all or nothing)."""
    form = await request.form()
    chosen = [str(c)[:100] for c in form.getlist("components")][:60]
    language = str(form.get("language") or "en")[:10]
    zone = str(form.get("time_zone") or "")[:64]
    try:
        subscriber = subscription_flow.managed(session, settings, token, now=utc_now())
    except CrisisCommsError as exc:
        session.rollback()
        return _link_error(settings, _manage_path(token), lang, exc)
    try:
        subscriber_service.update(
            session, subscriber, components=chosen, locale=language, time_zone=zone
        )
    except CrisisCommsError as exc:
        session.rollback()
        session.refresh(subscriber)
        ui = labels_for(requested_locale(lang))
        return _manage_page(
            settings,
            session,
            subscriber,
            token,
            lang,
            errors=form_errors(ui, exc, {"time_zone": zone, "language": language}),
            status=exc.status,
        )
    return _manage_page(
        settings, session, subscriber, token, lang, notice=N_("Your changes are saved.")
    )


@router.get("/status/subscription/{token}/unsubscribe", response_class=HTMLResponse)
def unsubscribe_page(
    token: str, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Ask to confirm the unsubscribe (a GET never unsubscribes)."""
    path = f"{_manage_path(token)}/unsubscribe"
    ui = labels_for(requested_locale(lang))
    try:
        subscriber = subscription_flow.managed(session, settings, token, now=utc_now())
    except CrisisCommsError as exc:
        return _link_error(settings, path, lang, exc)
    if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        return _message(
            settings,
            path,
            lang,
            ui.gettext("Unsubscribe"),
            ui.gettext("You are unsubscribed. No more updates will be sent to this address."),
        )
    values = {
        "address": subscription_flow.shown(session, settings, subscriber),
        "action": _url(path, requested_locale(lang)),
        "manage": _url(_manage_path(token), requested_locale(lang)),
    }
    return _page(settings, path, "public/subscription_unsubscribe.html", lang, values)


@router.post("/status/subscription/{token}/unsubscribe", response_class=HTMLResponse)
def unsubscribe(
    token: str, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """Unsubscribe: the page's button, or a mail client's RFC 8058 one-click POST."""
    path = f"{_manage_path(token)}/unsubscribe"
    ui = labels_for(requested_locale(lang))
    now = utc_now()
    try:
        subscriber = subscription_flow.managed(session, settings, token, now=now)
    except CrisisCommsError as exc:
        session.rollback()
        return _link_error(settings, path, lang, exc)
    subscriber_service.unsubscribe(session, subscriber, now=now)
    return _message(
        settings,
        path,
        lang,
        ui.gettext("Unsubscribe"),
        ui.gettext("You are unsubscribed. No more updates will be sent to this address."),
    )
