"""New staff with practitioner groups and a one-time password (Embodia's invitation,
issue 13): the first log-in asks for their own password; audited."""

from __future__ import annotations

import json

import pytest

from clinicdesk.domain.enums import AuditOutcome, Role
from clinicdesk.domain.errors import AuthenticationError, ValidationError
from clinicdesk.services import auth, practitioner_groups, staff
from tests.fixtures.clinic import audit_entries

ONE_TIME = "welcome-2026-north"
OWN = "my own long passphrase"


def test_invited_practitioner_sets_their_password_at_first_login(db, admin, make_staff):
    ana = make_staff(Role.THERAPIST)
    north = practitioner_groups.create_practitioner_group(
        db, admin, name="North", member_ids=[ana.staff_id]
    )
    record = staff.create_staff(
        db,
        admin,
        username="nina",
        full_name="Nina New",
        role=Role.THERAPIST,
        password=ONE_TIME,
        practitioner_group_ids=[north.id],
        one_time_password=True,
    )
    assert record.must_change_password
    groups = practitioner_groups.list_practitioner_groups(db, admin)
    assert record.id in {m.id for g in groups if g.id == north.id for m in g.members}
    created = json.loads(audit_entries(db, "create_staff")[-1].details)
    assert created["one_time_password"] is True and created["practitioner_groups"] == 1

    with pytest.raises(auth.PasswordChangeRequired, match="Choose your own password"):
        auth.login(db, "nina", ONE_TIME)
    with pytest.raises(AuthenticationError):  # a wrong one-time password
        auth.set_first_password(db, "nina", "not it", OWN)
    with pytest.raises(ValidationError, match="not the one-time password"):
        auth.set_first_password(db, "nina", ONE_TIME, ONE_TIME)
    actor = auth.set_first_password(db, "nina", ONE_TIME, OWN)
    assert actor.username == "nina"
    assert auth.login(db, "nina", OWN).staff_id == record.id
    with pytest.raises(AuthenticationError):
        auth.login(db, "nina", ONE_TIME)  # the one-time password is gone
    with pytest.raises(AuthenticationError):  # and cannot be "set up" twice
        auth.set_first_password(db, "nina", OWN, "another long passphrase")
    entries = audit_entries(db, auth.FIRST_PASSWORD_SET)
    assert [e.outcome for e in entries] == [AuditOutcome.DENIED, AuditOutcome.OK]
    for e in entries:
        assert ONE_TIME not in (e.details or "") and OWN not in (e.details or "")
    assert not staff.get_staff(db, admin, record.id).must_change_password


def test_an_ordinary_account_logs_in_as_before(db, admin):
    staff.create_staff(
        db, admin, username="omar", full_name="Omar", role=Role.CASE_MANAGER, password=OWN
    )
    assert auth.login(db, "omar", OWN).username == "omar"
