"""Email: a subject, a plain-text body and an HTML alternative of the statement.

The body is laid out once per locale as fixed parts around four personal slots
(greeting, the reader's affected products, their make-good, the signature), so that
`crisiscomms.statements.personalise` can fill the slots per customer without laying out
the statement again. Every piece of user text in the HTML is escaped; nothing in a
statement is ever read as markup here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape
from typing import ClassVar

from crisiscomms.statements.content import LocaleContent, RenditionSummary
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.phrases import Phrases
from crisiscomms.statements.renditions.text import one_line, paragraphs

MAX_SUBJECT = 120
SLOTS = ("greeting", "affected", "make_good", "signature")
"""The personal parts of an email, in the order they appear."""
_BEFORE_AFFECTED = ("acknowledgement", "apology", "impact")
_BEFORE_MAKE_GOOD = ("root_cause", "remediation", "commitments", "make_good")
_AFTER_MAKE_GOOD = ("next_update", "help")

_FONTS = "Arial,Helvetica,'Noto Sans','Noto Sans Bengali',sans-serif"
_BODY = "margin:0;padding:0;background-color:#f4f4f5;"
_CARD = (
    "max-width:640px;margin:0 auto;padding:24px;background-color:#ffffff;color:#18181b;"
    f"font-family:{_FONTS};font-size:16px;line-height:1.6;"
)
_H1 = "font-size:22px;line-height:1.3;margin:0 0 16px;"
_H2 = "font-size:17px;line-height:1.3;margin:24px 0 8px;"
_H3 = "font-size:16px;line-height:1.3;margin:16px 0 4px;"
_P = "margin:0 0 12px;"


@dataclass(frozen=True)
class EmailLayout:
    """The fixed text of an email in one locale, around the personal slots."""

    locale: str
    subject: str
    text_parts: tuple[str, ...]
    """len(SLOTS) + 1 pieces: the slots go between them; each ends with a newline."""
    html_parts: tuple[str, ...]

    def text(self, slots: tuple[str, ...]) -> str:
        """The plain-text body with the slots filled (each slot text as made by `text_block`)."""
        return _interleave(self.text_parts, slots)

    def html(self, slots: tuple[str, ...]) -> str:
        """The HTML body with the slots filled (each slot as made by `html_block`)."""
        return _interleave(self.html_parts, slots)


@dataclass(frozen=True)
class EmailRendition:
    """The statement as a non-personal email (for the public list and previews)."""

    locale: str
    subject: str
    text: str
    html: str
    headline: str
    """The headline on one line, before any cut to fit the subject."""
    channel: ClassVar[str] = "email"

    def summary(self) -> RenditionSummary:
        """The subject's length before any cut, for the transparency check."""
        cut = len(self.headline) > MAX_SUBJECT
        # The body is the statement's own text under headings; the subject is what has a limit.
        return RenditionSummary(
            channel=self.channel,
            locale=self.locale,
            text=self.headline,
            length=len(self.headline),
            limit=MAX_SUBJECT,
            unit="characters",
            detail=f"subject cut to {MAX_SUBJECT} characters" if cut else "subject",
        )


def _interleave(parts: tuple[str, ...], slots: tuple[str, ...]) -> str:
    pieces = [parts[0]]
    for slot, part in zip(slots, parts[1:], strict=True):
        pieces.append(slot)
        pieces.append(part)
    return "".join(pieces)


def subject_line(headline: str) -> str:
    """The headline as a subject: one line (never CR or LF), at most MAX_SUBJECT characters."""
    subject = one_line(headline)
    if len(subject) <= MAX_SUBJECT:
        return subject
    cut = subject[: MAX_SUBJECT - 1]
    if " " in cut[MAX_SUBJECT // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def text_block(text: str, heading: str | None = None) -> str:
    """Plain-text paragraphs (under a heading when given), ending with a blank line."""
    body = "\n\n".join(paragraphs(text))
    return f"{heading}\n{body}\n\n" if heading else f"{body}\n\n"


def slot_blocks(text: str) -> tuple[str, str]:
    """A personal slot's `text_block` and `html_block`, splitting its paragraphs once."""
    if "\n" not in text and "\r" not in text:  # most slots: one paragraph of one line
        line = text.strip()
        return (f"{line}\n\n", f'<p style="{_P}">{escape(line)}</p>\n') if line else ("\n\n", "")
    found = paragraphs(text)
    if not found:
        return "\n\n", ""
    html = [f'<p style="{_P}">{_html_lines(paragraph)}</p>\n' for paragraph in found]
    return "\n\n".join(found) + "\n\n", "".join(html)


def _html_lines(paragraph: str) -> str:
    """A stripped paragraph's lines, escaped, with <br> between them."""
    if "\n" not in paragraph:
        return escape(paragraph)
    return "<br>\n".join([escape(line.strip()) for line in paragraph.split("\n")])


def html_block(text: str, heading: str | None = None, level: int = 2) -> str:
    """HTML paragraphs of escaped text (under an escaped heading when given)."""
    out = []
    if heading:
        style = _H2 if level == 2 else _H3
        out.append(f'<h{level} style="{style}">{escape(heading)}</h{level}>\n')
    out += [f'<p style="{_P}">{_html_lines(paragraph)}</p>\n' for paragraph in paragraphs(text)]
    return "".join(out)


def email_layout(content: LocaleContent, context: RenderContext) -> EmailLayout:
    """Lay out a locale's statement around the personal slots."""
    phrases = context.phrases
    sections = content.sections
    subject = subject_line(sections.headline)
    headline = one_line(sections.headline)
    groups = (_BEFORE_AFFECTED, _BEFORE_MAKE_GOOD, _AFTER_MAKE_GOOD)
    text_groups = [_text_sections(content, names, phrases) for names in groups]
    html_groups = [_html_sections(content, names, phrases) for names in groups]
    text_groups[2] += _text_answers(content, phrases)
    html_groups[2] += _html_answers(content, phrases)
    lang = escape(context.locale)
    html_head = (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(subject)}</title>\n</head>\n"
        f'<body style="{_BODY}">\n<div style="{_CARD}">\n'
    )
    return EmailLayout(
        locale=context.locale,
        subject=subject,
        text_parts=("", f"{headline}\n\n{text_groups[0]}", *text_groups[1:], ""),
        html_parts=(
            html_head,
            f'<h1 style="{_H1}">{escape(headline)}</h1>\n{html_groups[0]}',
            *html_groups[1:],
            "</div>\n</body>\n</html>\n",
        ),
    )


