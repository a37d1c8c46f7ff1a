"""Which apprise schemes a deployment lets channels use.

Apprise reaches a hundred services, including some no crisis channel should be: the
server's own log (`syslog://`), files and desktop notifications on the server, and
networks crisiscomms posts to natively, whose threading, length rules, duplicate
reconciliation and rate-limit handling an apprise URL would bypass. By default every
scheme is allowed except those; `CRISISCOMMS_APPRISE_SCHEMES` (a list) replaces the
default with an allow-list of its own.
"""

from __future__ import annotations

from collections.abc import Collection

NATIVE: dict[str, str] = {
    "x": "x",
    "twitter": "x",
    "tweet": "x",
    "mastodon": "mastodon",
    "mastodons": "mastodon",
    "toot": "mastodon",
    "toots": "mastodon",
    "bsky": "bluesky",
    "bluesky": "bluesky",
}
"""Schemes a native channel does better: the native kind to use instead."""

LOCAL: dict[str, str] = {
    "syslog": "the server's own system log",
    "rsyslog": "a syslog server",
    "windows": "a Windows desktop notification on the server",
    "macosx": "a macOS desktop notification on the server",
    "dbus": "a desktop notification on the server",
    "kde": "a desktop notification on the server",
    "glib": "a desktop notification on the server",
    "gnome": "a desktop notification on the server",
    "qt": "a desktop notification on the server",
}
"""Schemes that write on the machine crisiscomms runs on, not to anyone's audience."""


def scheme_of(url: str) -> str:
    return url.split("://", 1)[0].strip().lower() if "://" in url else ""


def refusal(url: str, allowed: Collection[str] | None) -> str | None:
    """Why this apprise URL may not be saved, or None when the policy allows it."""
    scheme = scheme_of(url)
    if scheme in NATIVE:
        return (
            f"{scheme}:// duplicates the native {NATIVE[scheme]} channel, which threads "
            f"updates, keeps the network's length rules and never posts twice: add a "
            f"'{NATIVE[scheme]}' channel instead"
        )
    if allowed is not None:
        if scheme not in {s.lower() for s in allowed}:
            return (
                f"{scheme}:// is not among this deployment's allowed apprise schemes "
                f"({', '.join(sorted(allowed)) or 'none'}; CRISISCOMMS_APPRISE_SCHEMES)"
            )
        return None
    if scheme in LOCAL:
        return (
            f"{scheme}:// writes to {LOCAL[scheme]}, not to any audience; allow it explicitly "
            "with CRISISCOMMS_APPRISE_SCHEMES if that is really wanted"
        )
    return None
