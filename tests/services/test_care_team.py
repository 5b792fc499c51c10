"""The care team over time: every change closes and opens periods, nothing is lost;
the CSV import sets care teams by login, all or nothing."""

from __future__ import annotations

import json

import pytest

from clinicdesk.db.models import CareTeamMember, CareTeamPeriod, Client
from clinicdesk.domain.enums import CareRole, Role
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import care_team, client_import, clients
from tests.fixtures.clinic import audit_entries, row_count


def test_history_keeps_every_stretch(db, admin, make_staff, make_client):
    rec = make_client()
    t1 = make_staff(Role.THERAPIST, full_name="Theo One")
    t2 = make_staff(Role.THERAPIST, full_name="Tara Two")
    cm = make_staff(Role.CASE_MANAGER, full_name="Cas Manager")
    clients.set_care_team(
        db, admin, rec.id, primary_therapist_id=t1.staff_id, case_manager_id=cm.staff_id
    )
    # t1 becomes "other", t2 primary, case manager leaves.
    clients.set_care_team(
        db,
        admin,
        rec.id,
        primary_therapist_id=t2.staff_id,
        case_manager_id=None,
        others=[t1.staff_id],
    )
    history = care_team.care_team_history(db, admin, rec.id).periods
    assert row_count(db, CareTeamPeriod) == 4
    current = [(p.staff_name, p.care_role) for p in history if p.current]
    assert current == [("Tara Two", CareRole.PRIMARY_THERAPIST), ("Theo One", CareRole.OTHER)]
    ended = {(p.staff_name, p.care_role) for p in history if not p.current}
    assert ended == {
        ("Theo One", CareRole.PRIMARY_THERAPIST),
        ("Cas Manager", CareRole.CASE_MANAGER),
    }
    for p in history:
        assert p.started_by == admin.full_name
        assert p.ended_by == (None if p.current else admin.full_name)
        assert p.ended_at is None or p.ended_at >= p.started_at
    details = json.loads(audit_entries(db, "set_care_team")[-1].details)
    assert (details["periods_opened"], details["periods_closed"]) == (2, 2)
    # Setting the same team again opens and closes nothing.
    clients.set_care_team(
        db,
        admin,
        rec.id,
        primary_therapist_id=t2.staff_id,
        case_manager_id=None,
        others=[t1.staff_id],
    )
    assert row_count(db, CareTeamPeriod) == 4


def test_history_follows_the_directory_rule(db, admin, make_staff, make_client):
    rec = make_client()
    desk = make_staff(Role.FRONT_DESK)
    history = care_team.care_team_history(db, desk, rec.id)
    assert history.periods == () and not history.can_edit
    with pytest.raises(PermissionDenied):
        clients.set_care_team(db, desk, rec.id, primary_therapist_id=None, case_manager_id=None)


CSV = (
    "first_name,last_name,record_number,primary_therapist,case_manager\n"
    "Zoë,Dubois,MRN-1,tess,casey\n"
    "Max,Weber,MRN-2,,casey\n"
    "Ina,Ode,MRN-3,,\n"
)


def test_import_sets_care_teams_by_login(db, admin, make_staff):
    tess = make_staff(Role.THERAPIST, username="tess")
    casey = make_staff(Role.CASE_MANAGER, username="casey")
    report = client_import.import_clients_csv(db, admin, CSV.encode())
    assert report.ok and report.imported == 3
    zoe, max_, ina = report.client_ids
    team = clients.get_care_team(db, admin, zoe)
    assert team.primary_therapist.id == tess.staff_id
    assert team.case_manager.id == casey.staff_id
    assert clients.get_care_team(db, admin, max_).staff_ids == {casey.staff_id}
    assert clients.get_care_team(db, admin, ina).staff_ids == frozenset()
    assert row_count(db, CareTeamMember) == 3
    assert len(care_team.care_team_history(db, admin, zoe).periods) == 2
    assert len(audit_entries(db, "set_care_team")) == 2


def test_import_with_bad_logins_imports_nothing(db, admin, make_staff):
    make_staff(Role.THERAPIST, username="tess")
    make_staff(Role.FRONT_DESK, username="fran")
    data = (
        "first_name,last_name,primary_therapist,case_manager\n"
        "Zoë,Dubois,tess,nobody\n"
        "Max,Weber,fran,\n"
        "Ina,Ode,tess,tess\n"
        "Ok,Row,tess,\n"
    )
    report = client_import.import_clients_csv(db, admin, data.encode())
    assert not report.ok
    got = [(e.line, e.field) for e in report.rejected]
    assert got == [(2, "case_manager"), (3, "primary_therapist"), (4, "case_manager")]
    assert "nobody" in report.rejected[0].message
    assert "front desk" in report.rejected[1].message
    assert row_count(db, Client) == 0 and row_count(db, CareTeamMember) == 0


def test_import_with_care_teams_needs_the_permission(db, make_staff):
    make_staff(Role.THERAPIST, username="tess")
    make_staff(Role.CASE_MANAGER, username="casey")
    desk = make_staff(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        client_import.import_clients_csv(db, desk, CSV.encode())
    assert row_count(db, Client) == 0
    # Without the care-team cells front desk imports as before.
    plain = "first_name,last_name,primary_therapist\nZoë,Dubois,\n"
    assert client_import.import_clients_csv(db, desk, plain.encode()).imported == 1
