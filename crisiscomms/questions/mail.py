"""Inbound email, whichever way it arrives, as one shape: `InboundMail`.

Four shapes come in: a complete RFC 822 message (the SMTP receiver, a generic webhook
upload, Mailgun's and SendGrid's raw MIME), Postmark's inbound JSON, Mailgun's parsed route
POST and SendGrid Inbound Parse's parsed fields. Each
is read defensively: a message over the size limit, with too many parts or nested too
deep, or that the email package cannot read, is refused as malformed; HTML is never
stored, only the text it holds (nh3 drops every tag and the content of script and style),
and HTML that carried script is flagged so the question is quarantined. Quoted text (lines
after "On ... wrote:", "> " lines, an original message) is cut off the reply.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import html as html_module
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

import nh3

from crisiscomms.errors import PayloadTooLarge, ValidationFailed

MAX_PARTS = 50
MAX_DEPTH = 5
MAX_TEXT = 4000
_SCRIPT = re.compile(r"<\s*script|\bon[a-z]{3,20}\s*=|javascript\s*:", re.IGNORECASE)
_QUOTE_START = re.compile(
    r"^(On .{0,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|From:\s.+|"
    r"_{5,}|.{0,80}লিখেছেন:\s*$)",
    re.IGNORECASE,
)
_RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")


@dataclass
class InboundMail:
    """An inbound email, reduced to what a question needs."""

    recipients: list[str] = field(default_factory=list)
    sender: str = ""
    subject: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references: str | None = None
    text: str = ""
    html_script: bool = False
    automatic: str | None = None
    """Why this is an automatic message (an auto-reply, a bounce), or None."""
    mailbox_hash: str | None = None
    """The part after '+' of the address it was sent to, when the provider gives it."""


def malformed(message: str, location: str = "body") -> ValidationFailed:
    """A 422 naming what is wrong with the mail."""
    return ValidationFailed(
        f"the email is malformed: {message}",
        details=[{"location": location, "message": message, "type": "malformed_mail"}],
        code="malformed_mail",
    )


def check_size(size: int, limit: int) -> None:
    """Refuse a message over the limit (413) before reading it."""
    if size > limit:
        raise PayloadTooLarge(f"the email is {size:,} bytes; the limit is {limit:,}")


def html_to_text(markup: str) -> str:
    """The text an HTML body holds; no tag survives, nor script or style content."""
    cleaned = nh3.clean(markup, tags=set(), attributes={}, strip_comments=True)
    cleaned = re.sub(r"[ \t\r\f\v]+", " ", cleaned)
    return html_module.unescape(cleaned)


def strip_quoted(text: str) -> str:
    """The new part of a reply: up to the quoted original, without '>' lines."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _QUOTE_START.match(line.strip()):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    found = "\n".join(kept).strip()
    found = re.sub(r"\n{3,}", "\n\n", found)
    return found[:MAX_TEXT]


def _automatic(headers: Mapping[str, str], content_type: str = "") -> str | None:
    submitted = headers.get("auto-submitted", "").strip().lower()
    if submitted and submitted != "no":
        return f"an automatic message (Auto-Submitted: {submitted[:40]})"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in {"bulk", "junk", "auto_reply", "list"}:
        return f"an automatic message (Precedence: {precedence})"
    if headers.get("x-autoreply") or headers.get("x-autorespond"):
        return "an automatic reply (X-Autoreply)"
    if content_type.lower().startswith("multipart/report"):
        return "a delivery report (bounce), not a question"
    return None


def _addresses(values: Iterable[str]) -> list[str]:
    return [address for _, address in getaddresses(list(values)) if address]


def _header_text(value: object, limit: int = 300) -> str:
    return " ".join(str(value).split())[:limit]


def _walk(message: EmailMessage, depth: int, budget: list[int]) -> Iterable[EmailMessage]:
    if depth > MAX_DEPTH:
        raise malformed(f"MIME parts nested more than {MAX_DEPTH} deep")
    budget[0] -= 1
    if budget[0] < 0:
        raise malformed(f"more than {MAX_PARTS} MIME parts")
    if message.is_multipart():
        for part in message.iter_parts():
            yield from _walk(part, depth + 1, budget)  # type: ignore[arg-type]
    else:
        yield message


