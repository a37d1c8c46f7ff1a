"""The emails a sign-up sends, in the subscriber's language: confirm, or already following.

Their words are in the gettext catalogs (crisiscomms.i18n), English as the message id.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisiscomms.i18n import language_of, translations


@dataclass(frozen=True)
class SignupEmail:
    subject: str
    body: str


def signup_email(kind: str, locale: str, *, org: str, confirm: str, manage: str) -> SignupEmail:
    """The confirmation (kind "confirm") or already-following (kind "already") email."""
    catalog = translations(language_of(locale))
    if kind == "confirm":
        subject = catalog.gettext("Confirm your subscription to updates from %(org)s")
        body = catalog.gettext(
            "Someone, probably you, asked to receive incident updates from %(org)s at this "
            "address.\n\n"
            "To confirm, open this link and press Confirm (it works once, for 48 hours):\n"
            "%(confirm)s\n\n"
            "If it was not you, ignore this email: nothing will be sent unless you confirm.\n"
        )
    else:
        subject = catalog.gettext("You already receive updates from %(org)s")
        body = catalog.gettext(
            "Someone, probably you, asked to subscribe this address to incident updates from "
            "%(org)s. It already receives them.\n\n"
            "To change what you follow or to unsubscribe:\n%(manage)s\n"
        )
    values = {"org": org, "confirm": confirm, "manage": manage}
    return SignupEmail(subject % values, body % values)
