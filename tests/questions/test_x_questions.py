"""Questions from X, end to end with the real tweepy client against the fake X API on
127.0.0.1: an update is posted to X by the outbox; replies and mentions in its thread are
read by the worker's job (mentions and conversation search, since_id cursors, rate-limit
headers honoured), tied to the incident, spam quarantined with its reason; one answer goes
back as an X reply under each asker's post, through the outbox."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.flows import answering as answer_flow
from crisiscomms.questions.models import (
    Question,
    QuestionChannel,
    QuestionStatus,
    XReadCursor,
)
from crisiscomms.worker.delivery import DeliveryEngine
from crisiscomms.worker.loop import Worker, default_jobs
from crisiscomms.worker.x_reading import XQuestionReader
from tests.broadcasts.conftest import x_forwarding_factory
from tests.broadcasts.factories import channel
from tests.broadcasts.test_end_to_end import run_worker
from tests.channels.fake_x import CREDENTIALS, USER_ID, FakeX, x_reply
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW
from tests.questions.factories import publish_update


@pytest.fixture
def thread(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX
) -> tuple[Scene, str]:
    """An incident whose update was posted on X; its thread's first post id."""
    s = scene(session)
    channel(session, settings, "X", "x", Audience.PUBLIC, CREDENTIALS.model_dump())
    publish_update(session, s, delivery)
    assert fake_x.posts
    return s, fake_x.posts[0]["id"]


def reader(settings: Settings, fake_x: FakeX) -> XQuestionReader:
    return XQuestionReader(settings, factory=x_forwarding_factory(fake_x))


def questions(session: Session, incident_id: int) -> list[Question]:
    return list(
        session.exec(
            select(Question).where(Question.incident_id == incident_id).order_by(col(Question.id))
        )
    )


def test_replies_and_mentions_in_the_thread_become_questions_and_spam_is_quarantined(
    session: Session, settings: Settings, fake_x: FakeX, thread: tuple[Scene, str]
) -> None:
    s, root = thread
    last = fake_x.posts[-1]["id"]
    asked = fake_x.say(
        "@status was my card charged twice?",
        author="7",
        username="ana",
        reply_to=last,
        mentions=("status",),
    )
    no_mention = fake_x.say("Was my data exposed?", author="8", username="bo", reply_to=root)
    fake_x.say(
        "@status https://t.co/x",
        author="9",
        username="spammy",
        reply_to=root,
        mentions=("status",),
        urls=1,
    )
    fake_x.say(
        "@status @a @b @c @d is it down?",
        author="10",
        username="tagger",
        reply_to=root,
        mentions=("status", "a", "b", "c", "d"),
    )
    fake_x.say(
        "@status hello, is this about my account?",
        author="11",
        username="other",
        mentions=("status",),
    )  # a mention outside the thread: not about the incident

    taken = reader(settings, fake_x)(session, NOW)

    found = questions(session, s.incident_id)
    assert taken == 4
    by_sender = {q.sender: q for q in found}
    assert set(by_sender) == {"@ana", "@bo", "@spammy", "@tagger"}
    ana = by_sender["@ana"]
    assert ana.channel == QuestionChannel.X and ana.status == QuestionStatus.OPEN
    assert ana.text == "was my card charged twice?" and ana.message_id == asked
    assert ana.group_id is not None and ana.channel_config_id is not None
    assert by_sender["@bo"].message_id == no_mention and by_sender["@bo"].status == "open"
    assert by_sender["@spammy"].status == QuestionStatus.QUARANTINED
    assert by_sender["@spammy"].reason is not None and "links only" in by_sender["@spammy"].reason
    assert by_sender["@spammy"].group_id is None
    assert "too many mentions" in (by_sender["@tagger"].reason or "")
    assert all(fake_x.signatures_ok)
    # Both endpoints were read: the mentions, and the thread's conversation.
    (search,) = fake_x.reads("search")
    assert search["query"] == [f"conversation_id:{root} -is:retweet"]
    assert len(fake_x.reads("mentions")) == 1


def test_the_cursors_move_on_and_nothing_is_taken_twice(
    session: Session, settings: Settings, fake_x: FakeX, thread: tuple[Scene, str]
) -> None:
    s, root = thread
    first = fake_x.say(
        "@status when will it be fixed?",
        author="7",
        username="ana",
        reply_to=root,
        mentions=("status",),
    )
    job = reader(settings, fake_x)
    assert job(session, NOW) == 1

    assert job(session, NOW + timedelta(seconds=10)) == 0  # not due yet: nothing read
    assert len(fake_x.reads("mentions")) == 1

    second = fake_x.say(
        "@status and will I get a refund?",
        author="8",
        username="bo",
        reply_to=root,
        mentions=("status",),
    )
    assert job(session, NOW + timedelta(seconds=61)) == 1
    mentions = fake_x.reads("mentions")
    assert mentions[-1]["since_id"] == [first]
    assert fake_x.reads("search")[-1]["since_id"] == [first]
    assert [q.message_id for q in questions(session, s.incident_id)] == [first, second]
    cursor = session.exec(select(XReadCursor).where(XReadCursor.stream == "mentions")).one()
    assert cursor.since_id == second and cursor.account_id == USER_ID
    assert cursor.account_name == "status"


