"""rehearsals

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 17:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding the incident table on SQLite would
    # drop the public-version triggers of revision 0009.
    op.add_column(
        'incident',
        sa.Column('rehearsal', sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        'incident', sa.Column('clock_speed', sa.Integer(), nullable=False, server_default='1')
    )
    op.create_index(op.f('ix_incident_rehearsal'), 'incident', ['rehearsal'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_incident_rehearsal'), table_name='incident')
    with op.batch_alter_table('incident') as batch_op:
        batch_op.drop_column('clock_speed')
        batch_op.drop_column('rehearsal')
