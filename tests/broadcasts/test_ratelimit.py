"""The shared token bucket behind a channel's rate limit (broadcasts/ratelimit.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from crisiscomms.broadcasts import ratelimit
from crisiscomms.channels.models import Audience, ChannelRateBucket
from crisiscomms.config import Settings
from tests.broadcasts.factories import channel
from tests.conftest import NOW

SECOND = timedelta(seconds=1)


@pytest.fixture
def channel_id(session: Session, settings: Settings) -> int:
    config = channel(
        session,
        settings,
        "status",
        "apprise",
        Audience.PUBLIC,
        {"url": "json://127.0.0.1:9/a"},
    )
    assert config.id is not None
    return config.id


@pytest.mark.parametrize(("per_minute", "full"), [(1, 1), (6, 1), (12, 2), (60, 10), (600, 100)])
def test_a_new_bucket_allows_ten_seconds_worth_at_once(
    session: Session, channel_id: int, per_minute: int, full: int
) -> None:
    granted, _ = ratelimit.take(session, channel_id, per_minute, 1000, NOW)
    assert granted == full == ratelimit.burst(per_minute)


def test_tokens_come_back_at_the_rate_and_say_when(session: Session, channel_id: int) -> None:
    assert ratelimit.take(session, channel_id, 60, 10, NOW) == (10, NOW + SECOND)
    assert ratelimit.take(session, channel_id, 60, 5, NOW + SECOND / 2) == (0, NOW + SECOND)
    assert ratelimit.take(session, channel_id, 60, 5, NOW + 3 * SECOND) == (3, NOW + 4 * SECOND)
    # A long pause fills the bucket only to its burst.
    granted, next_at = ratelimit.take(session, channel_id, 60, 50, NOW + 3600 * SECOND)
    assert (granted, next_at) == (10, NOW + 3601 * SECOND)


def test_what_is_left_is_available_at_once(session: Session, channel_id: int) -> None:
    assert ratelimit.take(session, channel_id, 60, 4, NOW) == (4, NOW)
    assert ratelimit.take(session, channel_id, 60, 6, NOW) == (6, NOW + SECOND)


def test_a_worker_whose_clock_lags_adds_nothing(session: Session, channel_id: int) -> None:
    ratelimit.take(session, channel_id, 60, 10, NOW + 10 * SECOND)
    assert ratelimit.take(session, channel_id, 60, 1, NOW)[0] == 0
    bucket = session.get(ChannelRateBucket, channel_id, populate_existing=True)
    assert bucket is not None and bucket.refilled_at == NOW + 10 * SECOND
    assert ratelimit.take(session, channel_id, 60, 5, NOW + 12 * SECOND)[0] == 2


def test_a_lowered_limit_caps_the_bucket_at_its_new_burst(
    session: Session, channel_id: int
) -> None:
    ratelimit.take(session, channel_id, 600, 0, NOW)  # a full bucket of 100
    assert ratelimit.take(session, channel_id, 6, 100, NOW + SECOND)[0] == 1
