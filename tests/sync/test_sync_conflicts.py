"""Every kind of refusal lands in the conflicts queue with both sides; a person resolves it."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from clinicdesk.db.base import utcnow
from clinicdesk.db.models import Addendum, SyncApplied, SyncConflict, SyncState
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.errors import Conflict, ValidationError
from clinicdesk.domain.sync_rules import Resolution
from clinicdesk.services import clients, schedules, sessions
from clinicdesk.sync import client, devices
from tests.fixtures.people import TEST_PASSWORD


def _only_conflict(clinic, path) -> client.ConflictView:
    laptop, _ = clinic.open(path)
    try:
        (conflict,) = client.conflicts(laptop)
    finally:
        laptop.dispose()
    return conflict


def _server_conflicts(clinic) -> int:
    with clinic.server.read() as s:
        return int(s.scalar(select(func.count()).select_from(SyncConflict)) or 0)


def test_cancelled_session(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sessions.set_group_note(laptop, me, clinic.session_id, text="Offline")
    laptop.dispose()
    sessions.cancel_session(clinic.server, clinic.therapist, clinic.session_id, reason="Snow")
    report = clinic.sync(path)
    assert (report.applied, report.conflicts) == (0, 1)
    conflict = _only_conflict(clinic, path)
    assert conflict.theirs["status"] == "cancelled"
    assert conflict.mine["text"] == "Offline"
    assert _server_conflicts(clinic) == 1
    # Apply mine: the server's rules still decide — a cancelled session stays refused.
    with pytest.raises(Conflict):
        client.resolve(
            path, action_id=conflict.action_id, resolution=Resolution.APPLY_MINE,
            password=TEST_PASSWORD,
        )  # fmt: skip
    client.resolve(
        path, action_id=conflict.action_id, resolution=Resolution.KEEP_THEIRS,
        password=TEST_PASSWORD,
    )  # fmt: skip
    with clinic.server.read() as s:
        row = s.get(SyncConflict, conflict.action_id)
        assert row.resolution == Resolution.KEEP_THEIRS
        assert row.mine["text"] == "Offline"  # never dropped: kept on record


def test_client_left_the_session(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    cid = clinic.client_ids[2]
    sessions.set_individual_note(laptop, me, clinic.session_id, client_id=cid, text="Hers")
    sessions.record_attendance(
        laptop, me, clinic.session_id, client_id=clinic.client_ids[0], status="present"
    )
    laptop.dispose()
    schedules.remove_attendee(clinic.server, clinic.admin, clinic.session_id, client_id=cid)
    report = clinic.sync(path)
    assert (report.applied, report.conflicts) == (1, 1)
    conflict = _only_conflict(clinic, path)
    assert conflict.action == "set_individual_note"
    assert conflict.theirs["on_roster"] is False
    assert conflict.client_name == "Client2 Offline"


def test_session_reassigned_to_someone_else(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sessions.set_group_note(laptop, me, clinic.session_id, text="Mine")
    laptop.dispose()
    clients.set_care_team(
        clinic.server, clinic.admin, clinic.client_ids[0],
        primary_therapist_id=clinic.colleague.staff_id, case_manager_id=None,
    )  # fmt: skip
    for cid in clinic.client_ids[1:]:
        clients.set_care_team(
            clinic.server, clinic.admin, cid,
            primary_therapist_id=clinic.colleague.staff_id, case_manager_id=None,
        )  # fmt: skip
    sessions.reassign_leader(
        clinic.server, clinic.admin, clinic.session_id, staff_id=clinic.colleague.staff_id
    )
    report = clinic.sync(path)
    assert report.conflicts == 1
    conflict = _only_conflict(clinic, path)
    assert conflict.theirs["leaders"] == ["Ben Colleague"]
    assert conflict.theirs["group_note"] is None  # no longer hers to read
    # The refreshed copy no longer holds the session nor clients she cannot reach.
    laptop, _ = clinic.open(path)
    from clinicdesk.db.models import Client, GroupSession

    with laptop.read() as s:
        assert s.get(GroupSession, clinic.session_id) is None
        assert s.scalar(select(func.count()).select_from(Client)) == 0
    laptop.dispose()


def test_access_withdrawn_for_an_ad_hoc_attendee(clinic, make_client):
    extra = make_client("Extra", "Person").id
    clients.set_care_team(
        clinic.server, clinic.admin, extra,
        primary_therapist_id=clinic.therapist.staff_id, case_manager_id=None,
    )  # fmt: skip
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    schedules.add_attendee(laptop, me, clinic.session_id, client_id=extra)
    sessions.record_attendance(laptop, me, clinic.session_id, client_id=extra, status="late")
    laptop.dispose()
    clients.set_care_team(
        clinic.server, clinic.admin, extra, primary_therapist_id=None, case_manager_id=None
    )
    report = clinic.sync(path)
    # The attendee was refused; the attendance that builds on it waits behind it.
    assert (report.applied, report.conflicts) == (0, 2)
    laptop, _ = clinic.open(path)
    views = client.conflicts(laptop)
    laptop.dispose()
    assert [v.action for v in views] == ["add_attendee", "record_attendance"]


def test_offline_signature_over_changed_content_is_never_merged(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    for cid in clinic.client_ids:
        sessions.record_attendance(laptop, me, clinic.session_id, client_id=cid, status="present")
    sessions.sign_session(laptop, me, clinic.session_id, password=TEST_PASSWORD)
    laptop.dispose()
    # At the clinic the same session got a group note meanwhile.
    sessions.set_group_note(
        clinic.server, clinic.therapist, clinic.session_id, text="Written at the clinic"
    )
    report = clinic.sync(path)
    assert (report.applied, report.conflicts) == (3, 1)
    detail = sessions.get_session(clinic.server, clinic.admin, clinic.session_id)
    assert detail.signatures == ()  # the offline signature did not cover this content
    conflict = _only_conflict(clinic, path)
    assert conflict.action == "sign_session"
    assert conflict.choices == (Resolution.KEEP_THEIRS,)
    with pytest.raises(ValidationError):
        client.resolve(
            path, action_id=conflict.action_id, resolution=Resolution.APPLY_MINE,
            password=TEST_PASSWORD,
        )  # fmt: skip


def test_note_on_a_session_signed_meanwhile_becomes_an_addendum(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sessions.set_individual_note(
        laptop, me, clinic.session_id, client_id=clinic.client_ids[1], text="Late thought"
    )
    laptop.dispose()
    for cid in clinic.client_ids:
        sessions.record_attendance(
            clinic.server, clinic.therapist, clinic.session_id, client_id=cid,
            status=AttendanceStatus.PRESENT,
        )  # fmt: skip
    sessions.sign_session(
        clinic.server, clinic.therapist, clinic.session_id, password=TEST_PASSWORD
    )
    report = clinic.sync(path)
    assert report.conflicts == 1
    conflict = _only_conflict(clinic, path)
    assert conflict.theirs["signed"] is True
    assert Resolution.AS_ADDENDUM in conflict.choices
    assert Resolution.APPLY_MINE not in conflict.choices
    client.resolve(
        path, action_id=conflict.action_id, resolution=Resolution.AS_ADDENDUM,
        password=TEST_PASSWORD,
    )  # fmt: skip
    with clinic.server.read() as s:
        texts = list(s.scalars(select(Addendum.text)))
        applied = s.get(SyncApplied, conflict.action_id)
    assert texts == ["Late thought"] and applied is not None
    assert sessions.verify_session_integrity(clinic.server, clinic.admin, clinic.session_id)
    assert clinic.sync(path).waiting == 0


def test_apply_mine_replaces_the_clinic_version(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    sessions.set_group_note(laptop, me, clinic.session_id, text="Mine wins")
    laptop.dispose()
    sessions.set_group_note(clinic.server, clinic.therapist, clinic.session_id, text="Theirs")
    clinic.sync(path)
    conflict = _only_conflict(clinic, path)
    client.resolve(
        path, action_id=conflict.action_id, resolution=Resolution.APPLY_MINE,
        password=TEST_PASSWORD,
    )  # fmt: skip
    assert sessions.get_session(clinic.server, clinic.admin, clinic.session_id).group_note == (
        "Mine wins"
    )


def test_revoked_device_cannot_sync_and_its_copy_refuses_to_open(clinic, capsys, monkeypatch):
    path = clinic.laptop(clinic.therapist)
    laptop, me = clinic.open(path)
    state = client.read_state(laptop)
    sessions.set_group_note(laptop, me, clinic.session_id, text="Stays on the laptop")
    laptop.dispose()
    devices.revoke_device(clinic.server, clinic.admin, state.device_id)
    with pytest.raises(client.DeviceRevoked):
        clinic.sync(path)
    assert sessions.get_session(clinic.server, clinic.admin, clinic.session_id).group_note == ""
    laptop, _ = clinic.open(path)
    with pytest.raises(client.DeviceRevoked):
        client.check_open(laptop)
    laptop.dispose()
    from clinicdesk.cli import main

    monkeypatch.setenv("CLINICDESK_PASSWORD", TEST_PASSWORD)
    code = main(["--db", str(path), "--user", "ana", "sessions", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "revoked" in err


def test_stale_copy_asks_to_sync_before_clinical_data(clinic):
    path = clinic.laptop(clinic.therapist)
    laptop, _ = clinic.open(path)
    assert client.check_open(laptop) is not None
    with laptop.write() as s:
        s.execute(update(SyncState).values(last_sync_at=utcnow() - timedelta(days=15)))
    with pytest.raises(client.StaleCopy):
        client.check_open(laptop)
    laptop.dispose()
    clinic.sync(path)
    laptop, _ = clinic.open(path)
    assert client.check_open(laptop).last_sync_at > utcnow() - timedelta(minutes=5)
    laptop.dispose()


def test_unknown_conflict_id_is_refused(clinic):
    path = clinic.laptop(clinic.therapist)
    with pytest.raises(ValidationError):
        client.resolve(
            path, action_id=uuid.uuid4(), resolution="keep_theirs", password=TEST_PASSWORD
        )
