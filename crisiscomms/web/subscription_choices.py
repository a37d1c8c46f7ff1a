"""What the public subscription forms offer: the ways updates can reach a subscriber (named
in the sign-up page's introduction, only those an enabled channel serves) and the time
zones the manage page lists."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

from babel.lists import format_list

from crisiscomms.statuspage.labels import N_, labels_for, requested_locale

WAYS = {
    "email": N_("email"),
    "sms": N_("SMS"),
    "webhook": N_("a webhook (signed JSON)"),
    "chat": N_("a Slack, Microsoft Teams or Discord channel"),
}
"""How updates can reach a subscriber, as the sign-up page's introduction names them."""


def ways(kinds: list[str], lang: str | None) -> str:
    """The ways this page offers ("email, SMS, or a webhook"), in the page's language: only
    the kinds an enabled channel serves."""
    ui = labels_for(requested_locale(lang))
    offered = [k if k in WAYS else "chat" for k in kinds]
    words = [ui.gettext(WAYS[k]) for k in dict.fromkeys(offered)]
    return format_list(words, style="or", locale=ui.locale) if words else ""


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    """The IANA zones people live in (Area/City, and UTC), sorted: the manage page's list."""
    lived = (
        z
        for z in available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))
    )
    return (*sorted(lived), "Etc/UTC")


def zone_choices(current: str | None) -> tuple[str, ...]:
    """The zones offered on the manage page; the subscriber's own first if the list lacks it."""
    zones = _zones()
    return zones if not current or current in zones else (current, *zones)
