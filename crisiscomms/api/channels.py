"""Channels: configure destinations (secrets never come back), test-send, release quarantine."""

from __future__ import annotations

from fastapi import APIRouter

from crisiscomms.broadcasts import testsend
from crisiscomms.broadcasts.schemas import BroadcastAccepted
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.schemas import (
    ChannelCreate,
    ChannelPublic,
    ChannelUpdate,
    TestSendRequest,
)
from crisiscomms.db import utc_now
from crisiscomms.deps import AdminDep, PathId, SessionDep, SettingsDep, ViewerDep

router = APIRouter(tags=["channels"])


@router.get("/channels", response_model=list[ChannelPublic])
def list_channels(
    session: SessionDep, settings: SettingsDep, _viewer: ViewerDep
) -> list[ChannelPublic]:
    """Every configured channel, secrets shown as "***"."""
    now = utc_now()
    return [
        channel_service.to_public(session, c, settings, now=now)
        for c in channel_service.list_channels(session)
    ]


@router.post("/channels", status_code=201, response_model=ChannelPublic)
def create_channel(
    data: ChannelCreate, session: SessionDep, settings: SettingsDep, actor: AdminDep
) -> ChannelPublic:
    """Add a destination; its settings are checked, and stored encrypted."""
    now = utc_now()
    warnings: list[str] = []
    channel = channel_service.create_channel(
        session, data, settings=settings, actor=actor, now=now, warnings=warnings
    )
    public = channel_service.to_public(session, channel, settings, now=now)
    return public.model_copy(update={"warnings": warnings})


@router.get("/channels/{channel_id}", response_model=ChannelPublic)
def read_channel(
    channel_id: PathId, session: SessionDep, settings: SettingsDep, _viewer: ViewerDep
) -> ChannelPublic:
    """One channel, secrets shown as "***"."""
    channel = channel_service.get_channel(session, channel_id)
    return channel_service.to_public(session, channel, settings, now=utc_now())


@router.patch("/channels/{channel_id}", response_model=ChannelPublic)
def update_channel(
    channel_id: PathId,
    data: ChannelUpdate,
    session: SessionDep,
    settings: SettingsDep,
    actor: AdminDep,
) -> ChannelPublic:
    """Change a channel; send a secret back as "***" to keep it."""
    now = utc_now()
    warnings: list[str] = []
    channel = channel_service.update_channel(
        session, channel_id, data, settings=settings, actor=actor, now=now, warnings=warnings
    )
    public = channel_service.to_public(session, channel, settings, now=now)
    return public.model_copy(update={"warnings": warnings})


@router.post("/channels/{channel_id}/release", response_model=ChannelPublic)
def release_channel(
    channel_id: PathId, session: SessionDep, settings: SettingsDep, actor: AdminDep
) -> ChannelPublic:
    """Lift a quarantine: the channel's waiting messages go out again."""
    now = utc_now()
    channel = channel_service.release(session, channel_id, actor=actor, now=now)
    return channel_service.to_public(session, channel, settings, now=now)


@router.post("/channels/{channel_id}/test", status_code=202, response_model=BroadcastAccepted)
def test_send(
    channel_id: PathId, data: TestSendRequest, session: SessionDep, actor: AdminDep
) -> BroadcastAccepted:
    """Queue a harmless test message on this channel (on X it is a real public post)."""
    broadcast = testsend.queue_test(
        session, channel_id, recipient=data.recipient, actor=actor, now=utc_now()
    )
    assert broadcast.id is not None
    return BroadcastAccepted(
        broadcast_id=broadcast.id,
        status=broadcast.status,
        recipient_count=1,
        scheduled_at=broadcast.scheduled_at,
    )
