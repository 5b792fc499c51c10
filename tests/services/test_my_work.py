"""My work: one read of what waits for each person, following a session through its life."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.domain.enums import AuditOutcome, Feature, Role, SessionStatus
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.services import my_work, sessions
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD


def _ids(items):
    return [i.session_id for i in items]


@pytest.fixture
def people(make_staff):
    return (
        make_staff(Role.THERAPIST, full_name="Lea Leader"),
        make_staff(Role.THERAPIST, Feature.REQUIRES_REVIEW, full_name="Cole Coleader"),
        make_staff(Role.MANAGER, Feature.REVIEWS_SESSIONS, full_name="Rita Reviewer"),
    )


def test_a_session_moves_through_each_persons_lists(db, kit, people, make_client):
    lea, cole, rita = people
    ana, ben = make_client("Ana", "A"), make_client("Ben", "B")
    week_ago = datetime.combine(date.today() - timedelta(days=7), time(10))
    s0 = kit.in_progress(lea, [ana.id, ben.id], at=week_ago)
    sessions.add_co_leader(db, lea, s0.id, staff_id=cole.staff_id)

    work = my_work.my_work(db, lea)
    assert _ids(work.to_document) == [s0.id] and not work.to_sign
    item = work.to_document[0]
    assert (item.missing_attendance, item.age_days, item.date) == (2, 7, week_ago.date())
    assert _ids(my_work.my_work(db, cole).to_document) == [s0.id]
    assert my_work.my_work(db, rita).total == 0

    kit.document(lea, s0.id)
    sessions.set_group_note(db, lea, s0.id, text="Worked on plans.")
    assert _ids(my_work.my_work(db, lea).to_sign) == [s0.id]
    sessions.sign_session(db, lea, s0.id, password=PASSWORD)
    assert my_work.my_work(db, lea).total == 0
    # Signed by the leader: the co-leader's turn, even though the content is frozen.
    assert _ids(my_work.my_work(db, cole).to_sign) == [s0.id]
    sessions.sign_session(db, cole, s0.id, password=PASSWORD)
    assert my_work.my_work(db, cole).total == 0
    # Cole requires review: pending review, in the reviewer's list only.
    assert _ids(my_work.my_work(db, rita).to_review) == [s0.id]
    assert sessions.get_session(db, rita, s0.id).can_request_addendum
    assert not sessions.get_session(db, lea, s0.id).can_request_addendum

    request = my_work.request_addendum(db, rita, s0.id, reason="Add the risk review.")
    assert audit_entries(db, my_work.REQUEST_ADDENDUM)[0].entity_id == str(request.id)
    for leader in (lea, cole):
        asked = my_work.my_work(db, leader).addenda_requested
        assert _ids(asked) == [s0.id] and asked[0].note == "Add the risk review."
    sessions.review_session(db, rita, s0.id, password=PASSWORD)
    assert my_work.my_work(db, rita).total == 0
    sessions.add_addendum(db, cole, s0.id, text="Risk reviewed: none.", password=PASSWORD)
    assert my_work.my_work(db, lea).total == 0 and my_work.my_work(db, cole).total == 0


def test_requests_are_refused_to_leaders_and_before_signing(db, kit, people, make_client):
    lea, _cole, rita = people
    s0 = kit.in_progress(lea, [make_client("Ana", "A").id])
    with pytest.raises(PermissionDenied, match="once the session is signed"):
        my_work.request_addendum(db, rita, s0.id, reason="x")
    kit.document(lea, s0.id)
    sessions.sign_session(db, lea, s0.id, password=PASSWORD)
    with pytest.raises(PermissionDenied):
        my_work.request_addendum(db, lea, s0.id, reason="x")
    assert audit_entries(db, my_work.REQUEST_ADDENDUM, outcome=AuditOutcome.DENIED)
    with pytest.raises(ValidationError):
        my_work.request_addendum(db, rita, s0.id, reason="   ")
    assert not audit_entries(db, my_work.REQUEST_ADDENDUM, outcome=AuditOutcome.OK)


def test_clerical_staff_have_no_clinical_work(db, kit, people, make_staff, make_client):
    lea, _, _ = people
    kit.in_progress(lea, [make_client("Ana", "A").id])
    desk = make_staff(Role.FRONT_DESK, Feature.MANAGE_GROUP_SESSIONS)
    assert my_work.my_work(db, desk).total == 0


def test_possible_leaders_leave_out_who_cannot_lead_and_current_leaders(
    db, kit, people, make_staff, make_client
):
    lea, cole, rita = people
    desk = make_staff(Role.FRONT_DESK, full_name="Fay Desk")
    s0 = kit.in_progress(lea, [make_client("Ana", "A").id])
    names = [r.full_name for r in my_work.possible_leaders(db, rita, s0.id)]
    assert "Cole Coleader" in names
    assert "Lea Leader" not in names  # already leads it
    assert "Fay Desk" not in names and "Rita Reviewer" not in names  # cannot lead
    sessions.add_co_leader(db, lea, s0.id, staff_id=cole.staff_id)
    assert "Cole Coleader" not in [r.full_name for r in my_work.possible_leaders(db, lea, s0.id)]
    del desk


def test_a_session_whose_start_passed_unstarted_is_to_document(db, kit, admin, people, make_client):
    lea, cole, _ = people
    ana = make_client("Ana", "A")
    today = clock.today()
    held = kit.session(datetime.combine(today - timedelta(days=2), time(10)))
    later = kit.session(datetime.combine(today + timedelta(days=2), time(10)))
    for detail in (held, later):
        kit.enrol(detail.id, ana.id)
        sessions.reassign_leader(db, admin, detail.id, staff_id=lea.staff_id)
    work = my_work.my_work(db, lea)
    assert _ids(work.to_document) == [held.id] and not work.to_sign
    item = work.to_document[0]
    assert (item.status, item.missing_attendance, item.age_days) == (
        SessionStatus.UPCOMING,
        1,
        2,
    )
    assert my_work.my_work(db, cole).total == 0  # not a leader of it
    sessions.cancel_session(db, admin, held.id, reason="Room flooded")
    assert my_work.my_work(db, lea).total == 0