def with_card(layout: EmailLayout, card: tuple[str, str] | None) -> EmailLayout:
    """The layout with the status card (its public URL and alt text) under the headline of
    the HTML part, 600 px wide as email is. Added after the statement's times are written
    for the reader, so the alt text says what the picture shows, word for word."""
    if card is None:
        return layout
    url, alt = card
    image = (
        f'<p style="margin:0 0 16px"><img src="{escape(url)}" alt="{escape(alt)}" width="600" '
        'style="display:block;width:100%;max-width:600px;height:auto;border:0"></p>\n'
    )
    head, body, *rest = layout.html_parts
    cut = body.find("</h1>\n") + len("</h1>\n")
    return replace(layout, html_parts=(head, body[:cut] + image + body[cut:], *rest))


def _text_sections(content: LocaleContent, names: tuple[str, ...], phrases: Phrases) -> str:
    sections = content.sections
    return "".join(text_block(getattr(sections, n), phrases.headings[n]) for n in names)


def _html_sections(content: LocaleContent, names: tuple[str, ...], phrases: Phrases) -> str:
    sections = content.sections
    return "".join(html_block(getattr(sections, n), phrases.headings[n]) for n in names)


def _text_answers(content: LocaleContent, phrases: Phrases) -> str:
    if not content.answers:
        return ""
    blocks = [f"{phrases.headings['answers']}\n\n"]
    blocks += [text_block(a.answer, one_line(a.question)) for a in content.answers]
    return "".join(blocks)


def _html_answers(content: LocaleContent, phrases: Phrases) -> str:
    if not content.answers:
        return ""
    heading = escape(phrases.headings["answers"])
    blocks = [f'<h2 style="{_H2}">{heading}</h2>\n']
    blocks += [html_block(a.answer, one_line(a.question), level=3) for a in content.answers]
    return "".join(blocks)


def personal_slots(
    phrases: Phrases,
    *,
    name: str,
    products: list[str],
    order_ids: list[str],
    offer: str,
    organisation: str,
    manager: tuple[str, str | None] | None,
    unsubscribe_url: str | None,
) -> list[str]:
    """Greeting, affected products and orders, make-good, sign-off: plain text, "" if none."""
    name = one_line(name)
    greeting = phrases.greeting_named.format(name=name) if name else phrases.greeting
    affected = []
    if products:
        items = ", ".join(one_line(p) for p in products)
        affected.append(phrases.your_products.format(items=items))
    if order_ids:
        affected.append(phrases.your_orders.format(items=", ".join(map(one_line, order_ids))))
    make_good = phrases.for_your_account.format(text=offer) if offer else ""
    signature = [phrases.regards, organisation]
    if manager is not None:
        manager_name, manager_email = manager
        signature[1:] = [one_line(manager_name), phrases.account_manager.format(org=organisation)]
        signature += [one_line(manager_email)] if manager_email else []
    closing = "\n".join(signature)
    if unsubscribe_url:
        closing += "\n\n" + phrases.unsubscribe.format(url=unsubscribe_url)
    return [greeting, "\n".join(affected), make_good, closing]


def render_email(content: LocaleContent, context: RenderContext) -> EmailRendition:
    """The statement as an email to no one in particular."""
    layout = email_layout(content, context)
    phrases = context.phrases
    closing = f"{phrases.regards}\n{context.organisation.name}"
    return EmailRendition(
        locale=context.locale,
        subject=layout.subject,
        text=layout.text(("", "", "", text_block(closing))),
        html=layout.html(("", "", "", html_block(closing))),
        headline=one_line(content.sections.headline),
    )
