"""subscriber destinations: webhook, SMS and chat subscribers

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 19:30:00

A subscriber may be reached at a URL of its own (a webhook, or a Slack, Teams or Discord
incoming webhook), kept encrypted in `destination`, or at a phone number; `failures` counts
failed deliveries in a row to it, so a failing subscriber is stopped without pausing the
channel that serves everyone else.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('subscriber') as batch:
        batch.add_column(sa.Column('destination', sa.Text(), nullable=True))
        batch.add_column(
            sa.Column('failures', sa.Integer(), nullable=False, server_default='0')
        )


def downgrade() -> None:
    with op.batch_alter_table('subscriber') as batch:
        batch.drop_column('failures')
        batch.drop_column('destination')
