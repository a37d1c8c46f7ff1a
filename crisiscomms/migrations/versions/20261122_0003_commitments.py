"""commitments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 13:50:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.String(length=4000), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('evidence', sa.String(length=2000), nullable=True),
    sa.Column('kept_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('missed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('missed_reason', sa.String(length=2000), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_reason', sa.String(length=2000), nullable=True),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('redated_from_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=254), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.ForeignKeyConstraint(['owner_id'], ['user.id'], ),
    sa.ForeignKeyConstraint(['redated_from_id'], ['commitment.id'], ),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], ),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['commitment.id'], ),
    sa.ForeignKeyConstraint(['supersedes_id'], ['commitment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_redated_from_id'), ['redated_from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_statement_id'), ['statement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_status'), ['status'], unique=False)

    op.create_table('commitment_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('status_at_report', sa.String(length=32), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], ),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('commitment_id', 'statement_id', name='uq_commitment_report')
    )
    with op.batch_alter_table('commitment_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_report_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_report_statement_id'), ['statement_id'], unique=False)

    op.create_table('notification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=True),
    sa.Column('audiences', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('recipients', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.String(length=8000), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('dedupe_key', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], ),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dedupe_key')
    )
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notification_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_notification_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notification_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notification_status'))
        batch_op.drop_index(batch_op.f('ix_notification_incident_id'))
        batch_op.drop_index(batch_op.f('ix_notification_due_at'))
        batch_op.drop_index(batch_op.f('ix_notification_commitment_id'))

    op.drop_table('notification')
    with op.batch_alter_table('commitment_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_report_statement_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_report_commitment_id'))

    op.drop_table('commitment_report')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_status'))
        batch_op.drop_index(batch_op.f('ix_commitment_statement_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_redated_from_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_incident_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_due_at'))

    op.drop_table('commitment')
