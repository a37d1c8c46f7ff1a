"""The emails a sign-up sends, in the subscriber's language: confirm, or already following."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignupEmail:
    subject: str
    body: str


_CONFIRM = {
    "en": SignupEmail(
        "Confirm your subscription to updates from {org}",
        "Someone, probably you, asked to receive incident updates from {org} at this address.\n\n"
        "To confirm, open this link and press Confirm (it works once, for 48 hours):\n{confirm}\n\n"
        "If it was not you, ignore this email: nothing will be sent unless you confirm.\n",
    ),
    "bn": SignupEmail(
        "{org}-এর স্ট্যাটাস আপডেটের সাবস্ক্রিপশন নিশ্চিত করুন",
        "কেউ, সম্ভবত আপনি, এই ঠিকানায় {org}-এর ঘটনার আপডেট পেতে চেয়েছেন।\n\n"
        'নিশ্চিত করতে এই লিংকটি খুলে "নিশ্চিত করুন" চাপুন (একবারই কাজ করবে, ৪৮ ঘণ্টা):\n'
        "{confirm}\n\n"
        "এটি আপনি না হলে এই ইমেইলটি উপেক্ষা করুন: নিশ্চিত না করলে কিছুই পাঠানো হবে না।\n",
    ),
}
_ALREADY = {
    "en": SignupEmail(
        "You already receive updates from {org}",
        "Someone, probably you, asked to subscribe this address to incident updates from {org}. "
        "It already receives them.\n\n"
        "To change what you follow or to unsubscribe:\n{manage}\n",
    ),
    "bn": SignupEmail(
        "আপনি আগে থেকেই {org}-এর স্ট্যাটাস আপডেট পাচ্ছেন",
        "কেউ, সম্ভবত আপনি, এই ঠিকানায় {org}-এর আপডেট পেতে চেয়েছেন। এই ঠিকানা আগে থেকেই "
        "আপডেট পায়।\n\nকী অনুসরণ করবেন বদলাতে বা আনসাবস্ক্রাইব করতে:\n{manage}\n",
    ),
}


def signup_email(kind: str, locale: str, *, org: str, confirm: str, manage: str) -> SignupEmail:
    """The confirmation (kind "confirm") or already-following (kind "already") email."""
    table = _CONFIRM if kind == "confirm" else _ALREADY
    found = table.get(locale, table["en"])
    return SignupEmail(
        found.subject.format(org=org),
        found.body.format(org=org, confirm=confirm, manage=manage),
    )
