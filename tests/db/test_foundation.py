"""The storage foundation: migrations, pragmas, audit chain, layering."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from clinicdesk.db import migrate
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import AuditEntry, Staff
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import Conflict
from clinicdesk.services import audit

ROOT = Path(__file__).resolve().parents[2]


def test_core_never_imports_qt_or_ui():
    offenders = []
    for path in (ROOT / "clinicdesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "ui", "PyQt5", "PyQt6", "shiboken6"}:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_uuid7_is_time_ordered_and_unique():
    ids = [uuid7() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i.version == 7 for i in ids)


def test_schema_is_at_head(db: Database):
    assert migrate.is_current(db)


def test_sqlite_pragmas(sqlite_db: Database):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_write_transactions_take_the_lock_up_front(sqlite_db: Database):
    # While one write transaction is open, a second writer must wait, not start deferred.
    other = sqlite3.connect(sqlite_db.sqlite_path, timeout=0.1, isolation_level=None)
    with sqlite_db.write() as s:
        s.execute(text("SELECT 1"))
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_database_refuses_both_review_flags(db: Database):
    with pytest.raises(Conflict), db.write() as s:
        s.add(
            Staff(
                username="x",
                username_key="x",
                full_name="X",
                role=Role.THERAPIST,
                password_hash="h",
                requires_review=True,
                reviews_sessions=True,
            )
        )


def test_audit_chain_detects_edit_and_delete(db: Database, admin):
    with db.write() as s:
        for i in range(5):
            audit.record(
                s,
                admin.staff_id,
                AuditAction.VERIFY_AUDIT_LOG,
                AuditEntity.AUDIT_LOG,
                i + 1,
                details={"n": i},
            )
    with db.read() as s:
        report = audit.verify(s)
    assert report.ok and report.entries == 5

    # An attacker with direct database access: drop the guard, edit an entry.
    with db.engine.begin() as conn:
        _disable_append_only(conn)
        conn.execute(text("UPDATE audit_entry SET details = :d WHERE seq = 3"), {"d": '{"n":99}'})
    with db.read() as s:
        report = audit.verify(s)
    assert not report.ok and report.first_bad_seq == 3

    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE seq = 5"))
    with db.read() as s:
        assert audit.verify(s).ok is False
    if db.engine.dialect.name == "postgresql":  # the PG test database outlives this test
        with db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only"))


def test_audit_log_is_append_only(db: Database, admin):
    with db.write() as s:
        audit.record(s, admin.staff_id, AuditAction.VERIFY_AUDIT_LOG, AuditEntity.AUDIT_LOG, "1")
    with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry"))
    with db.read() as s:
        assert len(s.scalars(select(AuditEntry)).all()) == 1


def _disable_append_only(conn) -> None:
    if conn.dialect.name == "sqlite":
        for verb in ("update", "delete"):
            conn.execute(text(f"DROP TRIGGER audit_entry_no_{verb}"))
    else:
        conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"))
