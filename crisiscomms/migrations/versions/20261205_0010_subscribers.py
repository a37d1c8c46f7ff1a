"""subscribers

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 16:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('subscriber',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('locale', sa.String(length=35), nullable=False),
    sa.Column('components', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('confirmations_sent', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('unsubscribed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'address', name='uq_subscriber_kind_address')
    )
    op.create_index(op.f('ix_subscriber_status'), 'subscriber', ['status'], unique=False)
    op.create_table('signup_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_signup_attempt_client'), 'signup_attempt', ['client'], unique=False)
    op.create_index(
        op.f('ix_signup_attempt_created_at'), 'signup_attempt', ['created_at'], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_signup_attempt_created_at'), table_name='signup_attempt')
    op.drop_index(op.f('ix_signup_attempt_client'), table_name='signup_attempt')
    op.drop_table('signup_attempt')
    op.drop_index(op.f('ix_subscriber_status'), table_name='subscriber')
    op.drop_table('subscriber')
