"""Webhooks: the published statement as a JSON event, one per locale.

Subscribers get the payload in their own language, like every other channel. Keys always
come in this order, and `body()` is deterministic, so a retried delivery sends identical
bytes:

    {
      "type": "statement.published",
      "timestamp": "2024-05-01T08:42:00Z",          // when it was published; null in a preview
      "data": {
        "statement_id": 42,                         // int, or null for a preview
        "incident_id": 7,                           // int or null
        "stage": "identified",
        "locale": "en",
        "next_update_at": "2024-05-01T09:12:00Z",   // ISO 8601 UTC, or null
        "sections": {                               // in reading order
          "headline": "...", "acknowledgement": "...", "apology": "...", "impact": "...",
          "root_cause": "...", "remediation": "...", "commitments": "...",
          "make_good": "...", "next_update": "...", "help": "..."
        },
        "answers": [{"question_id": "...", "question": "...", "answer": "..."}],
        "commitments": [{"text": "...", "due_at": "2024-05-01T12:00:00Z"}]   // or null
      }
    }

Only public commitments are included, and never their internal owner. The envelope
follows the Standard Webhooks payload shape (`type`, `timestamp`, `data`): the timestamp is
when the event happened, so every retry carries the same bytes; the delivery adds the
`webhook-id`, `webhook-timestamp` (when this attempt was signed) and `webhook-signature`
headers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, ClassVar

from crisiscomms.statements.content import LocaleContent, RenditionSummary
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.text import iso_time

EVENT_TYPE = "statement.published"


@dataclass(frozen=True)
class WebhookPayload:
    """The JSON event of a published statement, in one locale."""

    locale: str
    payload: dict[str, Any]
    channel: ClassVar[str] = "webhook"

    def body(self) -> bytes:
        """The payload as compact UTF-8 JSON, keys in their documented order."""
        return json.dumps(self.payload, ensure_ascii=False, separators=(",", ":")).encode()

    def summary(self) -> RenditionSummary:
        """The body's size in bytes (webhooks have no limit) and the texts it carries."""
        data = self.payload["data"]
        texts = [*data["sections"].values()]
        texts += [f"{a['question']}\n{a['answer']}" for a in data["answers"]]
        # The words subscribers show, not the JSON: ids and ISO timestamps in the envelope
        # are not figures the statement states.
        return RenditionSummary(
            channel=self.channel,
            locale=self.locale,
            text="\n\n".join(texts),
            length=len(self.body()),
            limit=None,
            unit="bytes",
        )


def render_webhook(content: LocaleContent, context: RenderContext) -> WebhookPayload:
    """The statement.published event in the context's locale."""
    data: dict[str, Any] = {
        "statement_id": context.statement_id,
        "incident_id": context.incident_id,
        "stage": context.stage,
        "locale": context.locale,
        "next_update_at": iso_time(context.next_update_at),
        "sections": dict(content.sections.items()),
        "answers": [
            {"question_id": a.question_id, "question": a.question, "answer": a.answer}
            for a in content.answers
        ],
        "commitments": [
            {"text": c.text, "due_at": iso_time(c.due_at)} for c in context.commitments if c.public
        ],
    }
    payload = {"type": EVENT_TYPE, "timestamp": iso_time(context.published_at), "data": data}
    return WebhookPayload(locale=context.locale, payload=payload)
