"""The question form of the public incident page (no sign-in, no script needed).

A question is taken only for an open, public incident, at most five an hour from one
client (the sign-ups' limiter, keyed by a hash of the IP), and a filled-in trap field
(bots fill every field) is thanked and dropped. Everyone gets the same thank-you; the
answer appears on the incident page, never by email to an address nobody confirmed.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep, SettingsDep, client_ip
from crisiscomms.errors import CrisisCommsError, TooManyRequests
from crisiscomms.flows import questions as question_flow
from crisiscomms.statuspage.labels import N_, labels_for, requested_locale
from crisiscomms.web.field_errors import said
from crisiscomms.web.subscriptions import _message

router = APIRouter(include_in_schema=False)
Lang = Annotated[str | None, Query(max_length=35)]
MAX_FORM_TEXT = 1000
TITLE = N_("Questions and answers")
ASKED = N_("Thank you. Your question has reached our team; the answer will appear on this page.")


@router.post("/status/incidents/{incident_id}/questions", response_class=HTMLResponse)
async def ask_question(
    incident_id: PathId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    lang: Lang = None,
) -> HTMLResponse:
    """Take a question from the incident page; the same thank-you for every asker."""
    path = f"/status/incidents/{incident_id}/questions"
    ui = labels_for(requested_locale(lang))
    form = await request.form()
    text = str(form.get("question") or "")
    if form.get("website"):  # the trap: people never see it
        return _message(settings, path, lang, ui.gettext(TITLE), ui.gettext(ASKED))
    if len(text) > MAX_FORM_TEXT:
        message = said(ui, "question_too_long", limit=MAX_FORM_TEXT, count=len(text))
        return _message(settings, path, lang, ui.gettext(TITLE), message, 422)
    try:
        question_flow.ask_on_page(
            session,
            settings,
            incident_id,
            text=text,
            client_ip=client_ip(request) or "unknown",
            now=utc_now(),
        )
    except TooManyRequests as exc:
        session.rollback()
        return _message(
            settings,
            path,
            lang,
            ui.gettext(TITLE),
            ui.gettext("Too many questions from this network. Please try again in an hour."),
            exc.status,
        )
    except CrisisCommsError as exc:
        session.rollback()
        if exc.status == 404:
            text = ui.gettext("Questions are not taken for this incident.")
        else:
            rule = str(exc.details[0].get("type", "")) if exc.details else exc.code
            text = said(ui, rule, limit=MAX_FORM_TEXT, count=len(text))
        return _message(settings, path, lang, ui.gettext(TITLE), text, exc.status)
    return _message(settings, path, lang, ui.gettext(TITLE), ui.gettext(ASKED))
