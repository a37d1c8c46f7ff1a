"""One-click unsubscribe pages at /u/{token}: no sign-in, the opaque token is the authority.

GET only shows a confirmation page with a form (mail scanners follow links; a GET must
never unsubscribe). POST unsubscribes: the RFC 8058 one-click request a mail client
sends (`List-Unsubscribe=One-Click`) and the page's own form alike. The pages hold no
script and no inline style, so they work under the strict Content-Security-Policy, and
every value in them is escaped.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from crisiscomms.customers import unsubscribe as unsubscribe_service
from crisiscomms.customers.models import ChannelKind
from crisiscomms.customers.service import mask_email, mask_phone
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep
from crisiscomms.errors import BadRequest

router = APIRouter(tags=["unsubscribe"])

INVALID = (
    "This unsubscribe link is not valid",
    "The link may have been cut short or changed. Copy the whole link from the message "
    "into your browser, or reply to the message and ask us to stop.",
)


def _page(
    status: int, title: str, paragraphs: list[str], form_action: str | None = None
) -> HTMLResponse:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    if form_action is not None:
        body += (
            f'<form method="post" action="{escape(form_action)}">'
            '<input type="hidden" name="List-Unsubscribe" value="One-Click">'
            '<button type="submit">Unsubscribe</button></form>'
        )
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{escape(title)}</title></head><body><main><h1>{escape(title)}</h1>"
        f"{body}</main></body></html>"
    )
    return HTMLResponse(
        html, status_code=status, headers={"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}
    )


def _masked(kind: ChannelKind, address: str) -> str:
    masked = mask_email(address) if kind == ChannelKind.EMAIL else mask_phone(address)
    return masked or ""


@router.get("/u/{token}", response_class=HTMLResponse, include_in_schema=False)
def show_unsubscribe(token: str, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    """Ask the recipient to confirm; nothing changes until they press the button."""
    keys = unsubscribe_service.verification_keys(session, settings, now=utc_now())
    try:
        claim = unsubscribe_service.verify_token(keys, token)
    except BadRequest:
        return _page(400, INVALID[0], [INVALID[1]])
    what = "emails" if claim.kind == ChannelKind.EMAIL else "text messages"
    return _page(
        200,
        "Unsubscribe?",
        [
            f"Stop {what} about service incidents to {_masked(claim.kind, claim.address)}?",
            "Press the button to confirm. You can close this page to keep receiving them.",
        ],
        form_action=f"/u/{token}",
    )


@router.post("/u/{token}", response_class=HTMLResponse, include_in_schema=False)
def confirm_unsubscribe(token: str, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    """Unsubscribe the token's address (RFC 8058 one-click, or the confirmation form)."""
    keys = unsubscribe_service.verification_keys(session, settings, now=utc_now())
    try:
        suppression = unsubscribe_service.unsubscribe(session, token, keys=keys, now=utc_now())
    except BadRequest:
        return _page(400, INVALID[0], [INVALID[1]])
    what = "emails" if suppression.kind == ChannelKind.EMAIL else "text messages"
    return _page(
        200,
        "You are unsubscribed",
        [
            f"We will send no more {what} to {_masked(suppression.kind, suppression.address)}.",
            "This stays in place even if your details are updated later.",
        ],
    )
