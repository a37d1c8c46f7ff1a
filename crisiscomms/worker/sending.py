"""Send a step's messages: outside any transaction, every channel at once, the leases of the
claims renewed while a slow server keeps them waiting."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from crisiscomms.broadcasts import outbox
from crisiscomms.channels.base import OutboundMessage, Outcome, SendResult
from crisiscomms.channels.social import SocialChannel
from crisiscomms.channels.x import XChannel
from crisiscomms.worker.channels import Built

log = logging.getLogger("crisiscomms.delivery")


async def send_all(
    messages: Sequence[tuple[outbox.Claimed, OutboundMessage]],
    channels: dict[int, Built],
    *,
    renew: Callable[[list[int]], None],
    every: float,
) -> list[SendResult]:
    """Send every message, all channels at once, each channel's messages its own way
    (`send_many`); a social post whose first attempt may have gone out is resumed, not re-sent.
    `renew` extends the claims' leases every `every` seconds until the sends are done."""
    groups: dict[int, list[int]] = {}
    for index, (item, _) in enumerate(messages):
        groups.setdefault(item.channel_id, []).append(index)
    results: list[SendResult | None] = [None] * len(messages)

    async def one_channel(channel_id: int, indexes: list[int]) -> None:
        try:
            await send_channel(channel_id, indexes)
        except Exception as exc:  # a bug, not an answer: whatever went out may have arrived
            log.exception("sending on channel %d failed", channel_id)
            for index in indexes:
                if results[index] is None:
                    results[index] = SendResult(
                        Outcome.AMBIGUOUS, detail=f"the send failed unexpectedly: {exc!r}"
                    )

    async def send_channel(channel_id: int, indexes: list[int]) -> None:
        channel = channels[channel_id].channel
        fresh: list[int] = []
        for index in indexes:
            item, message = messages[index]
            if item.unconfirmed and isinstance(channel, XChannel | SocialChannel):
                resumed = await asyncio.to_thread(channel.resume, message)
                if resumed.outcome != Outcome.RETRY or resumed.posted_ids:
                    results[index] = resumed
                    continue
            fresh.append(index)
        sent = await channel.send_many([messages[i][1] for i in fresh])
        for index, result in zip(fresh, sent, strict=True):
            results[index] = result

    done = asyncio.Event()

    async def sends() -> None:
        try:
            await asyncio.gather(*(one_channel(cid, idx) for cid, idx in groups.items()))
        finally:
            done.set()

    await asyncio.gather(
        sends(), keep_leases([item.id for item, _ in messages], done, renew, every)
    )
    return [r or SendResult(Outcome.RETRY, detail="no result") for r in results]


async def keep_leases(
    ids: list[int], done: asyncio.Event, renew: Callable[[list[int]], None], every: float
) -> None:
    """Until the sends are done, renew their leases every third of their length: a slow
    server must not let them run out, or another worker would send them again."""
    while not done.is_set():
        try:
            await asyncio.wait_for(done.wait(), every)
        except TimeoutError:
            try:
                await asyncio.to_thread(renew, ids)
            except Exception:
                log.warning("could not renew %d leases", len(ids), exc_info=True)
