"""Practitioner groups: create, rename, members, admins, delete, permissions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clinicdesk.db.models import PractitionerGroupMember
from clinicdesk.domain.access import AccessMode
from clinicdesk.domain.enums import AccessRoute, AuditOutcome, Role
from clinicdesk.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from clinicdesk.services import access
from clinicdesk.services import practitioner_groups as pg
from tests.fixtures.staff_admin import audit_entries


@pytest.fixture
def people(make_staff):
    return {
        "t": make_staff(Role.THERAPIST, full_name="Tara T"),
        "cm": make_staff(Role.CASE_MANAGER, full_name="Carl C"),
        "mgr": make_staff(Role.MANAGER, full_name="Mia M"),
        "ca": make_staff(Role.CLINIC_ADMIN, full_name="Cora A"),
        "desk": make_staff(Role.FRONT_DESK, full_name="Dina D"),
    }


def test_create_with_members_and_admins(db, admin, people):
    p = people
    record = pg.create_practitioner_group(
        db,
        admin,
        name=" North  team ",
        member_ids=[p["t"].staff_id, p["cm"].staff_id, p["mgr"].staff_id],
        admin_ids=[p["ca"].staff_id],
    )
    assert record.name == "North team" and record.version == 1
    assert [m.full_name for m in record.members] == ["Carl C", "Mia M", "Tara T"]
    assert [a.full_name for a in record.admins] == ["Cora A"]
    assert pg.list_practitioner_groups(db, admin) == [record]
    (entry,) = audit_entries(db, "create_practitioner_group")
    assert '"first_group":true' in entry.details


@pytest.mark.parametrize(
    ("members", "admins", "message"),
    [
        (["desk"], [], "Only therapists, case managers and managers"),
        (["ca"], [], "Only therapists, case managers and managers"),
        ([], ["t"], "Only clinic admins"),
        ([], ["mgr"], "Only clinic admins"),
    ],
)
def test_roles_that_cannot_be_members_or_admins(db, admin, people, members, admins, message):
    with pytest.raises(ValidationError, match=message):
        pg.create_practitioner_group(
            db,
            admin,
            name="North",
            member_ids=[people[k].staff_id for k in members],
            admin_ids=[people[k].staff_id for k in admins],
        )
    assert pg.list_practitioner_groups(db, admin) == []


def test_names_are_unique_ignoring_case_and_accents(db, admin):
    pg.create_practitioner_group(db, admin, name="Équipe Nord")
    with pytest.raises(Conflict, match="already a practitioner group"):
        pg.create_practitioner_group(db, admin, name="equipe nord")
    south = pg.create_practitioner_group(db, admin, name="South")
    with pytest.raises(Conflict):
        pg.rename_practitioner_group(db, admin, south.id, "EQUIPE NORD")
    renamed = pg.rename_practitioner_group(db, admin, south.id, "Sud", expected_version=1)
    assert renamed.name == "Sud" and renamed.version == 2
    with pytest.raises(StaleEdit):
        pg.rename_practitioner_group(db, admin, south.id, "Sur", expected_version=1)


def test_set_members_and_admins_replace_the_lists(db, admin, people):
    p = people
    g = pg.create_practitioner_group(db, admin, name="North", member_ids=[p["t"].staff_id])
    g = pg.set_members(db, admin, g.id, [p["cm"].staff_id, p["mgr"].staff_id], expected_version=1)
    assert {m.id for m in g.members} == {p["cm"].staff_id, p["mgr"].staff_id}
    assert g.version == 2
    g = pg.set_admins(db, admin, g.id, [p["ca"].staff_id], expected_version=2)
    assert [a.id for a in g.admins] == [p["ca"].staff_id] and g.version == 3
    with pytest.raises(StaleEdit):
        pg.set_members(db, admin, g.id, [], expected_version=2)
    with pytest.raises(ValidationError):
        pg.set_members(db, admin, g.id, [p["desk"].staff_id])
    (entry,) = audit_entries(db, "set_practitioner_group_members")
    assert '"added":2' in entry.details and '"removed":1' in entry.details


def test_only_managers_and_super_admins_manage_groups(db, admin, people, make_staff):
    g = pg.create_practitioner_group(db, people["mgr"], name="North")
    for key in ("ca", "t", "desk"):
        with pytest.raises(PermissionDenied):
            pg.create_practitioner_group(db, people[key], name="Mine")
        with pytest.raises(PermissionDenied):
            pg.delete_practitioner_group(db, people[key], g.id)
    denied = audit_entries(db, "manage_practitioner_groups")
    assert [e.outcome for e in denied] == [AuditOutcome.DENIED] * 6
    # Clinic admins may look (they test access); clinicians may not.
    assert len(pg.list_practitioner_groups(db, people["ca"])) == 1
    with pytest.raises(PermissionDenied):
        pg.list_practitioner_groups(db, people["t"])
    assert len(audit_entries(db, "view_access_report")) == 1


def test_deleting_the_last_group_returns_the_clinic_to_open_access(
    db, admin, people, clinic_builder
):
    client = clinic_builder.client("Ana", "Alves")
    t = people["t"]
    g = pg.create_practitioner_group(db, admin, name="North", member_ids=[t.staff_id])
    assert access.access_for_client(db, t, client) == ()
    assert access.explain_access(db, admin, t.staff_id).mode is AccessMode.RESTRICTED
    with pytest.raises(NotFound):
        pg.delete_practitioner_group(db, admin, admin.staff_id)
    pg.delete_practitioner_group(db, admin, g.id, expected_version=1)
    assert pg.list_practitioner_groups(db, admin) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PractitionerGroupMember)) == 0
    (route,) = access.access_for_client(db, t, client)
    assert route.route is AccessRoute.OPEN_ACCESS
    (entry,) = audit_entries(db, "delete_practitioner_group")
    assert '"open_access_now":true' in entry.details
