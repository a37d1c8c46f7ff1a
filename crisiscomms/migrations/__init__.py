"""Alembic migrations, run programmatically by `crisiscomms db upgrade`, `serve` and tests."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

HERE = Path(__file__).parent
UNMODELLED_TABLES = frozenset({"public_version"})
"""Tables the migrations keep without a model: the SQLite public version counter, which
only triggers write (crisiscomms/published/cache.py reads it with plain SQL)."""


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate's filter: leave the unmodelled tables alone."""
    return not (type_ == "table" and name in UNMODELLED_TABLES)


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at these migrations (and at `engine`, when given)."""
    config = Config(str(HERE / "alembic.ini"))
    config.set_main_option("script_location", str(HERE))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to `revision`."""
    command.upgrade(alembic_config(engine), revision)


def head_revision() -> str | None:
    """The newest revision the code knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_current(engine: Engine) -> bool:
    """Whether the database schema matches the code."""
    return current_revision(engine) == head_revision()
