"""Staff accounts: who may manage whom, validation, the last super admin, stale edits."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clinicdesk.db.models import PractitionerGroupAdmin, PractitionerGroupMember, Staff
from clinicdesk.domain.enums import AuditOutcome, Feature, Role
from clinicdesk.domain.errors import (
    AuthenticationError,
    Conflict,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from clinicdesk.services import auth, staff
from tests.fixtures.staff_admin import audit_entries, staff_row

PW = "a fine passphrase"


def _count_staff(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Staff))


def _create(db, actor, role=Role.THERAPIST, username="newbie", **kw):
    return staff.create_staff(
        db, actor, username=username, full_name="New Person", role=role, password=PW, **kw
    )


# Who may create (and so manage) which role, before any practitioner-group scope.
ROLE_TABLE = [
    (Role.SUPER_ADMIN, Role.SUPER_ADMIN, True),
    (Role.SUPER_ADMIN, Role.RECORDS_ADMIN, True),
    (Role.MANAGER, Role.SUPER_ADMIN, False),
    (Role.MANAGER, Role.RECORDS_ADMIN, False),
    (Role.MANAGER, Role.MANAGER, True),
    (Role.MANAGER, Role.CLINIC_ADMIN, True),
    (Role.MANAGER, Role.FRONT_DESK, True),
    (Role.CLINIC_ADMIN, Role.THERAPIST, True),
    (Role.CLINIC_ADMIN, Role.FRONT_DESK, True),
    (Role.CLINIC_ADMIN, Role.MANAGER, False),
    (Role.CLINIC_ADMIN, Role.CLINIC_ADMIN, False),
    (Role.CLINIC_ADMIN, Role.RECORDS_ADMIN, False),
    (Role.THERAPIST, Role.THERAPIST, False),
    (Role.FRONT_DESK, Role.FRONT_DESK, False),
    (Role.RECORDS_ADMIN, Role.THERAPIST, False),
]


@pytest.mark.parametrize(("actor_role", "new_role", "ok"), ROLE_TABLE)
def test_who_may_create_which_role(db, make_staff, actor_role, new_role, ok):
    actor = make_staff(actor_role)
    before = _count_staff(db)
    if ok:
        record = _create(db, actor, new_role)
        assert record.role is new_role and record.can_manage
        assert staff_row(db, record.id).username_key == "newbie"
    else:
        with pytest.raises(PermissionDenied):
            _create(db, actor, new_role)
        assert _count_staff(db) == before
        (entry,) = audit_entries(db, "manage_staff")
        assert entry.outcome == AuditOutcome.DENIED and entry.staff_id == actor.staff_id


def test_only_super_admin_may_change_a_records_admin(db, make_staff, admin):
    manager = make_staff(Role.MANAGER)
    records = make_staff(Role.RECORDS_ADMIN)
    with pytest.raises(PermissionDenied, match="Only a super admin"):
        staff.update_staff(db, manager, records.staff_id, expected_version=1, full_name="X")
    with pytest.raises(PermissionDenied, match="Only a super admin"):
        staff.reset_password(db, manager, records.staff_id, "another passphrase")
    therapist = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied, match="Only a super admin"):
        staff.update_staff(
            db, manager, therapist.staff_id, expected_version=1, role=Role.SUPER_ADMIN
        )
    assert staff_row(db, therapist.staff_id).role is Role.THERAPIST
    record = staff.update_staff(
        db, admin, records.staff_id, expected_version=1, full_name="Rita Records"
    )
    assert record.full_name == "Rita Records" and record.version == 2


def test_username_rules_and_duplicates(db, admin):
    _create(db, admin, username="Ana.Lopez")
    with pytest.raises(Conflict, match="already taken"):
        _create(db, admin, username="ana.lopez")
    for bad in ["ab", "ana lopez", "ána", "x" * 65, ""]:
        with pytest.raises(ValidationError):
            _create(db, admin, username=bad)
    with pytest.raises(ValidationError, match="at least 8"):
        staff.create_staff(
            db, admin, username="shorty", full_name="S", role=Role.THERAPIST, password="1234567"
        )
    with pytest.raises(ValidationError, match="Full name"):
        staff.create_staff(
            db, admin, username="noname", full_name="  ", role=Role.THERAPIST, password=PW
        )
    assert _count_staff(db) == 2


def test_both_review_flags_are_refused(db, admin, make_staff):
    both = {Feature.REQUIRES_REVIEW, Feature.REVIEWS_SESSIONS}
    with pytest.raises(ValidationError, match="cannot both"):
        _create(db, admin, features=both)
    assert _count_staff(db) == 1
    t = make_staff(Role.THERAPIST, Feature.REQUIRES_REVIEW)
    with pytest.raises(ValidationError, match="cannot both"):
        staff.update_staff(db, admin, t.staff_id, expected_version=1, features=both)
    assert staff_row(db, t.staff_id).features == {Feature.REQUIRES_REVIEW}
    record = staff.update_staff(
        db, admin, t.staff_id, expected_version=1, features={Feature.REVIEWS_SESSIONS}
    )
    assert record.features == {Feature.REVIEWS_SESSIONS}


def test_new_account_can_log_in_and_is_audited_without_names(db, admin):
    record = _create(db, admin, licensed=False, features={Feature.MANAGE_TEMPLATES})
    assert (record.licensed, record.active, record.version) == (False, True, 1)
    assert auth.login(db, "NEWBIE", PW).staff_id == record.id
    (entry,) = audit_entries(db, "create_staff")
    assert "New Person" not in entry.details and "newbie" not in entry.details


def test_last_active_super_admin_cannot_be_demoted_or_deactivated(db, admin, make_staff):
    for change in ({"role": Role.MANAGER}, {"active": False}):
        with pytest.raises(PermissionDenied, match="last active super admin"):
            staff.update_staff(db, admin, admin.staff_id, expected_version=None, **change)
    assert staff_row(db, admin.staff_id).role is Role.SUPER_ADMIN
    assert [e.outcome for e in audit_entries(db, "manage_staff")] == [AuditOutcome.DENIED] * 2

    second = make_staff(Role.SUPER_ADMIN)
    staff.update_staff(db, second, second.staff_id, expected_version=None, role=Role.MANAGER)
    with pytest.raises(PermissionDenied, match="last active super admin"):
        staff.update_staff(db, admin, admin.staff_id, expected_version=None, active=False)
    # An inactive super admin does not count as a way back in.
    third = make_staff(Role.SUPER_ADMIN)
    staff.update_staff(db, admin, third.staff_id, expected_version=None, active=False)
    with pytest.raises(PermissionDenied, match="last active super admin"):
        staff.update_staff(db, admin, admin.staff_id, expected_version=None, role=Role.MANAGER)


def test_stale_edit_is_refused(db, admin, make_staff):
    manager = make_staff(Role.MANAGER)
    t = make_staff(Role.THERAPIST)
    staff.update_staff(db, admin, t.staff_id, expected_version=1, full_name="First Edit")
    with pytest.raises(StaleEdit, match="changed by"):
        staff.update_staff(db, manager, t.staff_id, expected_version=1, full_name="Second")
    assert staff_row(db, t.staff_id).full_name == "First Edit"


def test_unchanged_update_is_a_no_op(db, admin, make_staff):
    t = make_staff(Role.THERAPIST)
    record = staff.update_staff(db, admin, t.staff_id, expected_version=1, licensed=True)
    assert record.version == 1
    assert audit_entries(db, "update_staff") == []


def test_role_change_leaves_practitioner_groups_it_no_longer_fits(db, admin, make_staff):
    from tests.fixtures.staff_admin import ClinicBuilder

    t = make_staff(Role.THERAPIST)
    ca = make_staff(Role.CLINIC_ADMIN)
    ClinicBuilder(db).practitioner_group("North", [t], [ca])
    staff.update_staff(db, admin, t.staff_id, expected_version=1, role=Role.MANAGER)
    staff.update_staff(db, admin, ca.staff_id, expected_version=1, role=Role.FRONT_DESK)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PractitionerGroupMember)) == 1
        assert s.scalar(select(func.count()).select_from(PractitionerGroupAdmin)) == 0
    staff.update_staff(db, admin, t.staff_id, expected_version=2, role=Role.FRONT_DESK)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PractitionerGroupMember)) == 0


def test_clinic_admin_assigned_to_groups_manages_only_their_practitioners(
    db, make_staff, clinic_builder
):
    ca = make_staff(Role.CLINIC_ADMIN)
    inside = make_staff(Role.THERAPIST)
    outside = make_staff(Role.THERAPIST)
    mgr_inside = make_staff(Role.MANAGER)
    north = clinic_builder.practitioner_group("North", [inside, mgr_inside], [ca])
    south = clinic_builder.practitioner_group("South", [outside])

    staff.update_staff(db, ca, inside.staff_id, expected_version=1, full_name="Renamed In")
    with pytest.raises(PermissionDenied, match="not in any of them"):
        staff.update_staff(db, ca, outside.staff_id, expected_version=1, full_name="Nope")
    with pytest.raises(PermissionDenied):
        staff.reset_password(db, ca, outside.staff_id, "another passphrase")
    # A manager's account could hand the clinic admin more power: never theirs to manage.
    with pytest.raises(PermissionDenied, match="Clinic admin"):
        staff.update_staff(db, ca, mgr_inside.staff_id, expected_version=1, full_name="No")
    assert staff_row(db, outside.staff_id).full_name != "Nope"
    assert len(audit_entries(db, "manage_staff")) == 3

    # New accounts must land in one of their groups.
    with pytest.raises(PermissionDenied, match="at least one"):
        _create(db, ca)
    with pytest.raises(PermissionDenied, match="only to practitioner groups you manage"):
        _create(db, ca, practitioner_group_ids=[south])
    record = _create(db, ca, practitioner_group_ids=[north])
    assert record.can_manage

    listed = {r.id: r.can_manage for r in staff.list_staff(db, ca)}
    assert listed[inside.staff_id] and listed[record.id]
    assert not listed[outside.staff_id] and not listed[mgr_inside.staff_id]
    assert not listed[ca.staff_id]


def test_unassigned_clinic_admin_manages_all_non_admin_staff(db, make_staff, clinic_builder):
    ca = make_staff(Role.CLINIC_ADMIN)
    t = make_staff(Role.THERAPIST)
    desk = make_staff(Role.FRONT_DESK)
    north = clinic_builder.practitioner_group("North", [t])
    for target in (t, desk):
        assert (
            staff.update_staff(db, ca, target.staff_id, expected_version=1, licensed=False).version
            == 2
        )
    assert _create(db, ca).can_manage  # no group needed when not assigned to any
    # Placing people in practitioner groups is access configuration: not theirs to do.
    with pytest.raises(PermissionDenied, match="may not change practitioner groups"):
        _create(db, ca, username="other", practitioner_group_ids=[north])


def test_reset_password_ends_lockout_and_refuses_own_account(db, admin, make_staff):
    t = make_staff(Role.THERAPIST, username="tess.taylor")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(db, "tess.taylor", "wrong password")
    assert staff.get_staff(db, admin, t.staff_id).locked_until is not None
    record = staff.reset_password(db, admin, t.staff_id, "brand new passphrase")
    assert record.locked_until is None and record.version == 2
    assert auth.login(db, "tess.taylor", "brand new passphrase").staff_id == t.staff_id
    with pytest.raises(ValidationError, match="Change password"):
        staff.reset_password(db, admin, admin.staff_id, "brand new passphrase")
    with pytest.raises(ValidationError, match="same as the username"):
        staff.reset_password(db, admin, t.staff_id, "TESS.TAYLOR")


def test_unlock_staff(db, admin, make_staff):
    t = make_staff(Role.THERAPIST, username="tess.taylor")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(db, "tess.taylor", "wrong password")
    assert staff.unlock_staff(db, admin, t.staff_id).locked_until is None
    assert auth.login(db, "tess.taylor", "correct horse battery").staff_id == t.staff_id


def test_list_and_get_staff(db, admin, make_staff):
    t = make_staff(Role.THERAPIST, full_name="Zoe Zed")
    gone = make_staff(Role.THERAPIST, full_name="Al Gone")
    staff.update_staff(db, admin, gone.staff_id, expected_version=1, active=False)
    names = [r.full_name for r in staff.list_staff(db, admin)]
    assert "Al Gone" not in names and "Zoe Zed" in names
    names = [r.full_name for r in staff.list_staff(db, admin, include_inactive=True)]
    assert names.index("Al Gone") < names.index("Zoe Zed")
    # Anyone reads their own record; nobody else's without managing staff.
    assert staff.get_staff(db, t, t.staff_id).full_name == "Zoe Zed"
    with pytest.raises(PermissionDenied):
        staff.get_staff(db, t, admin.staff_id)
    with pytest.raises(PermissionDenied):
        staff.list_staff(db, t)
    assert [e.outcome for e in audit_entries(db, "manage_staff")] == [AuditOutcome.DENIED] * 2
    refs = staff.staff_directory(db, t, roles=[Role.THERAPIST])
    assert [r.full_name for r in refs] == ["Zoe Zed"]
