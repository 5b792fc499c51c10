"""Individual notes in the session view follow the same access routes as client files."""

from __future__ import annotations

from clinicdesk.domain.enums import Role
from clinicdesk.services import clients, practitioner_groups, sessions


def test_non_leader_sees_only_notes_of_clients_they_can_reach(db, kit, make_staff, make_client):
    leader = make_staff(Role.THERAPIST, full_name="Lead Therapist")
    colleague = make_staff(Role.THERAPIST, full_name="Other Therapist")
    ana, ben = make_client("Ana", "Zapata"), make_client("Ben", "Young")
    s0 = kit.in_progress(leader, [ana.id, ben.id])
    for client in (ana, ben):
        sessions.set_individual_note(db, leader, s0.id, client_id=client.id, text="Private.")

    # Open access (no practitioner groups): every clinician reads every note.
    seen = sessions.get_session(db, colleague, s0.id)
    assert [r.individual_note for r in seen.roster] == ["Private.", "Private."]

    # Restricted: the colleague reaches Ana (care team) but not Ben.
    practitioner_groups.create_practitioner_group(
        db, kit.admin, name="Team", member_ids=[leader.staff_id]
    )
    clients.set_care_team(
        db, kit.admin, ana.id, primary_therapist_id=colleague.staff_id, case_manager_id=None
    )
    seen = sessions.get_session(db, colleague, s0.id)
    notes = {r.first_name: r.individual_note for r in seen.roster}
    # Issue 11: Ben is outside the colleague's access: not even his name is listed.
    assert notes == {"Ana": "Private."}
    assert seen.hidden_attendees == 1

    # The leader documents everyone, whatever the routes.
    mine = sessions.get_session(db, leader, s0.id)
    assert [r.individual_note for r in mine.roster] == ["Private.", "Private."]
