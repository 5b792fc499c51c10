"""A sync batch on the server: one transaction, a SAVEPOINT per action; one password check.

``Database.batch`` runs many actions in one durable transaction; an action that fails
rolls back its own savepoint only, and the audit chain and its checkpoint stay exact.
A sync checks the password once (its login); the signatures it replays rely on it.
"""

from __future__ import annotations

import pytest

from clinicdesk.db.models import AuditHead
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.errors import AuthenticationError, PermissionDenied, StaleEdit
from clinicdesk.services import audit_checkpoints, auth, maintenance, sessions
from clinicdesk.services.sql_types import url_of
from tests.fixtures.people import TEST_PASSWORD
from tests.fixtures.staff_admin import audit_entries


def _head(db) -> tuple[int, str]:
    with db.read() as s:
        head = s.get(AuditHead, 1)
        assert head is not None
        return head.last_seq, head.last_hash


def _checkpoint(db):
    with db.read() as s:
        return audit_checkpoints.read_local(audit_checkpoints.location_of(url_of(s)))


def test_a_refused_action_rolls_back_only_its_savepoint(clinic):
    server, me, sid = clinic.server, clinic.therapist, clinic.session_id
    first, second = clinic.client_ids[:2]
    version = sessions.get_session(server, me, sid).version
    with server.batch():
        sessions.set_group_note(server, me, sid, text="One.")
        with pytest.raises(StaleEdit):  # the version it saw is gone: refused
            sessions.set_group_note(server, me, sid, text="Stale.", expected_version=version)
        with pytest.raises(PermissionDenied):  # a colleague who does not lead it
            sessions.set_group_note(server, clinic.colleague, sid, text="Not mine.")
        sessions.record_attendance(
            server, me, sid, client_id=first, status=AttendanceStatus.PRESENT
        )
        inside = sessions.get_session(server, me, sid)  # reads see the batch's own writes
        assert inside.group_note == "One."
    detail = sessions.get_session(server, clinic.admin, sid)
    assert detail.group_note == "One."
    assert {r.client_id: r.attendance for r in detail.roster}[first] is AttendanceStatus.PRESENT
    assert {r.client_id: r.attendance for r in detail.roster}[second] is None
    # The refusal is audited (in the batch), the refused changes are not.
    entries = audit_entries(server, "set_group_note")
    assert [(e.staff_id, e.outcome) for e in entries] == [
        (me.staff_id, "ok"),
        (clinic.colleague.staff_id, "denied"),
    ]
    # The chain continues exactly, and the workstation's checkpoint is the committed head.
    seq, hashed = _head(server)
    cp = _checkpoint(server)
    assert cp is not None and (cp.seq, cp.hash) == (seq, hashed)
    assert maintenance.verify_audit_log(server, clinic.admin).ok


def test_a_batch_that_fails_leaves_nothing_behind(clinic):
    server, me, sid = clinic.server, clinic.therapist, clinic.session_id
    before = _head(server)
    checkpoint = _checkpoint(server)
    with pytest.raises(RuntimeError), server.batch():
        sessions.set_group_note(server, me, sid, text="Never committed.")
        assert _head(server)[0] > before[0]
        raise RuntimeError("the connection dropped")
    assert _head(server) == before
    assert _checkpoint(server) == checkpoint  # not moved past what was committed
    assert sessions.get_session(server, clinic.admin, sid).group_note == ""
    assert maintenance.verify_audit_log(server, clinic.admin).ok


def test_replayed_signatures_rely_on_the_sync_login(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sid = clinic.session_id
    for cid in clinic.client_ids:
        sessions.record_attendance(laptop, me, sid, client_id=cid, status=AttendanceStatus.PRESENT)
    sessions.sign_session(laptop, me, sid, password=TEST_PASSWORD)
    laptop.dispose()
    report = clinic.sync(path)
    assert (report.applied, report.waiting) == (4, 0)
    assert sessions.get_session(clinic.server, clinic.admin, sid).seal_intact
    (confirmed,) = audit_entries(clinic.server, "confirm_password")
    assert confirmed.outcome == "ok" and '"reason":"login"' in confirmed.details


def test_a_login_proof_covers_only_the_same_password_and_hash(db, make_staff):
    from clinicdesk.domain.enums import Role

    ana = make_staff(Role.THERAPIST, username="ana")
    actor, proof = auth.login_with_proof(db, "ana", TEST_PASSWORD)
    assert TEST_PASSWORD not in repr(proof) and TEST_PASSWORD.encode() not in proof.digest
    with auth.password_confirmed_by(proof):
        auth.confirm_password(db, actor, password=TEST_PASSWORD)
        with pytest.raises(AuthenticationError):  # another password: the real check, refused
            auth.confirm_password(db, actor, password="not the password")
    reasons = [e.details for e in audit_entries(db, "confirm_password")]
    assert '"reason":"login"' in reasons[0] and '"reason":"wrong_password"' in reasons[1]
    # Once the password changed, the proof no longer stands for it.
    auth.change_password(db, actor, TEST_PASSWORD, "a brand new passphrase 42")
    with auth.password_confirmed_by(proof), pytest.raises(AuthenticationError):
        auth.confirm_password(db, actor, password=TEST_PASSWORD)
    assert ana.staff_id == actor.staff_id


def test_answers_the_laptop_never_heard_are_only_acknowledged(clinic):
    """The server committed a batch but the laptop's marks were never written (a sync
    killed in between): the next sync finds every answer on the server, applies nothing
    twice and loses nothing. A copy of the laptop file taken before the first sync is
    exactly that laptop."""
    import shutil

    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sid = clinic.session_id
    for cid in clinic.client_ids:
        sessions.record_attendance(laptop, me, sid, client_id=cid, status=AttendanceStatus.PRESENT)
    sessions.set_group_note(laptop, me, sid, text="Offline.")
    laptop.dispose()
    unheard = path.with_name("unheard.sqlite3")
    shutil.copy(path, unheard)
    first = clinic.sync(path)
    assert (first.applied, first.already) == (4, 0)
    again = clinic.sync(unheard)
    assert (again.applied, again.already, again.conflicts, again.waiting) == (0, 4, 0, 0)
    assert len(audit_entries(clinic.server, "sync_replay")) == 4
    assert sessions.get_session(clinic.server, clinic.admin, sid).group_note == "Offline."
    assert maintenance.verify_audit_log(clinic.server, clinic.admin).ok
