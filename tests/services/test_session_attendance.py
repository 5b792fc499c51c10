""" "Mark all present": one call, only unmarked attendees, audited, refused when not allowed."""

from __future__ import annotations

import pytest

from clinicdesk.domain.enums import AttendanceStatus, AuditOutcome, Feature, Role
from clinicdesk.domain.errors import Locked, PermissionDenied
from clinicdesk.services import sessions
from clinicdesk.services.session_attendance import MARK_ALL_PRESENT, mark_all_present
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD

P = AttendanceStatus.PRESENT


@pytest.fixture
def therapist(make_staff):
    return make_staff(Role.THERAPIST, full_name="Tess Therapist")


def test_marks_only_the_unmarked_and_audits_each(db, kit, therapist, make_client):
    ana, ben, cy = (make_client(n, "Client") for n in ("Ana", "Ben", "Cy"))
    s0 = kit.in_progress(therapist, [ana.id, ben.id, cy.id])
    sessions.record_attendance(
        db, therapist, s0.id, client_id=ben.id, status=AttendanceStatus.ABSENT
    )
    done = mark_all_present(db, therapist, s0.id)
    assert (done.marked, done.already_marked) == (2, 1)
    by_client = {r.client_id: r.attendance for r in done.detail.roster}
    assert by_client == {ana.id: P, ben.id: AttendanceStatus.ABSENT, cy.id: P}
    assert done.detail.missing_attendance == 0
    entries = audit_entries(db, MARK_ALL_PRESENT)
    assert sorted(e.client_id for e in entries) == sorted([ana.id, cy.id])
    # Versions moved on: a stale single edit is refused, a fresh one works.
    row = next(r for r in done.detail.roster if r.client_id == ana.id)
    assert row.version == 2
    sessions.record_attendance(
        db, therapist, s0.id, client_id=ana.id, status="late", expected_version=2
    )
    again = mark_all_present(db, therapist, s0.id)
    assert (again.marked, again.already_marked) == (0, 3)
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)


def test_refused_for_others_and_after_signing(db, kit, therapist, make_staff, make_client):
    ana = make_client("Ana", "Client")
    s0 = kit.in_progress(therapist, [ana.id])
    other = make_staff(Role.THERAPIST, full_name="Otto Other")
    with pytest.raises(PermissionDenied):
        mark_all_present(db, other, s0.id)
    assert audit_entries(db, MARK_ALL_PRESENT, outcome=AuditOutcome.DENIED)
    # Front desk with "Manage group sessions" records attendance (clerical task).
    desk = make_staff(Role.FRONT_DESK, Feature.MANAGE_GROUP_SESSIONS)
    assert mark_all_present(db, desk, s0.id).marked == 1
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    with pytest.raises(Locked):
        mark_all_present(db, therapist, s0.id)
