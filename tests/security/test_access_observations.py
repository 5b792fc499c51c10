"""Issue 11 ("access has one door"), observations 1-4, reproduced on the demo clinic.

Each test is what a new user saw on ``clinicdesk demo``: restricted staff reaching
client data that ``access explain`` says they cannot reach. They failed before the
reachability rule went into the services; they keep it shut. The general guarantee —
every service, every demo role — is tests/security/test_access_oracle.py.
"""

from __future__ import annotations

import contextlib
import csv
import io
import uuid
from datetime import timedelta

import pytest

from clinicdesk import clock
from clinicdesk.db.models import ClientFileEntry, GroupAction
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.errors import ClinicDeskError, PermissionDenied
from clinicdesk.services import attendance, group_actions, groups, printouts, sessions
from tests.fixtures.clinic import row_count

RESTRICTED = ("tom", "ana", "lin", "casey", "manager", "frontdesk", "clinicadmin")


def _group(demo, name: str):
    (group,) = groups.list_groups(demo.db, demo.actors["admin"], text=name)
    return group


def _leaderless_upcoming(demo, group_name: str) -> uuid.UUID:
    admin = demo.actors["admin"]
    cards = sessions.list_sessions(
        demo.db, admin, group_id=_group(demo, group_name).id, status=SessionStatus.UPCOMING
    )
    return next(c.id for c in cards if not c.leaders and c.enrolled_count)


def _outcome(call) -> str:
    try:
        call()
    except PermissionDenied:
        return "refused"
    return "allowed"


def test_1_attendance_export_and_group_report_hold_only_reachable_clients(demo):
    """`clinicdesk export attendance` gave tom 12 clients `access explain` does not list
    (ana 18, lin 12, casey 18, front desk and clinic admin all), while the attendance
    PDF of the same data was refused."""
    admin = demo.actors["admin"]
    start, end = clock.today() - timedelta(days=60), clock.today()
    for user in RESTRICTED:
        reach = demo.explain(user)
        actor = demo.actors[user]
        try:
            text = attendance.export_attendance_csv(demo.db, actor)
        except PermissionDenied:
            exported: set[uuid.UUID] = set()
        else:
            exported = {uuid.UUID(r["client_id"]) for r in csv.DictReader(io.StringIO(text))}
        outside = exported - reach.files
        assert not outside, f"{user}'s export holds {len(outside)} clients outside their access"
        for group in groups.list_groups(demo.db, admin):
            service = _outcome(
                lambda g=group, a=actor: attendance.group_attendance(
                    demo.db, a, g.id, start=start, end=end
                )
            )
            printed = _outcome(
                lambda g=group, a=actor: printouts.group_attendance(
                    demo.db, a, g.id, start=start, end=end
                )
            )
            assert service == printed, (user, group.name, service, printed)
            if service == "allowed":
                report = attendance.group_attendance(demo.db, actor, group.id, start=start, end=end)
                assert {m.client_id for m in report.members} <= reach.files, (user, group.name)


def test_2_front_desk_never_leads_nor_documents_a_session(demo):
    """Front desk (with *manage group sessions*) made itself leader of a session that had
    none, wrote individual and group notes, and printed the session note with another
    therapist's individual notes."""
    desk, ana, admin = demo.actors["frontdesk"], demo.actors["ana"], demo.actors["admin"]
    session_id = _leaderless_upcoming(demo, "Anxiety Skills")
    with contextlib.suppress(PermissionDenied):
        sessions.start_session(demo.db, desk, session_id)
    detail = sessions.get_session(demo.db, admin, session_id)
    desk_leads = any(row.staff_id == desk.staff_id for row in detail.leaders)
    # The therapist documents the session (she leads it, or co-leads it beside the desk).
    if desk_leads:
        sessions.add_co_leader(demo.db, admin, session_id, staff_id=ana.staff_id)
    else:
        sessions.reassign_leader(demo.db, admin, session_id, staff_id=ana.staff_id)
        sessions.start_session(demo.db, ana, session_id)
    attendee = detail.roster[0].client_id
    sessions.set_individual_note(
        demo.db, ana, session_id, client_id=attendee, text="Ana's private note."
    )
    assert not desk_leads, "front desk became the leader of a session"
    with pytest.raises(PermissionDenied):
        sessions.set_group_note(demo.db, desk, session_id, text="By the front desk")
    with pytest.raises(PermissionDenied):
        sessions.set_individual_note(
            demo.db, desk, session_id, client_id=attendee, text="By the front desk"
        )
    with pytest.raises(PermissionDenied):
        printouts.session_note(demo.db, desk, session_id)
    seen = sessions.get_session(demo.db, desk, session_id)
    assert seen.group_note is None
    assert all(row.individual_note is None for row in seen.roster)


