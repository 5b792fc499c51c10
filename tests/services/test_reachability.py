"""The reachability rule's named routes, each honoured the same way everywhere (issue 11).

A small restricted clinic: practitioner group "Team" holds the therapist ``tess`` and
her colleague; ``mia`` is on tess's care team; ``max`` and ``zoe`` are on nobody's list
tess can reach. Each test opens one route and checks every place it shows.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.domain.enums import (
    AccessRoute,
    AuditOutcome,
    ConsentStatus,
    Feature,
    Role,
    Visibility,
)
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import (
    access,
    attendance,
    client_file,
    clients,
    consent,
    groups,
    practitioner_groups,
    printouts,
    schedules,
    session_chart,
    sessions,
    settings,
)
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD
from tests.printing.pdf_reading import all_text


@dataclass
class Clinic:
    tess: object
    desk: object
    mia: uuid.UUID
    max: uuid.UUID
    zoe: uuid.UUID


@pytest.fixture
def clinic(db, admin, make_staff, make_client) -> Clinic:
    tess = make_staff(Role.THERAPIST, full_name="Tess Ng")
    colleague = make_staff(Role.THERAPIST, full_name="Colleague")
    desk = make_staff(Role.FRONT_DESK, Feature.MANAGE_GROUP_SESSIONS, full_name="Desk")
    mia, max_, zoe = (
        make_client("Mia", "Reach").id,
        make_client("Max", "Outside").id,
        make_client("Zoe", "Outside").id,
    )
    clients.set_care_team(db, admin, mia, primary_therapist_id=tess.staff_id, case_manager_id=None)
    practitioner_groups.create_practitioner_group(
        db, admin, name="Team", member_ids=[tess.staff_id, colleague.staff_id]
    )
    return Clinic(tess, desk, mia, max_, zoe)


def _limited(db, admin, who) -> dict[uuid.UUID, set[AccessRoute]]:
    report = access.explain_access(db, admin, who.staff_id)
    return {c.client_id: {r.route for r in c.routes} for c in report.limited}


def test_the_directory_of_a_restricted_therapist_is_her_routes(db, admin, clinic):
    tess = clinic.tess
    page = clients.search_clients(db, tess, with_total=True)
    assert [r.id for r in page.rows] == [clinic.mia] and page.total == 1
    assert clients.count_clients(db, tess) == 1
    assert clients.get_client(db, tess, clinic.mia).first_name == "Mia"
    with pytest.raises(PermissionDenied, match="outside your access"):
        clients.get_client(db, tess, clinic.max)
    with pytest.raises(PermissionDenied):
        clients.get_care_team(db, tess, clinic.max)
    assert audit_entries(db, "read_client", outcome=AuditOutcome.DENIED)
    # Office roles see every directory entry (and no file).
    assert clients.count_clients(db, clinic.desk) == 3
    report = access.explain_access(db, admin, clinic.desk.staff_id)
    assert report.directory_all and report.directory_count == 3 and report.client_count == 0


def test_a_groups_actor_sees_its_members_by_name_only(db, admin, clinic, make_group):
    group = make_group("Tuesday")
    groups.add_members(db, admin, group.id, [clinic.max, clinic.mia])
    tess = clinic.tess
    assert [m.client_id for m in groups.list_members(db, tess, group.id)] == [clinic.mia]
    groups.add_actor(db, admin, group.id, staff_id=tess.staff_id)
    members = {m.client_id for m in groups.list_members(db, tess, group.id)}
    assert members == {clinic.max, clinic.mia}
    assert _limited(db, admin, tess) == {clinic.max: {AccessRoute.GROUP_ACTOR}}
    assert clients.get_client(db, tess, clinic.max).last_name == "Outside"
    with pytest.raises(PermissionDenied):
        client_file.open_client_file(db, tess, clinic.max)
    assert access.access_for_client(db, tess, clinic.max) == ()


def test_leading_a_session_opens_that_session_only_and_everywhere(db, admin, kit, clinic):
    """The session route, honoured by the session view, the chart view, the note printout
    and access explain — and by nothing else."""
    tess, desk = clinic.tess, clinic.desk
    settings.update_setting(db, admin, "view_individual_group_sessions", True)
    detail = kit.session(datetime.combine(clock.today() + timedelta(days=1), time(10)))
    sid = detail.id
    # Tess cannot take the lead of a session with attendees outside her access ...
    kit.enrol(sid, clinic.mia, clinic.max)
    with pytest.raises(PermissionDenied, match="1 of its attendees is outside your access"):
        sessions.start_session(db, tess, sid)
    with pytest.raises(PermissionDenied, match="cannot lead this session"):
        sessions.reassign_leader(db, desk, sid, staff_id=tess.staff_id)
    # ... but an all-access role may give it to her: leading is then her route.
    sessions.reassign_leader(db, admin, sid, staff_id=tess.staff_id)
    sessions.start_session(db, desk, sid)  # front desk opens it; tess still leads
    seen = sessions.get_session(db, tess, sid)
    assert [x.staff_id for x in seen.leaders] == [tess.staff_id]
    assert {r.client_id for r in seen.roster} == {clinic.mia, clinic.max}
    for client_id in (clinic.mia, clinic.max):
        sessions.record_attendance(db, tess, sid, client_id=client_id, status="present")
        sessions.set_individual_note(db, tess, sid, client_id=client_id, text="Note.")
    sessions.set_group_note(db, tess, sid, text="Group.")
    sessions.sign_session(db, tess, sid, password=PASSWORD)
    assert all(r.individual_note == "Note." for r in sessions.get_session(db, tess, sid).roster)
    chart = session_chart.chart_view(db, tess, sid)
    assert all(entry.entry is not None for entry in chart)
    assert "Max" in all_text(printouts.session_note(db, tess, sid))
    limited = _limited(db, admin, tess)
    assert limited == {clinic.max: {AccessRoute.LEADS_SESSION}}
    # Nowhere else: not his file, not his attendance, not his handout.
    for attempt in (
        lambda: client_file.open_client_file(db, tess, clinic.max),
        lambda: attendance.client_attendance_counts(db, tess, clinic.max),
        lambda: printouts.client_handout(db, tess, clinic.max),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    exported = attendance.export_attendance_csv(db, tess)
    assert {r["client_id"] for r in csv.DictReader(io.StringIO(exported))} == {str(clinic.mia)}
    [entry] = audit_entries(db, "export_attendance")
    assert "withheld" in entry.details


def test_a_leader_does_not_bring_clients_onto_her_own_roster(db, admin, kit, clinic, make_group):
    """The session route is made by someone else's scheduling decision, never taken."""
    tess, desk = clinic.tess, clinic.desk
    group = make_group("Thursday")
    groups.add_actor(db, admin, group.id, staff_id=tess.staff_id)  # she sees its members
    groups.add_members(db, admin, group.id, [clinic.zoe])
    empty = kit.session(datetime.combine(clock.today() + timedelta(days=2), time(9)))
    sessions.start_session(db, tess, empty.id)  # nobody to reach: she leads it
    with pytest.raises(PermissionDenied, match="You lead a session"):
        schedules.add_attendee(db, tess, empty.id, client_id=clinic.zoe)
    schedules.add_attendee(db, tess, empty.id, client_id=clinic.mia)  # her own client
    # Front desk schedules Zoe: leading the session is now tess's route to her there.
    schedules.add_attendee(db, desk, empty.id, client_id=clinic.zoe)
    assert clinic.zoe in _limited(db, admin, tess)
    # Joining a group enrols in its schedule: not onto her own roster either.
    template = kit.template(group_id=group.id)
    schedule = kit.schedule([(clock.today().weekday(), time(8), template.id)], weeks=2)
    start = clock.today() + timedelta(days=7)
    schedules.assign_schedule(db, admin, schedule.id, start_date=start, group_id=group.id)
    [first, *_] = sessions.list_sessions(db, admin, group_id=group.id)
    sessions.reassign_leader(db, admin, first.id, staff_id=tess.staff_id)
    other = make_group("Friday")  # as its actor she sees Max, not his file
    groups.add_members(db, admin, other.id, [clinic.max])
    groups.add_actor(db, admin, other.id, staff_id=tess.staff_id)
    with pytest.raises(PermissionDenied, match="You lead a session"):
        groups.add_member(db, tess, group.id, clinic.max, joined_on=start)
    groups.add_member(db, desk, group.id, clinic.max, joined_on=start)


