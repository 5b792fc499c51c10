"""Backups taken while another workstation writes are whole, consistent snapshots.

A child process creates clients as fast as it can (each an audited transaction)
while the test takes online backups of the SQLite file. Each copy must pass
``PRAGMA integrity_check``, its audit chain must verify, and it must equal the source
*at the moment of the backup*: its audit log is exactly a prefix of the source's
(same hashes), and its clients are exactly those whose creation is in that prefix.
Then the copy is restored over a database and reads back the same.

(PostgreSQL backups are the server's job — pg_dump — and are refused here with a
message; see test at the end.)
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from clinicdesk.db import backup
from clinicdesk.db.engine import Database
from clinicdesk.db.models import AuditEntry, Client
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import DatabaseError
from tests.reliability import support
from tests.reliability.conftest import actor_args

BACKUPS = 8


def _snapshot(db: Database) -> tuple[list[tuple[int, str]], set[str], dict[str, int]]:
    """(audit (seq, hash) list, client ids, client id → seq of its create_client entry)."""
    with db.read() as s:
        chain = [(r.seq, r.hash) for r in s.execute(select(AuditEntry.seq, AuditEntry.hash))]
        clients = {str(c) for c in s.scalars(select(Client.id))}
        created = {
            r.entity_id: r.seq
            for r in s.execute(
                select(AuditEntry.entity_id, AuditEntry.seq).where(
                    AuditEntry.action == "create_client"
                )
            )
        }
    return sorted(chain), clients, created


def test_backup_while_writing_then_restore(tmp_path: Path, rel_home: Path):
    with support.backend_url("sqlite", tmp_path) as url:
        db = Database(url)
        admin = support.add_staff(db, Role.SUPER_ADMIN, "backup", "Backup Admin")
        log = tmp_path / "writer.jsonl"
        child = support.start_worker(
            "writer", {"url": url, "actor": actor_args(admin), "log": str(log)}, rel_home
        )
        copies = []
        try:
            while not support.read_log(log):
                assert child.poll() is None, child.stderr.read() if child.stderr else ""
                time.sleep(0.02)
            for i in range(BACKUPS):
                time.sleep(0.3)
                copies.append(backup.backup_to(db, tmp_path / f"copy-{i}.sqlite3"))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            for stream in (child.stdout, child.stderr):
                if stream:
                    stream.close()
        source_chain, source_clients, created_at_seq = _snapshot(db)
        sizes = []
        for path in copies:
            backup.check_file(path)  # integrity_check + ClinicDesk tables
            copy = Database(str(path))
            try:
                ok, _ = support.audit_chain_ok(copy)
                assert ok, f"{path.name}: audit chain broken"
                chain, clients, _ = _snapshot(copy)
            finally:
                copy.dispose()
            last = chain[-1][0]
            # The copy's log is exactly the source's log up to the backup moment …
            assert chain == source_chain[:last]
            # … and its clients are exactly those created by then: nothing more, nothing less.
            expected = {cid for cid, seq in created_at_seq.items() if seq <= last}
            assert clients == expected
            assert expected <= source_clients
            sizes.append(len(clients))
        assert sizes == sorted(sizes) and sizes[-1] > sizes[0], "the writer was not writing"

        # Restore the last copy over the live database and read it back.
        target = copies[-1]
        copy = Database(str(target))
        _, expected_clients, _ = _snapshot(copy)
        copy.dispose()
        backup.restore_from(db, target)
        restored = Database(url)
        try:
            chain, clients, _ = _snapshot(restored)
            assert clients == expected_clients
            assert support.integrity_ok(restored)
            assert support.audit_chain_ok(restored)[0]
        finally:
            restored.dispose()
        db.dispose()
    support.Figures(
        "backup_under_load[sqlite]",
        {
            "backups": len(copies),
            "clients_in_copies": sizes,
            "source_clients_at_end": len(source_clients),
            "mismatches": 0,
        },
    ).write()


@pytest.mark.skipif(not support.PG_URL, reason="needs CLINICDESK_TEST_PG_URL")
def test_postgresql_backup_is_refused_with_a_message(tmp_path: Path):
    with support.backend_url("postgresql", tmp_path) as url:
        db = Database(url)
        try:
            with pytest.raises(DatabaseError, match="pg_dump"):
                backup.backup_to(db, tmp_path / "x.sqlite3")
        finally:
            db.dispose()
