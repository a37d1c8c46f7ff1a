"""The status page: the statement as Markdown, rendered to HTML and sanitised.

Comms staff may use Markdown in sections (emphasis, lists, links). It is rendered with
markdown-it-py with raw HTML switched off, so `<script>` in a section shows as text, and
the result is cleaned by nh3 with an explicit allowlist: only the tags below, links only
to https and mailto, each marked rel="nofollow noopener". Either layer alone would stop
a script; both are kept because the status page is the most public thing we publish.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

import nh3
from markdown_it import MarkdownIt

from crisiscomms.statements.content import LocaleContent, RenditionSummary
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.text import one_line

ALLOWED_TAGS = frozenset(
    {"p", "ul", "ol", "li", "strong", "em", "a", "h2", "h3", "blockquote", "code"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = frozenset({"https", "mailto"})
LINK_REL = "nofollow noopener"
STATUS_SECTIONS = (
    "acknowledgement",
    "apology",
    "impact",
    "root_cause",
    "remediation",
    "commitments",
    "make_good",
    "next_update",
    "help",
)

_MARKDOWN = MarkdownIt("commonmark", {"html": False})
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags={"script", "style"},
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=set(URL_SCHEMES),
    link_rel=LINK_REL,
    url_relative="deny",
    strip_comments=True,
)
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#!|~"})


@dataclass(frozen=True)
class StatusPageRendition:
    """The statement's status-page form: its Markdown and the safe HTML made from it."""

    locale: str
    markdown: str
    channel: ClassVar[str] = "status_page"

    @cached_property
    def html(self) -> str:
        """The safe HTML, made when first asked for: the transparency check reads only the
        Markdown, and makes a status-page rendition on every save."""
        return markdown_to_html(self.markdown)

    def summary(self) -> RenditionSummary:
        """The Markdown's length; the status page has no length limit."""
        return RenditionSummary(
            channel=self.channel,
            locale=self.locale,
            text=self.markdown,
            length=len(self.markdown),
            limit=None,
            unit="characters",
        )


def heading_text(text: str) -> str:
    """One line of text made safe to follow "## ": Markdown syntax characters escaped."""
    return one_line(text).translate(_MARKDOWN_SPECIAL)


def statement_markdown(content: LocaleContent, context: RenderContext) -> str:
    """The statement as Markdown: the headline, then each section under its heading."""
    phrases = context.phrases
    sections = content.sections
    parts = [f"## {heading_text(sections.headline)}"]
    for name in STATUS_SECTIONS:
        parts.append(f"### {phrases.headings[name]}")
        parts.append(getattr(sections, name).strip())
    if content.answers:
        parts.append(f"### {phrases.headings['answers']}")
        for answer in content.answers:
            parts.append(f"**{heading_text(answer.question)}**")
            parts.append(answer.answer.strip())
    return "\n\n".join(parts) + "\n"


def markdown_to_html(markdown: str) -> str:
    """Markdown rendered without raw HTML, then cleaned to the allowlist."""
    return _CLEANER.clean(_MARKDOWN.render(markdown))


def render_status_page(content: LocaleContent, context: RenderContext) -> StatusPageRendition:
    """The statement for the public status page."""
    markdown = statement_markdown(content, context)
    return StatusPageRendition(locale=context.locale, markdown=markdown)
