"""scheduled maintenance

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 10:00:00

The maintenance, its notices and its timeline; a broadcast may carry a maintenance notice.
A change to a maintenance or a notice moves the public version (migration 0009), so the
status page, its JSON, feeds and calendar render again.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PUBLIC_TABLES = ("maintenance", "maintenance_notice")
EVENTS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table('maintenance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('plan_version_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.String(length=5000), nullable=False),
    sa.Column('components', JSON, nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('by_hand', sa.Boolean(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('verifying_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('overran_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.String(length=254), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['user.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_maintenance_plan_id'), 'maintenance', ['plan_id'], unique=False)
    op.create_index(op.f('ix_maintenance_starts_at'), 'maintenance', ['starts_at'], unique=False)
    op.create_index(op.f('ix_maintenance_ends_at'), 'maintenance', ['ends_at'], unique=False)
    op.create_index(op.f('ix_maintenance_status'), 'maintenance', ['status'], unique=False)
    op.create_table('maintenance_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('maintenance_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('update_status', sa.String(length=32), nullable=False),
    sa.Column('texts', JSON, nullable=False),
    sa.Column('default_locale', sa.String(length=10), nullable=False),
    sa.Column('audiences', JSON, nullable=False),
    sa.Column('dedupe_key', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['maintenance_id'], ['maintenance.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dedupe_key')
    )
    op.create_index(op.f('ix_maintenance_notice_maintenance_id'), 'maintenance_notice', ['maintenance_id'], unique=False)
    op.create_index(op.f('ix_maintenance_notice_status'), 'maintenance_notice', ['status'], unique=False)
    op.create_table('maintenance_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('maintenance_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('message', sa.String(length=2000), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('data', JSON, nullable=False),
    sa.ForeignKeyConstraint(['maintenance_id'], ['maintenance.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_maintenance_event_maintenance_id'), 'maintenance_event', ['maintenance_id'], unique=False)
    with op.batch_alter_table('broadcast') as batch:
        batch.add_column(sa.Column('maintenance_notice_id', sa.Integer(), nullable=True))
        batch.create_index(batch.f('ix_broadcast_maintenance_notice_id'), ['maintenance_notice_id'], unique=False)
        batch.create_foreign_key('fk_broadcast_maintenance_notice', 'maintenance_notice', ['maintenance_notice_id'], ['id'])
    _public_triggers()


def _public_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in PUBLIC_TABLES:
            op.execute(
                f"CREATE TRIGGER public_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump()"
            )
        return
    bump = "UPDATE public_version SET version = version + 1 WHERE id = 1;"
    for table in PUBLIC_TABLES:
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER public_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {bump} END"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in PUBLIC_TABLES:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS public_{table} ON {table}")
        else:
            for event in EVENTS:
                op.execute(f"DROP TRIGGER IF EXISTS public_{table}_{event.lower()}")
    with op.batch_alter_table('broadcast') as batch:
        batch.drop_constraint('fk_broadcast_maintenance_notice', type_='foreignkey')
        batch.drop_index(batch.f('ix_broadcast_maintenance_notice_id'))
        batch.drop_column('maintenance_notice_id')
    op.drop_index(op.f('ix_maintenance_event_maintenance_id'), table_name='maintenance_event')
    op.drop_table('maintenance_event')
    op.drop_index(op.f('ix_maintenance_notice_status'), table_name='maintenance_notice')
    op.drop_index(op.f('ix_maintenance_notice_maintenance_id'), table_name='maintenance_notice')
    op.drop_table('maintenance_notice')
    op.drop_index(op.f('ix_maintenance_status'), table_name='maintenance')
    op.drop_index(op.f('ix_maintenance_ends_at'), table_name='maintenance')
    op.drop_index(op.f('ix_maintenance_starts_at'), table_name='maintenance')
    op.drop_index(op.f('ix_maintenance_plan_id'), table_name='maintenance')
    op.drop_table('maintenance')
