"""Every released schema, with data in it, upgrades to head with nothing lost.

``tests/db/fixtures/schema-<rev>.sqlite3`` is a small clinic written by the release
that made revision ``<rev>`` (``scripts/make_schema_fixture.py``), and
``schema-<rev>.json`` says what it holds. Each is copied, upgraded with
``migrate.upgrade`` (which backs it up first), and read back through the services.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clinicdesk.db import backup, migrate
from clinicdesk.db.base import Base
from clinicdesk.db.engine import Database
from clinicdesk.services import audit, auth, client_file, clients, sessions

FIXTURES = Path(__file__).parent / "fixtures"
MANIFESTS = sorted(FIXTURES.glob("schema-*.json"))


def test_there_is_a_fixture_for_the_first_revision():
    assert (FIXTURES / "schema-0001.sqlite3").is_file()


@pytest.mark.parametrize("manifest_path", MANIFESTS, ids=lambda p: p.stem)
def test_released_schema_upgrades_to_head_with_nothing_lost(manifest_path: Path, tmp_path):
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    work = tmp_path / "old.sqlite3"
    shutil.copy(manifest_path.with_suffix(".sqlite3"), work)
    db = Database(str(work))
    try:
        assert migrate.current_revision(db) == manifest["revision"]
        result = migrate.upgrade(db)
        assert migrate.is_current(db)
        if result.changed:
            # An older database is backed up before it is touched.
            assert result.backup is not None
            backup.check_file(result.backup)

        with db.engine.connect() as conn:
            counts = {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables
            }
        for table, before in manifest["counts"].items():
            assert counts[table] == before, f"{table}: {before} rows before, {counts[table]} after"

        with db.read() as s:
            report = audit.verify(s)
        assert report.ok and report.entries == manifest["counts"]["audit_entry"]

        # The data reads back through the services, exactly.
        boss = auth.login(db, "boss", manifest["password"])
        session_id = uuid.UUID(manifest["signed_session"])
        assert sessions.verify_session_integrity(db, boss, session_id)
        detail = sessions.get_session(db, boss, session_id)
        assert detail.content_hash == manifest["content_hash"]
        assert detail.group_note == "Group note\nline 2"
        assert {r.individual_note for r in detail.roster} == {"Engaged; «bien»"}
        assert [a.text for a in detail.addenda] == ["Late addendum"]
        for client_id, name in manifest["client_names"].items():
            record = client_file.open_client_file(db, boss, uuid.UUID(client_id)).client
            assert f"{record.first_name} {record.last_name}" == name
            # Found by the directory search, through the trigram index (0002) for words
            # of 3+ characters: the clients written before the index existed are in it.
            found = clients.search_clients(db, boss, text=name, with_total=True)
            assert [r.id for r in found.rows] == [uuid.UUID(client_id)] and found.total == 1
        with db.engine.connect() as conn:
            # FTS5's own check of client_fts against client (rank 1: compare the content).
            conn.exec_driver_sql(
                "INSERT INTO client_fts(client_fts, rank) VALUES ('integrity-check', 1)"
            )
            rows = conn.exec_driver_sql("SELECT rowid, search_text FROM client").all()
            assert len(rows) == manifest["counts"]["client"]
            for rowid, search_text in rows:
                phrase = '"' + search_text.replace('"', '""') + '"'
                hits = conn.exec_driver_sql(
                    "SELECT rowid FROM client_fts WHERE client_fts MATCH ?", (phrase,)
                ).all()
                assert (rowid,) in hits
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()
