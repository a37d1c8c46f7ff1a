"""The worker job that reads questions from X: each enabled X account's mentions and its
open incidents' threads, every `x_read_seconds`, within X's rate limits.

One pass per account: the account's `mentions` cursor is claimed (locked on PostgreSQL,
its `read_at` moved to now) and the transaction committed before any request leaves,
so no database transaction waits on X and a second worker skips the account. Then the
mentions since the stored `since_id`, and each incident thread's replies
(`conversation_id:<first post>`) since its own `since_id`, are read; an endpoint whose
rate limit is used up (`x-rate-limit-remaining: 0`, or a 429) is not asked again before
its `x-rate-limit-reset`. The posts become questions (`flows.x_questions`) and the cursors
move on in the loop's unit of work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.channels import build_channel
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.base import Channel
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.channels.x import XChannel
from crisiscomms.channels.x_mentions import ReadResult, XReader
from crisiscomms.config import Settings
from crisiscomms.db import as_utc
from crisiscomms.flows import x_questions
from crisiscomms.questions.models import XReadCursor

log = logging.getLogger("crisiscomms.questions")

MENTIONS = "mentions"
SEARCH = "search"


def _paused(row: XReadCursor, now: datetime) -> bool:
    return row.paused_until is not None and as_utc(row.paused_until) > now


class XQuestionReader:
    """The job: `reader(session, now)` returns how many posts it took."""

    def __init__(
        self,
        settings: Settings,
        *,
        factory: Callable[..., Channel] = build_channel,
    ) -> None:
        self.settings = settings
        self.factory = factory
        self.interval = timedelta(seconds=settings.x_read_seconds)

    def __call__(self, session: Session, now: datetime) -> int:
        """Read every due X account once."""
        ids = session.exec(
            select(ChannelConfig.id).where(
                ChannelConfig.kind == "x",
                col(ChannelConfig.enabled).is_(True),
                col(ChannelConfig.quarantined_at).is_(None),
            )
        ).all()
        taken = 0
        for channel_id in ids:
            assert channel_id is not None
            taken += self.read_account(session, channel_id, now)
        return taken

    def read_account(self, session: Session, channel_id: int, now: datetime) -> int:
        """Read one account's mentions and threads if it is due; how many posts it took."""
        found = x_questions.threads(session, channel_id)
        if not found.roots:
            return 0  # no incident thread on this account: nothing can be tied to one
        x_questions.cursor(session, channel_id, MENTIONS)
        claim = select(XReadCursor).where(
            XReadCursor.channel_id == channel_id, XReadCursor.stream == MENTIONS
        )
        if session.connection().dialect.name == "postgresql":
            claim = claim.with_for_update(skip_locked=True)
        mentions = session.exec(claim).first()
        if mentions is None:
            return 0  # another worker is reading this account
        if mentions.read_at is not None and as_utc(mentions.read_at) + self.interval > now:
            return 0
        search = x_questions.cursor(session, channel_id, SEARCH)
        threads = {
            incident_id: x_questions.cursor(session, channel_id, f"conversation:{root}")
            for incident_id, root in found.roots.items()
        }
        config = session.get(ChannelConfig, channel_id)
        assert config is not None
        clear = channel_service.decrypted_settings(session, config, self.settings, now=now)
        mentions.read_at = now
        session.add(mentions)
        session.commit()  # the claim is ours; no transaction waits on X from here

        channel = self._channel(clear)
        if channel is None:
            return 0
        reader = XReader(channel)
        results: list[tuple[XReadCursor, ReadResult]] = []
        if mentions.account_id is None:
            me = reader.account()
            if isinstance(me, str):
                mentions.note = me
                session.add(mentions)
                log.warning("X account %s: %s", config.name, me)
                return 0
            mentions.account_id, mentions.account_name = me
        if not _paused(mentions, now):
            results.append((mentions, reader.mentions(mentions.account_id, mentions.since_id)))
        if not _paused(search, now):
            search.paused_until = None
        for incident_id, row in threads.items():
            if _paused(search, now):
                break
            read = reader.conversation(found.roots[incident_id], row.since_id)
            results.append((row, read))
            if read.paused_until is not None:
                search.paused_until = read.paused_until
        posts = []
        for row, read in results:
            posts += read.posts
            self._advance(row, read, now)
            session.add(row)
            if read.error or not read.complete:
                log.warning(
                    "X account %s, %s: %s",
                    config.name,
                    row.stream,
                    read.error or "more posts than one pass reads; the oldest were left",
                )
        session.add(search)
        done = x_questions.receive_posts(
            session,
            self.settings,
            channel_id=channel_id,
            account_id=mentions.account_id,
            account=mentions.account_name,
            posts=posts,
            found=found,
            now=now,
        )
        log.info(
            "X account %s: %d questions, %d quarantined, %d left alone",
            config.name,
            done.recorded,
            done.quarantined,
            done.skipped,
        )
        return done.recorded + done.quarantined

    def _channel(self, clear: dict[str, Any]) -> XChannel | None:
        try:
            channel = self.factory(
                "x",
                clear,
                allow_private=self.settings.allow_private_destinations,
                timeout=self.settings.outbound_timeout_seconds,
            )
        except Exception:
            log.exception("an X channel could not be built for reading")
            return None
        return channel if isinstance(channel, XChannel) else None

    @staticmethod
    def _advance(row: XReadCursor, read: ReadResult, now: datetime) -> None:
        if read.newest_id is not None:
            row.since_id = read.newest_id
        row.paused_until = read.paused_until
        if row.stream != MENTIONS:
            row.read_at = now
        row.note = (read.error or ("incomplete" if not read.complete else None) or "")[:300] or None
