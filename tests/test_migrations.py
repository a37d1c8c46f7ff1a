"""The Alembic migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Engine

from crisiscomms import migrations
from crisiscomms.models import metadata


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": migrations.include_object}
        )
        differences = compare_metadata(context, metadata)
    assert differences == []
    assert migrations.is_current(engine)


def test_every_migration_downgrades_and_upgrades_again(tmp_path: object) -> None:
    """On a database of its own (the shared test databases stay at head)."""
    engine = create_engine(f"sqlite:///{tmp_path}/migrations.db")
    try:
        migrations.upgrade(engine)
        tables = set(inspect(engine).get_table_names())
        command.downgrade(migrations.alembic_config(engine), "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) == tables
        assert migrations.is_current(engine)
    finally:
        engine.dispose()


def test_the_public_version_triggers_survive_every_later_migration(engine: Engine) -> None:
    """A later revision that rebuilt a watched table (SQLite's batch mode) would drop them
    silently, and the public pages would stop following changes in other processes."""
    from sqlalchemy import text

    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.execute(
                text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
            )
        else:
            rows = connection.execute(
                text("SELECT event_object_table FROM information_schema.triggers")
            )
        watched = {row[0] for row in rows}
    assert {"incident", "commitment", "commitment_report", "statement"} <= watched
