"""The client directory on a real database: create, edit, search, page, care team."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.db.models import AuditEntry, CareTeamMember, Client
from clinicdesk.domain.enums import AuditOutcome, ClientStatus, Role
from clinicdesk.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from clinicdesk.services import clients
from clinicdesk.services.clients import PossibleDuplicate
from tests.fixtures.clinic import audit_entries, row_count


def test_create_client_cleans_and_audits(db, admin):
    rec = clients.create_client(
        db,
        admin,
        first_name="  Zoë ",
        last_name="Dubois",
        preferred_name="Zo",
        date_of_birth=date(1990, 5, 1),
        record_number="ab-12/3",
    )
    assert (rec.first_name, rec.last_name, rec.preferred_name) == ("Zoë", "Dubois", "Zo")
    assert rec.record_number == "AB-12/3"
    assert rec.status is ClientStatus.ACTIVE and rec.version == 1
    assert clients.get_client(db, admin, rec.id) == rec
    [entry] = audit_entries(db, "create_client")
    assert entry.client_id == rec.id and entry.staff_id == admin.staff_id
    assert "Zo" not in entry.details  # ids and counts only, never names


@pytest.mark.parametrize(
    ("kw", "field", "fragment"),
    [
        ({"first_name": "x" * 10_000}, "first_name", "too long"),
        ({"last_name": "y" * 101}, "last_name", "too long"),
        ({"first_name": "   "}, "first_name", "required"),
        ({"last_name": ""}, "last_name", "required"),
        ({"first_name": "Ann\x00e"}, "first_name", "control characters"),
        ({"preferred_name": "p" * 10_000}, "preferred_name", "too long"),
        ({"date_of_birth": clock.today() + timedelta(days=1)}, "date_of_birth", "future"),
        ({"date_of_birth": date(1899, 12, 31)}, "date_of_birth", "before 1900"),
        ({"record_number": "A 12"}, "record_number", "only letters"),
        ({"record_number": "12;DROP"}, "record_number", "only letters"),
        ({"record_number": "R" * 51}, "record_number", "too long"),
    ],
)
def test_invalid_details_are_refused_and_nothing_is_written(db, admin, kw, field, fragment):
    args = {"first_name": "Ada", "last_name": "Lovelace"} | kw
    with pytest.raises(ValidationError, match=fragment) as err:
        clients.create_client(db, admin, **args)
    assert err.value.field == field
    assert row_count(db, Client) == 0
    assert row_count(db, AuditEntry) == 0


@pytest.mark.parametrize("role", [Role.THERAPIST, Role.CASE_MANAGER])
def test_clinicians_cannot_create_clients_and_the_refusal_is_audited(db, make_staff, role):
    clinician = make_staff(role)
    with pytest.raises(PermissionDenied, match="create or edit client details"):
        clients.create_client(db, clinician, first_name="Ada", last_name="Lovelace")
    assert row_count(db, Client) == 0
    [denied] = audit_entries(db, "edit_client_demographics", outcome=AuditOutcome.DENIED)
    assert denied.staff_id == clinician.staff_id


def test_front_desk_creates_clients(db, make_staff):
    desk = make_staff(Role.FRONT_DESK)
    rec = clients.create_client(db, desk, first_name="Ada", last_name="Lovelace")
    assert clients.get_client(db, desk, rec.id).last_name == "Lovelace"


def test_same_name_and_birth_date_is_a_possible_duplicate(db, admin, make_client):
    dob = date(1980, 1, 2)
    make_client("Zoë", "Dubois", date_of_birth=dob, record_number="R-1")
    with pytest.raises(PossibleDuplicate, match="R-1") as err:
        clients.create_client(db, admin, first_name="ZOE", last_name="dubois", date_of_birth=dob)
    assert isinstance(err.value, Conflict)
    assert err.value.record_numbers == ("R-1",)
    assert row_count(db, Client) == 1
    # Different birth date: a different person.
    clients.create_client(
        db, admin, first_name="Zoe", last_name="Dubois", date_of_birth=date(1981, 1, 2)
    )
    # Confirmed by the user.
    clients.create_client(
        db, admin, first_name="Zoe", last_name="Dubois", date_of_birth=dob, allow_duplicate=True
    )
    assert row_count(db, Client) == 3


def test_record_numbers_are_unique_ignoring_case(db, admin, make_client):
    make_client("Ada", "Lovelace", record_number="MRN-7")
    with pytest.raises(Conflict, match="MRN-7 is already used"):
        clients.create_client(db, admin, first_name="Bo", last_name="Li", record_number="mrn-7")
    assert row_count(db, Client) == 1


def test_update_client_changes_details_and_search(db, admin, make_client):
    rec = make_client("Ada", "Lovelace")
    new = clients.update_client(
        db, admin, rec.id, expected_version=rec.version, last_name="Løvelace-Byron"
    )
    assert new.last_name == "Løvelace-Byron" and new.version == rec.version + 1
    assert new.first_name == "Ada"
    assert [r.id for r in clients.search_clients(db, admin, text="lovelace byr").rows] == [rec.id]
    [entry] = audit_entries(db, "update_client")
    assert '"last_name"' in entry.details and entry.client_id == rec.id
    # Nothing to change: no new version, no audit entry.
    same = clients.update_client(db, admin, rec.id, expected_version=new.version, first_name="Ada")
    assert same.version == new.version
    assert len(audit_entries(db, "update_client")) == 1


def test_stale_edit_is_refused_and_changes_nothing(db, admin, make_staff, make_client):
    other = make_staff(Role.FRONT_DESK, full_name="Fran Desk")
    rec = make_client("Ada", "Lovelace")
    clients.update_client(db, other, rec.id, expected_version=rec.version, first_name="Augusta")
    with pytest.raises(StaleEdit, match="changed by Fran Desk"):
        clients.update_client(db, admin, rec.id, expected_version=rec.version, last_name="King")
    current = clients.get_client(db, admin, rec.id)
    assert (current.first_name, current.last_name) == ("Augusta", "Lovelace")


def test_update_into_a_duplicate_is_refused(db, admin, make_client):
    dob = date(1970, 3, 3)
    make_client("Ann", "Lee", date_of_birth=dob)
    other = make_client("Anne", "Lee", date_of_birth=dob)
    with pytest.raises(PossibleDuplicate):
        clients.update_client(db, admin, other.id, expected_version=other.version, first_name="Ann")
    assert clients.get_client(db, admin, other.id).first_name == "Anne"


def test_set_status_and_unknown_client(db, admin, make_client):
    rec = make_client()
    out = clients.set_status(
        db, admin, rec.id, status=ClientStatus.DISCHARGED, expected_version=rec.version
    )
    assert out.status is ClientStatus.DISCHARGED
    with pytest.raises(NotFound):
        clients.get_client(db, admin, out.id.__class__(int=1))


@pytest.mark.parametrize(
    ("first", "last", "query"),
    [
        ("Zoë", "Dubois", "zoe dub"),
        ("Zoe", "Dubois", "ZOË"),
        ("Łukasz", "Nowak", "lukasz"),
        ("Hans", "Ørsted", "orsted"),
        ("Ngũgĩ", "wa Thiong'o", "ngugi"),
        ("José", "Müller", "jose mull"),
        ("Ana", "O'Brien", "o'bri"),
    ],
)
def test_search_ignores_accents_and_case(db, admin, make_client, first, last, query):
    wanted = make_client(first, last)
    make_client("Other", "Person")
    page = clients.search_clients(db, admin, text=query)
    assert [r.id for r in page.rows] == [wanted.id]
    assert clients.count_clients(db, admin, query) == 1


def test_search_matches_preferred_name_and_record_number(db, admin, make_client):
    rec = make_client("Margaret", "Smith", preferred_name="Peggy", record_number="MRN-4455")
    make_client("Pat", "Jones")
    assert [r.id for r in clients.search_clients(db, admin, text="peggy").rows] == [rec.id]
    assert [r.id for r in clients.search_clients(db, admin, text="4455").rows] == [rec.id]
    # Every word must match.
    assert clients.search_clients(db, admin, text="peggy jones").rows == ()


@pytest.mark.parametrize("query", ["%", "_", "' OR 1=1--", "\\", '"; DROP TABLE client; --', "a%"])
def test_search_treats_sql_metacharacters_literally(db, admin, make_client, query):
    make_client("Ada", "Lovelace")
    make_client("Alan", "Turing")
    assert clients.search_clients(db, admin, text=query).rows == ()
    assert clients.count_clients(db, admin, query) == 0
    assert row_count(db, Client) == 2


def test_search_finds_literal_percent_and_underscore(db, admin, make_client):
    odd = make_client("Per%cent", "Under_score")
    make_client("Percent", "Underscore")
    assert [r.id for r in clients.search_clients(db, admin, text="r%c").rows] == [odd.id]
    assert [r.id for r in clients.search_clients(db, admin, text="r_s").rows] == [odd.id]


def test_keyset_paging_walks_the_directory_in_order(db, admin, make_client):
    names = [("Zoë", "Ábel"), ("adam", "abel"), ("Bea", "Cole"), ("Al", "cole"), ("Cy", "Dunn")]
    names += [(f"P{i}", "Same") for i in range(6)]
    made = [make_client(f, last) for f, last in names]
    seen, after = [], None
    while True:
        page = clients.search_clients(db, admin, limit=3, after=after)
        seen.extend(page.rows)
        if page.next_after is None:
            break
        assert page.next_after == page.rows[-1].sort_key
        after = page.next_after
    assert len(seen) == len(made) == len({r.id for r in seen})
    assert [r.sort_key for r in seen] == sorted(r.sort_key for r in seen)
    assert [(r.first_name, r.last_name) for r in seen[:4]] == [
        ("adam", "abel"),
        ("Zoë", "Ábel"),
        ("Al", "cole"),
        ("Bea", "Cole"),
    ]


def test_inactive_filter(db, admin, make_client):
    a = make_client("Ann", "Active")
    b = make_client("Ina", "Active", status=ClientStatus.INACTIVE)
    assert {r.id for r in clients.search_clients(db, admin, text="active").rows} == {a.id, b.id}
    rows = clients.search_clients(db, admin, text="active", include_inactive=False).rows
    assert [r.id for r in rows] == [a.id]
    assert clients.count_clients(db, admin, "active", include_inactive=False) == 1


def test_every_role_sees_the_directory(db, make_staff, make_client):
    rec = make_client()
    for role in Role:
        staff = make_staff(role)
        assert [r.id for r in clients.search_clients(db, staff).rows] == [rec.id]


def test_care_team(db, admin, make_staff, make_client):
    rec = make_client()
    t1 = make_staff(Role.THERAPIST, full_name="Theo Rapist")
    cm = make_staff(Role.CASE_MANAGER)
    t2 = make_staff(Role.THERAPIST)
    team = clients.set_care_team(
        db,
        admin,
        rec.id,
        primary_therapist_id=t1.staff_id,
        case_manager_id=cm.staff_id,
        others=[t2.staff_id, t1.staff_id],
    )
    assert team.primary_therapist.id == t1.staff_id
    assert team.case_manager.id == cm.staff_id
    assert [o.id for o in team.others] == [t2.staff_id]
    assert clients.get_care_team(db, admin, rec.id) == team
    # Replacing the team removes whoever is no longer on it.
    team = clients.set_care_team(
        db, admin, rec.id, primary_therapist_id=t2.staff_id, case_manager_id=None
    )
    assert team.staff_ids == {t2.staff_id}
    assert row_count(db, CareTeamMember) == 1
    assert len(audit_entries(db, "set_care_team")) == 2


def test_care_team_refusals_change_nothing(db, admin, make_staff, make_client):
    rec = make_client()
    therapist = make_staff(Role.THERAPIST)
    desk = make_staff(Role.FRONT_DESK, full_name="Fran Desk")
    clients.set_care_team(
        db, admin, rec.id, primary_therapist_id=therapist.staff_id, case_manager_id=None
    )
    with pytest.raises(ValidationError, match="Fran Desk is front desk"):
        clients.set_care_team(
            db, admin, rec.id, primary_therapist_id=desk.staff_id, case_manager_id=None
        )
    with pytest.raises(ValidationError, match="both primary therapist and case manager"):
        clients.set_care_team(
            db,
            admin,
            rec.id,
            primary_therapist_id=therapist.staff_id,
            case_manager_id=therapist.staff_id,
        )
    with pytest.raises(PermissionDenied):
        clients.set_care_team(
            db, therapist, rec.id, primary_therapist_id=None, case_manager_id=None
        )
    assert clients.get_care_team(db, admin, rec.id).staff_ids == {therapist.staff_id}


def test_huge_search_text_is_harmless(db, admin, make_client):
    rec = make_client("Ada", "Lovelace")
    page = clients.search_clients(db, admin, text="ada " + "x" * 10_000)
    assert page.rows == ()
    assert [r.id for r in clients.search_clients(db, admin, text="ada " * 500).rows] == [rec.id]
