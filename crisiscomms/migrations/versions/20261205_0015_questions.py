"""questions: what people ask during an incident, grouped and answered once

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 19:30:00

A public answer moves the public version (migration 0009), so the incident page shows its
"Questions and answers" at once; questions themselves do not (a flood of them must not make
every process render the page again).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENTS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "question_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.Column("normalised", sa.String(length=1000), nullable=False),
        sa.Column("plan_question_id", sa.String(length=64), nullable=True),
        sa.Column("match_score", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("question_count", sa.Integer(), nullable=False),
        sa.Column("first_asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("public_question", sa.String(length=500), nullable=True),
        sa.Column("draft_answer", sa.Text(), nullable=True),
        sa.Column("drafted_by_id", sa.Integer(), nullable=True),
        sa.Column("drafted_by", sa.String(length=100), nullable=True),
        sa.Column("drafted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answer_locale", sa.String(length=10), nullable=True),
        sa.Column("answer_source", sa.String(length=32), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
        ),
        sa.ForeignKeyConstraint(
            ["drafted_by_id"],
            ["user.id"],
        ),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["user.id"],
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_question_group_incident_id"), "question_group", ["incident_id"], unique=False
    )
    op.create_index(op.f("ix_question_group_status"), "question_group", ["status"], unique=False)
    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("subscriber_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("sender", sa.String(length=254), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=True),
        sa.Column("message_id", sa.String(length=300), nullable=True),
        sa.Column("references", sa.String(length=2000), nullable=True),
        sa.Column("client", sa.String(length=64), nullable=True),
        sa.Column("match_score", sa.Float(), nullable=True),
        sa.Column("logged_by_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_before_asked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["question_group.id"],
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscriber.id"],
        ),
        sa.ForeignKeyConstraint(
            ["logged_by_id"],
            ["user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_question_incident_id"), "question", ["incident_id"], unique=False)
    op.create_index(op.f("ix_question_group_id"), "question", ["group_id"], unique=False)
    op.create_index(op.f("ix_question_customer_id"), "question", ["customer_id"], unique=False)
    op.create_index(op.f("ix_question_status"), "question", ["status"], unique=False)
    op.create_index(op.f("ix_question_received_at"), "question", ["received_at"], unique=False)
    op.create_table(
        "public_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=10), nullable=False),
        sa.Column("question", sa.String(length=500), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["question_group.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", name="uq_public_answer_group"),
    )
    op.create_index(
        op.f("ix_public_answer_incident_id"), "public_answer", ["incident_id"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER public_public_answer AFTER INSERT OR UPDATE OR DELETE ON public_answer "
            "FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump()"
        )
    else:
        bump = "UPDATE public_version SET version = version + 1 WHERE id = 1;"
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER public_public_answer_{event.lower()} AFTER {event} "
                f"ON public_answer BEGIN {bump} END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS public_public_answer ON public_answer")
    else:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS public_public_answer_{event.lower()}")
    op.drop_index(op.f("ix_public_answer_incident_id"), table_name="public_answer")
    op.drop_table("public_answer")
    for name in ("received_at", "status", "customer_id", "group_id", "incident_id"):
        op.drop_index(op.f(f"ix_question_{name}"), table_name="question")
    op.drop_table("question")
    op.drop_index(op.f("ix_question_group_status"), table_name="question_group")
    op.drop_index(op.f("ix_question_group_incident_id"), table_name="question_group")
    op.drop_table("question_group")
