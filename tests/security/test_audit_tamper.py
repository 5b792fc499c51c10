"""The audit log cannot be rewritten unnoticed by someone holding the database file.

Issue 11, item 6: with the audit triggers dropped (anyone holding the file can),
deleting the last entries and winding back the stored head, or deleting one entry and
recomputing the chain with the application's own formula, passed ``audit verify``.

Each attack below is carried out as that person would: plain SQL on the database, the
append-only triggers dropped, the chain recomputed with the public SHA-256 formula
(``audit.chain_hash``). The log is keyed (HMAC under a key kept outside the database)
and its head is checkpointed outside it (this workstation's file; on PostgreSQL also
the insert-only ``audit_checkpoint`` table), so every one is caught. The last tests pin
what is *not* detected — docs/RELIABILITY.md lists the same.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from clinicdesk import paths
from clinicdesk.cli import main as cli_main
from clinicdesk.db import migrate
from clinicdesk.db.engine import Database
from clinicdesk.db.models import AuditCheckpoint, AuditEntry, AuditHead
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.domain.errors import DatabaseError
from clinicdesk.services import (
    audit,
    audit_checkpoints,
    audit_key,
    auth,
    clients,
    groups,
    maintenance,
)
from tests.fixtures.people import TEST_PASSWORD

Link = Callable[[str, str], str]


# ---------------------------------------------------------------- the attacker's tools


@contextmanager
def guard_off(db: Database) -> Iterator[None]:
    """Drop (SQLite) or disable (PostgreSQL) the audit tables' append-only triggers."""
    sqlite = db.is_sqlite
    with db.engine.begin() as conn:
        for table in ("audit_entry", "audit_checkpoint"):
            if sqlite:
                for verb in ("update", "delete"):
                    conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{verb}"))
            else:
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
    try:
        yield
    finally:
        if not sqlite:  # the PostgreSQL test database outlives this test
            with db.engine.begin() as conn:
                for table in ("audit_entry", "audit_checkpoint"):
                    conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only"))


