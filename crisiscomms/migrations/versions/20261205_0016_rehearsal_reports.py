"""rehearsal reports and injects

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: the incident table is not touched (no batch rebuild of it, which
    # would drop the public-version triggers of revision 0009).
    op.create_table(
        "rehearsal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=64), nullable=False),
        sa.Column("clock_speed", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by", sa.String(length=254), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("grade", sa.String(length=2), nullable=True),
        sa.Column("report", JSON, nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
        ),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("incident_id"),
    )
    op.create_index(op.f("ix_rehearsal_plan_id"), "rehearsal", ["plan_id"], unique=False)
    op.create_table(
        "rehearsal_inject",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rehearsal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("offset_minutes", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fired_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["rehearsal_id"],
            ["rehearsal.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("rehearsal_id", "position", name="uq_rehearsal_inject"),
    )
    op.create_index(
        op.f("ix_rehearsal_inject_rehearsal_id"), "rehearsal_inject", ["rehearsal_id"], unique=False
    )
    op.create_index(
        op.f("ix_rehearsal_inject_due_at"), "rehearsal_inject", ["due_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_rehearsal_inject_due_at"), table_name="rehearsal_inject")
    op.drop_index(op.f("ix_rehearsal_inject_rehearsal_id"), table_name="rehearsal_inject")
    op.drop_table("rehearsal_inject")
    op.drop_index(op.f("ix_rehearsal_plan_id"), table_name="rehearsal")
    op.drop_table("rehearsal")
