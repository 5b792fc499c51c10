"""The audit log's vocabulary: only its members name an entry, and each is used."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clinicdesk.db.models import AuditEntry
from clinicdesk.domain.audit_vocabulary import RETIRED_ACTIONS, AuditAction, AuditEntity
from clinicdesk.domain.permissions import Permission
from clinicdesk.services import audit

ROOT = Path(__file__).resolve().parents[2]
# Named without a use of their own: the fallbacks of a refusal that names nothing, and
# retired actions that older logs hold.
DOCUMENTED_FALLBACKS = {AuditAction.REFUSED, AuditEntity.UNKNOWN, *RETIRED_ACTIONS}


def _core_source() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "clinicdesk").rglob("*.py")
        if p.name != "audit_vocabulary.py"
    )


@pytest.mark.parametrize("vocabulary", [AuditAction, AuditEntity])
def test_every_member_is_used_or_documented(vocabulary):
    source = _core_source()
    permissions = {p.value for p in Permission}
    unused = [
        m.name
        for m in vocabulary
        if m not in DOCUMENTED_FALLBACKS
        and not re.search(rf"\b{vocabulary.__name__}\.{m.name}\b", source)
        # The general permission check logs a refusal under the permission's name.
        and not (vocabulary is AuditAction and m.value in permissions)
    ]
    assert unused == []


def test_every_permission_can_name_a_refusal():
    assert [p for p in Permission if p.value not in set(AuditAction)] == []


def test_values_are_lower_case_names_and_unique():
    for vocabulary in (AuditAction, AuditEntity):
        values = [m.value for m in vocabulary]
        assert len(values) == len(set(values))
        assert all(
            re.fullmatch(r"[a-z][a-z_]*", v) and v == m.name.lower()
            for v, m in zip(values, vocabulary, strict=True)
        )


def _entries(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(
            lambda s, staff: audit.record(s, staff, "sign_sesion", AuditEntity.GROUP_SESSION),
            id="record-action",
        ),
        pytest.param(
            lambda s, staff: audit.record(s, staff, AuditAction.SIGN_SESSION, "group_session"),
            id="record-entity",
        ),
        pytest.param(
            lambda s, staff: audit.record_many(
                s, staff, [audit.AuditEvent("login", AuditEntity.STAFF)]
            ),
            id="record_many",
        ),
        pytest.param(
            lambda s, staff: audit.record_per_client(
                s, staff, "add_group_member", AuditEntity.CLIENT_GROUP, None, [uuid.uuid4()]
            ),
            id="record_per_client",
        ),
    ],
)
def test_a_plain_string_is_refused_and_nothing_is_written(db, admin, write):
    before = _entries(db)
    with pytest.raises(TypeError, match="must be an Audit"), db.write() as s:
        write(s, admin.staff_id)
    assert _entries(db) == before


def test_a_member_is_stored_as_the_string_the_log_always_held(db, admin):
    with db.write() as s:
        audit.record(s, admin.staff_id, AuditAction.SIGN_SESSION, AuditEntity.GROUP_SESSION, "x")
    with db.read() as s:
        row = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (row.action, row.entity_type) == ("sign_session", "group_session")
        assert type(row.action) is str
        assert audit.verify(s).ok
