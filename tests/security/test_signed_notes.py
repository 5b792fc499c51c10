"""A signed note cannot change without the integrity check failing.

Three ways in: the services (refused: Locked, or a permission refusal), a direct
ORM/SQL edit of the documented content (``verify_session_integrity`` turns False, even
when the editor also rewrites the session's seal), and the append-only tables —
signatures, addenda, audit entries — whose UPDATE/DELETE the database itself refuses.
Addenda add to a signed session and leave the original intact.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError

from clinicdesk.db.models import Enrolment, GroupSession, SessionLeader
from clinicdesk.domain.enums import AttendanceStatus, Role, SessionStatus
from clinicdesk.domain.errors import ClinicDeskError, Locked
from clinicdesk.services import schedules, sessions
from tests.fixtures.sessions import PASSWORD


@pytest.fixture
def signed(db, kit, make_staff, make_client):
    """A completed session: one therapist, two attendees with notes, signed."""
    leader = make_staff(Role.THERAPIST)
    a = make_client("Ana", "Alves").id
    b = make_client("Ben", "Brown").id
    detail = kit.in_progress(leader, [a, b], at=datetime(2025, 2, 3, 10, 0))
    kit.document(leader, detail.id)
    for c in (a, b):
        sessions.set_individual_note(db, leader, detail.id, client_id=c, text=f"Note {c}")
    sessions.set_group_note(db, leader, detail.id, text="The group note")
    sessions.sign_session(db, leader, detail.id, password=PASSWORD)
    return leader, detail.id, (a, b)


def _seal_too(db, session_id) -> None:
    """What a careful forger would add: recompute and store the session's own seal."""
    with db.write() as s:
        gs = s.get(GroupSession, session_id)
        gs.content_hash = sessions.content_hash(s, gs)


EDITS: dict[str, Callable] = {
    "individual note": lambda s, sid, clients: s.execute(
        update(Enrolment)
        .where(Enrolment.session_id == sid, Enrolment.client_id == clients[0])
        .values(individual_note="Rewritten")
    ),
    "attendance": lambda s, sid, clients: s.execute(
        update(Enrolment)
        .where(Enrolment.session_id == sid, Enrolment.client_id == clients[1])
        .values(attendance=AttendanceStatus.ABSENT)
    ),
    "group note": lambda s, sid, clients: s.execute(
        update(GroupSession).where(GroupSession.id == sid).values(group_note="Rewritten")
    ),
    "duration": lambda s, sid, clients: s.execute(
        update(GroupSession).where(GroupSession.id == sid).values(duration_minutes=5)
    ),
    "attendee withdrawn": lambda s, sid, clients: s.execute(
        update(Enrolment)
        .where(Enrolment.session_id == sid, Enrolment.client_id == clients[0])
        .values(withdrawn_at=datetime(2025, 2, 4, 0, 0).astimezone())
    ),
    "leader demoted": lambda s, sid, clients: s.execute(
        update(SessionLeader).where(SessionLeader.session_id == sid).values(is_primary=False)
    ),
}


