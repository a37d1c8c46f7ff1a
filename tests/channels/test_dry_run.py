"""Dry-run channel: every rendered message recorded, nothing sent."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.dry_run import DryRunChannel, DryRunRecord, DryRunSettings

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
MESSAGE = OutboundMessage(
    delivery_id="d-9",
    kind="email",
    idempotency_key="<stmt-1.abc@example.com>",
    recipient="c@example.net",
    subject="Service restored",
    text="All clear.",
    raw_email=b"Subject: Service restored\r\n\r\nAll clear.\r\n",
    metadata={"broadcast": "17"},
)


def test_each_message_is_handed_to_the_sink_and_not_kept() -> None:
    sunk: list[DryRunRecord] = []
    channel = DryRunChannel(DryRunSettings(label="rehearsal"), sink=sunk.append, clock=lambda: NOW)

    result = channel.send(MESSAGE)

    assert result.outcome == Outcome.SENT
    assert len(sunk) == 1
    assert channel.records == []  # the engine's channel lives long: the sink keeps them
    record = sunk[0].as_json()
    assert record["record_id"] == result.external_id
    assert record["label"] == "rehearsal" and record["recipient"] == "c@example.net"
    assert record["raw_email"].startswith("Subject: Service restored")
    assert record["recorded_at"] == NOW.isoformat()
    assert record["metadata"] == {"broadcast": "17"}


def test_a_channel_with_no_sink_keeps_what_it_recorded() -> None:
    channel = DryRunChannel()

    channel.send(MESSAGE)

    assert [r.delivery_id for r in channel.records] == [MESSAGE.delivery_id]


def test_the_record_id_is_stable_per_delivery() -> None:
    channel = DryRunChannel()

    assert channel.send(MESSAGE).external_id == channel.send(MESSAGE).external_id


def test_a_thread_gets_one_id_per_post() -> None:
    thread = OutboundMessage("d-1", "x", "x:abc", posts=("one", "two", "three"))

    result = asyncio.run(DryRunChannel().asend(thread))

    assert len(result.posted_ids) == 3


def test_a_failing_sink_is_a_retry() -> None:
    def broken(record: DryRunRecord) -> None:
        raise RuntimeError("database is locked")

    channel = DryRunChannel(sink=broken)

    result = channel.send(MESSAGE)

    assert result.outcome == Outcome.RETRY and channel.records == []
