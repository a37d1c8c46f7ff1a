"""Channels: one module per destination kind; no database access; send() never raises.

The delivery engine builds a channel with `build_channel(kind, settings, allow_private=…)`
from decrypted settings, hands it `OutboundMessage`s and records each `SendResult`.
"""

from __future__ import annotations

from crisiscomms.channels.base import Channel, OutboundMessage, Outcome, SendResult
from crisiscomms.channels.registry import (
    REGISTRY,
    build_channel,
    public_settings,
    sample_message,
    validate_settings,
)

__all__ = [
    "REGISTRY",
    "Channel",
    "OutboundMessage",
    "Outcome",
    "SendResult",
    "build_channel",
    "public_settings",
    "sample_message",
    "validate_settings",
]
