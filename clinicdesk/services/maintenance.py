"""Database care: backups, restore checks and audit-chain verification."""

from __future__ import annotations

from pathlib import Path

from clinicdesk.db import backup
from clinicdesk.db.engine import Database
from clinicdesk.domain.permissions import Permission
from clinicdesk.services import audit, authz
from clinicdesk.services.audit import ChainReport
from clinicdesk.services.records import Actor


def verify_audit_log(db: Database, actor: Actor) -> ChainReport:
    """Walk the whole audit chain; report the first edited, deleted or reordered entry."""
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type="audit_log")
        report = audit.verify(s)
        audit.record(
            s,
            actor.staff_id,
            "verify_audit_log",
            "audit_log",
            details={"entries": report.entries, "ok": report.ok},
        )
    return report


def backup_database(db: Database, actor: Actor, dest: Path) -> Path:
    """Online backup to ``dest`` (SQLite); the copy is integrity-checked before use."""
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type="database")
        audit.record(s, actor.staff_id, "backup_database", "database")
    return backup.backup_to(db, dest)


def restore_database(db: Database, actor: Actor, src: Path) -> Path:
    """Replace the database with a checked backup; returns the safety copy of the old one."""
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type="database")
    backup.check_file(src, key=db.key)
    safety = backup.restore_from(db, src)
    # The restored file has its own chain; the restore is recorded there.
    with db.write() as s:
        audit.record(
            s, actor.staff_id, "restore_database", "database", details={"safety_copy": safety.name}
        )
    return safety
