"""The audit log's bulk paths: an entry per client, in the hash chain, checked by verify.

A bulk action (10,000 clients added to a group) writes its entries through a fast path
that assembles each entry's canonical text from shared parts; these tests pin that text
to an independent ``json.dumps`` of the entry, and show that verify still catches an
edited, deleted or reordered entry of such a batch.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text

from clinicdesk.db.models import AuditEntry, AuditHead
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.services import audit, groups
from tests.fixtures.clinic import audit_guard_off


def _entries(db) -> list[AuditEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        s.expunge_all()
        return rows


def _reference_hash(prev: str, row: AuditEntry, keyed_from: int | None = None) -> str:
    """The chain hash as specified: HMAC-SHA256 under the audit key (SHA-256 before the
    key cut-over) of the previous hash and the compact JSON array of the entry's fields
    (written here with json.dumps and the standard library's hmac, independently)."""
    canonical = json.dumps(
        [
            row.seq,
            row.at.isoformat(timespec="microseconds"),
            str(row.staff_id) if row.staff_id else None,
            row.action,
            row.entity_type,
            row.entity_id,
            str(row.client_id) if row.client_id else None,
            AuditOutcome(row.outcome).value,
            row.details,
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    message = (prev + canonical).encode()
    if keyed_from is not None and row.seq >= keyed_from:
        key = bytes.fromhex(os.environ["CLINICDESK_AUDIT_KEY"])
        return hmac.new(key, message, hashlib.sha256).hexdigest()
    return hashlib.sha256(message).hexdigest()


def _check_against_reference(db) -> list[AuditEntry]:
    rows = _entries(db)
    with db.read() as s:
        keyed_from = s.get(AuditHead, 1).keyed_from
    assert keyed_from == 1  # a new clinic's log is keyed from its first entry
    prev = audit.GENESIS_HASH
    for row in rows:
        assert row.prev_hash == prev, row.seq
        assert row.hash == _reference_hash(prev, row, keyed_from), row.seq
        prev = row.hash
    with db.read() as s:
        assert audit.verify(s).ok
    return rows


def test_bulk_add_writes_one_chained_entry_per_client(db, admin, make_group, bulk_clients):
    g = make_group()
    ids = bulk_clients(300)
    groups.add_members(db, admin, g.id, [*ids, ids[0]], joined_on=date(2025, 2, 3))
    groups.remove_member(db, admin, g.id, ids[5])
    rows = _check_against_reference(db)
    added = [r for r in rows if r.action == "add_group_member"]
    assert [r.client_id for r in added] == ids  # in the order given, duplicates dropped
    assert {(r.entity_type, r.entity_id, r.details, r.staff_id) for r in added} == {
        ("client_group", str(g.id), '{"joined_on":"2025-02-03"}', admin.staff_id)
    }
    assert [r.seq for r in added] == list(range(added[0].seq, added[0].seq + 300))
    # A client's history finds its own entry.
    with db.read() as s:
        mine = s.scalars(select(AuditEntry.action).where(AuditEntry.client_id == ids[5])).all()
    assert mine == ["add_group_member", "remove_group_member"]


def test_record_many_and_record_per_client_write_the_same_text(db, admin, bulk_clients):
    ids = bulk_clients(3)
    staff = admin.staff_id
    with db.write() as s:
        audit.record_many(
            s,
            staff,
            [
                audit.AuditEvent(
                    AuditAction.READ_CLIENT_FILE,
                    AuditEntity.CLIENT,
                    str(ids[0]),
                    ids[0],
                    {"n": 1, "é": 'ü\n"'},
                ),
                audit.AuditEvent(AuditAction.READ_CLIENT_FILE, AuditEntity.CLIENT, None, None),
                audit.AuditEvent(
                    AuditAction.READ_CLINICAL,
                    AuditEntity.CLIENT,
                    "x",
                    str(ids[1]),
                    None,
                    AuditOutcome.DENIED,
                ),
                audit.AuditEvent(
                    AuditAction.READ_CLINICAL,
                    AuditEntity.CLIENT,
                    "x",
                    ids[2],
                    None,
                    AuditOutcome.DENIED,
                ),
            ],
        )
        audit.record_per_client(
            s,
            staff,
            AuditAction.ADD_GROUP_MEMBER,
            AuditEntity.CLIENT_GROUP,
            uuid.uuid4(),
            ids,
            details={},
        )
        audit.record_per_client(
            s,
            None,
            AuditAction.REMOVE_GROUP_MEMBER,
            AuditEntity.CLIENT_GROUP,
            None,
            [],
            details={"k": [1]},
        )
    rows = _check_against_reference(db)
    assert [(r.action, r.client_id, AuditOutcome(r.outcome)) for r in rows] == [
        (AuditAction.READ_CLIENT_FILE, ids[0], AuditOutcome.OK),
        (AuditAction.READ_CLIENT_FILE, None, AuditOutcome.OK),
        (AuditAction.READ_CLINICAL, ids[1], AuditOutcome.DENIED),
        (AuditAction.READ_CLINICAL, ids[2], AuditOutcome.DENIED),
        *[(AuditAction.ADD_GROUP_MEMBER, i, AuditOutcome.OK) for i in ids],
    ]
    assert rows[0].details == '{"n":1,"é":"ü\\n\\""}'


TAMPERING = {
    "client changed": "UPDATE audit_entry SET client_id = (SELECT client_id FROM audit_entry "
    "WHERE seq = {b}) WHERE seq = {a}",
    "entry deleted": "DELETE FROM audit_entry WHERE seq = {a}",
    "details edited": "UPDATE audit_entry SET details = '{{}}' WHERE seq = {b}",
}


@pytest.mark.parametrize("how", sorted([*TAMPERING, "two entries swapped"]))
def test_verify_catches_tampering_inside_a_bulk_action(db, admin, make_group, bulk_clients, how):
    g = make_group()
    groups.add_members(db, admin, g.id, bulk_clients(50))
    added = [r.seq for r in _entries(db) if r.action == "add_group_member"]
    a, b = added[10], added[11]
    with audit_guard_off(db), db.engine.begin() as conn:
        if how == "two entries swapped":
            # Swap whole rows (hashes included): the chain order no longer matches.
            for sql in (
                f"UPDATE audit_entry SET seq = -1 WHERE seq = {a}",
                f"UPDATE audit_entry SET seq = {a} WHERE seq = {b}",
                f"UPDATE audit_entry SET seq = {b} WHERE seq = -1",
            ):
                conn.execute(text(sql))
        else:
            conn.execute(text(TAMPERING[how].format(a=a, b=b)))
    with db.read() as s:
        report = audit.verify(s)
    assert not report.ok and report.first_bad_seq in (a, b)
