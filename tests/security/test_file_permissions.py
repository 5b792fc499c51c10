"""Owner-only files (issue 11, item 8).

The database file, its backups and the log used to be created readable by every user
of the machine (0644). Every file ClinicDesk writes now is 0600 and every folder it
creates 0700 — checked with ``os.stat`` under a wide-open umask (0000), so the modes
come from the code, not from the user's umask.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from clinicdesk import logs, paths
from clinicdesk.cli import main
from clinicdesk.db import backup
from clinicdesk.db.engine import Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

PASSWORD = "a long enough password"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_clinic_its_wal_and_shm_and_its_folder_are_owner_only(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", PASSWORD)
    target = tmp_path / "clinics" / "riverside" / "clinic.sqlite3"
    assert main(["init", "--admin", "boss", "--db", str(target)]) == 0
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700
    # -wal and -shm exist while a connection is open; SQLite gives them the file's mode.
    db = Database(str(target))
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE scratch (x)")
            wal, shm = Path(f"{target}-wal"), Path(f"{target}-shm")
            assert wal.exists() and shm.exists()
            assert mode(wal) == 0o600 and mode(shm) == 0o600
    finally:
        db.dispose()


def test_the_demo_clinic_is_owner_only(tmp_path, capsys):
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--clients", "3"]) == 0
    assert mode(target) == 0o600


def test_backups_automatic_backups_and_restores_are_owner_only(tmp_path, sqlite_db):
    copy = backup.backup_to(sqlite_db, tmp_path / "new folder" / "copy.sqlite3")
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    automatic = backup.automatic_backup(sqlite_db, reason="test")
    assert mode(automatic) == 0o600
    assert mode(paths.backup_dir()) == 0o700 and mode(paths.data_dir()) == 0o700
    os.chmod(copy, 0o644)  # a backup made by an older version
    backup.restore_from(sqlite_db, copy)
    assert mode(sqlite_db.sqlite_path) == 0o600


def test_the_cli_backup_command_writes_an_owner_only_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", PASSWORD)
    db = tmp_path / "c.sqlite3"
    assert main(["init", "--admin", "boss", "--db", str(db)]) == 0
    dest = tmp_path / "backup.sqlite3"
    assert main(["db", "backup", str(dest), "--db", str(db), "--user", "boss"]) == 0
    assert mode(dest) == 0o600


def test_log_files_are_owner_only(tmp_path):
    log_file = paths.log_dir() / "test.log"
    handler = logs.OwnerOnlyRotatingFileHandler(log_file, maxBytes=200, backupCount=2)
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 150, None, None)
    try:
        for _ in range(4):  # rotates: test.log.1, test.log.2
            handler.emit(record)
    finally:
        handler.close()
    files = sorted(paths.log_dir().glob("test.log*"))
    assert len(files) == 3
    assert {mode(f) for f in files} == {0o600}
    assert mode(paths.log_dir()) == 0o700


def test_the_gui_log_file_is_owner_only():
    from ui import logfile

    root = logging.getLogger()
    path = logfile.configure()
    try:
        logging.getLogger("clinicdesk.test").warning("hello")
        assert mode(path) == 0o600
    finally:
        for handler in [h for h in root.handlers if getattr(h, "clinicdesk_log", False)]:
            root.removeHandler(handler)
            handler.close()


def test_printouts_saved_by_the_cli_are_owner_only(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", PASSWORD)
    db = tmp_path / "c.sqlite3"
    assert main(["init", "--admin", "boss", "--db", str(db)]) == 0
    out = tmp_path / "export.csv"
    code = main(
        [
            "export",
            "attendance",
            "--from",
            "2025-01-01",
            "--to",
            "2025-01-31",
            "--out",
            str(out),
            "--db",
            str(db),
            "--user",
            "boss",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert mode(out) == 0o600


def test_workstation_settings_are_owner_only():
    from ui.workstation import WorkstationSettings

    ws = WorkstationSettings()
    ws.set("database_url", "postgresql+psycopg://clinic:secret@server/clinic")
    ws.save()
    assert mode(ws.path) == 0o600 and mode(ws.path.parent) == 0o700
