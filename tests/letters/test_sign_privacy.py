"""Signing runs the privacy check (issue 17): refused with the hits, or signed with a reason."""

from __future__ import annotations

import json

import pytest

from clinicdesk.db.models import PrivacyOverride, Signature
from clinicdesk.domain.enums import Role, SessionStatus
from clinicdesk.domain.name_check import TextKind
from clinicdesk.services import privacy, sessions
from tests.fixtures.clinic import audit_entries, row_count
from tests.fixtures.sessions import PASSWORD


@pytest.fixture
def documented(db, kit, make_staff, make_client):
    leader = make_staff(Role.THERAPIST)
    ana = make_client("Ana", "Ruiz")
    jose = make_client("José", "de la Cruz", preferred_name="Pepe")
    detail = kit.in_progress(leader, [ana.id, jose.id])
    kit.document(leader, detail.id)
    return leader, detail.id, ana, jose


def test_a_clean_session_signs_as_before(db, documented):
    leader, session_id, ana, _ = documented
    sessions.set_individual_note(
        db, leader, session_id, client_id=ana.id, text="A careful analysis of her week."
    )
    signed = sessions.sign_session(db, leader, session_id, password=PASSWORD)
    assert signed.status is SessionStatus.COMPLETED
    assert row_count(db, PrivacyOverride) == 0


def test_names_refuse_signing_with_the_hits_then_sign_with_a_reason(db, documented):
    leader, session_id, ana, jose = documented
    note = "Ana sat next to JOSE and helped him."
    sessions.set_individual_note(db, leader, session_id, client_id=ana.id, text=note)
    detail = sessions.get_session(db, leader, session_id)
    sessions.set_group_note(
        db, leader, session_id, text="pepe led the warm-up.", expected_version=detail.version
    )
    with pytest.raises(privacy.NamesInNotes) as refused:
        sessions.sign_session(db, leader, session_id, password=PASSWORD)
    hits = refused.value.hits
    assert [(h.kind, h.subject_id, h.person_id, h.matched) for h in hits] == [
        (TextKind.GROUP_NOTE, "", str(jose.id), "pepe"),
        (TextKind.INDIVIDUAL_NOTE, str(ana.id), str(jose.id), "JOSE"),
    ]
    assert note[hits[1].start : hits[1].end] == "JOSE"
    assert row_count(db, Signature) == 0  # nothing signed
    with pytest.raises(privacy.NamesInNotes):
        sessions.sign_session(
            db, leader, session_id, password=PASSWORD, privacy_override_reason="   "
        )
    signed = sessions.sign_session(
        db,
        leader,
        session_id,
        password=PASSWORD,
        privacy_override_reason="José asked to be mentioned; consent on file.",
    )
    assert signed.status is SessionStatus.COMPLETED
    [entry] = audit_entries(db, privacy.PRIVACY_OVERRIDE)
    assert json.loads(entry.details)["hits"] == 2
    assert "José" not in str(entry.details) and "consent" not in str(entry.details)
    with db.read() as s:
        [row] = s.query(PrivacyOverride).all()
        assert (row.hit_count, row.staff_id) == (2, leader.staff_id)
        assert row.reason.startswith("José asked")
