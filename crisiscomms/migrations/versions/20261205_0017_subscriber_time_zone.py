"""subscriber time zone

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 22:00:00

A subscriber reads times in an IANA zone of their own (chosen at sign-up, changed on the
manage page); NULL reads the plan organisation's zone, else UTC, as customers without one.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column added in place (no table rebuild on SQLite, no default to backfill).
    op.add_column('subscriber', sa.Column('time_zone', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('subscriber') as batch:
        batch.drop_column('time_zone')
