"""The audit log records every file read, every change and every refusal, and catches tampering.

Tampering is done the way an attacker with the database file (or a superuser) would:
drop or disable the append-only guard, then edit, delete or reorder entries.
``maintenance.verify_audit_log`` and ``clinicdesk audit verify`` must both notice.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from clinicdesk.cli import main as cli_main
from clinicdesk.db.models import AuditEntry
from clinicdesk.domain.audit_vocabulary import AuditAction
from clinicdesk.domain.enums import AuditOutcome, Role
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import (
    client_file,
    clients,
    group_actions,
    groups,
    maintenance,
    sessions,
)
from tests.fixtures.clinic import audit_guard_off
from tests.fixtures.people import TEST_PASSWORD


def _entries(db, **where) -> list[AuditEntry]:
    with db.read() as s:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        for key, value in where.items():
            query = query.where(getattr(AuditEntry, key) == value)
        rows = list(s.scalars(query))
        s.expunge_all()
        return rows


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_reads_changes_and_refusals_are_all_recorded(db, admin, make_staff, kit, make_client):
    therapist = make_staff(Role.THERAPIST)
    desk = make_staff(Role.FRONT_DESK)
    client = make_client("Ana", "Alves").id
    group = groups.create_group(db, admin, name="Audited")
    groups.add_members(db, admin, group.id, [client])
    shared = group_actions.share_document(db, admin, group.id, filename="a.txt", content=b"hi")

    # Reads of clinical content.
    client_file.open_client_file(db, therapist, client)
    client_file.download_document(db, therapist, client, shared.document_id)
    live = kit.in_progress(therapist, [client])
    sessions.get_session(db, therapist, live.id)
    reads = {e.action for e in _entries(db, staff_id=therapist.staff_id)}
    assert {"read_client_file", "download_document", "read_session"} <= reads
    assert all(e.client_id == client for e in _entries(db, action=AuditAction.READ_CLIENT_FILE))

    # Changes: one entry each, no names or note text in the details.
    clients.update_client(db, admin, client, first_name="Anna", expected_version=None)
    sessions.set_individual_note(db, therapist, live.id, client_id=client, text="Secret words")
    for action in ("update_client", "set_individual_note", "add_group_member"):
        assert _entries(db, action=action), action
    for e in _entries(db):
        assert "Secret" not in e.details and "Anna" not in e.details and "Alves" not in e.details

    # Refusals, in a transaction of their own (the refused action rolled back).
    before = _count(db)
    with pytest.raises(PermissionDenied):
        client_file.open_client_file(db, desk, client)
    with pytest.raises(PermissionDenied):
        groups.create_group(db, therapist, name="Nope")
    denied = _entries(db, outcome=AuditOutcome.DENIED)
    assert [e.action for e in denied[-2:]] == ["read_client_file", "create_group"]
    assert denied[-2].client_id == client and denied[-2].staff_id == desk.staff_id
    assert _count(db) == before + 2


TAMPERING = {
    "edited": ["UPDATE audit_entry SET details = '{}' WHERE seq = 4"],
    "reattributed": ["UPDATE audit_entry SET staff_id = NULL WHERE seq = 5"],
    "deleted (middle)": ["DELETE FROM audit_entry WHERE seq = 3"],
    "deleted (tail)": ["DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)"],
    "reordered": [
        "UPDATE audit_entry SET seq = -1 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = 4",
        "UPDATE audit_entry SET seq = 4 WHERE seq = -1",
    ],
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_verify_catches_tampering_in_the_service_and_the_cli(
    db, admin, make_client, how, capsys, monkeypatch
):
    for i in range(4):
        make_client("Ana", f"Tamper{i}")
    assert maintenance.verify_audit_log(db, admin).ok
    with audit_guard_off(db):
        with db.engine.begin() as conn:
            for sql in TAMPERING[how]:
                conn.execute(text(sql))
        report = maintenance.verify_audit_log(db, admin)
        assert not report.ok and report.first_bad_seq is not None
        if db.is_sqlite:
            monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
            code = cli_main(["audit", "verify", "--db", str(db.sqlite_path), "--user", "admin"])
            _, err = capsys.readouterr()
            assert code != 0 and "tampered" in err
