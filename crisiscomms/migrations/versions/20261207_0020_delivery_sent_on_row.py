"""a delivery sent on its first try keeps its answer on its own row

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 19:40:00

A delivery the provider took on its first try gets no attempt row: the worker that sent it
and the provider's answer are kept on the delivery row (`sent_by`, `sent_detail`), and the
attempts a reader asks for are that one, read from the row. Retries, failures and sends
after an earlier attempt keep their attempt rows as before. Two nullable columns added in
place (no table rebuild on SQLite, nothing to backfill: older sent rows have attempt rows).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("delivery", sa.Column("sent_by", sa.String(length=100), nullable=True))
    op.add_column("delivery", sa.Column("sent_detail", sa.String(length=1000), nullable=True))


def downgrade() -> None:
    # Back to one attempt row per try: the answers kept on the rows become attempt rows.
    op.execute(
        "INSERT INTO delivery_attempt "
        "(delivery_id, number, outcome, external_id, detail, log, worker, at) "
        "SELECT id, attempts, 'sent', external_id, sent_detail, NULL, sent_by, sent_at "
        "FROM delivery WHERE sent_by IS NOT NULL"
    )
    with op.batch_alter_table("delivery") as batch:
        batch.drop_column("sent_detail")
        batch.drop_column("sent_by")
