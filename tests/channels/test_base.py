"""The quick constructors of the hot path make the same objects as the dataclasses' own."""

from __future__ import annotations

from dataclasses import replace

from crisiscomms.channels.base import OutboundMessage, Outcome, SendResult


def test_an_email_made_quickly_equals_one_made_by_the_dataclass() -> None:
    fields = {
        "delivery_id": "7",
        "kind": "email",
        "idempotency_key": "<a.b@crisiscomms>",
        "recipient": "ann@example.com",
        "subject": "An update",
        "raw_email": b"Subject: An update\r\n\r\nHello\r\n",
        "metadata": {"broadcast_id": "3", "audience": "customers"},
    }
    quick = OutboundMessage.email(**fields)
    assert quick == OutboundMessage(**fields)
    assert vars(quick) == vars(OutboundMessage(**fields))  # every field, defaults included
    assert replace(quick, attempt=2) == OutboundMessage(**fields, attempt=2)
    assert OutboundMessage.email(**fields, attempt=3).attempt == 3


def test_a_sent_result_made_quickly_equals_one_made_by_the_dataclass() -> None:
    quick = SendResult.sent("q-1", "SMTP 250 ok", "ann@example.com: SMTP 250 ok")
    made = SendResult(
        Outcome.SENT, external_id="q-1", detail="SMTP 250 ok", log="ann@example.com: SMTP 250 ok"
    )
    assert quick == made and vars(quick) == vars(made)
