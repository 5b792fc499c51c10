"""client search index: substring search over client.search_text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:00:00

The directory search matches every word anywhere inside ``client.search_text``
(``LIKE '%word%'``), which no B-tree index can answer: at 100,000 clients every search
read the whole ``ix_client_search_text`` index. This revision adds a substring index:

- SQLite: ``client_fts``, an FTS5 table with the ``trigram`` tokenizer over
  ``client.search_text`` (external content: it stores only the index, the text stays in
  ``client``), kept in step by three triggers and filled from the existing rows.
  ``case_sensitive 1``: the text is already folded, so a phrase match is exactly a
  substring match, like the ``LIKE`` it replaces. A SQLite built without FTS5 or the
  trigram tokenizer gets no index (logged) and searches keep using ``LIKE``.
- PostgreSQL: a ``pg_trgm`` GIN index on ``search_text``, which ``LIKE '%word%'`` uses
  as it is. ``pg_trgm`` is a trusted extension (PostgreSQL 13+: the database owner may
  create it); where it is refused or missing the index is skipped (logged) and
  searches keep scanning.

The index is keyed by the implicit ``rowid`` of ``client``. A later revision that
rebuilds ``client`` (Alembic batch mode on SQLite copies it into a new table: the
triggers are dropped with the old table and the rowids may change) must create the
triggers again and run ``INSERT INTO client_fts(client_fts) VALUES ('rebuild')``.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

log = logging.getLogger("clinicdesk.db.migrations")

SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE client_fts USING fts5(search_text, content='client', "
    "content_rowid='rowid', tokenize='trigram case_sensitive 1', columnsize=0)"
)
SQLITE_TRIGGERS = (
    "CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN "
    "INSERT INTO client_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN "
    "INSERT INTO client_fts(client_fts, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER client_fts_update AFTER UPDATE OF search_text ON client BEGIN "
    "INSERT INTO client_fts(client_fts, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO client_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)
PG_INDEX = "ix_client_search_trgm"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql(SQLITE_TABLE)
        except DBAPIError:
            log.warning(
                "This SQLite has no FTS5 trigram tokenizer: the client search index was "
                "not created and directory searches scan the client list instead."
            )
            return
        for ddl in SQLITE_TRIGGERS:
            bind.exec_driver_sql(ddl)
        bind.exec_driver_sql("INSERT INTO client_fts(client_fts) VALUES ('rebuild')")
    else:
        try:
            # A savepoint: a refused extension must not abort the migration.
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                bind.exec_driver_sql(
                    f"CREATE INDEX {PG_INDEX} ON client USING gin (search_text gin_trgm_ops)"
                )
        except DBAPIError as exc:
            log.warning(
                "The pg_trgm extension could not be used (%s): the client search index "
                "was not created and directory searches scan the client list instead. "
                "A database administrator can run CREATE EXTENSION pg_trgm and then "
                "CREATE INDEX %s ON client USING gin (search_text gin_trgm_ops).",
                type(getattr(exc, "orig", exc)).__name__,
                PG_INDEX,
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("client_fts_insert", "client_fts_delete", "client_fts_update"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS client_fts")
    else:
        # The extension stays: it may have been there before, and other schemas may use it.
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