def parse_rfc822(raw: bytes, *, limit: int, envelope_to: Iterable[str] = ()) -> InboundMail:
    """Read a complete message (the SMTP receiver's, a webhook upload)."""
    check_size(len(raw), limit)
    if not raw.strip():
        raise malformed("the message is empty")
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the email package raises many kinds on broken input
        raise malformed(f"it could not be read ({type(exc).__name__})") from None
    assert isinstance(message, EmailMessage)
    if not message.keys():
        raise malformed("it has no headers")
    try:
        headers = {k.lower(): _header_text(v) for k, v in message.items()}
    except Exception as exc:
        raise malformed(f"a header could not be read ({type(exc).__name__})") from None
    plain: list[str] = []
    markup: list[str] = []
    for part in _walk(message, 0, [MAX_PARTS]):
        kind = part.get_content_type()
        if part.get_content_disposition() == "attachment" or kind not in {
            "text/plain",
            "text/html",
        }:
            continue
        try:
            content = part.get_content()
        except Exception as exc:
            raise malformed(f"a {kind} part could not be decoded ({type(exc).__name__})") from None
        (plain if kind == "text/plain" else markup).append(str(content))
    html_joined = "\n".join(markup)
    text = "\n".join(plain) if plain else html_to_text(html_joined)
    recipients = _addresses(
        [*envelope_to, *(str(v) for h in _RECIPIENT_HEADERS for v in message.get_all(h, []))]
    )
    return InboundMail(
        recipients=recipients,
        sender=(_addresses([headers.get("from", "")]) or [""])[0][:254],
        subject=headers.get("subject", ""),
        message_id=headers.get("message-id") or None,
        in_reply_to=headers.get("in-reply-to") or None,
        references=(headers.get("references") or None),
        text=strip_quoted(text),
        html_script=bool(_SCRIPT.search(html_joined)),
        automatic=_automatic(headers, message.get_content_type()),
    )


def _str(data: Mapping[str, Any], name: str, limit: int = 300) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise malformed(f"{name} is not a string", location=name)
    return value[: max(limit, 1)]


def parse_postmark(body: bytes, *, limit: int) -> InboundMail:
    """Read Postmark's inbound webhook JSON (From, ToFull, MailboxHash, TextBody, HtmlBody,
    StrippedTextReply, Headers as Name/Value pairs)."""
    check_size(len(body), limit)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise malformed("the body is not JSON") from None
    if not isinstance(data, dict):
        raise malformed("the body is not a JSON object")
    raw_headers = data.get("Headers") or []
    if not isinstance(raw_headers, list):
        raise malformed("Headers is not a list", location="Headers")
    headers: dict[str, str] = {}
    for item in raw_headers[:200]:
        if isinstance(item, dict) and isinstance(item.get("Name"), str):
            headers[item["Name"].lower()] = _header_text(item.get("Value", ""))
    recipients: list[str] = []
    for name in ("ToFull", "CcFull", "BccFull"):
        for entry in data.get(name) or []:
            if isinstance(entry, dict) and isinstance(entry.get("Email"), str):
                recipients.append(entry["Email"])
    recipients += _addresses([_str(data, "OriginalRecipient"), _str(data, "To", 2000)])
    markup = _str(data, "HtmlBody", limit)
    text = _str(data, "StrippedTextReply", limit) or _str(data, "TextBody", limit)
    if not text and markup:
        text = html_to_text(markup)
    sender = data.get("FromFull", {}).get("Email") if isinstance(data.get("FromFull"), dict) else ""
    return InboundMail(
        recipients=recipients,
        sender=str(sender or _str(data, "From"))[:254],
        subject=_header_text(_str(data, "Subject")),
        message_id=headers.get("message-id") or (_str(data, "MessageID") or None),
        in_reply_to=headers.get("in-reply-to"),
        references=headers.get("references"),
        text=strip_quoted(text),
        html_script=bool(_SCRIPT.search(markup)),
        automatic=_automatic(headers),
        mailbox_hash=_str(data, "MailboxHash", 200) or None,
    )


