"""Schema migrations: upgrade to head, with an automatic backup of an older database."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from clinicdesk import paths
from clinicdesk.db.engine import Database, database_error_message
from clinicdesk.domain.errors import DatabaseError
from clinicdesk.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Alembic (and the SQLAlchemy DDL machinery it pulls in) costs about a second to import;
# start-up only needs it when the schema is behind. The up-to-date check reads the
# stamped revision and the revision ids in the migration files directly.
_REVISION = re.compile(r"^revision\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=(.*)$", re.M)


@cache
def _head_from_files() -> str | None:
    """The single head of a linear history, from the version files; None if unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (paths.migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            return None
        revisions.add(found.group(1))
        down = _DOWN_REVISION.search(source)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stamped_revision(db: Database) -> str | None:
    """The database's revision without Alembic; None when it cannot tell."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SADatabaseError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def has_schema(db: Database) -> bool:
    """True when the database holds a ClinicDesk schema (any revision).

    A plain SQLite file is looked at read-only: a file that is not a clinic (empty, or
    someone else's) is left exactly as it was.
    """
    path = db.sqlite_path
    if path is not None and not db.encrypted:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                found = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                # Someone else's file, a damaged one, or an encrypted one opened without
                # its key: say so rather than offer to create a clinic over it.
                raise DatabaseError(
                    _(
                        "The file {path} is not a ClinicDesk database: it is "
                        "damaged, encrypted (open it with its key), or belongs to "
                        "another program."
                    ).format(path=path)
                ) from None
            return False
        except sqlite3.Error:
            return False
        if found is None:
            return False
    return _stamped_revision(db) is not None


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SADatabaseError as exc:
        raise DatabaseError(database_error_message(exc)) from exc


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade(db: Database, *, backup: bool = True) -> UpgradeResult:
    """Bring the schema to head. An existing, older database is backed up first."""
    stamped = _stamped_revision(db)
    if stamped is not None and stamped == _head_from_files():
        return UpgradeResult(stamped, stamped, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    current = current_revision(db)
    head = head_revision()
    if current == head:
        return UpgradeResult(current, head, None)
    known = {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(
            _(
                "This database was made by a newer version of ClinicDesk; "
                "update the application before opening it."
            )
        )
    backup_path = None
    if backup and current is not None:
        from clinicdesk.db.backup import automatic_backup

        backup_path = automatic_backup(db, reason=f"before-upgrade-{current}")
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database upgraded from %s to %s", current, head)
    return UpgradeResult(current, head, backup_path)


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()
