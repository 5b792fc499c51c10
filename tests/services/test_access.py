"""Client-group grants and the access tester (seeds 002 and 003).

The key property: for every client × staff member, the access tester and the real
check (``authz.require_client_file``) give the same answer, through the same routes.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinicdesk.db.models import Staff
from clinicdesk.domain.access import AccessMode
from clinicdesk.domain.enums import AccessRoute, AuditOutcome, Role
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clinicdesk.services import access, authz
from tests.fixtures.staff_admin import (
    SmallClinic,
    audit_entries,
    build_small_clinic,
)

R = AccessRoute


def _real_routes(db, actor, client_id) -> set[AccessRoute] | None:
    """What the real check says: None when refused, else the routes it sees."""
    try:
        with db.read() as s:
            authz.require_client_file(s, actor, client_id)
            return set(authz.client_file_routes(s, s.get(Staff, actor.staff_id), client_id))
    except PermissionDenied:
        return None


def _assert_tester_agrees_with_real_checks(db, clinic: SmallClinic) -> None:
    for name, person in clinic.staff.items():
        report = access.explain_access(db, clinic.staff["super"], person.staff_id)
        listed = {c.client_id: c for c in report.clients}
        for client_name, client_id in clinic.clients.items():
            real = _real_routes(db, person, client_id)
            mine = {d.route for d in access.access_for_client(db, person, client_id)}
            where = f"{name} → {client_name} ({report.mode})"
            assert (real or set()) == mine, where
            if report.mode is AccessMode.RESTRICTED:
                tested = (
                    {d.route for d in listed[client_id].routes} if client_id in listed else None
                )
                assert tested == real or (tested is None and real is None), where
            elif report.mode is AccessMode.NONE:
                assert real is None, where
            else:
                assert real is not None, where
        if report.mode is AccessMode.RESTRICTED:
            assert report.client_count == len(report.clients)
        elif report.mode is AccessMode.NONE:
            assert report.client_count == 0 and report.clients == ()
        else:
            assert report.client_count == len(clinic.clients) and report.clients == ()


def test_tester_agrees_with_real_checks_under_restricted_access(db, small_clinic):
    _assert_tester_agrees_with_real_checks(db, small_clinic)


def test_tester_agrees_with_real_checks_under_open_access(db, clinic_builder, make_staff):
    clinic = build_small_clinic(clinic_builder, make_staff, practitioner_groups=False)
    _assert_tester_agrees_with_real_checks(db, clinic)
    report = access.explain_access(db, clinic.staff["super"], clinic.staff["t_actor"].staff_id)
    assert report.mode is AccessMode.OPEN


def test_routes_in_the_small_clinic(db, small_clinic):
    c, k = small_clinic.staff, small_clinic.clients

    def routes(who):
        report = access.explain_access(db, c["super"], c[who].staff_id)
        return {
            name: tuple((d.route, d.via) for d in entry.routes)
            for entry in report.clients
            for name, cid in k.items()
            if cid == entry.client_id
        }

    assert routes("t_north") == {
        # Only her own care-team route: a shared group through oneself is no extra route.
        "ana": ((R.CARE_TEAM, "Primary therapist"),),
        "ben": ((R.PRACTITIONER_GROUP, "Mixed"),),
        "cleo": ((R.PRACTITIONER_GROUP, "Mixed"), (R.PRACTITIONER_GROUP, "North")),
    }
    assert routes("cm_north") == {
        "ana": ((R.PRACTITIONER_GROUP, "North"),),
        "cleo": ((R.CARE_TEAM, "Case manager"),),
    }
    # Seed 002: current members only, live groups only.
    assert routes("t_solo") == {"dan": ((R.CLIENT_GROUP_GRANT, "Tuesday DBT"),)}
    # Being a group's actor is not a route.
    assert routes("t_actor") == {}
    assert routes("manager") == {"hana": ((R.CARE_TEAM, "Care team member"),)}


def test_a_group_actor_gets_no_access_through_the_group(db, small_clinic):
    actor = small_clinic.staff["t_actor"]
    dan = small_clinic.clients["dan"]
    assert access.access_for_client(db, actor, dan) == ()
    with pytest.raises(PermissionDenied), db.write() as s:
        authz.require_client_file(s, actor, dan)


def test_practitioners_shown_for_clinicians_and_clinic_admins(db, small_clinic):
    c = small_clinic.staff
    report = access.explain_access(db, c["super"], c["t_north"].staff_id)
    assert [(p.full_name, p.route, p.via) for p in report.practitioners] == [
        (c["cm_north"].full_name, R.PRACTITIONER_GROUP, ("North",)),
        (c["t_south"].full_name, R.PRACTITIONER_GROUP, ("Mixed",)),
    ]
    assigned = access.explain_access(db, c["super"], c["ca_north"].staff_id)
    assert assigned.mode is AccessMode.NONE and assigned.client_count == 0
    assert {(p.staff_id, p.via) for p in assigned.practitioners} == {
        (c["t_north"].staff_id, ("North",)),
        (c["cm_north"].staff_id, ("North",)),
    }
    assert all(p.route is R.CLINIC_ADMIN_SCOPE for p in assigned.practitioners)
    free = access.explain_access(db, c["super"], c["ca_free"].staff_id)
    expected = {
        p.staff_id
        for p in c.values()
        if p.role in (Role.THERAPIST, Role.CASE_MANAGER, Role.FRONT_DESK)
    }
    assert {p.staff_id for p in free.practitioners} == expected
    everyone = access.explain_access(db, c["super"], c["records"].staff_id)
    assert everyone.mode is AccessMode.ALL and everyone.practitioners == ()


def test_who_may_run_the_tester(db, small_clinic):
    c = small_clinic.staff
    # An assigned clinic admin tests the practitioners they manage, and themselves.
    assert access.explain_access(db, c["ca_north"], c["t_north"].staff_id).clients
    access.explain_access(db, c["ca_north"], c["ca_north"].staff_id)
    for target in ("t_south", "manager", "super"):
        with pytest.raises(PermissionDenied, match="only the staff whose accounts you manage"):
            access.explain_access(db, c["ca_north"], c[target].staff_id)
    for who in ("t_north", "desk", "records"):
        with pytest.raises(PermissionDenied):
            access.explain_access(db, c[who], c[who].staff_id)
    denied = [e for e in audit_entries(db, "view_access_report")]
    assert [e.outcome for e in denied] == [AuditOutcome.DENIED] * 6
    ok = audit_entries(db, "explain_access")
    assert len(ok) == 2 and all(e.outcome == AuditOutcome.OK for e in ok)
    # The manager may test anyone.
    assert access.explain_access(db, c["manager"], c["super"].staff_id).mode is AccessMode.ALL


def test_grant_and_revoke_follow_current_membership(db, small_clinic, clinic_builder):
    c, k, dbt = small_clinic.staff, small_clinic.clients, small_clinic.groups["dbt"]
    t = c["t_south"]
    assert access.access_for_client(db, t, k["dan"]) == ()
    record = access.grant_group_access(db, c["manager"], dbt, t.staff_id)
    assert record.staff.id == t.staff_id and record.granted_by.id == c["manager"].staff_id
    (route,) = access.access_for_client(db, t, k["dan"])
    assert (route.route, route.via) == (R.CLIENT_GROUP_GRANT, "Tuesday DBT")
    assert access.access_for_client(db, t, k["eve"]) == ()  # left the group
    # A client who joins later is reached too.
    clinic_builder.member(dbt, k["gus"])
    assert access.access_for_client(db, t, k["gus"])
    names = [g.staff.full_name for g in access.list_group_grants(db, c["super"], dbt)]
    assert sorted(names) == sorted([c["t_solo"].full_name, t.full_name])

    access.revoke_group_access(db, c["manager"], dbt, t.staff_id)
    assert access.access_for_client(db, t, k["dan"]) == ()
    with pytest.raises(NotFound):
        access.revoke_group_access(db, c["manager"], dbt, t.staff_id)
    actions = [e.action for e in audit_entries(db, "grant_group_access")]
    actions += [e.action for e in audit_entries(db, "revoke_group_access")]
    assert actions == ["grant_group_access", "revoke_group_access"]


def test_grant_refusals(db, small_clinic):
    c, groups = small_clinic.staff, small_clinic.groups
    dbt = groups["dbt"]
    for who in ("ca_north", "t_north", "desk", "records"):
        with pytest.raises(PermissionDenied):
            access.grant_group_access(db, c[who], dbt, c["t_south"].staff_id)
    assert len(audit_entries(db, "grant_group_access")) == 4  # all denied
    for who in ("desk", "records", "ca_free"):
        with pytest.raises(ValidationError, match="Only therapists"):
            access.grant_group_access(db, c["super"], dbt, c[who].staff_id)
    with pytest.raises(Conflict, match="already has access"):
        access.grant_group_access(db, c["super"], dbt, c["t_solo"].staff_id)
    with pytest.raises(NotFound, match="removed"):
        access.grant_group_access(db, c["super"], groups["old"], c["t_south"].staff_id)
    with db.read() as s:
        from clinicdesk.db.models import GroupAccessGrant

        assert len(s.scalars(select(GroupAccessGrant)).all()) == 2


def test_access_for_client_modes(db, small_clinic):
    c, k = small_clinic.staff, small_clinic.clients
    (route,) = access.access_for_client(db, c["records"], k["gus"])
    assert route.route is R.ALL_ACCESS_ROLE
    assert access.access_for_client(db, c["desk"], k["gus"]) == ()
    assert "Care team" in access.access_for_client(db, c["t_north"], k["ana"])[0].label
    with pytest.raises(NotFound):
        access.access_for_client(db, c["t_north"], c["t_north"].staff_id)
