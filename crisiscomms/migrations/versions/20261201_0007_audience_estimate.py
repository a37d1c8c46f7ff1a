"""audience estimate

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 00:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audience_estimate',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('scope_hash', sa.String(length=64), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('counted_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('incident_id')
    )


def downgrade() -> None:
    op.drop_table('audience_estimate')
