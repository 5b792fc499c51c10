"""The group-session lifecycle on a real database (seed 004)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import event, select, update

from clinicdesk import clock
from clinicdesk.db.models import Enrolment, GroupSession, Signature
from clinicdesk.domain.enums import (
    AttendanceStatus,
    AuditOutcome,
    Feature,
    Role,
    SessionStatus,
    SignatureMeaning,
)
from clinicdesk.domain.errors import (
    AuthenticationError,
    Conflict,
    Locked,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from clinicdesk.services import clients, session_history, sessions
from tests.fixtures.clinic import audit_entries, row_count
from tests.fixtures.sessions import PASSWORD

P = AttendanceStatus.PRESENT


@pytest.fixture
def therapist(make_staff):
    return make_staff(Role.THERAPIST, full_name="Tess Therapist")


@pytest.fixture
def two_clients(make_client):
    return make_client("Ana", "Zapata"), make_client("Ben", "Young")


def test_full_lifecycle_without_review(db, kit, therapist, two_clients):
    ana, ben = two_clients
    s0 = kit.session(datetime.combine(clock.today() + timedelta(days=1), time(10)))
    assert s0.status == SessionStatus.UPCOMING and s0.leaders == ()
    kit.enrol(s0.id, ana.id, ben.id)

    started = sessions.start_session(db, therapist, s0.id)
    assert started.status == SessionStatus.IN_PROGRESS
    assert [(leader.staff_id, leader.is_primary) for leader in started.leaders] == [
        (therapist.staff_id, True)
    ]
    assert started.can_edit and started.can_sign and started.missing_attendance == 2

    row = sessions.record_attendance(db, therapist, s0.id, client_id=ana.id, status=P)
    assert row.attendance == P and row.version == 2
    sessions.set_individual_note(db, therapist, s0.id, client_id=ana.id, text="Engaged well.")
    detail = sessions.set_group_note(db, therapist, s0.id, text="Topic: coping with stress.")
    assert detail.group_note == "Topic: coping with stress."

    with pytest.raises(ValidationError, match="1 attendee has no attendance"):
        sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    sessions.record_attendance(db, therapist, s0.id, client_id=ben.id, status="late")
    with pytest.raises(AuthenticationError):
        sessions.sign_session(db, therapist, s0.id, password="wrong password")
    assert row_count(db, Signature) == 0

    signed = sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    assert signed.status == SessionStatus.COMPLETED
    assert signed.content_hash and len(signed.content_hash) == 64
    assert [(s.name, s.role, s.meaning) for s in signed.signatures] == [
        ("Tess Therapist", "Therapist", SignatureMeaning.LEADER)
    ]
    assert not (signed.can_edit or signed.can_sign or signed.can_cancel)
    assert signed.can_add_addendum
    assert sessions.verify_session_integrity(db, therapist, s0.id) is True

    for action in ("start_session", "record_attendance", "set_group_note", "sign_session"):
        assert audit_entries(db, action), action

    with db.read() as s:
        history = session_history.history_for_client(s, ana.id)
        counts = session_history.attendance_counts(s, ben.id)
    assert len(history) == 1
    entry = history[0]
    assert (entry.title, entry.status, entry.attendance, entry.individual_note) == (
        s0.title,
        SessionStatus.COMPLETED,
        P,
        "Engaged well.",
    )
    assert entry.duration_minutes == 60 and entry.leaders == ("Tess Therapist",)
    assert entry.signatures[0].meaning == SignatureMeaning.LEADER
    assert (counts.late, counts.attended, counts.total) == (1, 1, 1)


@pytest.mark.parametrize("who", ["leader", "super_admin", "records_admin"])
def test_everything_is_locked_after_signing(db, kit, therapist, two_clients, make_staff, who):
    ana, _ = two_clients
    s0 = kit.in_progress(therapist, [ana.id])
    kit.document(therapist, s0.id)
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    actor = {
        "leader": therapist,
        "super_admin": make_staff(Role.SUPER_ADMIN),
        "records_admin": make_staff(Role.RECORDS_ADMIN),
    }[who]
    edits = [
        lambda: sessions.record_attendance(
            db, actor, s0.id, client_id=ana.id, status=AttendanceStatus.ABSENT
        ),
        lambda: sessions.set_individual_note(db, actor, s0.id, client_id=ana.id, text="x"),
        lambda: sessions.set_group_note(db, actor, s0.id, text="x"),
        lambda: sessions.cancel_session(db, actor, s0.id, reason="x"),
        lambda: sessions.change_session_date(
            db, actor, s0.id, new_date=clock.today(), reason="late"
        ),
        lambda: sessions.add_co_leader(db, actor, s0.id, staff_id=therapist.staff_id),
    ]
    for edit in edits:
        with pytest.raises(Locked, match="completed and signed"):
            edit()
    with db.read() as s:
        assert s.scalar(select(Enrolment.attendance).where(Enrolment.client_id == ana.id)) == P


def test_review_path(db, kit, make_staff, two_clients):
    ana, _ = two_clients
    trainee = make_staff(Role.CASE_MANAGER, Feature.REQUIRES_REVIEW, full_name="Tia Trainee")
    co_reviewer = make_staff(Role.THERAPIST, Feature.REVIEWS_SESSIONS, full_name="Cal Colead")
    reviewer = make_staff(Role.THERAPIST, Feature.REVIEWS_SESSIONS, full_name="Rae Reviewer")
    plain = make_staff(Role.THERAPIST)

    s0 = kit.in_progress(trainee, [ana.id])
    sessions.add_co_leader(db, trainee, s0.id, staff_id=co_reviewer.staff_id)
    kit.document(trainee, s0.id)
    first = sessions.sign_session(db, trainee, s0.id, password=PASSWORD)
    assert first.status == SessionStatus.IN_PROGRESS  # the co-leader has not signed yet
    with pytest.raises(Locked, match="already signed"):
        sessions.set_group_note(db, co_reviewer, s0.id, text="late edit")
    with pytest.raises(PermissionDenied, match="already signed"):
        sessions.sign_session(db, trainee, s0.id, password=PASSWORD)
    pending = sessions.sign_session(db, co_reviewer, s0.id, password=PASSWORD)
    assert pending.status == SessionStatus.PENDING_REVIEW
    assert [s.meaning for s in pending.signatures] == [
        SignatureMeaning.LEADER,
        SignatureMeaning.CO_SIGNER,
    ]
    with pytest.raises(Locked, match="waiting for review"):
        sessions.set_group_note(db, trainee, s0.id, text="x")

    # The board tells reviewers, not the co-leader who also reviews.
    day = s0.starts_at.date()
    assert [c.needs_my_review for c in sessions.board(db, reviewer, day=day)] == [True]
    assert [c.needs_my_review for c in sessions.board(db, co_reviewer, day=day)] == [False]

    with pytest.raises(PermissionDenied, match="led this session"):
        sessions.review_session(db, co_reviewer, s0.id, password=PASSWORD)
    with pytest.raises(PermissionDenied, match="review group sessions"):
        sessions.review_session(db, plain, s0.id, password=PASSWORD)
    with pytest.raises(AuthenticationError):
        sessions.review_session(db, reviewer, s0.id, password="nope")
    assert audit_entries(db, "review_sessions", outcome=AuditOutcome.DENIED)

    done = sessions.review_session(db, reviewer, s0.id, password=PASSWORD)
    assert done.status == SessionStatus.COMPLETED
    assert done.signatures[-1].meaning == SignatureMeaning.REVIEWER
    assert done.signatures[-1].name == "Rae Reviewer"
    assert sessions.verify_session_integrity(db, reviewer, s0.id)

    # The reviewer may add an addendum; an unrelated therapist may not.
    add = sessions.add_addendum(
        db, reviewer, s0.id, text="Reviewed; see plan.", password=PASSWORD, client_id=ana.id
    )
    assert add.author_name == "Rae Reviewer"
    with pytest.raises(PermissionDenied, match="addendum"):
        sessions.add_addendum(db, plain, s0.id, text="x", password=PASSWORD)


def test_who_may_start(db, kit, make_staff, therapist, two_clients):
    desk = make_staff(Role.FRONT_DESK)
    manager = make_staff(Role.MANAGER)
    other = make_staff(Role.THERAPIST)
    desk_with_feature = make_staff(Role.FRONT_DESK, Feature.MANAGE_GROUP_SESSIONS)
    tomorrow = datetime.combine(clock.today() + timedelta(days=1), time(9))
    s0 = kit.session(tomorrow)
    for actor in (desk, manager):
        with pytest.raises(PermissionDenied, match="start group sessions"):
            sessions.start_session(db, actor, s0.id)
    assert sessions.get_session(db, kit.admin, s0.id).status == SessionStatus.UPCOMING
    assert len(audit_entries(db, "start_session", outcome=AuditOutcome.DENIED)) == 2

    # A leader picked ahead of time: another therapist may not start it; an admin may,
    # without becoming leader.
    sessions.reassign_leader(db, desk_with_feature, s0.id, staff_id=therapist.staff_id)
    with pytest.raises(PermissionDenied, match="already has a leader"):
        sessions.start_session(db, other, s0.id)
    started = sessions.start_session(db, make_staff(Role.RECORDS_ADMIN), s0.id)
    assert [x.staff_id for x in started.leaders] == [therapist.staff_id]
    with pytest.raises(Conflict, match="already been started"):
        sessions.start_session(db, therapist, s0.id)

    # Issue 11: whoever starts a leaderless session leads it, and front desk never leads;
    # once a leader is set, front desk may start it for them (logistics).
    s1 = kit.session(tomorrow + timedelta(hours=2))
    with pytest.raises(PermissionDenied, match="cannot lead"):
        sessions.start_session(db, desk_with_feature, s1.id)
    sessions.reassign_leader(db, desk_with_feature, s1.id, staff_id=therapist.staff_id)
    started = sessions.start_session(db, desk_with_feature, s1.id)
    assert [x.staff_id for x in started.leaders] == [therapist.staff_id]


def test_only_leaders_or_all_access_roles_document(db, kit, make_staff, therapist, two_clients):
    ana, _ = two_clients
    s0 = kit.in_progress(therapist, [ana.id])
    outsider = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied, match="leaders"):
        sessions.record_attendance(db, outsider, s0.id, client_id=ana.id, status=P)
    with pytest.raises(PermissionDenied):
        sessions.set_group_note(db, outsider, s0.id, text="not mine")
    with db.read() as s:
        assert s.scalar(select(Enrolment.attendance)) is None
        assert s.scalar(select(GroupSession.group_note)) == ""
    admin_row = sessions.record_attendance(db, kit.admin, s0.id, client_id=ana.id, status=P)
    assert admin_row.attendance == P
    with pytest.raises(StaleEdit):
        sessions.record_attendance(
            db, therapist, s0.id, client_id=ana.id, status=P, expected_version=1
        )


def test_documenting_needs_a_started_session(db, kit, therapist, two_clients):
    ana, _ = two_clients
    s0 = kit.session(datetime.combine(clock.today() + timedelta(days=2), time(9)))
    kit.enrol(s0.id, ana.id)
    sessions.reassign_leader(db, kit.admin, s0.id, staff_id=therapist.staff_id)
    with pytest.raises(Conflict, match="Start the session"):
        sessions.record_attendance(db, therapist, s0.id, client_id=ana.id, status=P)
    with pytest.raises(Conflict, match="in progress can be signed"):
        sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    reviewer = kit.admin
    with pytest.raises(PermissionDenied):
        sessions.review_session(db, reviewer, s0.id, password=PASSWORD)


def test_front_desk_sees_roster_names_not_notes(db, kit, make_staff, therapist, two_clients):
    ana, ben = two_clients
    s0 = kit.in_progress(therapist, [ana.id, ben.id])
    sessions.set_individual_note(db, therapist, s0.id, client_id=ana.id, text="Private.")
    sessions.set_group_note(db, therapist, s0.id, text="Group private.")
    desk = make_staff(Role.FRONT_DESK)
    seen = sessions.get_session(db, desk, s0.id)
    assert [(r.first_name, r.last_name) for r in seen.roster] == [
        ("Ben", "Young"),
        ("Ana", "Zapata"),
    ]
    assert all(r.individual_note is None for r in seen.roster)
    assert seen.group_note is None and not seen.clinical_visible
    assert not (seen.can_edit or seen.can_sign)
    mine = sessions.get_session(db, therapist, s0.id)
    assert mine.group_note == "Group private." and mine.roster[1].individual_note == "Private."
    assert audit_entries(db, "read_session")


def test_signed_note_tampering_is_detected(db, kit, therapist, two_clients):
    ana, ben = two_clients
    s0 = kit.in_progress(therapist, [ana.id, ben.id])
    kit.document(therapist, s0.id)
    sessions.set_individual_note(db, therapist, s0.id, client_id=ana.id, text="Original.")
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    add = sessions.add_addendum(db, therapist, s0.id, text="Correction.", password=PASSWORD)
    assert add.client_id is None
    assert sessions.verify_session_integrity(db, therapist, s0.id) is True

    with db.write() as s:  # a direct database edit, bypassing the services
        s.execute(
            update(Enrolment)
            .where(Enrolment.client_id == ana.id)
            .values(individual_note="Rewritten.")
            .execution_options(synchronize_session=False)
        )
    assert sessions.verify_session_integrity(db, therapist, s0.id) is False


def test_tampering_before_review_blocks_the_review(db, kit, make_staff, two_clients):
    ana, _ = two_clients
    trainee = make_staff(Role.THERAPIST, Feature.REQUIRES_REVIEW)
    reviewer = make_staff(Role.CASE_MANAGER, Feature.REVIEWS_SESSIONS)
    s0 = kit.in_progress(trainee, [ana.id])
    kit.document(trainee, s0.id)
    sessions.sign_session(db, trainee, s0.id, password=PASSWORD)
    with db.write() as s:
        s.execute(
            update(GroupSession)
            .values(group_note="inserted later")
            .execution_options(synchronize_session=False)
        )
    with pytest.raises(Conflict, match="no longer matches"):
        sessions.review_session(db, reviewer, s0.id, password=PASSWORD)


def test_addendum_rules(db, kit, make_staff, therapist, two_clients, make_client):
    ana, ben = two_clients
    stranger = make_client("Cy", "Other")
    s0 = kit.in_progress(therapist, [ana.id, ben.id])
    with pytest.raises(Conflict, match="signed sessions only"):
        sessions.add_addendum(db, therapist, s0.id, text="x", password=PASSWORD)
    kit.document(therapist, s0.id)
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    with pytest.raises(ValidationError, match="did not attend"):
        sessions.add_addendum(
            db, therapist, s0.id, text="x", password=PASSWORD, client_id=stranger.id
        )
    with pytest.raises(ValidationError, match="empty"):
        sessions.add_addendum(db, therapist, s0.id, text="   ", password=PASSWORD)
    sessions.add_addendum(
        db, therapist, s0.id, text="About Ana.", password=PASSWORD, client_id=ana.id
    )
    with db.read() as s:
        ana_file = session_history.history_for_client(s, ana.id)[0]
        ben_file = session_history.history_for_client(s, ben.id)[0]
    assert [a.text for a in ana_file.addenda] == ["About Ana."]
    assert ben_file.addenda == ()  # an addendum about another attendee stays out
    assert audit_entries(db, "add_addendum")[0].client_id == ana.id


def test_cancel(db, kit, make_staff, therapist, two_clients):
    ana, _ = two_clients
    desk = make_staff(Role.FRONT_DESK)
    upcoming = kit.session(datetime.combine(clock.today() + timedelta(days=3), time(9)))
    with pytest.raises(ValidationError, match="reason"):
        sessions.cancel_session(db, desk, upcoming.id, reason="  ")
    cancelled = sessions.cancel_session(db, desk, upcoming.id, reason="Public holiday")
    assert (cancelled.status, cancelled.cancel_reason) == (
        SessionStatus.CANCELLED,
        "Public holiday",
    )
    with pytest.raises(Locked, match="cancelled"):
        sessions.start_session(db, therapist, upcoming.id)

    running = kit.in_progress(therapist, [ana.id])
    with pytest.raises(PermissionDenied):
        sessions.cancel_session(db, desk, running.id, reason="x")
    assert sessions.cancel_session(db, therapist, running.id, reason="Fire drill").status == (
        SessionStatus.CANCELLED
    )
    assert len(audit_entries(db, "cancel_session", outcome=AuditOutcome.OK)) == 2
    assert len(audit_entries(db, "cancel_session", outcome=AuditOutcome.DENIED)) == 1


def test_leaders(db, kit, make_staff, therapist, two_clients):
    other = make_staff(Role.CASE_MANAGER)
    desk = make_staff(Role.FRONT_DESK)
    s0 = kit.in_progress(therapist)
    with pytest.raises(ValidationError, match="cannot lead"):
        sessions.add_co_leader(db, therapist, s0.id, staff_id=desk.staff_id)
    with pytest.raises(PermissionDenied):
        sessions.add_co_leader(db, other, s0.id, staff_id=other.staff_id)
    co = sessions.add_co_leader(db, therapist, s0.id, staff_id=other.staff_id)
    assert [(x.staff_id, x.is_primary) for x in co.leaders] == [
        (therapist.staff_id, True),
        (other.staff_id, False),
    ]
    with pytest.raises(Conflict, match="already leads"):
        sessions.add_co_leader(db, therapist, s0.id, staff_id=other.staff_id)
    moved = sessions.reassign_leader(db, therapist, s0.id, staff_id=other.staff_id)
    assert [(x.staff_id, x.is_primary) for x in moved.leaders] == [(other.staff_id, True)]
    with pytest.raises(PermissionDenied):  # no longer a leader
        sessions.set_group_note(db, therapist, s0.id, text="x")


def test_change_session_date(db, kit, therapist, two_clients):
    ana, _ = two_clients
    s0 = kit.in_progress(therapist, [ana.id])
    with pytest.raises(ValidationError, match="future"):
        sessions.change_session_date(
            db, therapist, s0.id, new_date=clock.today() + timedelta(days=5), reason="x"
        )
    with pytest.raises(ValidationError, match="reason"):
        sessions.change_session_date(db, therapist, s0.id, new_date=clock.today(), reason="")
    moved = sessions.change_session_date(
        db, therapist, s0.id, new_date=clock.today() - timedelta(days=2), reason="Documented late"
    )
    assert moved.date == clock.today() - timedelta(days=2) == moved.documented_date
    kit.document(therapist, s0.id)
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    with db.read() as s:
        assert session_history.history_for_client(s, ana.id)[0].date == moved.date


def test_group_sessions_switched_off(db, kit, therapist, two_clients):
    ana, _ = two_clients
    done = kit.in_progress(therapist, [ana.id])
    kit.document(therapist, done.id)
    sessions.sign_session(db, therapist, done.id, password=PASSWORD)
    upcoming = kit.session(datetime.combine(clock.today() + timedelta(days=4), time(9)))
    template_id = upcoming.session_template_id
    kit.group_sessions(False)
    with pytest.raises(Conflict, match="switched off"):
        sessions.start_session(db, therapist, upcoming.id)
    with pytest.raises(Conflict, match="switched off"):
        sessions.create_session(
            db, kit.admin, session_template_id=template_id, starts_at=datetime(2030, 1, 1, 9)
        )
    assert not sessions.get_session(db, therapist, upcoming.id).can_start
    # History stays readable.
    assert sessions.get_session(db, therapist, done.id).status == SessionStatus.COMPLETED
    with db.read() as s:
        assert len(session_history.history_for_client(s, ana.id)) == 1
    kit.group_sessions(True)
    assert sessions.start_session(db, therapist, upcoming.id).status == SessionStatus.IN_PROGRESS


def test_board_is_not_n_plus_one(db, kit, therapist, make_staff, bulk_clients):
    day = clock.today() + timedelta(days=7)
    template = kit.template(duration=45)
    ids = bulk_clients(3)

    def count_queries(fn):
        statements = []

        def listener(*args):
            statements.append(args[2])

        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            result = fn()
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return result, len(statements)

    first = kit.session(datetime.combine(day, time(8)), template_id=template.id)
    kit.enrol(first.id, *ids)
    sessions.start_session(db, therapist, first.id)
    _, few = count_queries(lambda: sessions.board(db, therapist, day=day))
    for hour in range(9, 21):
        kit.session(datetime.combine(day, time(hour)), template_id=template.id)
    cards, many = count_queries(lambda: sessions.board(db, therapist, day=day))
    assert len(cards) == 13 and few == many
    assert (cards[0].enrolled_count, cards[0].leaders, cards[0].i_lead) == (
        3,
        ("Tess Therapist",),
        True,
    )
    assert cards[0].needs_my_signature and not cards[1].i_lead
    assert cards[0].ends_at == datetime.combine(day, time(8, 45))
    assert sessions.board(db, therapist, day=day + timedelta(days=1)) == []
    between = sessions.list_sessions(db, therapist, start=day, end=day)
    assert len(between) == 13


def test_removing_a_co_leader(db, kit, make_staff, therapist, two_clients):
    other = make_staff(Role.CASE_MANAGER, full_name="Carl Casey")
    s0 = kit.in_progress(therapist, [c.id for c in two_clients])
    sessions.add_co_leader(db, therapist, s0.id, staff_id=other.staff_id)
    with pytest.raises(Conflict, match="primary leader cannot be removed"):
        sessions.remove_co_leader(db, therapist, s0.id, staff_id=therapist.staff_id)
    with pytest.raises(PermissionDenied):
        sessions.remove_co_leader(db, make_staff(Role.THERAPIST), s0.id, staff_id=other.staff_id)
    left = sessions.remove_co_leader(db, therapist, s0.id, staff_id=other.staff_id)
    assert [x.staff_id for x in left.leaders] == [therapist.staff_id]
    with pytest.raises(NotFound):
        sessions.remove_co_leader(db, therapist, s0.id, staff_id=other.staff_id)
    assert len(audit_entries(db, "remove_co_leader", outcome=AuditOutcome.OK)) == 1

    # Once a leader has signed, the set of leaders is part of the signed record.
    sessions.add_co_leader(db, therapist, s0.id, staff_id=other.staff_id)
    for client in two_clients:
        sessions.record_attendance(db, therapist, s0.id, client_id=client.id, status=P)
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    with pytest.raises(Locked):
        sessions.remove_co_leader(db, therapist, s0.id, staff_id=other.staff_id)


def test_a_caseload_therapist_is_made_a_leader(db, admin, kit, make_staff, two_clients):
    """Seed 004: the primary therapist of every attendee leads their caseload session."""
    caseload = make_staff(Role.THERAPIST, full_name="Cara Caseload")
    starter = make_staff(Role.CASE_MANAGER, full_name="Stan Starter")
    ana, ben = two_clients
    for client in (ana, ben):
        clients.set_care_team(
            db, admin, client.id, primary_therapist_id=caseload.staff_id, case_manager_id=None
        )
    when = datetime.combine(clock.today() + timedelta(days=1), time(10))
    s0 = kit.session(when)
    kit.enrol(s0.id, ana.id, ben.id)
    started = sessions.start_session(db, starter, s0.id)
    assert [(x.staff_id, x.is_primary) for x in started.leaders] == [
        (starter.staff_id, True),
        (caseload.staff_id, False),
    ]

    # The caseload therapist starting it leads it once, as primary.
    s1 = kit.session(when + timedelta(days=1))
    kit.enrol(s1.id, ana.id, ben.id)
    started = sessions.start_session(db, caseload, s1.id)
    assert [(x.staff_id, x.is_primary) for x in started.leaders] == [(caseload.staff_id, True)]

    # One attendee with another primary therapist: both therapists lead (docs/SESSIONS.md).
    s2 = kit.session(when + timedelta(days=2))
    other_client = make_client_for(db, admin, make_staff)
    kit.enrol(s2.id, ana.id, ben.id, other_client.id)
    started = sessions.start_session(db, starter, s2.id)
    other = clients.get_care_team(db, admin, other_client.id).primary_therapist.id
    assert {x.staff_id for x in started.leaders} == {
        starter.staff_id,
        caseload.staff_id,
        other,
    }


def make_client_for(db, admin, make_staff):
    """A client whose primary therapist is someone else."""
    client = clients.create_client(db, admin, first_name="Oli", last_name="Other")
    elsewhere = make_staff(Role.THERAPIST)
    clients.set_care_team(
        db, admin, client.id, primary_therapist_id=elsewhere.staff_id, case_manager_id=None
    )
    return client
