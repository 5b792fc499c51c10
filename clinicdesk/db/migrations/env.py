"""Alembic environment: run programmatically by clinicdesk.db.migrate (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from clinicdesk.db import models  # noqa: F401  (registers every table)
from clinicdesk.db.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_, obj, autogen_context):
    # Migrations must not import application types: UTCDateTime is a plain
    # timezone-aware DateTime as far as the schema is concerned.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The client search index (revision 0002: SQLite FTS5 table and its shadow tables,
    # PostgreSQL pg_trgm index) is raw DDL outside the models: autogenerate must not
    # offer to drop it.
    if reflected and compare_to is None and name:
        if type_ == "table" and name.startswith("client_fts"):
            return False
        if type_ == "index" and name == "ix_client_search_trgm":
            return False
    return True


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most constraints; batch mode rebuilds the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
