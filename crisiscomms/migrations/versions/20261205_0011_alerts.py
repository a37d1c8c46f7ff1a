"""alerts

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 17:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('alert_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('secret_encrypted', sa.Text(), nullable=False),
    sa.Column('routes', JSON, nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('alert_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('group_key', sa.String(length=500), nullable=False),
    sa.Column('labels', JSON, nullable=False),
    sa.Column('annotations', JSON, nullable=False),
    sa.Column('payload', JSON, nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('rule', sa.Integer(), nullable=True),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('proposal', sa.String(length=32), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['alert_source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint(
        'source_id', 'fingerprint', 'status', 'starts_at', name='uq_alert_event_delivery'
    )
    )
    op.create_index(op.f('ix_alert_event_source_id'), 'alert_event', ['source_id'], unique=False)
    op.create_index(op.f('ix_alert_event_group_key'), 'alert_event', ['group_key'], unique=False)
    op.create_index(
        op.f('ix_alert_event_incident_id'), 'alert_event', ['incident_id'], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_alert_event_incident_id'), table_name='alert_event')
    op.drop_index(op.f('ix_alert_event_group_key'), table_name='alert_event')
    op.drop_index(op.f('ix_alert_event_source_id'), table_name='alert_event')
    op.drop_table('alert_event')
    op.drop_table('alert_source')