def entries(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        s.expunge_all()
        return rows


def public_link(prev: str, canonical: str) -> str:
    """The application's own, published formula (what the old chain used throughout)."""
    return audit.chain_hash(prev, canonical)


def key_link(prev: str, canonical: str) -> str:
    """The keyed formula — only for the tests of an attacker who *has* the key."""
    return audit_key.AuditKey(bytes.fromhex(os.environ["CLINICDESK_AUDIT_KEY"]), "test").mac(
        prev + canonical
    )


def relink(db: Database, *, start: int = 1, link: Link = public_link, **head: object) -> None:
    """Recompute every link from entry ``start`` on and move the stored head to the end
    (``head`` also sets other ``audit_head`` columns, e.g. ``key_id=None``)."""
    rows = entries(db)
    prev = audit.GENESIS_HASH if start == 1 else rows[start - 2].hash
    updates = []
    for row in rows[start - 1 :]:
        event = audit.StoredEvent(
            row.action,
            row.entity_type,
            row.entity_id,
            row.client_id,
            None,
            AuditOutcome(row.outcome),
        )
        digest = link(prev, audit._canonical(row.seq, row.at, row.staff_id, event, row.details))
        updates.append({"s": row.seq, "p": prev, "h": digest})
        prev = digest
    with guard_off(db), db.engine.begin() as conn:
        for u in updates:
            conn.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE seq = :s"), u)
        values = {"last_seq": len(rows), "last_hash": prev, **head}
        sets = ", ".join(f"{k} = :{k}" for k in values)
        conn.execute(text(f"UPDATE audit_head SET {sets} WHERE id = 1"), values)


def cut_tail(db: Database, n: int) -> None:
    """Delete the last ``n`` entries and wind the stored head back onto what is left."""
    rows = entries(db)
    keep = rows[: len(rows) - n]
    with guard_off(db), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE seq > :s"), {"s": keep[-1].seq})
        conn.execute(
            text("UPDATE audit_head SET last_seq = :s, last_hash = :h WHERE id = 1"),
            {"s": keep[-1].seq, "h": keep[-1].hash},
        )


def delete_and_renumber(db: Database, seq: int) -> None:
    """Delete one entry and close the gap, as if it had never been."""
    last = entries(db)[-1].seq
    with guard_off(db), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE seq = :s"), {"s": seq})
        for n in range(seq + 1, last + 1):
            conn.execute(
                text("UPDATE audit_entry SET seq = :to WHERE seq = :n"), {"to": n - 1, "n": n}
            )


def checkpoint_file(db: Database) -> Path:
    location = audit_checkpoints.location_of(db.engine.url)
    return audit_checkpoints._file(location)


def some_work(db: Database, admin, n: int = 6) -> None:
    for i in range(n):
        clients.create_client(
            db, admin, first_name="Ana", last_name=f"Chain{i}", allow_duplicate=True
        )


def verify(db: Database, admin) -> maintenance.AuditReport:
    return maintenance.verify_audit_log(db, admin)


def cli_verify(db: Database, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    code = cli_main(["audit", "verify", "--db", str(db.sqlite_path), "--user", "admin"])
    return code, capsys.readouterr().err


@pytest.fixture
def worked(db, admin) -> Database:
    some_work(db, admin)
    report = verify(db, admin)
    assert report.ok and report.checkpoints >= 1 and report.keyed_from == 1
    return db


# --------------------------------------------------------------- the observations


def test_the_tail_cut_and_the_head_wound_back_is_detected(worked, admin, capsys, monkeypatch):
    db = worked
    cut_tail(db, 3)
    with db.read() as s:
        assert audit.verify(s, checkpoints=()).ok is (db.is_sqlite)  # the chain alone holds
    report = verify(db, admin)
    assert not report.ok and "were removed" in report.problem
    if db.is_sqlite:
        code, err = cli_verify(db, capsys, monkeypatch)
        assert code == 1 and "tampered" in err and err.count("\n") == 1


def test_one_entry_deleted_and_the_chain_recomputed_with_the_public_formula(
    worked, admin, capsys, monkeypatch
):
    db = worked
    delete_and_renumber(db, 4)
    relink(db, start=4)
    checkpoint_file(db).unlink()  # not even the checkpoint is needed for this one
    report = verify(db, admin)
    assert not report.ok and report.first_bad_seq == 4 and report.problem == "entry 4 was altered"
    if db.is_sqlite:
        code, err = cli_verify(db, capsys, monkeypatch)
        assert code == 1 and "entry 4 was altered" in err


def test_the_whole_log_recomputed_with_the_public_formula_and_its_key_removed(worked, admin):
    """Turning the log back into an unkeyed chain: the checkpoints know it was keyed."""
    db = worked
    delete_and_renumber(db, 2)
    relink(db, key_id=None, keyed_from=None)
    report = verify(db, admin)
    assert not report.ok and "key" in report.problem


def test_a_checkpoint_forged_without_the_key_is_refused(worked, admin):
    db = worked
    cut_tail(db, 2)
    last = entries(db)[-1]
    path = checkpoint_file(db)
    data = json.loads(path.read_text())
    data.update(seq=last.seq, hash=last.hash)  # made to fit, but not signed with the key
    path.write_text(json.dumps(data))
    report = verify(db, admin)
    assert not report.ok and "not signed by the audit key" in report.problem


def test_another_log_put_in_place_is_detected(worked, admin):
    db = worked
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_head SET chain_id = :c"), {"c": str(uuid.uuid4())})
    report = verify(db, admin)
    assert not report.ok and "another log is in its place" in report.problem


def test_later_work_does_not_wash_the_evidence_away(worked, admin):
    """The checkpoint stays where the log was last seen intact: work done after the
    cut does not move it onto the shortened chain."""
    db = worked
    before = json.loads(checkpoint_file(db).read_text())
    cut_tail(db, 2)
    some_work(db, admin, 5)
    assert json.loads(checkpoint_file(db).read_text()) == before
    report = verify(db, admin)
    assert not report.ok and "rewritten" in report.problem


@pytest.mark.pg
def test_postgresql_keeps_insert_only_signed_checkpoints(db, admin, make_group, bulk_clients):
    if db.is_sqlite:
        pytest.skip("the checkpoint table is written on PostgreSQL")
    group = make_group()
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditCheckpoint))
    groups.add_members(db, admin, group.id, bulk_clients(300))  # 300 entries, one commit
    with db.read() as s:
        rows = s.execute(
            select(AuditCheckpoint.seq, AuditCheckpoint.hash, AuditCheckpoint.key_id).order_by(
                AuditCheckpoint.id
            )
        ).all()
        head = s.get(AuditHead, 1)
        assert len(rows) == before + 1
        assert tuple(rows[-1]) == (head.last_seq, head.last_hash, head.key_id)
    for verb in ("UPDATE audit_checkpoint SET seq = 1", "DELETE FROM audit_checkpoint"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(verb))


