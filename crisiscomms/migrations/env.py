"""Alembic environment: uses the engine handed in by crisiscomms, or the configured one."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import JSON, DateTime, String
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator

from crisiscomms import models
from crisiscomms.config import get_settings
from crisiscomms.db import make_engine
from crisiscomms.migrations import include_object

target_metadata = models.metadata


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our column types as plain SQLAlchemy ones, so migrations never import app code."""
    if type_ != "type":
        return False
    if isinstance(obj, TypeDecorator):
        obj = obj.impl_instance
    if isinstance(obj, JSON):
        autogen_context.imports.add("from sqlalchemy.dialects import postgresql")
        return "sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')"
    if isinstance(obj, DateTime):
        return f"sa.DateTime(timezone={obj.timezone})"
    if isinstance(obj, String):
        return f"sa.String(length={obj.length})"
    return False


def run_migrations() -> None:
    """Run migrations on one connection in one transaction."""
    engine: Engine | None = context.config.attributes.get("engine")
    if engine is None:
        engine = make_engine(get_settings())
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            render_item=render_item,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
