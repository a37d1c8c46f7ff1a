"""An SMS that is settled for its reader, so it owes no next update: its next step is a
replacement service given by its time, or it cancels the booking and gives the way to
rebook or claim the money now (used by `next_steps.next_update`).
"""

from __future__ import annotations

import re

REPLACEMENT = re.compile(
    r"\b(?:take|catch|board|get|move[sd]?|moving|rebook\w*|transfer\w*|switch\w*|put|seat\w*|"
    r"valid|accepted|honou?red|good)"
    r"\s+(?:\S+\s+){0,3}?(?:to|on|onto|into|for)?\s*(?:the|your)\s+$",
    re.IGNORECASE,
)
"""A replacement service given by its time ("take the 18:05", "all seats moved to the 08:00",
"we've rebooked you onto the 09:10", "your ticket is valid on the 18:12"): the next step, not
the name of the one cancelled."""

_CANCELLED = re.compile(r"cancel|বাতিল", re.IGNORECASE)
_SELF_SERVE = re.compile(
    r"(?:rebook|re-book|refund|rebooking|money back|change (?:\w+ )?(?:for )?free|"
    r"টিকিট বদল|রিফান্ড|টাকা ফেরত|ভাড়া ফেরত)"
    r"[^.।\n]{0,40}?(?:https?://|\b[\w-]+\.(?:com|example|co|uk|bd|in|net|org)\b|\d{4,})",
    re.IGNORECASE,
)
"""A way the reader rebooks or claims the refund now ("Free rebooking or refund: <link>",
"টিকিট বদল বা টাকা ফেরত: <link>")."""
_CONTACT_TO_REBOOK = re.compile(
    r"\b(?:call|ring|phone|text|email|visit|contact|go to)\s+(?:us\s+)?(?:on\s+|at\s+)?"
    r"(?:https?://\S+|[\w-]+\.(?:com|example|co|uk|bd|in|net|org)\S*|\+?\d[\d ]{3,}\d|\S+@\S+)"
    r"[^.\n]{0,20}?\bto\s+(?:rebook|re-book|reschedule|book again|get (?:a|your) refund|claim)",
    re.IGNORECASE,
)
"""The same way told contact first ("Please call 01632 960 411 to rebook")."""


def cancelled_with_way_on(text: str) -> bool:
    """Whether a message cancels the booking and gives the way to rebook or claim the money
    now ("your flight is cancelled; rebook free or refund: <link>")."""
    return bool(
        _CANCELLED.search(text) and (_SELF_SERVE.search(text) or _CONTACT_TO_REBOOK.search(text))
    )
