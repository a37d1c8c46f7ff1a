"""public version: a counter every change to what the public sees moves forward

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 09:40:00

The status page, its JSON and its feeds are rendered once per change, not per request
(crisiscomms/published/). Database triggers move the counter, so every writer is seen
(the ORM, bulk updates, another process, a psql session), in the same transaction:
- SQLite: a one-row table `public_version`, updated by the triggers (SQLite has one writer
  at a time anyway, so the row adds no contention);
- PostgreSQL: a sequence (`nextval` takes no lock that another writer waits on) plus
  `pg_notify('crisiscomms_public')`, which reaches every listening process at commit.

Statements count only when they are or were published: saving a draft changes nothing
public and does not make every process render again.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("incident", "commitment", "commitment_report")
PUBLISHED = "'published'"
STATEMENT_WHEN = {
    "INSERT": f"NEW.status = {PUBLISHED}",
    "UPDATE": f"NEW.status = {PUBLISHED} OR OLD.status = {PUBLISHED}",
    "DELETE": f"OLD.status = {PUBLISHED}",
}
EVENTS = ("INSERT", "UPDATE", "DELETE")
STATUS_EVENT = "NEW.kind = 'incident.status'"
"""Of the timeline, the public reads only status changes (when monitoring began)."""


def _sqlite_upgrade() -> None:
    op.create_table(
        'public_version',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.execute("INSERT INTO public_version (id, version) VALUES (1, 1)")
    bump = "UPDATE public_version SET version = version + 1 WHERE id = 1;"
    for table in TABLES:
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER public_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {bump} END"
            )
    for event, when in STATEMENT_WHEN.items():
        op.execute(
            f"CREATE TRIGGER public_statement_{event.lower()} AFTER {event} ON statement "
            f"WHEN {when} BEGIN {bump} END"
        )
    op.execute(
        "CREATE TRIGGER public_incident_event_insert AFTER INSERT ON incident_event "
        f"WHEN {STATUS_EVENT} BEGIN {bump} END"
    )


def _postgres_upgrade() -> None:
    op.execute("CREATE SEQUENCE public_version_seq")
    op.execute(
        """
        CREATE FUNCTION public_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM nextval('public_version_seq');
            PERFORM pg_notify('crisiscomms_public', '');
            RETURN NULL;
        END
        $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER public_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump()"
        )
    for event, when in STATEMENT_WHEN.items():
        op.execute(
            f"CREATE TRIGGER public_statement_{event.lower()} AFTER {event} ON statement "
            f"FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION public_version_bump()"
        )
    op.execute(
        "CREATE TRIGGER public_incident_event_insert AFTER INSERT ON incident_event "
        f"FOR EACH ROW WHEN ({STATUS_EVENT}) EXECUTE FUNCTION public_version_bump()"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS public_{table} ON {table}")
        for event in STATEMENT_WHEN:
            op.execute(f"DROP TRIGGER IF EXISTS public_statement_{event.lower()} ON statement")
        op.execute("DROP TRIGGER IF EXISTS public_incident_event_insert ON incident_event")
        op.execute("DROP FUNCTION IF EXISTS public_version_bump()")
        op.execute("DROP SEQUENCE IF EXISTS public_version_seq")
        return
    for table in TABLES:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS public_{table}_{event.lower()}")
    for event in STATEMENT_WHEN:
        op.execute(f"DROP TRIGGER IF EXISTS public_statement_{event.lower()}")
    op.execute("DROP TRIGGER IF EXISTS public_incident_event_insert")
    op.drop_table('public_version')