def test_a_repeat_by_the_same_author_is_quarantined(
    session: Session, settings: Settings, fake_x: FakeX, thread: tuple[Scene, str]
) -> None:
    s, root = thread
    fake_x.say(
        "@status Is my data safe?", author="7", username="ana", reply_to=root, mentions=("status",)
    )
    fake_x.say(
        "@status is my DATA safe??", author="7", username="ana", reply_to=root, mentions=("status",)
    )
    fake_x.say(
        "@status is my data safe?", author="8", username="bo", reply_to=root, mentions=("status",)
    )

    reader(settings, fake_x)(session, NOW)

    found = [(q.sender, q.status, q.reason) for q in questions(session, s.incident_id)]
    assert found[0][:2] == ("@ana", "open") and found[2][:2] == ("@bo", "open")
    assert found[1][1] == "quarantined" and "repeated text" in (found[1][2] or "")


def test_an_exhausted_rate_limit_is_waited_out(
    session: Session, settings: Settings, fake_x: FakeX, thread: tuple[Scene, str]
) -> None:
    _, root = thread
    reset = int((NOW + timedelta(minutes=15)).timestamp())
    fake_x.read_limits["mentions"] = (0, reset)
    fake_x.fail_read(
        "search", x_reply(429, {"title": "Too Many Requests"}, {"x-rate-limit-reset": str(reset)})
    )
    fake_x.say(
        "@status is it fixed?", author="7", username="ana", reply_to=root, mentions=("status",)
    )
    job = reader(settings, fake_x)

    assert job(session, NOW) == 1  # the mentions answer came, with its budget used up

    fake_x.say(
        "@status still broken?", author="8", username="bo", reply_to=root, mentions=("status",)
    )
    assert job(session, NOW + timedelta(minutes=5)) == 0
    assert len(fake_x.reads("mentions")) == 1 and len(fake_x.reads("search")) == 1
    rows = {c.stream: c for c in session.exec(select(XReadCursor))}
    assert rows["mentions"].paused_until is not None
    assert rows["search"].paused_until is not None

    fake_x.read_limits["mentions"] = (100, reset + 900)
    assert job(session, NOW + timedelta(minutes=16)) == 1  # after the reset: read again
    assert len(fake_x.reads("mentions")) == 2 and len(fake_x.reads("search")) == 2


def test_the_answer_goes_back_as_an_x_reply_under_each_askers_post(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    fake_x: FakeX,
    thread: tuple[Scene, str],
) -> None:
    s, root = thread
    ana = fake_x.say(
        "@status was my data lost?", author="7", username="ana", reply_to=root, mentions=("status",)
    )
    bo = fake_x.say(
        "@status is my data exposed or lost?",
        author="8",
        username="bo",
        reply_to=root,
        mentions=("status",),
    )
    reader(settings, fake_x)(session, NOW)
    (group_id,) = {q.group_id for q in questions(session, s.incident_id)}
    assert group_id is not None
    ours = len(fake_x.posts)

    answer_flow.answer_from_plan(
        session, s.incident_id, group_id, locale="en", actor=s.author, now=NOW
    )
    run_worker(session, delivery, now=NOW)

    replies = fake_x.posts[ours:]
    assert sorted(p["request"]["reply"]["in_reply_to_tweet_id"] for p in replies) == sorted(
        [ana, bo]
    )
    texts = {p["request"]["reply"]["in_reply_to_tweet_id"]: p["text"] for p in replies}
    assert texts[ana].startswith("@ana ") and texts[bo].startswith("@bo ")
    assert "https://status.example.test/status/incidents/" in texts[ana]  # cut, with the link
    assert all(fake_x.signatures_ok)
    # The replies are in the thread's conversation; reading again takes none of them.
    assert all(p["conversation_id"] == root for p in replies)
    assert reader(settings, fake_x)(session, NOW + timedelta(minutes=2)) == 0


def test_the_worker_runs_the_x_reading_job(delivery: DeliveryEngine) -> None:
    jobs = default_jobs(delivery)
    assert isinstance(jobs["x_questions"], XQuestionReader)
    assert "question_reminders" in jobs
    assert "x_questions" in Worker(delivery.engine, delivery=delivery).jobs
