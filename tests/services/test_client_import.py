"""CSV import: all or nothing, every bad row reported, clear file-level errors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.db.models import AuditEntry, Client, GroupMembership
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import Conflict, PermissionDenied
from clinicdesk.services import client_import, clients, groups
from tests.fixtures.clinic import audit_entries, row_count

GOOD = (
    "first_name,last_name,preferred_name,date_of_birth,record_number\n"
    "Zoë,Dubois,Zo,1990-05-01,MRN-1\n"
    "Łukasz,Nowak,,1985-12-31,mrn-2\n"
    '"Ngũgĩ","wa Thiong\'o",,,\n'
    "\n"
)


def _import(db, actor, data, **kw):
    return client_import.import_clients_csv(db, actor, data, **kw)


def test_good_file_with_bom_imports_every_row(db, admin):
    report = _import(db, admin, ("\ufeff" + GOOD).encode("utf-8"))
    assert report.ok and report.imported == 3 and len(report.client_ids) == 3
    rows = clients.search_clients(db, admin).rows
    assert {(r.first_name, r.record_number) for r in rows} == {
        ("Zoë", "MRN-1"),
        ("Łukasz", "MRN-2"),
        ("Ngũgĩ", None),
    }
    assert [r.id for r in clients.search_clients(db, admin, text="ngugi").rows] == [
        report.client_ids[2]
    ]
    assert len(audit_entries(db, "create_client")) == 3
    assert len(audit_entries(db, "import_clients")) == 1


def test_header_names_are_forgiving_and_columns_optional(db, admin):
    report = _import(db, admin, "Last Name,First-Name\nDoe,Jane\n")
    assert report.ok and report.imported == 1


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ("first_name;last_name\nAda;Lovelace\n", "separated by semicolons"),
        ("first_name\tlast_name\nAda\tLovelace\n", "separated by tabs"),
        ("first_name,surname\nAda,Lovelace\n", "missing the required column last_name"),
        ("name\nAda\n", "missing the required columns first_name and last_name"),
        ("first_name,last_name,email\nAda,L,a@x\n", "Unknown column email"),
        ("first_name,last_name,last_name\nA,B,C\n", "appears more than once"),
        ("", "The file is empty"),
        ("first_name,last_name\n", "no clients"),
        ("Ada,Lovelace\n", "missing the required columns"),
        (b"first_name,last_name\n" + "Zoë,X\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_file_level_problems_give_one_clear_error(db, admin, data, fragment):
    report = _import(db, admin, data)
    assert not report.ok and report.imported == 0
    [error] = report.rejected
    assert error.line == 1 and fragment in error.message
    assert row_count(db, Client) == 0


def test_every_bad_row_is_reported_and_nothing_is_imported(db, admin):
    future = (clock.today() + timedelta(days=3)).isoformat()
    data = (
        "first_name,last_name,date_of_birth,record_number\n"
        "Good,Row,1990-01-01,G-1\n"  # line 2
        "Bad,Date,12/03/1980,\n"  # 3
        "Not,Real,2021-02-30,\n"  # 4
        f"Born,Tomorrow,{future},\n"  # 5
        f"{'x' * 10_000},Long,,\n"  # 6
        ",Nofirst,,\n"  # 7
        "Too,Many,1990-01-01,R-9,extra\n"  # 8
        "Bad,Number,,R 9\n"  # 9
        "Ctl,Char\x07,,\n"  # 10
        "Old,Timer,1850-01-01,\n"  # 11
    )
    report = _import(db, admin, data)
    assert report.imported == 0 and report.client_ids == ()
    got = [(e.line, e.field) for e in report.rejected]
    assert got == [
        (3, "date_of_birth"),
        (4, "date_of_birth"),
        (5, "date_of_birth"),
        (6, "first_name"),
        (7, "first_name"),
        (8, None),
        (9, "record_number"),
        (10, "last_name"),
        (11, "date_of_birth"),
    ]
    messages = {e.line: e.message for e in report.rejected}
    assert "YYYY-MM-DD" in messages[3] and "real calendar date" in messages[4]
    assert "future" in messages[5] and "too long" in messages[6]
    assert "5 values" in messages[8]
    assert row_count(db, Client) == 0
    assert row_count(db, AuditEntry) == 0


def test_duplicates_within_the_file(db, admin):
    data = (
        "first_name,last_name,date_of_birth,record_number\n"
        "Ann,Lee,1970-01-01,R-1\n"
        "Bo,Ray,1971-01-01,r-1\n"
        "ANN,lée,1970-01-01,R-3\n"
    )
    report = _import(db, admin, data)
    assert [(e.line, e.field) for e in report.rejected] == [(3, "record_number"), (4, None)]
    assert "also on line 2" in report.rejected[0].message
    assert "line 2" in report.rejected[1].message
    assert row_count(db, Client) == 0


def test_duplicates_against_the_database(db, admin, make_client):
    make_client("Ann", "Lee", date_of_birth=date(1970, 1, 1), record_number="OLD-1")
    make_client("Cy", "Dunn", record_number="OLD-2")
    data = (
        "first_name,last_name,date_of_birth,record_number\n"
        "Fresh,Person,1990-01-01,NEW-1\n"
        "Ann,Lee,1970-01-01,\n"
        "Someone,Else,,old-2\n"
    )
    report = _import(db, admin, data)
    assert [(e.line, e.field) for e in report.rejected] == [(3, None), (4, "record_number")]
    assert "OLD-1" in report.rejected[0].message
    assert "OLD-2 already belongs" in report.rejected[1].message
    assert row_count(db, Client) == 2


def test_import_into_a_group(db, admin, make_group):
    g = make_group("Intake")
    report = _import(db, admin, GOOD, group_id=g.id)
    assert report.ok and report.added_to_group == 3
    members = groups.list_members(db, admin, g.id)
    assert {m.client_id for m in members} == set(report.client_ids)


def test_full_or_archived_group_refuses_the_whole_import(db, admin, make_group):
    small = make_group("Small", capacity=2)
    with pytest.raises(Conflict, match="Group Small has room for 2 more; you tried to add 3"):
        _import(db, admin, GOOD, group_id=small.id)
    old = make_group("Old")
    groups.archive_group(db, admin, old.id, expected_version=None)
    with pytest.raises(Conflict, match="archived"):
        _import(db, admin, GOOD, group_id=old.id)
    assert row_count(db, Client) == 0 and row_count(db, GroupMembership) == 0


def test_clinicians_cannot_import(db, make_staff):
    with pytest.raises(PermissionDenied):
        _import(db, make_staff(Role.THERAPIST), GOOD)
    assert row_count(db, Client) == 0


def test_large_import_is_set_based(db, admin):
    lines = ["first_name,last_name,record_number"]
    lines += [f"First{i},Last{i},N-{i}" for i in range(3000)]
    report = _import(db, admin, "\n".join(lines))
    assert report.ok and report.imported == 3000
    assert clients.count_clients(db, admin, "last2999") == 1
