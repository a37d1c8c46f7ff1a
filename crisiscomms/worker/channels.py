"""The worker's channels: each built once per change of its stored row (its settings
decrypted, its pooled connections kept), with what a dry-run channel would have sent."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.channels import service as channel_service
from crisiscomms.channels.base import Channel
from crisiscomms.channels.dry_run import DryRunRecord
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.config import Settings

log = logging.getLogger("crisiscomms.delivery")


@dataclass
class Built:
    """A channel as built from its row at `updated_at`."""

    updated_at: datetime
    config: ChannelConfig
    clear: dict[str, Any]
    channel: Channel


class ChannelCache:
    """The built channels of one delivery engine, and its dry-run records to keep."""

    def __init__(
        self,
        settings: Settings,
        factory: Callable[..., Channel],
        runner: asyncio.Runner,
    ) -> None:
        self.settings = settings
        self.factory = factory
        self.runner = runner
        self.built: dict[int, Built] = {}
        self.dry_run: list[tuple[int, DryRunRecord]] = []

    def load(
        self, session: Session, ids: set[int], now: datetime
    ) -> tuple[dict[int, Built], dict[int, str]]:
        """The channels, built once per change of their row; and why any would not build
        (its settings no longer decrypt or validate), so only its own claims wait."""
        configs = session.exec(select(ChannelConfig).where(col(ChannelConfig.id).in_(ids))).all()
        broken: dict[int, str] = {}
        for config in configs:
            assert config.id is not None
            built = self.built.get(config.id)
            if built is not None and built.updated_at == config.updated_at:
                built.config = config
                continue
            if built is not None:
                del self.built[config.id]
                self.runner.run(built.channel.aclose())
            try:
                self.built[config.id] = self._build(session, config, now)
            except Exception as exc:
                log.exception("channel %s could not be built", config.name)
                # The exception's text may quote the settings: only its kind is kept.
                broken[config.id] = (
                    f"the channel's stored settings could not be loaded "
                    f"({type(exc).__name__}): an admin must save them again"
                )
        found = {cid: self.built[cid] for cid in ids if cid in self.built}
        missing = ids - set(found) - set(broken)
        broken.update({cid: "the channel no longer exists" for cid in missing})
        return found, broken

    def _build(self, session: Session, config: ChannelConfig, now: datetime) -> Built:
        assert config.id is not None
        clear = channel_service.decrypted_settings(session, config, self.settings, now=now)
        channel = self.factory(
            config.kind,
            clear,
            allow_private=self.settings.allow_private_destinations,
            timeout=self.settings.outbound_timeout_seconds,
            smtp_pool_size=self.settings.smtp_pool_size,
            dry_run_sink=self._sink_for(config.id),
        )
        return Built(config.updated_at, config, clear, channel)

    def _sink_for(self, channel_id: int) -> Callable[[DryRunRecord], None]:
        def sink(record: DryRunRecord) -> None:
            self.dry_run.append((channel_id, record))

        return sink

    def close(self) -> None:
        """Close every channel's pooled connections (best effort: the process is stopping)."""
        for built in self.built.values():
            try:
                self.runner.run(built.channel.aclose())
            except Exception:
                log.exception("closing channel %s", built.config.name)
        self.built.clear()
