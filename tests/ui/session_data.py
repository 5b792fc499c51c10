"""Demo-like session data for the Sessions tab tests and screenshots (through services).

``seed_day(db, admin, day)`` builds one day with six sessions across the statuses:
two upcoming (one without a leader), one in progress, one pending review, one
completed and one cancelled, with clients whose names need a Unicode font.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import AttendanceStatus, Feature, Role
from clinicdesk.services import clients, groups, schedules, sessions, templates
from clinicdesk.services.records import Actor
from tests.fixtures.people import TEST_PASSWORD, insert_staff

CLIENTS = (
    ("Zoë", "Dubois", "Zo"),
    ("José", "García-Márquez", None),
    ("Aoife", "Ní Bhriain", None),
    ("Ludwig", "van der Berg", "Lu"),
    ("Mei", "Zhang", None),
    ("Oluwaseun", "Adeyemi", "Seun"),
    ("Hannah", "O'Connor", None),
    ("Dmitri", "Ivanov", None),
)


@dataclass
class DemoDay:
    day: date
    therapist: Actor  # leads without review
    trainee: Actor  # requires review
    reviewer: Actor
    client_ids: list = field(default_factory=list)
    group_id: object = None
    sessions: dict = field(default_factory=dict)  # name → session id


def _session(db, admin, name, duration, location, at, group_id=None):
    t = templates.create_session_template(
        db, admin, name=name, duration_minutes=duration, location=location, group_id=group_id
    )
    return sessions.create_session(db, admin, session_template_id=t.id, starts_at=at).id


def seed_day(db: Database, admin: Actor, day: date | None = None) -> DemoDay:
    day = day or clock.today()
    demo = DemoDay(
        day,
        insert_staff(db, Role.THERAPIST, username="priya", full_name="Priya Raman"),
        insert_staff(
            db,
            Role.THERAPIST,
            Feature.REQUIRES_REVIEW,
            username="jonas",
            full_name="Jonas Lindqvist",
        ),
        insert_staff(
            db, Role.MANAGER, Feature.REVIEWS_SESSIONS, username="ruth", full_name="Ruth Adler"
        ),
    )
    for first, last, preferred in CLIENTS:
        rec = clients.create_client(
            db,
            admin,
            first_name=first,
            last_name=last,
            preferred_name=preferred,
            allow_duplicate=True,
        )
        demo.client_ids.append(rec.id)
    group = groups.create_group(db, admin, name="Tuesday DBT skills")
    demo.group_id = group.id
    at = lambda h, m=0: datetime.combine(day, time(h, m))  # noqa: E731
    ids = demo.client_ids
    plan = [
        ("dbt", "DBT skills group", 90, "Room 2", at(9), ids[:6], group.id),
        ("anxiety", "Anxiety management", 60, "Room 1", at(10, 30), ids[2:7], None),
        ("relapse", "Relapse prevention", 60, "Room 3", at(12), ids[:5], None),
        ("mindful", "Mindfulness drop-in", 45, "Garden room", at(13, 30), ids[3:8], None),
        ("parent", "Parenting circle", 90, "Room 2", at(15), ids[1:5], None),
        ("anger", "Anger management", 60, "Room 1", at(16, 30), ids[4:8], None),
    ]
    for key, name, minutes, room, when, roster, group_id in plan:
        sid = _session(db, admin, name, minutes, room, when, group_id)
        for cid in roster:
            schedules.add_attendee(db, admin, sid, client_id=cid, allow_double_booking=True)
        demo.sessions[key] = sid

    # Completed: Priya led and signed.
    sid = demo.sessions["dbt"]
    sessions.start_session(db, demo.therapist, sid)
    _document(db, demo.therapist, sid)
    sessions.sign_session(db, demo.therapist, sid, password=TEST_PASSWORD)
    # Pending review: Jonas (requires review) led and signed.
    sid = demo.sessions["anxiety"]
    sessions.start_session(db, demo.trainee, sid)
    _document(db, demo.trainee, sid)
    sessions.sign_session(db, demo.trainee, sid, password=TEST_PASSWORD)
    # In progress: Priya started, some attendance recorded.
    sid = demo.sessions["relapse"]
    sessions.start_session(db, demo.therapist, sid)
    detail = sessions.get_session(db, demo.therapist, sid)
    for row, status in zip(
        detail.roster[:3],
        (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT),
        strict=False,
    ):
        sessions.record_attendance(db, demo.therapist, sid, client_id=row.client_id, status=status)
    sessions.add_co_leader(db, demo.therapist, sid, staff_id=demo.trainee.staff_id)
    # Upcoming with a leader assigned in advance.
    sessions.reassign_leader(db, admin, demo.sessions["mindful"], staff_id=demo.therapist.staff_id)
    # Cancelled.
    sessions.cancel_session(db, admin, demo.sessions["anger"], reason="Room flooded")
    return demo


def _document(db, leader, sid) -> None:
    detail = sessions.get_session(db, leader, sid)
    marks = [
        AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.LEFT_EARLY,
    ]
    for i, row in enumerate(detail.roster):
        sessions.record_attendance(
            db, leader, sid, client_id=row.client_id, status=marks[i % len(marks)]
        )
        sessions.set_individual_note(
            db,
            leader,
            sid,
            client_id=row.client_id,
            text=f"Engaged with the skills practice (attendee {i + 1}).",
        )
    sessions.set_group_note(db, leader, sid, text="Group practised distress tolerance skills.")
