"""Online backup and verified restore.

SQLite uses the online backup API (consistent while others write); PostgreSQL
backups are the server's job (pg_dump / base backups) and are refused here with a
clear message. Backups and restored files are owner-only (0600), like the database.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from clinicdesk import clock, paths, private_files
from clinicdesk.db.engine import Database
from clinicdesk.domain.errors import DatabaseError, ValidationError
from clinicdesk.i18n import _

_REQUIRED_TABLES = {"alembic_version", "staff", "client", "audit_entry"}


def _require_sqlite(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise DatabaseError(
            _(
                "Backups of a PostgreSQL database are made on the server "
                "(pg_dump); ask your administrator."
            )
        )
    return path


def backup_to(db: Database, dest: Path) -> Path:
    """Copy the live database to ``dest`` with SQLite's online backup API."""
    _require_sqlite(db)
    dest = Path(dest).expanduser()
    if dest.exists() and dest.is_dir():
        raise ValidationError(
            _("{dest} is a folder; give a file name for the backup.").format(dest=dest)
        )
    private_files.make_dirs(dest.parent)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    # Created owner-only before SQLite opens it (SQLite would make it 0644).
    private_files.create_file(tmp)
    raw = db.engine.raw_connection()
    try:
        # An encrypted database is backed up encrypted, with the same key.
        target = _connect(tmp, db.key)
        try:
            raw.driver_connection.backup(target)
            # A backup is one self-contained file (no -wal/-shm beside it).
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        raw.close()
    check_file(tmp, key=db.key)
    tmp.replace(dest)
    return dest


def _connect(path: Path, key: str | None, *, read_only: bool = False):
    """A DB-API connection to a plain or (with ``key``) SQLCipher-encrypted file."""
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    if key is None:
        return sqlite3.connect(uri, uri=True)
    import sqlcipher3

    conn = sqlcipher3.connect(uri, uri=True)
    conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
    return conn


def automatic_backup(db: Database, *, reason: str) -> Path:
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    return backup_to(db, paths.backup_dir() / f"clinicdesk-{stamp}-{reason}.sqlite3")


def check_file(path: Path, *, key: str | None = None) -> None:
    """Refuse anything that is not an intact ClinicDesk database (``key``: encrypted)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(_("{path} does not exist.").format(path=path))
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    if key is not None:
        import sqlcipher3

        errors += (sqlcipher3.DatabaseError,)
    try:
        conn = _connect(path, key, read_only=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except errors as exc:
        raise DatabaseError(
            _("{name} is damaged or is not a database.").format(name=path.name)
        ) from exc
    if not result or result[0] != "ok":
        raise DatabaseError(
            _("{name} failed the integrity check; it was not used.").format(name=path.name)
        )
    if not tables >= _REQUIRED_TABLES:
        raise DatabaseError(_("{name} is not a ClinicDesk database.").format(name=path.name))


def restore_from(db: Database, src: Path) -> Path:
    """Replace the live database with ``src`` after checking it; the old one is kept aside."""
    live = _require_sqlite(db)
    check_file(src, key=db.key)
    safety = automatic_backup(db, reason="before-restore") if live.exists() else None
    db.dispose()
    with tempfile.TemporaryDirectory(dir=live.parent) as tmpdir:
        staged = Path(tmpdir) / "restore.sqlite3"
        shutil.copy2(src, staged)
        private_files.tighten(staged)  # copy2 copied the backup's mode, maybe an old 0644
        for suffix in ("-wal", "-shm"):
            Path(str(live) + suffix).unlink(missing_ok=True)
        staged.replace(live)
    # The restored log is shorter than the one this workstation last checkpointed, by
    # design: retire that checkpoint (kept in its history file) so it verifies again.
    from clinicdesk.services import audit_checkpoints  # services sit above db

    audit_checkpoints.set_aside(
        audit_checkpoints.location_of(db.engine.url),
        f"restored from a backup ({src.name})",
    )
    return safety or live
