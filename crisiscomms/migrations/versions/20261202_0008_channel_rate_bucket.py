"""channel rate bucket

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 06:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('channel_rate_bucket',
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('tokens', sa.Float(), nullable=False),
    sa.Column('refilled_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], ),
    sa.PrimaryKeyConstraint('channel_id')
    )


def downgrade() -> None:
    op.drop_table('channel_rate_bucket')