@pytest.mark.parametrize("reseal", [False, True], ids=["plain", "resealed"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_direct_edit_of_signed_content_is_detected(db, admin, signed, edit, reseal):
    _, session_id, clients = signed
    assert sessions.verify_session_integrity(db, admin, session_id)
    with db.write() as s:
        EDITS[edit](s, session_id, clients)
    if reseal:
        _seal_too(db, session_id)
    assert sessions.verify_session_integrity(db, admin, session_id) is False


def test_services_refuse_every_change_to_a_signed_session(db, admin, kit, signed, make_client):
    leader, session_id, (a, _) = signed
    extra = make_client("Cai", "Chen").id
    other = kit.admin
    attempts = {
        "note": lambda: sessions.set_individual_note(db, leader, session_id, client_id=a, text="x"),
        "group note": lambda: sessions.set_group_note(db, leader, session_id, text="x"),
        "attendance": lambda: sessions.record_attendance(
            db, leader, session_id, client_id=a, status=AttendanceStatus.LATE
        ),
        "date": lambda: sessions.change_session_date(
            db, leader, session_id, new_date=date(2025, 2, 2), reason="late"
        ),
        "leader": lambda: sessions.reassign_leader(db, admin, session_id, staff_id=other.staff_id),
        "co-leader": lambda: sessions.add_co_leader(db, admin, session_id, staff_id=other.staff_id),
        "cancel": lambda: sessions.cancel_session(db, admin, session_id, reason="x"),
        "add attendee": lambda: schedules.add_attendee(db, admin, session_id, client_id=extra),
        "remove attendee": lambda: schedules.remove_attendee(db, admin, session_id, client_id=a),
        "start": lambda: sessions.start_session(db, admin, session_id),
        "sign again": lambda: sessions.sign_session(db, leader, session_id, password=PASSWORD),
    }
    before = sessions.get_session(db, admin, session_id)
    for name, attempt in attempts.items():
        with pytest.raises(ClinicDeskError):
            attempt()
        assert sessions.verify_session_integrity(db, admin, session_id), name
    after = sessions.get_session(db, admin, session_id)
    assert after.roster == before.roster and after.group_note == before.group_note


def test_roster_is_frozen_once_the_first_leader_has_signed(db, kit, make_staff, make_client):
    """Two leaders; the primary has signed, the co-leader has not (still In progress).

    The primary's signature covers the roster, so nobody may add or withdraw an
    attendee until the session is complete (then it is locked anyway).
    """
    lead = make_staff(Role.THERAPIST)
    co = make_staff(Role.THERAPIST)
    a, late = make_client("Ana", "Alves").id, make_client("Leo", "Late").id
    detail = kit.in_progress(lead, [a], at=datetime(2025, 3, 3, 10, 0))
    sessions.add_co_leader(kit.db, lead, detail.id, staff_id=co.staff_id)
    kit.document(lead, detail.id)
    sessions.sign_session(db, lead, detail.id, password=PASSWORD)
    assert sessions.get_session(db, lead, detail.id).status == SessionStatus.IN_PROGRESS
    with pytest.raises(Locked):
        schedules.add_attendee(db, kit.admin, detail.id, client_id=late)
    with pytest.raises(Locked):
        schedules.remove_attendee(db, kit.admin, detail.id, client_id=a)
    assert sessions.verify_session_integrity(db, kit.admin, detail.id)
    done = sessions.sign_session(db, co, detail.id, password=PASSWORD)
    assert done.status == SessionStatus.COMPLETED
    assert sessions.verify_session_integrity(db, kit.admin, detail.id)


def test_addendum_keeps_the_original_intact(db, admin, signed):
    leader, session_id, (a, _) = signed
    before = sessions.get_session(db, admin, session_id)
    sessions.add_addendum(db, leader, session_id, text="Correction", password=PASSWORD, client_id=a)
    sessions.add_addendum(db, admin, session_id, text="Reviewed later", password=PASSWORD)
    after = sessions.get_session(db, admin, session_id)
    assert after.roster == before.roster
    assert after.group_note == before.group_note
    assert after.content_hash == before.content_hash
    assert [x.text for x in after.addenda] == ["Correction", "Reviewed later"]
    assert sessions.verify_session_integrity(db, admin, session_id)


@pytest.mark.parametrize("table", ["signature", "addendum", "audit_entry"])
@pytest.mark.parametrize("verb", ["UPDATE", "DELETE"])
def test_append_only_tables_refuse_update_and_delete(db, admin, signed, table, verb):
    leader, session_id, _ = signed
    sessions.add_addendum(db, leader, session_id, text="An addendum", password=PASSWORD)
    column = {"signature": "printed_name", "addendum": "text", "audit_entry": "action"}[table]
    sql = f"UPDATE {table} SET {column} = 'forged'" if verb == "UPDATE" else f"DELETE FROM {table}"
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text(sql))
    assert sessions.verify_session_integrity(db, admin, session_id)


def test_a_forged_addendum_is_detected(db, admin, signed):
    """Someone who can drop the triggers and rewrite an addendum is still caught."""
    leader, session_id, _ = signed
    sessions.add_addendum(db, leader, session_id, text="Original addendum", password=PASSWORD)
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER addendum_no_update"))
        else:
            conn.execute(text("ALTER TABLE addendum DISABLE TRIGGER addendum_append_only"))
        try:
            conn.execute(text("UPDATE addendum SET text = 'Forged'"))
        finally:
            if conn.dialect.name != "sqlite":
                conn.execute(text("ALTER TABLE addendum ENABLE TRIGGER addendum_append_only"))
    assert sessions.verify_session_integrity(db, admin, session_id) is False


def test_session_template_change_does_not_touch_signed_sessions(db, admin, kit, signed):
    """Editing the template a signed session came from leaves that session as signed."""
    from clinicdesk.services import templates

    _, session_id, _ = signed
    detail = sessions.get_session(db, admin, session_id)
    templates.update_session_template(
        db, admin, detail.session_template_id, name="Renamed", duration_minutes=15
    )
    assert sessions.verify_session_integrity(db, admin, session_id)
    assert sessions.get_session(db, admin, session_id).title == detail.title
