"""rehearsal audience, and the components that follow the alerts

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 22:10:00

A new table for the rehearsal audience, and one nullable column on the incident added with
a plain ALTER TABLE ... ADD COLUMN (never a batch rebuild of the incident table, which
would drop the public-version triggers of revision 0009): the column changes what the
public sees, and an update of the incident row moves the public version already.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rehearsal_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incident.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("incident_id", "address", name="uq_rehearsal_recipient"),
    )
    op.create_index(
        op.f("ix_rehearsal_recipient_incident_id"),
        "rehearsal_recipient",
        ["incident_id"],
        unique=False,
    )
    op.add_column("incident", sa.Column("alert_components", JSON, nullable=True))


def downgrade() -> None:
    op.drop_column("incident", "alert_components")
    op.drop_index(op.f("ix_rehearsal_recipient_incident_id"), table_name="rehearsal_recipient")
    op.drop_table("rehearsal_recipient")