def test_a_reviewer_reads_what_waits_for_her_review(db, admin, kit, make_staff, clinic):
    trainee = make_staff(Role.THERAPIST, Feature.REQUIRES_REVIEW, full_name="Trainee")
    reviewer = make_staff(Role.CASE_MANAGER, Feature.REVIEWS_SESSIONS, full_name="Reviewer")
    detail = kit.session(datetime.combine(clock.today(), time(8)))
    kit.enrol(detail.id, clinic.max)
    sessions.reassign_leader(db, admin, detail.id, staff_id=trainee.staff_id)
    sessions.start_session(db, trainee, detail.id)
    kit.document(trainee, detail.id)
    sessions.set_individual_note(db, trainee, detail.id, client_id=clinic.max, text="Seen.")
    before = sessions.get_session(db, reviewer, detail.id)
    assert before.roster == () and before.hidden_attendees == 1
    sessions.sign_session(db, trainee, detail.id, password=PASSWORD)
    waiting = sessions.get_session(db, reviewer, detail.id)
    assert [r.individual_note for r in waiting.roster] == ["Seen."] and waiting.can_review
    assert _limited(db, admin, reviewer) == {clinic.max: {AccessRoute.REVIEWS_SESSION}}
    sessions.review_session(db, reviewer, detail.id, password=PASSWORD)
    assert sessions.get_session(db, reviewer, detail.id).group_note is not None
    with pytest.raises(PermissionDenied):
        client_file.open_client_file(db, reviewer, clinic.max)


def test_the_handout_names_only_members_the_printer_sees(db, admin, clinic, make_group):
    group = make_group("Circle", visibility=Visibility.MEMBERS_SEE_EACH_OTHER)
    groups.add_members(db, admin, group.id, [clinic.mia, clinic.max, clinic.zoe])
    for member in (clinic.max, clinic.zoe):  # issue 17: only consenting members are named
        consent.record_consent(db, admin, group.id, member, status=ConsentStatus.GIVEN)
    text = all_text(printouts.client_handout(db, clinic.tess, clinic.mia))
    assert "Other members: 2 more" in text and "Max" not in text
    everyone = all_text(printouts.client_handout(db, admin, clinic.mia))
    assert "Max O." in everyone and "Zoe O." in everyone
