"""Field errors on the public pages, in the reader's language.

Services refuse bad input in English, for the API and the log, and name in each detail's
`type` the rule that was broken ("email_invalid", "time_zone_unknown"). A public page says
the same rule from the gettext catalogs, with the value the visitor typed (the page has it)
and limits in the language's digits, so a Bengali page never shows an English sentence.
A rule a page does not know yet reads a general sentence in the page's language rather
than the English one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crisiscomms.errors import CrisisCommsError
from crisiscomms.statuspage.labels import N_, Labels

MAX_SHOWN = 80
"""Characters of a refused value repeated on the page."""
RULES: dict[str, str] = {
    "email_invalid": N_("“%(value)s” is not a valid email address. Write it as name@example.com."),
    "phone_invalid": N_(
        "“%(value)s” is not a valid mobile number. Write it in international form: +, the "
        "country code, then the number (+8801…)."
    ),
    "webhook_url_invalid": N_("“%(value)s” is not a web address of the form https://host/…."),
    "url_too_long": N_("This address is too long: at most %(limit)s characters."),
    "destination_refused": N_(
        "“%(value)s” points to a private or local network address, which this service does "
        "not send to. Give a public address."
    ),
    "host_unresolved": N_("The host of “%(value)s” could not be found. Check the address."),
    "chat_url_invalid": N_(
        "This is not an incoming-webhook address of Slack (https://hooks.slack.com/services/…), "
        "Microsoft Teams (a Workflows address) or Discord (https://discord.com/api/webhooks/…)."
    ),
    "chat_url_incomplete": N_("This chat address is incomplete: copy it whole."),
    "one_destination": N_(
        "Fill in only one of: email address, mobile number, webhook URL or chat webhook URL."
    ),
    "components_too_many": N_("Choose at most %(limit)s services, or none to follow everything."),
    "component_invalid": N_("One of the chosen services is not a service of this page."),
    "language_unknown": N_("Choose one of the languages offered."),
    "time_zone_unknown": N_(
        "“%(value)s” is not a time zone this service knows (they are named like Asia/Dhaka). "
        "Send the form again to use the organisation's time zone, or choose another."
    ),
    "subscriptions_unavailable": N_(
        "This kind of subscription is not offered on this page. Choose another."
    ),
    "question_empty": N_("Write your question first."),
    "question_too_long": N_(
        "A question may have at most %(limit)s characters (this one has %(count)s)."
    ),
}
"""Each rule a public form can break, as the page says it (English message ids)."""
GENERAL = N_("This value was not accepted. Please check it and try again.")
LIMITS = {
    "url_too_long": 2000,
    "components_too_many": 50,
}
"""The limits some rules state (kept equal to the services' by tests/web/test_field_errors)."""


def said(
    ui: Labels,
    rule: str,
    *,
    value: object = "",
    limit: int | None = None,
    count: int | None = None,
) -> str:
    """The rule in the page's language, with the refused value and the limits filled in."""
    message = RULES.get(rule)
    if message is None:
        return ui.gettext(GENERAL)
    shown = " ".join(str(value).split())
    shown = shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 1] + "…"
    limit = LIMITS.get(rule) if limit is None else limit
    values = {
        "value": shown,
        "limit": ui.number(limit or 0),
        "count": ui.number(count or 0),
    }
    return ui.catalog.gettext(message) % values


def form_errors(ui: Labels, exc: CrisisCommsError, form: Mapping[str, Any]) -> dict[str, str]:
    """Each refused field of a public form and what the page says at it: the rule of each
    detail (or of the error's code, when it has no detail), with the value from the form."""
    found: dict[str, str] = {}
    for detail in exc.details:
        where = str(detail.get("location", "form"))
        found[where] = said(ui, str(detail.get("type", "")), value=form.get(where, ""))
    if not found:
        found["form"] = said(ui, exc.code)
    return found
