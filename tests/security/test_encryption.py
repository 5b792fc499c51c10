"""Encryption at rest with SQLCipher (optional extra ``encryption``).

``Database(path, key=…)``, ``CLINICDESK_DB_KEY`` or a ``sqlite+sqlcipher:///path`` URL
opens (or creates) an encrypted file; the rest of the application is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="the 'encryption' extra is not installed")

from clinicdesk.db import backup, migrate
from clinicdesk.db.engine import NO_KEY, WRONG_KEY, Database, needs_key
from clinicdesk.domain.errors import DatabaseError
from clinicdesk.services import clients, staff

KEY = "correct 'horse' battery \"staple\""


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("CLINICDESK_FAST_HASH", "1")
    path = tmp_path / "secret.sqlite3"
    db = Database(str(path), key=KEY, create=True)
    try:
        migrate.upgrade(db, backup=False)
        admin = staff.create_first_admin(
            db, username="boss", full_name="Dana Boss", password="Fixture passphrase 2025"
        )
        clients.create_client(db, admin, first_name="Zoë", last_name="Confidential-Surname")
    finally:
        db.dispose()
    return path


def test_the_file_is_unreadable_without_the_key(encrypted: Path):
    raw = encrypted.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Confidential" not in raw and "Confidential".encode("utf-16-le") not in raw


def test_the_right_key_reads_it_back(encrypted: Path):
    db = Database(str(encrypted), key=KEY)
    try:
        assert db.encrypted and KEY not in db.url and db.url.startswith("sqlite+sqlcipher://")
        assert migrate.is_current(db)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            names = conn.exec_driver_sql("SELECT last_name FROM client").scalars().all()
        assert names == ["Confidential-Surname"]
    finally:
        db.dispose()


def test_key_from_the_environment_and_the_url_scheme(encrypted: Path, monkeypatch):
    monkeypatch.setenv("CLINICDESK_DB_KEY", KEY)
    db = Database(f"sqlite+sqlcipher:///{encrypted}")
    try:
        assert migrate.is_current(db)
    finally:
        db.dispose()
    monkeypatch.delenv("CLINICDESK_DB_KEY")
    with pytest.raises(DatabaseError) as info:
        Database(f"sqlite+sqlcipher:///{encrypted}")
    assert str(info.value) == NO_KEY


def test_wrong_key_is_a_clear_error(encrypted: Path):
    with pytest.raises(DatabaseError) as info:
        Database(str(encrypted), key="not the key")
    assert str(info.value) == WRONG_KEY


def test_a_plain_database_opened_with_a_key_is_refused(tmp_path: Path):
    plain = tmp_path / "plain.sqlite3"
    db = Database(str(plain), create=True)
    migrate.upgrade(db, backup=False)
    db.dispose()
    with pytest.raises(DatabaseError) as info:
        Database(str(plain), key=KEY)
    assert str(info.value) == WRONG_KEY


def test_an_encrypted_file_opened_without_a_key_is_a_readable_error(encrypted: Path):
    db = Database(str(encrypted))
    try:
        with pytest.raises(DatabaseError, match="damaged, encrypted"):
            migrate.current_revision(db)
        with pytest.raises(DatabaseError), db.read() as s:
            s.connection()
    finally:
        db.dispose()


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(encrypted, tmp_path):
    db = Database(str(encrypted), key=KEY)
    try:
        copy = backup.backup_to(db, tmp_path / "copy.sqlite3")
        assert not copy.read_bytes().startswith(b"SQLite format 3")
        with pytest.raises(DatabaseError):
            backup.check_file(copy)  # without the key it is just noise
        backup.check_file(copy, key=KEY)
        backup.restore_from(db, copy)
    finally:
        db.dispose()
    reopened = Database(str(encrypted), key=KEY)
    try:
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar() == 1
    finally:
        reopened.dispose()


def test_an_encrypted_file_is_recognised_so_the_gui_can_ask_for_its_key(
    encrypted: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.delenv("CLINICDESK_DB_KEY", raising=False)
    plain = tmp_path / "plain.sqlite3"
    Database(str(plain), create=True).dispose()
    with Database(str(plain)).engine.begin() as conn:  # write a page so the file exists
        conn.exec_driver_sql("CREATE TABLE t (x)")
    assert needs_key(str(encrypted))
    assert not needs_key(str(plain))
    assert not needs_key(str(tmp_path / "not-there-yet.sqlite3"))
    assert not needs_key("postgresql+psycopg://postgres@127.0.0.1/clinic")
    monkeypatch.setenv("CLINICDESK_DB_KEY", KEY)
    assert not needs_key(str(encrypted))  # the key is already given