def parse_mailgun(form: Mapping[str, str], *, limit: int) -> InboundMail:
    """Read a Mailgun route's forward() POST (recipient, sender, from, subject, body-plain,
    stripped-text, body-html, message-headers as a JSON list of pairs); `body-mime` when
    the route posts the raw message."""
    if form.get("body-mime"):
        return parse_rfc822(
            form["body-mime"].encode("utf-8", "replace"),
            limit=limit,
            envelope_to=[form.get("recipient", "")],
        )
    size = sum(len(v) for v in form.values())
    check_size(size, limit)
    headers: dict[str, str] = {}
    if form.get("message-headers"):
        try:
            pairs = json.loads(form["message-headers"])
        except ValueError:
            raise malformed("message-headers is not JSON", location="message-headers") from None
        if not isinstance(pairs, list):
            raise malformed("message-headers is not a list", location="message-headers")
        for pair in pairs[:200]:
            if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
                headers[pair[0].lower()] = _header_text(pair[1])
    markup = form.get("body-html", "")
    text = form.get("stripped-text") or form.get("body-plain") or html_to_text(markup)
    recipients = _addresses([form.get("recipient", ""), headers.get("to", "")])
    return InboundMail(
        recipients=recipients,
        sender=(_addresses([form.get("from", "")]) or [form.get("sender", "")])[0][:254],
        subject=_header_text(form.get("subject", "")),
        message_id=form.get("Message-Id") or headers.get("message-id"),
        in_reply_to=form.get("In-Reply-To") or headers.get("in-reply-to"),
        references=form.get("References") or headers.get("references"),
        text=strip_quoted(text),
        html_script=bool(_SCRIPT.search(markup)),
        automatic=_automatic(headers),
    )


def _header_block(block: str) -> dict[str, str]:
    """A raw header block ("Name: value" lines, folded ones joined), lower-cased names."""
    try:
        parsed = email.parser.HeaderParser(policy=email.policy.default).parsestr(block[:65_536])
        return {name.lower(): _header_text(value) for name, value in list(parsed.items())[:200]}
    except Exception:  # the email package raises many kinds on broken input
        raise malformed("headers could not be read", location="headers") from None


def parse_sendgrid(form: Mapping[str, str], *, limit: int) -> InboundMail:
    """Read a SendGrid Inbound Parse POST: the raw message in `email` when "POST the raw,
    full MIME message" is set; else the parsed fields `from`, `to`, `subject`, `text`,
    `html` and `headers` (the raw header block). `envelope` (JSON) adds its recipients."""
    envelope_to: list[str] = []
    if form.get("envelope"):
        try:
            envelope = json.loads(form["envelope"])
        except ValueError:
            raise malformed("envelope is not JSON", location="envelope") from None
        to = envelope.get("to") if isinstance(envelope, dict) else None
        envelope_to = [str(a)[:320] for a in to[:50]] if isinstance(to, list) else []
    if form.get("email"):
        return parse_rfc822(
            form["email"].encode("utf-8", "replace"), limit=limit, envelope_to=envelope_to
        )
    if not any(form.get(name) for name in ("from", "to", "text", "html", "headers")):
        raise malformed("neither the raw message (email) nor its parsed fields were sent")
    check_size(sum(len(v) for v in form.values()), limit)
    headers = _header_block(form.get("headers", ""))
    markup = form.get("html", "")
    text = form.get("text") or html_to_text(markup)
    recipients = _addresses(
        [form.get("to", ""), *envelope_to, *(headers.get(h, "") for h in _RECIPIENT_HEADERS)]
    )
    return InboundMail(
        recipients=list(dict.fromkeys(recipients)),
        sender=(_addresses([form.get("from", "")]) or [""])[0][:254],
        subject=_header_text(form.get("subject", "") or headers.get("subject", "")),
        message_id=headers.get("message-id"),
        in_reply_to=headers.get("in-reply-to"),
        references=headers.get("references"),
        text=strip_quoted(text),
        html_script=bool(_SCRIPT.search(markup)),
        automatic=_automatic(headers, headers.get("content-type", "")),
    )