@pytest.mark.pg
def test_postgresql_catches_the_cut_tail_without_any_workstation_file(db, admin):
    if db.is_sqlite:
        pytest.skip("the checkpoint table is written on PostgreSQL")
    some_work(db, admin)
    cut_tail(db, 3)
    checkpoint_file(db).unlink()
    report = verify(db, admin)
    assert not report.ok and "the database (checkpoint" in report.problem


# ---------------------------------------------------------- legitimate changes verify


def test_a_restore_through_clinicdesk_verifies_afterwards(sqlite_db, admin_on_sqlite, tmp_path):
    db, admin = sqlite_db, admin_on_sqlite
    some_work(db, admin, 3)
    backup = maintenance.backup_database(db, admin, tmp_path / "copy.sqlite3")
    some_work(db, admin, 3)
    maintenance.restore_database(db, admin, backup)
    restored = Database(str(sqlite_db.sqlite_path))
    try:
        report = verify(restored, admin)
        assert report.ok, report.problems
        history = checkpoint_file(restored).with_name(
            checkpoint_file(restored).stem + ".history.jsonl"
        )
        assert "restored from a backup" in history.read_text()
    finally:
        restored.dispose()


def test_a_new_clinic_where_an_old_one_was_verifies(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    target = tmp_path / "clinic.sqlite3"
    assert cli_main(["init", "--admin", "boss", "--db", str(target)]) == 0
    target.unlink()
    assert cli_main(["init", "--admin", "boss", "--db", str(target)]) == 0
    assert cli_main(["audit", "verify", "--db", str(target), "--user", "boss"]) == 0
    assert "intact" in capsys.readouterr().out


def test_an_administrator_can_reset_a_checkpoint_and_it_is_on_record(worked, admin):
    db = worked
    cut_tail(db, 2)
    assert not verify(db, admin).ok
    retired = maintenance.reset_audit_checkpoint(db, admin)
    assert retired is not None
    (entry,) = [e for e in entries(db) if e.action == "reset_audit_checkpoint"]
    assert json.loads(entry.details)["retired_seq"] == retired.seq
    report = verify(db, admin)
    if db.is_sqlite:
        assert report.ok
    else:  # the database's own insert-only checkpoints cannot be reset: still reported
        assert not report.ok and "the database (checkpoint" in report.problem


# --------------------------------------------------------------------- the key


def test_a_new_sqlite_clinic_keeps_its_key_in_this_workstations_key_store(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("CLINICDESK_AUDIT_KEY")
    monkeypatch.setenv("CLINICDESK_PASSWORD", "a long enough password")
    target = tmp_path / "clinic.sqlite3"
    assert cli_main(["init", "--admin", "boss", "--db", str(target)]) == 0
    (key_file,) = paths.audit_key_dir().glob("*.key")
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.audit_key_dir().stat().st_mode) == 0o700
    db = Database(str(target))
    try:
        with db.read() as s:
            head = s.get(AuditHead, 1)
            assert head.key_id == key_file.stem and head.keyed_from == 1
        # The key is nowhere in the database file.
        secret = bytes.fromhex(key_file.read_text().strip())
        stored = target.read_bytes()
        assert secret not in stored and secret.hex().encode() not in stored
    finally:
        db.dispose()
    assert cli_main(["audit", "verify", "--db", str(target), "--user", "boss"]) == 0

    # Another workstation without the key can neither write nor verify ...
    monkeypatch.setenv("CLINICDESK_HOME", str(tmp_path / "other workstation"))
    capsys.readouterr()
    assert cli_main(["audit", "verify", "--db", str(target), "--user", "boss"]) == 1
    err = capsys.readouterr().err
    assert key_file.stem in err and "not on this workstation" in err and err.count("\n") == 1
    # ... until the key file is copied over (or CLINICDESK_AUDIT_KEY_FILE points at it).
    shutil.copy(key_file, paths.audit_key_dir() / key_file.name)
    assert cli_main(["audit", "verify", "--db", str(target), "--user", "boss"]) == 0
    (paths.audit_key_dir() / key_file.name).unlink()
    monkeypatch.setenv("CLINICDESK_AUDIT_KEY_FILE", str(key_file))
    assert cli_main(["audit", "verify", "--db", str(target), "--user", "boss"]) == 0


def test_a_configured_key_of_another_clinic_is_not_used(worked, admin, monkeypatch):
    db = worked
    monkeypatch.setenv("CLINICDESK_AUDIT_KEY", "ab" * 32)
    with pytest.raises(DatabaseError, match="not on this workstation"):
        some_work(db, admin, 1)
    monkeypatch.setenv("CLINICDESK_AUDIT_KEY", "not hex")
    with pytest.raises(DatabaseError, match="64 hexadecimal digits"):
        some_work(db, admin, 1)


def test_a_backup_verifies_with_the_same_key_elsewhere(sqlite_db, admin_on_sqlite, tmp_path):
    db, admin = sqlite_db, admin_on_sqlite
    some_work(db, admin, 3)
    copy = maintenance.backup_database(db, admin, tmp_path / "elsewhere" / "copy.sqlite3")
    opened = Database(str(copy))
    try:
        with opened.read() as s:
            assert audit.verify(s).ok
        assert verify(opened, admin).ok  # and can be worked on (same key)
    finally:
        opened.dispose()


def test_an_older_clinic_keeps_its_plain_history_and_is_keyed_from_its_next_entry(tmp_path):
    fixture = Path(__file__).parents[1] / "db" / "fixtures" / "schema-0001.sqlite3"
    manifest = json.loads(fixture.with_suffix(".json").read_text())
    work = tmp_path / "old.sqlite3"
    shutil.copy(fixture, work)
    db = Database(str(work))
    try:
        migrate.upgrade(db)
        legacy = manifest["counts"]["audit_entry"]
        with db.read() as s:
            assert s.get(AuditHead, 1).keyed_from is None
            assert audit.verify(s).ok
        boss = auth.login(db, "boss", manifest["password"])
        report = verify(db, boss)
        assert report.ok and report.keyed_from == legacy + 1
        # The old entries are covered by the first keyed one: rewriting them with the
        # public formula (without moving the cut-over) breaks the keyed link after them.
        delete_and_renumber(db, 2)
        relink(db, start=2)
        report = verify(db, boss)
        assert not report.ok
    finally:
        db.dispose()


# --------------------------------------------------------------- what is not detected


def test_not_detected_an_attacker_with_the_key_and_every_checkpoint(sqlite_db, admin_on_sqlite):
    """The limit of the design (docs/RELIABILITY.md): someone who holds the audit key
    *and* can rewrite every checkpoint (here, this workstation's file) can rewrite the
    log unnoticed. Keep the key out of their reach; on PostgreSQL the insert-only table
    adds a checkpoint they would also need to delete (a superuser can)."""
    db, admin = sqlite_db, admin_on_sqlite
    some_work(db, admin)
    delete_and_renumber(db, 3)
    relink(db, start=3, link=key_link)
    last = entries(db)[-1]
    key = audit_key.AuditKey(bytes.fromhex(os.environ["CLINICDESK_AUDIT_KEY"]), "stolen")
    with db.read() as s:
        chain_id = s.get(AuditHead, 1).chain_id
    text_ = audit_checkpoints.signed_text(chain_id, key.id, 1, last.seq, last.hash)
    audit_checkpoints.write_local(
        audit_checkpoints.location_of(db.engine.url),
        audit_checkpoints.Checkpoint(chain_id, key.id, 1, last.seq, last.hash, "x", key.mac(text_)),
    )
    assert verify(db, admin).ok


def test_not_detected_on_sqlite_a_cut_tail_once_every_checkpoint_is_gone(
    sqlite_db, admin_on_sqlite
):
    """Without the key nothing can be rewritten, but a log can always be *cut short*
    consistently; only a checkpoint shows it. Delete this workstation's checkpoint file
    as well (someone with the user's account) and a SQLite log cut short verifies."""
    db, admin = sqlite_db, admin_on_sqlite
    some_work(db, admin)
    cut_tail(db, 2)
    checkpoint_file(db).unlink()
    assert verify(db, admin).ok


@pytest.fixture
def admin_on_sqlite(sqlite_db):
    from clinicdesk.domain.enums import Role
    from tests.fixtures.people import insert_staff

    return insert_staff(sqlite_db, Role.SUPER_ADMIN, username="admin")
