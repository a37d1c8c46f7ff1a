"""Questions people ask during an incident, the groups they fall into, the public answers.

A question belongs to one incident and, where known, to the customer or subscriber who
asked (an email reply says so through its signed reply token, never through its From).
Near-duplicates share a group; staff answer the group once. A quarantined question (a
flood, HTML with script, a message too long) is kept with its reason for staff and is never
grouped, answered or published. The public sees only `PublicAnswer` rows: the plan's or
the staff's wording of the question and the approved answer, never what a person wrote.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import StrEnumType, UTCDateTime


class QuestionChannel(StrEnum):
    """Where a question came from (answers go back the same way where they can)."""

    EMAIL = "email"
    WEB = "web"
    PHONE = "phone"
    CHAT = "chat"
    X = "x"
    OTHER = "other"


class QuestionStatus(StrEnum):
    OPEN = "open"
    """Waiting for its group's answer."""
    ANSWERED = "answered"
    QUARANTINED = "quarantined"
    """Kept for staff with its reason; never grouped, answered or published."""


class GroupStatus(StrEnum):
    OPEN = "open"
    IN_REVIEW = "in_review"
    """An answer is drafted and waits for a second person (the two-person rule)."""
    ANSWERED = "answered"


class AnswerSource(StrEnum):
    STAFF = "staff"
    PLAN = "plan"
    """The plan's pre-approved answer, given by staff (no second person needed)."""
    AUTO = "auto"
    """The plan's pre-approved answer, given automatically on a confident match."""


class QuestionGroup(SQLModel, table=True):
    """Near-duplicate questions of one incident, answered once."""

    __tablename__ = "question_group"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    language: str = Field(default="en", max_length=10)
    label: str = Field(max_length=500, description="The first question's text (staff only).")
    normalised: str = Field(default="", max_length=1000, description="The label, for matching.")
    plan_question_id: str | None = Field(default=None, max_length=64)
    match_score: float | None = Field(default=None)
    status: GroupStatus = Field(sa_type=StrEnumType(GroupStatus, 20), index=True)
    question_count: int = Field(default=0)
    first_asked_at: datetime = Field(sa_type=UTCDateTime)
    last_asked_at: datetime = Field(sa_type=UTCDateTime)
    public_question: str | None = Field(default=None, max_length=500)
    draft_answer: str | None = Field(default=None, sa_type=Text)
    drafted_by_id: int | None = Field(default=None, foreign_key="user.id")
    drafted_by: str | None = Field(
        default=None, max_length=100, description="kind:id of who drafted."
    )
    drafted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    answer: str | None = Field(default=None, sa_type=Text)
    answer_locale: str | None = Field(default=None, max_length=10)
    answer_source: AnswerSource | None = Field(default=None, sa_type=StrEnumType(AnswerSource, 10))
    answered_by_id: int | None = Field(default=None, foreign_key="user.id")
    approved_by_id: int | None = Field(default=None, foreign_key="user.id")
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    owner_id: int | None = Field(
        default=None, foreign_key="user.id", description="Reminded when the group is overdue."
    )
    send_ahead_at: datetime | None = Field(
        default=None,
        sa_type=UTCDateTime,
        description="When staff marked the answer to go out with the next update.",
    )
    sent_ahead_at: datetime | None = Field(
        default=None, sa_type=UTCDateTime, description="When an update carrying it was published."
    )
    sent_ahead_statement_id: int | None = Field(default=None, foreign_key="statement.id")
    created_at: datetime = Field(sa_type=UTCDateTime)


class Question(SQLModel, table=True):
    """One question as one person asked it."""

    __tablename__ = "question"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    group_id: int | None = Field(default=None, foreign_key="question_group.id", index=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    subscriber_id: int | None = Field(default=None, foreign_key="subscriber.id")
    channel: QuestionChannel = Field(sa_type=StrEnumType(QuestionChannel, 10))
    language: str = Field(default="en", max_length=10)
    text: str = Field(sa_type=Text, description="Plain text only; HTML is never stored.")
    personal_data: bool = Field(default=False, description="Names, addresses, numbers seen.")
    status: QuestionStatus = Field(sa_type=StrEnumType(QuestionStatus, 20), index=True)
    reason: str | None = Field(default=None, max_length=300, description="Why quarantined.")
    sender: str | None = Field(default=None, max_length=254, description="As the mail said.")
    subject: str | None = Field(default=None, max_length=300)
    message_id: str | None = Field(default=None, max_length=300, description="For In-Reply-To.")
    references: str | None = Field(default=None, max_length=2000)
    client: str | None = Field(default=None, max_length=64, description="Keyed hash, for limits.")
    match_score: float | None = Field(default=None)
    logged_by_id: int | None = Field(default=None, foreign_key="user.id")
    channel_config_id: int | None = Field(
        default=None, foreign_key="channel.id", description="The X account it came through."
    )
    received_at: datetime = Field(sa_type=UTCDateTime, index=True)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    answered_on_arrival: bool = Field(
        default=False, description="Its group was already answered when it came in."
    )
    answered_before_asked: bool = Field(
        default=False,
        description="An update had carried its group's answer (sent ahead) before it came in.",
    )


class PublicAnswer(SQLModel, table=True):
    """A question and its answer as the incident's public Q&A shows them (one per group)."""

    __tablename__ = "public_answer"
    __table_args__ = (UniqueConstraint("group_id", name="uq_public_answer_group"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    group_id: int = Field(foreign_key="question_group.id")
    locale: str = Field(default="en", max_length=10)
    question: str = Field(max_length=500)
    answer: str = Field(sa_type=Text)
    published_at: datetime = Field(sa_type=UTCDateTime)


class XReadCursor(SQLModel, table=True):
    """Where reading an X account's mentions, or one incident thread's replies, stopped.

    One row per (channel, stream): `mentions`, `search` (the search endpoint's rate-limit
    pause only) and `conversation:<id>` (the newest reply read in that thread)."""

    __tablename__ = "x_read_cursor"
    __table_args__ = (UniqueConstraint("channel_id", "stream", name="uq_x_read_cursor"),)

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id", index=True)
    stream: str = Field(max_length=80)
    since_id: str | None = Field(default=None, max_length=40)
    account_id: str | None = Field(default=None, max_length=40)
    account_name: str | None = Field(default=None, max_length=40)
    paused_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    """X's rate limit: no request to this endpoint before then (x-rate-limit-reset)."""
    read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=300)
