"""The answer to a question, as an email threaded under the asker's own message.

Plain text (the answer passed the transparency check in its plain-text form), `Re:` the
asker's subject, `In-Reply-To` their Message-ID and `References` their references plus it,
so mail clients show it in the conversation. The Message-ID is stable per (broadcast,
recipient): a retried delivery sends the same message. Reply-To carries the signed reply
token again, so a follow-up question comes back tied to the same person and incident.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from crisiscomms.questions.models import Question

_MSGID = re.compile(r"<[^<>\s@]{1,250}@[^<>\s@]{1,250}>")
INTRO = {
    "en": "You asked us:",
    "bn": "আপনি আমাদের জিজ্ঞেস করেছিলেন:",
}
ANSWER = {"en": "Our answer:", "bn": "আমাদের উত্তর:"}


def message_ids(value: str | None) -> list[str]:
    """The Message-IDs in a header value, as written (anything else dropped)."""
    return _MSGID.findall(value or "")


def answer_email(
    question: Question,
    *,
    to: str,
    from_address: str,
    answer: str,
    locale: str,
    message_id: str,
    reply_to: str | None,
    now: datetime,
) -> bytes:
    """The complete answer email, CRLF line ends, ready for SMTP DATA."""
    email = EmailMessage(policy=SMTP)
    email["From"] = from_address
    email["To"] = to
    subject = " ".join((question.subject or "").split())[:200]
    if not subject:
        subject = "Your question" if locale != "bn" else "আপনার প্রশ্ন"
    email["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    email["Date"] = format_datetime(now.astimezone(UTC), usegmt=True)
    email["Message-ID"] = message_id
    original = message_ids(question.message_id)
    if original:
        email["In-Reply-To"] = original[0]
        chain = [*message_ids(question.references), original[0]]
        email["References"] = " ".join(dict.fromkeys(chain[-20:]))
    if reply_to:
        email["Reply-To"] = reply_to
    email["Auto-Submitted"] = "auto-replied"
    quoted = "\n".join(f"> {line}" for line in question.text.splitlines()[:30])
    intro = INTRO.get(locale, INTRO["en"])
    heading = ANSWER.get(locale, ANSWER["en"])
    email.set_content(f"{heading}\n\n{answer}\n\n{intro}\n{quoted}\n")
    return email.as_bytes()
