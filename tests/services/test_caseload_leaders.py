"""Caseload leaders (seed 004, docs/SESSIONS.md): every therapist with a caseload among
the attendees leads the session — within the access rule."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from clinicdesk.domain.enums import Feature, Role
from clinicdesk.services import clients, practitioner_groups, schedules, sessions
from tests.fixtures.clinic import audit_entries


def _team(db, admin, client, therapist, **kw):
    clients.set_care_team(
        db, admin, client.id, primary_therapist_id=therapist.staff_id, case_manager_id=None, **kw
    )


def test_several_therapists_each_with_some_attendees_all_lead(
    db, admin, kit, make_staff, make_client
):
    ana_t = make_staff(Role.THERAPIST, full_name="Ana Ruiz")
    tom_t = make_staff(Role.THERAPIST, full_name="Tom Lee")
    lin_t = make_staff(Role.THERAPIST, full_name="Lin Chen")  # caseload, not attending
    case_mgr = make_staff(Role.CASE_MANAGER, full_name="Casey Dubois")
    unlicensed = make_staff(Role.THERAPIST, Feature.REQUIRES_REVIEW, full_name="Una Trainee")
    people = [make_client(first_name=f"C{i}", last_name="Client") for i in range(6)]
    _team(db, admin, people[0], ana_t)
    _team(db, admin, people[1], ana_t)
    _team(db, admin, people[2], tom_t)
    _team(db, admin, people[3], lin_t)  # withdrawn below
    clients.set_care_team(  # a case manager is not a therapist with a caseload
        db, admin, people[4].id, primary_therapist_id=None, case_manager_id=case_mgr.staff_id
    )
    _team(db, admin, people[5], unlicensed)
    when = datetime.combine(date.today() + timedelta(days=1), time(10))
    s0 = kit.session(when)
    kit.enrol(s0.id, *(p.id for p in people))
    schedules.remove_attendee(db, admin, s0.id, client_id=people[3].id)  # Lin's client
    starter = make_staff(Role.CASE_MANAGER, full_name="Stan Starter")
    started = sessions.start_session(db, starter, s0.id)
    leaders = [(x.staff_id, x.is_primary) for x in started.leaders]
    assert (starter.staff_id, True) in leaders
    caseload = {sid for sid, primary in leaders if not primary}
    # Ana (two clients), Tom (one) and Una (one; she leads under review) lead; Lin's
    # client withdrew; a case manager has no caseload in this sense.
    expected = {ana_t.staff_id, tom_t.staff_id, unlicensed.staff_id}
    assert caseload == expected
    details = json.loads(audit_entries(db, "start_session")[-1].details)
    assert set(details["caseload_leaders"]) == {str(i) for i in expected}
    assert details["caseload_out_of_reach"] == 0


def test_a_caseload_therapist_already_leading_is_not_added_twice(
    db, admin, kit, make_staff, make_client
):
    tess = make_staff(Role.THERAPIST, full_name="Tess Ng")
    zoe = make_client(first_name="Zoë", last_name="Dubois")
    _team(db, admin, zoe, tess)
    s0 = kit.session(datetime.combine(date.today() + timedelta(days=1), time(10)))
    kit.enrol(s0.id, zoe.id)
    started = sessions.start_session(db, tess, s0.id)
    assert [(x.staff_id, x.is_primary) for x in started.leaders] == [(tess.staff_id, True)]


def test_restricted_access_keeps_out_a_therapist_who_cannot_open_every_file(
    db, admin, kit, make_staff, make_client
):
    ana_t = make_staff(Role.THERAPIST, full_name="Ana Ruiz")
    tom_t = make_staff(Role.THERAPIST, full_name="Tom Lee")
    a1, t1 = (
        make_client(first_name="A", last_name="One"),
        make_client(first_name="T", last_name="One"),
    )
    _team(db, admin, a1, ana_t)
    _team(db, admin, t1, tom_t)
    # Practitioner groups switch access to restricted: Ana and Tom share none.
    practitioner_groups.create_practitioner_group(
        db, admin, name="North", member_ids=[ana_t.staff_id]
    )
    s0 = kit.session(datetime.combine(date.today() + timedelta(days=1), time(10)))
    kit.enrol(s0.id, a1.id, t1.id)
    started = sessions.start_session(db, admin, s0.id)
    assert {x.staff_id for x in started.leaders} == {admin.staff_id}
    details = json.loads(audit_entries(db, "start_session")[-1].details)
    assert details["caseload_leaders"] == [] and details["caseload_out_of_reach"] == 2
    # Once they share a practitioner group, both lead.
    practitioner_groups.create_practitioner_group(
        db, admin, name="Both", member_ids=[ana_t.staff_id, tom_t.staff_id]
    )
    s1 = kit.session(datetime.combine(date.today() + timedelta(days=2), time(10)))
    kit.enrol(s1.id, a1.id, t1.id)
    started = sessions.start_session(db, admin, s1.id)
    assert {x.staff_id for x in started.leaders} == {
        admin.staff_id,
        ana_t.staff_id,
        tom_t.staff_id,
    }
