"""The status page's own words (headings, statuses, buttons) in each UI language.

Statements arrive already written in their locales; these are only the labels around them.
A locale without labels of its own uses its language's, then English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from crisiscomms import validators
from crisiscomms.statements.renditions.phrases import localise_digits, phrases_for

ENGLISH: dict[str, str] = {
    "skip": "Skip to content",
    "language": "Language",
    "current_incidents": "Current incidents",
    "maintenance": "Scheduled maintenance",
    "maintenance_window": "Window",
    "maintenance_calendar": "Add to your calendar",
    "maintenance.scheduled": "Scheduled",
    "maintenance.in_progress": "In progress",
    "maintenance.verifying": "Verifying",
    "maintenance.completed": "Completed",
    "maintenance.overran": "Ran past its promised end",
    "no_current": "There are no current incidents.",
    "components": "Services",
    "no_components": "No service has been affected in the last 90 days.",
    "past_incidents": "Past incidents (last 90 days)",
    "no_past": "No incidents in the last 90 days.",
    "next_update": "Next update by",
    "overdue": "Update overdue: it was due by",
    "latest_update": "Latest update",
    "all_updates": "All updates ({count})",
    "updates": "Updates",
    "no_updates": "No updates on this page.",
    "posted": "Posted",
    "started": "Started",
    "resolved_at": "Resolved",
    "resolved_update": "This incident has been resolved.",
    "affected": "Affected",
    "summary": "Summary",
    "commitments": "Our commitments",
    "no_commitments": "We have made no public commitments about this incident yet.",
    "due": "Due by",
    "reason": "Reason",
    "evidence": "Evidence",
    "updates_on_time": "Update times kept: {kept} of {total}",
    "feed.title": "{name}: incident updates",
    "feed.description": "Incident updates from {name}",
    "sub.link": "Get updates by email",
    "qa.title": "Questions and answers",
    "qa.ask": "Ask a question",
    "qa.ask_hint": (
        "Please leave out personal details such as account or card numbers. Our answer "
        "appears on this page for everyone; this form gets no reply by email."
    ),
    "qa.question": "Your question",
    "qa.submit": "Send the question",
    "qa.asked": (
        "Thank you. Your question has reached our team; the answer will appear on this page."
    ),
    "qa.too_many": "Too many questions from this network. Please try again in an hour.",
    "qa.closed": "Questions are not taken for this incident.",
    "sub.title": "Get incident updates by email",
    "sub.intro": (
        "We email you each time we post an update about an incident. You can "
        "stop at any time: every email has a link for it."
    ),
    "sub.email": "Email address",
    "sub.or": "Or, instead of email (fill in one only):",
    "sub.phone": "Mobile number for SMS (international form, +880…)",
    "sub.webhook_url": "Webhook URL (signed JSON; it must echo our challenge)",
    "sub.chat_url": "Slack, Microsoft Teams or Discord incoming-webhook URL",
    "sub.sent_other": (
        "Thank you. A confirmation is on its way: open the link in the SMS or chat message "
        "and press Confirm (a webhook must echo our challenge). Nothing else is sent until then."
    ),
    "sub.components": "Services to follow",
    "sub.components_hint": "Tick none to follow everything.",
    "sub.everything": "Everything",
    "sub.language": "Language of the emails",
    "sub.submit": "Subscribe",
    "sub.sent": (
        "Thank you. If this address can be subscribed, an email is on its way "
        "to it: open the link in it to confirm. Nothing is sent until you "
        "confirm."
    ),
    "sub.unavailable": (
        "Email updates are not offered on this page yet. You can follow the Atom feed instead."
    ),
    "sub.too_many": "Too many sign-ups from this network. Please try again in an hour.",
    "sub.verification_missing": "Complete the check above the button, then send the form again.",
    "sub.verification_failed": "The check did not pass. Please complete it again.",
    "sub.check_unavailable": "The sign-up check is unavailable now. Please try again in a minute.",
    "sub.confirm_title": "Confirm your subscription",
    "sub.confirm_text": "Press Confirm to start receiving incident updates at {address}.",
    "sub.confirm_button": "Confirm",
    "sub.confirmed": (
        "You are subscribed. Every email has a link to change what you follow or to unsubscribe."
    ),
    "sub.manage_title": "Your subscription",
    "sub.manage_text": "Incident updates go to {address}.",
    "sub.save": "Save changes",
    "sub.saved": "Your changes are saved.",
    "sub.ended": "This subscription has ended. Sign up again to follow updates.",
    "sub.unsubscribe": "Unsubscribe",
    "sub.unsubscribe_title": "Unsubscribe?",
    "sub.unsubscribe_text": (
        "Stop incident update emails to {address}? Press the button to confirm; "
        "close this page to keep them."
    ),
    "sub.unsubscribed": "You are unsubscribed. No more updates will be sent to this address.",
    "sub.invalid": (
        "This link is not valid: it may be incomplete, already used, or replaced by a newer one."
    ),
    "sub.expired": "This confirmation link has expired. Sign up again to get a new one.",
    "sub.manage_link": "Change what you follow",
    "subscribe": "Subscribe to updates (Atom feed)",
    "json": "Status data (JSON)",
    "back": "All incidents",
    "newer": "Newer updates",
    "older": "Older updates",
    "page_of": "Page {page} of {pages}",
    "not_found": "We could not find that incident.",
    "status.investigating": "Investigating",
    "status.identified": "Identified",
    "status.monitoring": "Monitoring",
    "status.resolved": "Resolved",
    "status.postmortem": "Post-incident report",
    "component.operational": "Operational",
    "component.degraded_performance": "Degraded performance",
    "component.partial_outage": "Partial outage",
    "component.major_outage": "Major outage",
    "indicator.none": "All systems operational",
    "indicator.minor": "Minor service disruption",
    "indicator.major": "Partial system outage",
    "indicator.critical": "Major system outage",
    "commitment.open": "In progress",
    "commitment.kept": "Kept",
    "commitment.kept_late": "Kept late",
    "commitment.missed": "Missed",
    "commitment.withdrawn": "Withdrawn",
}

BENGALI: dict[str, str] = {
    "skip": "মূল বিষয়ে যান",
    "language": "ভাষা",
    "current_incidents": "চলমান ঘটনা",
    "maintenance": "পরিকল্পিত রক্ষণাবেক্ষণ",
    "maintenance_window": "সময়",
    "maintenance_calendar": "আপনার ক্যালেন্ডারে যোগ করুন",
    "maintenance.scheduled": "নির্ধারিত",
    "maintenance.in_progress": "চলছে",
    "maintenance.verifying": "যাচাই চলছে",
    "maintenance.completed": "শেষ হয়েছে",
    "maintenance.overran": "কথা দেওয়া সময়ের পরে শেষ হয়েছে",
    "no_current": "এখন কোনো চলমান ঘটনা নেই।",
    "components": "সেবাসমূহ",
    "no_components": "গত ৯০ দিনে কোনো সেবা প্রভাবিত হয়নি।",
    "past_incidents": "আগের ঘটনা (গত ৯০ দিন)",
    "no_past": "গত ৯০ দিনে কোনো ঘটনা ঘটেনি।",
    "next_update": "পরবর্তী আপডেট",
    "overdue": "আপডেট দিতে দেরি হচ্ছে; নির্ধারিত সময় ছিল",
    "latest_update": "সর্বশেষ আপডেট",
    "all_updates": "সব আপডেট ({count})",
    "updates": "আপডেট",
    "no_updates": "এই পাতায় কোনো আপডেট নেই।",
    "posted": "প্রকাশিত",
    "started": "শুরু",
    "resolved_at": "সমাধান",
    "resolved_update": "এই ঘটনার সমাধান হয়েছে।",
    "affected": "প্রভাবিত",
    "summary": "সারসংক্ষেপ",
    "commitments": "আমাদের প্রতিশ্রুতি",
    "no_commitments": "এই ঘটনা নিয়ে আমরা এখনও কোনো প্রকাশ্য প্রতিশ্রুতি দিইনি।",
    "due": "নির্ধারিত সময়",
    "reason": "কারণ",
    "evidence": "প্রমাণ",
    "updates_on_time": "সময়মতো আপডেট: {total}টির মধ্যে {kept}টি",
    "feed.title": "{name}: ঘটনার আপডেট",
    "feed.description": "{name}-এর ঘটনার আপডেট",
    "sub.link": "ইমেইলে আপডেট পান",
    "qa.title": "প্রশ্ন ও উত্তর",
    "qa.ask": "প্রশ্ন করুন",
    "qa.ask_hint": (
        "অ্যাকাউন্ট বা কার্ড নম্বরের মতো ব্যক্তিগত তথ্য দেবেন না। আমাদের উত্তর সবার জন্য "
        "এই পাতায় দেখা যাবে; এই ফর্মের উত্তর ইমেইলে আসে না।"
    ),
    "qa.question": "আপনার প্রশ্ন",
    "qa.submit": "প্রশ্ন পাঠান",
    "qa.asked": "ধন্যবাদ। আপনার প্রশ্ন আমাদের দলের কাছে পৌঁছেছে; উত্তর এই পাতায় দেখা যাবে।",
    "qa.too_many": "এই নেটওয়ার্ক থেকে অনেক বেশি প্রশ্ন এসেছে। এক ঘণ্টা পরে আবার চেষ্টা করুন।",
    "qa.closed": "এই ঘটনার বিষয়ে প্রশ্ন নেওয়া হচ্ছে না।",
    "sub.title": "ইমেইলে ঘটনার আপডেট পান",
    "sub.intro": (
        "কোনো ঘটনা নিয়ে আমরা আপডেট দিলেই আপনাকে ইমেইল করব। যেকোনো সময় বন্ধ "
        "করতে পারবেন: প্রতিটি ইমেইলে তার লিংক থাকে।"
    ),
    "sub.email": "ইমেইল ঠিকানা",
    "sub.or": "অথবা, ইমেইলের বদলে (শুধু একটি পূরণ করুন):",
    "sub.phone": "এসএমএসের জন্য মোবাইল নম্বর (আন্তর্জাতিক রূপে, +880…)",
    "sub.webhook_url": "ওয়েবহুক URL (স্বাক্ষরিত JSON; আমাদের চ্যালেঞ্জ ফেরত পাঠাতে হবে)",
    "sub.chat_url": "Slack, Microsoft Teams বা Discord-এর ইনকামিং ওয়েবহুক URL",
    "sub.sent_other": (
        "ধন্যবাদ। একটি নিশ্চিতকরণ পাঠানো হচ্ছে: এসএমএস বা চ্যাট বার্তার লিংকটি খুলে "
        '"নিশ্চিত করুন" চাপুন (ওয়েবহুককে আমাদের চ্যালেঞ্জ ফেরত পাঠাতে হবে)। '
        "ততক্ষণ আর কিছু পাঠানো হবে না।"
    ),
    "sub.components": "যে সেবাগুলো অনুসরণ করবেন",
    "sub.components_hint": "সবকিছু অনুসরণ করতে কোনোটিতেই টিক দেবেন না।",
    "sub.everything": "সবকিছু",
    "sub.language": "ইমেইলের ভাষা",
    "sub.submit": "সাবস্ক্রাইব করুন",
    "sub.sent": (
        "ধন্যবাদ। এই ঠিকানা সাবস্ক্রাইব করা গেলে সেখানে একটি ইমেইল যাচ্ছে: "
        "নিশ্চিত করতে তার লিংকটি খুলুন। নিশ্চিত না করা পর্যন্ত কিছুই পাঠানো হবে "
        "না।"
    ),
    "sub.unavailable": ("এই পাতায় এখনো ইমেইলে আপডেট দেওয়া হয় না। এর বদলে Atom ফিড অনুসরণ করতে পারেন।"),
    "sub.too_many": "এই নেটওয়ার্ক থেকে অনেক বেশি সাইন-আপ হয়েছে। এক ঘণ্টা পরে আবার চেষ্টা করুন।",
    "sub.verification_missing": "বোতামের উপরের যাচাইটি সম্পূর্ণ করুন, তারপর ফর্মটি আবার পাঠান।",
    "sub.verification_failed": "যাচাইটি সফল হয়নি। অনুগ্রহ করে আবার সম্পূর্ণ করুন।",
    "sub.check_unavailable": "সাইন-আপ যাচাই এখন পাওয়া যাচ্ছে না। এক মিনিট পরে আবার চেষ্টা করুন।",
    "sub.confirm_title": "সাবস্ক্রিপশন নিশ্চিত করুন",
    "sub.confirm_text": '{address} ঠিকানায় ঘটনার আপডেট পেতে "নিশ্চিত করুন" চাপুন।',
    "sub.confirm_button": "নিশ্চিত করুন",
    "sub.confirmed": (
        "আপনি সাবস্ক্রাইব করেছেন। প্রতিটি ইমেইলে কী অনুসরণ করবেন তা বদলানো বা আনসাবস্ক্রাইব করার লিংক থাকে।"
    ),
    "sub.manage_title": "আপনার সাবস্ক্রিপশন",
    "sub.manage_text": "ঘটনার আপডেট যায় {address} ঠিকানায়।",
    "sub.save": "পরিবর্তন সংরক্ষণ করুন",
    "sub.saved": "আপনার পরিবর্তন সংরক্ষিত হয়েছে।",
    "sub.ended": "এই সাবস্ক্রিপশন শেষ হয়েছে। আপডেট পেতে আবার সাইন আপ করুন।",
    "sub.unsubscribe": "আনসাবস্ক্রাইব করুন",
    "sub.unsubscribe_title": "আনসাবস্ক্রাইব করবেন?",
    "sub.unsubscribe_text": (
        "{address} ঠিকানায় ঘটনার আপডেট ইমেইল বন্ধ করবেন? নিশ্চিত করতে বোতামটি চাপুন; চালু রাখতে পাতাটি বন্ধ করুন।"
    ),
    "sub.unsubscribed": "আপনি আনসাবস্ক্রাইব করেছেন। এই ঠিকানায় আর কোনো আপডেট পাঠানো হবে না।",
    "sub.invalid": ("এই লিংকটি বৈধ নয়: হয়তো অসম্পূর্ণ, আগেই ব্যবহৃত, অথবা নতুন লিংক দিয়ে প্রতিস্থাপিত।"),
    "sub.expired": "এই নিশ্চিতকরণ লিংকের মেয়াদ শেষ। নতুন লিংক পেতে আবার সাইন আপ করুন।",
    "sub.manage_link": "কী অনুসরণ করবেন তা বদলান",
    "subscribe": "আপডেট পেতে সাবস্ক্রাইব করুন (Atom ফিড)",
    "json": "অবস্থার তথ্য (JSON)",
    "back": "সব ঘটনা",
    "newer": "নতুন আপডেট",
    "older": "পুরনো আপডেট",
    "page_of": "পাতা {page} / {pages}",
    "not_found": "ঘটনাটি খুঁজে পাওয়া যায়নি।",
    "status.investigating": "অনুসন্ধান চলছে",
    "status.identified": "কারণ চিহ্নিত",
    "status.monitoring": "পর্যবেক্ষণ চলছে",
    "status.resolved": "সমাধান হয়েছে",
    "status.postmortem": "ঘটনা-পরবর্তী প্রতিবেদন",
    "component.operational": "স্বাভাবিক",
    "component.degraded_performance": "ধীরগতি",
    "component.partial_outage": "আংশিক বিভ্রাট",
    "component.major_outage": "বড় বিভ্রাট",
    "indicator.none": "সব সেবা স্বাভাবিকভাবে চলছে",
    "indicator.minor": "সামান্য বিঘ্ন",
    "indicator.major": "আংশিক বিভ্রাট",
    "indicator.critical": "বড় বিভ্রাট",
    "commitment.open": "চলমান",
    "commitment.kept": "রাখা হয়েছে",
    "commitment.kept_late": "দেরিতে রাখা হয়েছে",
    "commitment.missed": "রাখা হয়নি",
    "commitment.withdrawn": "প্রত্যাহার করা হয়েছে",
}

UI_LANGUAGES: dict[str, dict[str, str]] = {"en": ENGLISH, "bn": BENGALI}
LANGUAGE_NAMES = {"en": "English", "bn": "বাংলা"}
"""Each UI language in its own name, for the language switcher."""


def requested_locale(value: str | None) -> str | None:
    """The `?lang=` value when it is a valid language tag (e.g. bn, en-GB), in its standard
    form, else None."""
    if value is None:
        return None
    try:
        return validators.language_tag(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class Labels:
    """The UI words of one language, and how it writes times."""

    locale: str
    words: dict[str, str]

    def __call__(self, key: str, **values: object) -> str:
        """The label `key`, with `{placeholders}` filled in."""
        text = self.words.get(key) or ENGLISH[key]
        return text.format(**values) if values else text

    def time(self, value: datetime) -> str:
        """A time as the page shows it: "2026-11-22 09:30 UTC", in the language's digits."""
        text = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return localise_digits(text, phrases_for(self.locale))

    def number(self, value: int) -> str:
        """A number in the language's digits."""
        return localise_digits(str(value), phrases_for(self.locale))


def labels_for(locale: str | None) -> Labels:
    """The labels of the wanted UI language, falling back to English."""
    language = (locale or "en").split("-", 1)[0]
    if language in UI_LANGUAGES:
        return Labels(locale=language, words=UI_LANGUAGES[language])
    return Labels(locale="en", words=ENGLISH)