def test_3_a_therapist_cannot_start_and_lead_another_teams_session(demo):
    """A therapist could start a leaderless session of another team and so lead it, read
    and write notes on clients outside their access; `access explain` showed no route."""
    tom, admin = demo.actors["tom"], demo.actors["admin"]
    before = demo.explain("tom")
    session_id = _leaderless_upcoming(demo, "Anxiety Skills")
    attendees = {r.client_id for r in sessions.get_session(demo.db, admin, session_id).roster}
    outside = attendees - before.files
    assert outside, "the scenario needs attendees outside tom's access"
    with pytest.raises(PermissionDenied, match="outside your access"):
        sessions.start_session(demo.db, tom, session_id)
    detail = sessions.get_session(demo.db, admin, session_id)
    assert detail.status == SessionStatus.UPCOMING and not detail.leaders
    # Once someone who may lead it has started it, tom still writes and reads nothing.
    sessions.start_session(demo.db, demo.actors["ana"], session_id)
    for client_id in outside:
        with pytest.raises(PermissionDenied):
            sessions.set_individual_note(demo.db, tom, session_id, client_id=client_id, text="x")
    seen = sessions.get_session(demo.db, tom, session_id)
    assert {r.client_id for r in seen.roster} <= before.directory
    assert not {r.client_id for r in seen.roster} & outside
    # access explain is unchanged: no route was opened on the way.
    after = demo.explain("tom")
    assert (after.directory, after.files) == (before.directory, before.files)


def test_4_only_a_groups_clinical_actors_reaching_every_member_write_into_files(demo):
    """Any clinician — not only a group's actors — could push a note into every member's
    file, including files they cannot open; whoever created a group became its actor, so
    front desk wrote clinical entries into files."""
    admin, desk = demo.actors["admin"], demo.actors["frontdesk"]
    anxiety = _group(demo, "Anxiety Skills")
    entries, actions = row_count(demo.db, ClientFileEntry), row_count(demo.db, GroupAction)

    def refused(actor, group_id) -> None:
        with pytest.raises(PermissionDenied):
            group_actions.add_note(demo.db, actor, group_id, title="Note", body="Into files")

    # A clinician who is not one of the group's actors.
    refused(demo.actors["casey"], anxiety.id)
    # An actor who cannot open every member's file.
    groups.add_actor(demo.db, admin, anxiety.id, staff_id=demo.actors["tom"].staff_id)
    refused(demo.actors["tom"], anxiety.id)
    # Front desk: creating a group (seed 002: managers do), and acting as an actor.
    try:
        mine = groups.create_group(demo.db, desk, name="Front desk's own group")
    except ClinicDeskError:
        mine = None
    if mine is not None:
        groups.add_members(demo.db, desk, mine.id, [m.client_id for m in _members(demo, anxiety)])
        refused(desk, mine.id)
    groups.add_actor(demo.db, admin, anxiety.id, staff_id=desk.staff_id)
    refused(desk, anxiety.id)
    assert (row_count(demo.db, ClientFileEntry), row_count(demo.db, GroupAction)) == (
        entries,
        actions,
    )
    assert mine is None, "front desk created a group (seed 002: managers create groups)"
    # The group's own therapist, granted access to it, still can.
    done = group_actions.add_note(
        demo.db, demo.actors["ana"], anxiety.id, title="Week 5", body="Bring your worksheet."
    )
    assert done.recipients == anxiety.member_count


def _members(demo, group):
    return groups.list_members(demo.db, demo.actors["admin"], group.id)
