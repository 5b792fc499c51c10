"""The print service: real database, real PDFs read back with pypdf.

Every scene is built through the services (clients, groups, sessions, settings), so
these tests check what the database holds reaches the page, and nothing else does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.domain.enums import (
    AttendanceStatus,
    AuditOutcome,
    ConsentStatus,
    Role,
    Visibility,
)
from clinicdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from clinicdesk.services import (
    attendance,
    consent,
    groups,
    printouts,
    schedules,
    sessions,
    settings,
)
from clinicdesk.services.records import Actor
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD, SessionKit
from tests.printing.pdf_reading import all_text, page_lines, page_sizes, pages_text

A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)

# (first, last, preferred): accents, particles, hyphens, a non-Latin script.
NAMES = [
    ("Margarita", "Ñúñez García", "Rita"),
    ("José", "de la Cruz", None),
    ("Zoë", "Smith-Jones", "Zo"),
    ("Étienne", "Dubois", None),
    ("Łukasz", "Wiśniewski", None),
    ("Siobhán", "O'Connor", "Shiv"),
    ("芳", "王", None),
    ("Ana", "Álvarez", None),
]


@dataclass
class Scene:
    """A day with a group session (ours), another session, and who is where."""

    leader: Actor
    group_id: uuid.UUID
    day: date
    session_id: uuid.UUID
    other_session_id: uuid.UUID
    enrolled: dict[str, uuid.UUID]
    outsiders: dict[str, uuid.UUID]
    withdrawn_id: uuid.UUID


@pytest.fixture
def scene(db, admin, kit: SessionKit, make_client, make_staff) -> Scene:
    leader = make_staff(Role.THERAPIST, full_name="Dr. Ana Ruiz")
    group = groups.create_group(
        db, admin, name="Grupo Mañana", visibility=Visibility.MEMBERS_SEE_EACH_OTHER
    )
    day = clock.today() + timedelta(days=2)
    ours = kit.session(datetime.combine(day, time(10, 0)), group_id=group.id)
    other = kit.session(datetime.combine(day, time(14, 0)))
    enrolled = {}
    for first, last, preferred in NAMES:
        enrolled[first] = make_client(first, last, preferred_name=preferred).id
    kit.enrol(ours.id, *enrolled.values())
    groups.add_members(db, admin, group.id, list(enrolled.values()))
    outsiders = {
        first: make_client(first, last).id
        for first, last in [("Olga", "Outsider"), ("Quentin", "Querida")]
    }
    kit.enrol(other.id, *outsiders.values())
    withdrawn = make_client("Wanda", "Withdrawn").id
    kit.enrol(ours.id, withdrawn)
    schedules.remove_attendee(db, admin, ours.id, client_id=withdrawn)
    return Scene(leader, group.id, day, ours.id, other.id, enrolled, outsiders, withdrawn)


def _set(db, admin, key: str, value) -> None:
    settings.update_setting(db, admin, key, value)


# --- sign-in sheets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preferred_on", "expected", "absent"),
    [
        (
            True,
            ["Rita Ñ. G.", "Zo S-J.", "Shiv O'C.", "José de la C.", "Étienne D."],
            ["Margarita"],
        ),
        (False, ["Margarita Ñ. G.", "Zoë S-J.", "Siobhán O'C.", "José de la C."], ["Rita", "Shiv"]),
    ],
)
def test_signin_names_follow_the_clinic_setting(db, admin, scene, preferred_on, expected, absent):
    _set(db, admin, "signin_preferred_name", preferred_on)
    text = all_text(printouts.signin_sheet(db, admin, scene.session_id))
    for name in expected:  # José and Étienne have no preferred name: first name either way
        assert name in text
    for word in absent:
        assert word not in text
    assert "Łukasz W." in text and "芳 王." in text
    assert "ENROLLED" in text and "8 clients" in text


def test_signin_sheet_lists_only_this_sessions_enrolled_clients(db, admin, scene):
    text = all_text(printouts.signin_sheet(db, admin, scene.session_id))
    for outsider in ("Olga", "Quentin", "Outsider", "Querida"):
        assert outsider not in text  # enrolled in the other session that day
    assert "Wanda" not in text  # withdrawn
    assert "Grupo Mañana" in text and "Dr. Ana Ruiz" not in text  # no leader yet


def test_signin_sheet_is_audited_with_ids_and_counts(db, admin, scene):
    printouts.signin_sheet(db, admin, scene.session_id)
    [entry] = audit_entries(db, "print_sign_in")
    assert entry.entity_id == str(scene.session_id)
    assert entry.client_id is None
    assert '"clients": 8' in entry.details or '"clients":8' in entry.details
    assert "Margarita" not in entry.details


def test_long_sheet_repeats_its_header_on_page_two(db, admin, kit, bulk_clients, make_staff):
    session = kit.session(datetime.combine(clock.today() + timedelta(days=3), time(9, 30)))
    kit.enrol(session.id, *bulk_clients(46))
    pages = pages_text(printouts.signin_sheet(db, make_staff(Role.FRONT_DESK), session.id))
    assert len(pages) >= 2
    second = page_lines(pages[1])
    for header in ("#", "Name", "Signature", "Time in", "Time out"):
        assert header in second
    assert any(line.startswith("Sign-in: ") for line in second)  # running title
    assert any("Page 2 of" in line for line in second)
    listed = [line for page in pages for line in page_lines(page) if line.endswith(" C.")]
    assert len(listed) == 46  # every client once, across the pages


def test_day_batch_prints_every_live_session_of_the_day(db, admin, kit, scene):
    cancelled = kit.session(
        datetime.combine(scene.day, time(18, 0)), template_id=kit.template("Evening yoga").id
    )
    sessions.cancel_session(db, admin, cancelled.id, reason="Room flooded")
    kit.session(
        datetime.combine(scene.day + timedelta(days=1), time(10, 0)),
        template_id=kit.template("Tomorrow's art").id,
    )
    pdf = printouts.signin_sheets_for_day(db, admin, scene.day)
    pages = pages_text(pdf)
    assert len(pages) == 2  # ours (10:00) then the other (14:00), each on its own page
    assert "Grupo Mañana" in pages[0] and "Olga" not in pages[0]
    assert "Olga O." in pages[1] and "Rita" not in pages[1] and "Margarita" not in pages[1]
    assert all("Page 1 of 1" in page for page in pages)  # numbering restarts per session
    assert "Evening yoga" not in all_text(pdf) and "Tomorrow's art" not in all_text(pdf)
    assert len(audit_entries(db, "print_sign_in")) == 2


def test_day_batch_of_one_group(db, admin, scene):
    pages = pages_text(
        printouts.signin_sheets_for_day(db, admin, scene.day, group_id=scene.group_id)
    )
    assert len(pages) == 1 and "Grupo Mañana" in pages[0]
    with pytest.raises(NotFound, match="no sessions"):
        printouts.signin_sheets_for_day(db, admin, scene.day + timedelta(days=30))


def test_cancelled_session_has_no_sign_in_sheet(db, admin, kit):
    session = kit.session(datetime.combine(clock.today() + timedelta(days=4), time(10)))
    sessions.cancel_session(db, admin, session.id, reason="Leader ill")
    with pytest.raises(ValidationError, match="cancelled"):
        printouts.signin_sheet(db, admin, session.id)
    with pytest.raises(NotFound):
        printouts.signin_sheet(db, admin, uuid.uuid4())


@pytest.mark.parametrize(("setting", "size"), [("Letter", LETTER), ("A4", A4)])
def test_page_size_follows_the_setting(db, admin, scene, setting, size):
    _set(db, admin, "page_size", setting)
    assert set(page_sizes(printouts.signin_sheet(db, admin, scene.session_id))) == {size}
    handout = printouts.client_handout(db, admin, scene.enrolled["José"])
    assert set(page_sizes(handout)) == {size}


def test_clinic_name_comes_from_the_settings(db, admin, scene):
    _set(db, admin, "clinic_name", "Clínica São João")
    assert "Clínica São João" in all_text(printouts.signin_sheet(db, admin, scene.session_id))


# --- session note ---------------------------------------------------------------------------


def _document(db, kit: SessionKit, scene: Scene) -> None:
    sessions.start_session(db, scene.leader, scene.session_id)
    kit.document(scene.leader, scene.session_id, AttendanceStatus.PRESENT)
    sessions.set_group_note(db, scene.leader, scene.session_id, text="Worked on breathing.")
    sessions.set_individual_note(
        db,
        scene.leader,
        scene.session_id,
        client_id=scene.enrolled["Zoë"],
        text="Zoë led the check-in.",
    )


def test_session_note_is_a_draft_until_signed_then_shows_the_signature(db, admin, kit, scene):
    _document(db, kit, scene)
    draft = all_text(printouts.session_note(db, scene.leader, scene.session_id))
    assert "DRAFT" in draft and "Not signed." in draft
    assert "Zoë led the check-in." in draft and "Worked on breathing." in draft
    assert "Zoë Smith-Jones (Zo)" in draft  # staff documents carry the legal name
    assert "Wanda" not in draft and "Olga" not in draft

    sessions.sign_session(db, scene.leader, scene.session_id, password=PASSWORD)
    sessions.add_addendum(
        db,
        scene.leader,
        scene.session_id,
        text="Late correction.",
        password=PASSWORD,
        client_id=scene.enrolled["José"],
    )
    signed = all_text(printouts.session_note(db, scene.leader, scene.session_id))
    assert "DRAFT" not in signed
    lines = page_lines(signed)
    signatures = lines[lines.index("Signatures") : lines.index("Addenda")]
    assert "Dr. Ana Ruiz" in signatures and "Therapist" in signatures and "Leader" in signatures
    assert "Late correction." in signed
    assert "Addendum by Dr. Ana Ruiz, Therapist" in signed
    assert "about José de la Cruz" in signed
    assert "8 of 8 attended" in signed


def test_session_note_audits_one_entry_per_attendee(db, admin, kit, scene):
    _document(db, kit, scene)
    printouts.session_note(db, admin, scene.session_id)
    entries = audit_entries(db, "print_session_note", outcome=AuditOutcome.OK)
    assert {e.client_id for e in entries} == set(scene.enrolled.values())
    assert all(e.entity_id == str(scene.session_id) for e in entries)


def test_front_desk_cannot_print_a_session_note(db, make_staff, scene):
    desk = make_staff(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        printouts.session_note(db, desk, scene.session_id)
    [denied] = audit_entries(db, "print_session_note", outcome=AuditOutcome.DENIED)
    assert denied.staff_id == desk.staff_id
    assert denied.entity_id == str(scene.session_id)
    assert not audit_entries(db, "print_session_note", outcome=AuditOutcome.OK)
    # Names only: the front desk still prints the sign-in sheet.
    assert "Margarita Ñ. G." in all_text(printouts.signin_sheet(db, desk, scene.session_id))


def test_session_note_needs_every_attendees_file_unless_leader(
    db, make_staff, clinic_builder, scene
):
    reader = make_staff(Role.THERAPIST)
    clinic_builder.practitioner_group("North", [reader])  # switches to restricted access
    clinic_builder.care(scene.enrolled["Zoë"], reader)
    with pytest.raises(PermissionDenied, match="no access"):
        printouts.session_note(db, reader, scene.session_id)
    [denied] = audit_entries(db, "print_session_note", outcome=AuditOutcome.DENIED)
    assert denied.client_id is not None and denied.client_id != scene.enrolled["Zoë"]
    for first, client_id in scene.enrolled.items():
        if first != "Zoë":
            clinic_builder.care(client_id, reader)
    assert "Grupo Mañana" in all_text(printouts.session_note(db, reader, scene.session_id))


def test_leader_prints_the_note_without_file_routes(db, kit, clinic_builder, scene):
    # Issue 11: a leader without file routes is one an admin assigned (starting a
    # leaderless session needs a route to every attendee); leading is then the route.
    sessions.reassign_leader(db, kit.admin, scene.session_id, staff_id=scene.leader.staff_id)
    clinic_builder.practitioner_group("North", [scene.leader])
    sessions.start_session(db, scene.leader, scene.session_id)
    assert "Dr. Ana Ruiz" in all_text(printouts.session_note(db, scene.leader, scene.session_id))


# --- attendance -----------------------------------------------------------------------------


def _signed_week(db, kit: SessionKit, scene: Scene, admin) -> None:
    """Our session signed with mixed marks; a second group session left in progress."""
    sessions.start_session(db, scene.leader, scene.session_id)
    marks = dict.fromkeys(scene.enrolled.values(), AttendanceStatus.PRESENT)
    marks[scene.enrolled["José"]] = AttendanceStatus.ABSENT
    marks[scene.enrolled["Zoë"]] = AttendanceStatus.LATE
    for client_id, status in marks.items():
        sessions.record_attendance(
            db, scene.leader, scene.session_id, client_id=client_id, status=status
        )
    sessions.sign_session(db, scene.leader, scene.session_id, password=PASSWORD)
    draft = kit.session(datetime.combine(scene.day, time(16, 0)), group_id=scene.group_id)
    kit.enrol(draft.id, scene.enrolled["José"])
    sessions.start_session(db, scene.leader, draft.id)
    sessions.record_attendance(
        db, scene.leader, draft.id, client_id=scene.enrolled["José"], status="present"
    )


def test_group_attendance_counts_like_the_attendance_service(db, admin, kit, scene):
    _signed_week(db, kit, scene, admin)
    start, end = scene.day - timedelta(days=1), scene.day + timedelta(days=1)
    pdf = printouts.group_attendance(db, admin, scene.group_id, start=start, end=end)
    text = all_text(pdf)
    lines = page_lines(text)
    service = attendance.group_attendance(db, admin, scene.group_id, start=start, end=end)
    assert service.sessions_held == 1
    assert lines[lines.index("SESSIONS HELD") + 1 :][:3][0] == "1"
    jose = next(m for m in service.members if m.first_name == "José")
    assert (jose.attended, jose.total) == (0, 1)  # the in-progress session does not count
    assert "José de la Cruz" in text and "Olga" not in text
    assert "88%" in lines  # all members: 7 attended of 8 recorded
    entries = audit_entries(db, "print_attendance")
    assert {e.client_id for e in entries} == set(scene.enrolled.values())


def test_client_attendance_report(db, admin, kit, scene):
    _signed_week(db, kit, scene, admin)
    pdf = printouts.client_attendance(
        db,
        admin,
        scene.enrolled["Zoë"],
        start=scene.day - timedelta(days=7),
        end=scene.day + timedelta(days=7),
    )
    text = all_text(pdf)
    assert "Zoë Smith-Jones (Zo)" in text and "Grupo Mañana" in text and "Late" in text
    [entry] = audit_entries(db, "print_attendance")
    assert entry.client_id == scene.enrolled["Zoë"]
    with pytest.raises(ValidationError):
        printouts.client_attendance(
            db, admin, scene.enrolled["Zoë"], start=scene.day, end=scene.day - timedelta(days=1)
        )


def test_attendance_needs_file_access(db, make_staff, clinic_builder, scene):
    therapist = make_staff(Role.THERAPIST)
    clinic_builder.practitioner_group("North", [therapist])
    with pytest.raises(PermissionDenied):
        printouts.group_attendance(db, therapist, scene.group_id, start=scene.day, end=scene.day)
    with pytest.raises(PermissionDenied):
        printouts.client_attendance(
            db, therapist, scene.enrolled["Zoë"], start=scene.day, end=scene.day
        )
    assert len(audit_entries(db, "print_attendance", outcome=AuditOutcome.DENIED)) == 2


# --- handout --------------------------------------------------------------------------------


def test_handout_visibility_rules(db, admin, make_client, make_staff, scene):
    jose = scene.enrolled["José"]
    actor = make_staff(Role.CASE_MANAGER, full_name="Carla Ortega")
    visible = groups.create_group(
        db, admin, name="Walking Club", visibility=Visibility.MEMBERS_SEE_GROUP
    )
    hidden = groups.create_group(db, admin, name="Risk Review", visibility=Visibility.HIDDEN)
    groups.add_actor(db, admin, visible.id, staff_id=actor.staff_id)
    stranger = make_client("Stella", "Stranger").id
    for group_id in (visible.id, hidden.id):
        groups.add_members(db, admin, group_id, [jose, stranger])
    # Issue 17: only members who consented are named to the others.
    consent.record_consent(
        db, admin, scene.group_id, scene.enrolled["Margarita"], status=ConsentStatus.GIVEN
    )
    consent.record_consent(
        db, admin, scene.group_id, scene.enrolled["Zoë"], status=ConsentStatus.DECLINED
    )
    text = all_text(printouts.client_handout(db, admin, jose))
    assert "Zoë" not in text and "Siobhán" not in text  # declined / not asked
    assert "Risk Review" not in text  # hidden: not even named
    assert "Walking Club" in text and "Carla Ortega (case manager)" in text
    # members_see_group: no members; members_see_each_other: the others, by sign-in name
    assert "Stella" not in text
    assert "Grupo Mañana" in text and "Rita Ñ. G." not in text and "Margarita Ñ. G." in text
    assert "José de la C." not in text  # the reader is not among "other members"
    assert "Upcoming sessions" in text or "UPCOMING SESSIONS" in text
    [entry] = audit_entries(db, "print_handout")
    assert entry.client_id == jose


def test_therapist_without_file_access_cannot_print_a_handout(
    db, make_staff, clinic_builder, scene
):
    therapist = make_staff(Role.THERAPIST)
    clinic_builder.practitioner_group("North", [therapist])
    with pytest.raises(PermissionDenied):
        printouts.client_handout(db, therapist, scene.enrolled["José"])
    [denied] = audit_entries(db, "print_handout", outcome=AuditOutcome.DENIED)
    assert (denied.staff_id, denied.client_id) == (therapist.staff_id, scene.enrolled["José"])
    assert not audit_entries(db, "print_handout", outcome=AuditOutcome.OK)
    clinic_builder.care(scene.enrolled["José"], therapist)
    assert "José de la Cruz" in all_text(
        printouts.client_handout(db, therapist, scene.enrolled["José"])
    )
