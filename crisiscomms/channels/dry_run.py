"""The dry-run channel: records each rendered message instead of sending it.

Used to rehearse a plan end to end. Each message becomes a `DryRunRecord`, kept in memory
and handed to an optional sink (the delivery engine stores it so the API can show it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any, ClassVar

from crisiscomms.channels.base import (
    ChannelSettings,
    OutboundMessage,
    Outcome,
    SendResult,
    SyncChannelMixin,
)


class DryRunSettings(ChannelSettings):
    """A dry-run channel needs no settings; a label tells rehearsals apart."""

    label: str = "dry-run"


@dataclass(frozen=True)
class DryRunRecord:
    """One message exactly as it would have gone out."""

    record_id: str
    delivery_id: str
    kind: str
    label: str
    recipient: str | None
    subject: str
    text: str
    html: str | None
    posts: tuple[str, ...]
    reply_to_external_id: str | None
    payload: dict[str, Any] | None
    raw_email: str | None
    idempotency_key: str
    metadata: dict[str, str]
    recorded_at: datetime

    def as_json(self) -> dict[str, Any]:
        """The record as JSON-ready values."""
        # Field by field: `asdict` deep-copies every value, which cost a worker recording a
        # rehearsal's whole emails more than writing them.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["posts"] = list(self.posts)
        data["payload"] = None if self.payload is None else dict(self.payload)
        data["metadata"] = dict(self.metadata)
        data["recorded_at"] = self.recorded_at.isoformat()
        return data


class DryRunChannel(SyncChannelMixin):
    """Sends nothing; records what would have been sent."""

    kind: ClassVar[str] = "dry-run"
    max_length: ClassVar[int | None] = None
    idempotent: ClassVar[bool] = True
    settings_model: ClassVar[type[ChannelSettings]] = DryRunSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        settings: DryRunSettings | None = None,
        *,
        sink: Callable[[DryRunRecord], None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings or DryRunSettings()
        self.records: list[DryRunRecord] = []
        """What was recorded, when there is no sink to hand it to (a channel used alone)."""
        self._sink = sink
        self._clock = clock

    async def asend(self, message: OutboundMessage) -> SendResult:
        """Record the message in the event loop: nothing here blocks, so no thread is
        borrowed (a hop to a thread per message waits for the GIL behind every request
        handler, which made a 2,000-person dry run take tens of seconds under staff load)."""
        return self.send(message)

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendResult]:
        """Record every message in order, in the event loop."""
        return [self.send(message) for message in messages]

    def send(self, message: OutboundMessage) -> SendResult:
        """Record the message; SENT with a record id stable per delivery."""
        digest = hashlib.sha256(f"{message.delivery_id}\0{message.idempotency_key}".encode())
        record = DryRunRecord(
            record_id=f"dry-run-{digest.hexdigest()[:16]}",
            delivery_id=message.delivery_id,
            kind=message.kind,
            label=self.settings.label,
            recipient=message.recipient,
            subject=message.subject,
            text=message.text,
            html=message.html,
            posts=message.posts,
            reply_to_external_id=message.reply_to_external_id,
            payload=None if message.payload is None else dict(message.payload),
            raw_email=(
                None
                if message.raw_email is None
                else message.raw_email.decode("utf-8", errors="replace")
            ),
            idempotency_key=message.idempotency_key,
            metadata=dict(message.metadata),
            recorded_at=self._clock(),
        )
        if self._sink is None:
            self.records.append(record)
        else:
            # Handed over, not also kept: the engine caches a channel for as long as its
            # settings stand, and keeping every rehearsal's messages (whole emails) in memory
            # grew the worker without bound.
            try:
                self._sink(record)
            except Exception as exc:  # the sink is the engine's; its failure is a retry here
                return SendResult(Outcome.RETRY, detail=f"dry-run sink failed: {exc!r}")
        posted = tuple(f"{record.record_id}-{n}" for n in range(1, len(message.posts) + 1))
        return SendResult(Outcome.SENT, external_id=record.record_id, posted_ids=posted)
