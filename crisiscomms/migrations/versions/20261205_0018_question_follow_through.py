"""questions: X reading cursors, the X account a question came through, group owners
and answers sent ahead

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Batch mode only on the question tables (they carry no public-version trigger); the
    # incident, statement and commitment tables are not touched.
    op.create_table(
        "x_read_cursor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("stream", sa.String(length=80), nullable=False),
        sa.Column("since_id", sa.String(length=40), nullable=True),
        sa.Column("account_id", sa.String(length=40), nullable=True),
        sa.Column("account_name", sa.String(length=40), nullable=True),
        sa.Column("paused_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel_id", "stream", name="uq_x_read_cursor"),
    )
    op.create_index(
        op.f("ix_x_read_cursor_channel_id"), "x_read_cursor", ["channel_id"], unique=False
    )
    with op.batch_alter_table("question") as batch:
        batch.add_column(
            sa.Column(
                "answered_on_arrival", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(sa.Column("channel_config_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_question_channel_config", "channel", ["channel_config_id"], ["id"]
        )
    # Until now "answered before asked" meant "its group was already answered": that is
    # answered on arrival; before asked now means an update had carried the answer ahead.
    op.execute(
        "UPDATE question SET answered_on_arrival = answered_before_asked, "
        "answered_before_asked = false"
    )
    with op.batch_alter_table("question_group") as batch:
        batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("send_ahead_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("sent_ahead_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("sent_ahead_statement_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_question_group_owner", "user", ["owner_id"], ["id"])
        batch.create_foreign_key(
            "fk_question_group_sent_ahead_statement",
            "statement",
            ["sent_ahead_statement_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("question_group") as batch:
        batch.drop_constraint("fk_question_group_sent_ahead_statement", type_="foreignkey")
        batch.drop_constraint("fk_question_group_owner", type_="foreignkey")
        batch.drop_column("sent_ahead_statement_id")
        batch.drop_column("sent_ahead_at")
        batch.drop_column("send_ahead_at")
        batch.drop_column("owner_id")
    with op.batch_alter_table("question") as batch:
        batch.drop_constraint("fk_question_channel_config", type_="foreignkey")
        batch.drop_column("channel_config_id")
    op.execute("UPDATE question SET answered_before_asked = answered_on_arrival")
    with op.batch_alter_table("question") as batch:
        batch.drop_column("answered_on_arrival")
    op.drop_index(op.f("ix_x_read_cursor_channel_id"), table_name="x_read_cursor")
    op.drop_table("x_read_cursor")
