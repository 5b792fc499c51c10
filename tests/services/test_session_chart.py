"""Seed 004 "View individual group sessions": each attendee's chart entry in the session."""

from __future__ import annotations

import pytest

from clinicdesk.domain.enums import AttendanceStatus, Role, SessionStatus
from clinicdesk.domain.errors import Conflict, PermissionDenied
from clinicdesk.services import (
    client_file,
    clients,
    practitioner_groups,
    session_chart,
    sessions,
    settings,
)
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD


@pytest.fixture
def documented(db, kit, make_staff, make_client):
    leader = make_staff(Role.THERAPIST, full_name="Lead Therapist")
    ana, ben = make_client("Ana", "Zapata"), make_client("Ben", "Young")
    s0 = kit.in_progress(leader, [ana.id, ben.id])
    for client, status, note in (
        (ana, AttendanceStatus.PRESENT, "Ana engaged."),
        (ben, AttendanceStatus.LATE, "Ben arrived at 10:20."),
    ):
        sessions.record_attendance(db, leader, s0.id, client_id=client.id, status=status)
        sessions.set_individual_note(db, leader, s0.id, client_id=client.id, text=note)
    sessions.set_group_note(db, leader, s0.id, text="Coping skills.")
    sessions.sign_session(db, leader, s0.id, password=PASSWORD)
    return leader, ana, ben, s0


def test_switched_off_by_default(db, documented):
    leader, _, _, s0 = documented
    with pytest.raises(Conflict, match="switched off"):
        session_chart.chart_view(db, leader, s0.id)


def test_each_attendee_as_their_chart_shows_it(db, kit, documented):
    leader, ana, ben, s0 = documented
    settings.update_setting(db, kit.admin, "view_individual_group_sessions", True)
    view = session_chart.chart_view(db, leader, s0.id)
    # Sorted by last name, like the roster.
    assert [(e.first_name, e.last_name) for e in view] == [("Ben", "Young"), ("Ana", "Zapata")]
    ben_entry, ana_entry = view[0].entry, view[1].entry
    assert ana_entry is not None and ben_entry is not None
    assert (ana_entry.attendance, ana_entry.individual_note) == (
        AttendanceStatus.PRESENT,
        "Ana engaged.",
    )
    assert ben_entry.individual_note == "Ben arrived at 10:20."
    assert ana_entry.status == SessionStatus.COMPLETED
    assert ana_entry.group_note == "Coping skills."
    assert [sig.name for sig in ana_entry.signatures] == ["Lead Therapist"]

    # The same entry the client's own file shows.
    history = clients_history(db, kit, ana.id)
    assert history == ana_entry

    reads = audit_entries(db, "read_session_chart")
    assert sorted(str(e.client_id) for e in reads) == sorted([str(ana.id), str(ben.id)])


def test_non_leaders_see_only_files_they_may_open(db, kit, make_staff, documented):
    leader, ana, _ben, s0 = documented
    settings.update_setting(db, kit.admin, "view_individual_group_sessions", True)
    colleague = make_staff(Role.THERAPIST, full_name="Other Therapist")
    practitioner_groups.create_practitioner_group(
        db, kit.admin, name="Team", member_ids=[leader.staff_id]
    )
    clients.set_care_team(
        db, kit.admin, ana.id, primary_therapist_id=colleague.staff_id, case_manager_id=None
    )
    view = {e.first_name: e.entry for e in session_chart.chart_view(db, colleague, s0.id)}
    # Issue 11: Ben is outside the colleague's access, so not even his name is listed.
    assert view["Ana"] is not None and "Ben" not in view
    assert [str(e.client_id) for e in audit_entries(db, "read_session_chart")] == [str(ana.id)]

    desk = make_staff(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        session_chart.chart_view(db, desk, s0.id)


def clients_history(db, kit, client_id):
    (entry,) = client_file.open_client_file(db, kit.admin, client_id).sessions
    return entry
