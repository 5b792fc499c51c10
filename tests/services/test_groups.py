"""Client groups on a real database: management, actors, members, capacity, removal."""

from __future__ import annotations

import json
import time
import uuid
from datetime import date, timedelta
from datetime import time as clock_time

import pytest

from clinicdesk import clock
from clinicdesk.db.models import Client, ClientGroup, Enrolment, GroupActor, GroupMembership
from clinicdesk.domain.enums import AuditOutcome, GroupKind, Role, Visibility
from clinicdesk.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from clinicdesk.services import group_schedule_sync, groups, schedules, templates
from tests.fixtures.clinic import audit_entries, row_count


def test_create_group_defaults_and_creator_is_actor(db, make_staff):
    manager = make_staff(Role.MANAGER)
    g = groups.create_group(db, manager, name="  Anxiety   Tuesday ", description="Weekly")
    assert g.name == "Anxiety Tuesday" and g.description == "Weekly"
    assert g.kind is GroupKind.THERAPY and g.visibility is Visibility.HIDDEN
    assert (g.capacity, g.archived, g.member_count, g.version) == (None, False, 0, 1)
    assert [a.id for a in groups.list_actors(db, manager, g.id)] == [manager.staff_id]
    assert len(audit_entries(db, "create_group")) == 1


# Issue 11 / seed 002: account managers and supervisors create groups; practitioners,
# front desk and clinic admins allocate clients to existing ones.
@pytest.mark.parametrize(
    "role", [Role.THERAPIST, Role.CASE_MANAGER, Role.FRONT_DESK, Role.CLINIC_ADMIN]
)
def test_practitioners_cannot_create_groups(db, make_staff, role):
    with pytest.raises(PermissionDenied, match="create groups"):
        groups.create_group(db, make_staff(role), name="Mine")
    assert row_count(db, ClientGroup) == 0
    assert audit_entries(db, "create_group", outcome=AuditOutcome.DENIED)


@pytest.mark.parametrize(
    ("kw", "fragment"),
    [
        ({"name": ""}, "Group name is required"),
        ({"name": "g" * 201}, "too long"),
        ({"name": "bad\x07name"}, "control characters"),
        ({"name": "ok", "capacity": 0}, "at least 1"),
        ({"name": "ok", "description": "d" * 5001}, "too long"),
    ],
)
def test_invalid_group_details_are_refused(db, admin, kw, fragment):
    with pytest.raises(ValidationError, match=fragment):
        groups.create_group(db, admin, **kw)
    assert row_count(db, ClientGroup) == 0


def test_live_names_are_unique_ignoring_case_and_accents(db, admin, make_group):
    g = make_group("Café Group")
    with pytest.raises(Conflict, match="already a group called Café Group"):
        groups.create_group(db, admin, name="CAFE group")
    other = make_group("Other")
    with pytest.raises(Conflict, match="already a group called"):
        groups.update_group(db, admin, other.id, name="cafe GROUP", expected_version=1)
    # Removing a group frees its name.
    groups.remove_group(db, admin, g.id, expected_version=g.version)
    again = groups.create_group(db, admin, name="Cafe Group")
    assert again.name == "Cafe Group"


def test_actors_manage_their_group_others_do_not(db, admin, make_staff, make_group):
    g = make_group("Mindfulness")
    therapist = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied, match="not one of its actors"):
        groups.update_group(db, therapist, g.id, name="Mindful", expected_version=g.version)
    assert groups.get_group(db, admin, g.id).name == "Mindfulness"
    groups.add_actor(db, admin, g.id, staff_id=therapist.staff_id)
    out = groups.update_group(db, therapist, g.id, name="Mindful", expected_version=g.version)
    assert out.name == "Mindful" and out.version == g.version + 1
    out = groups.update_group(
        db, therapist, g.id, visibility=Visibility.MEMBERS_SEE_GROUP, expected_version=out.version
    )
    assert out.visibility is Visibility.MEMBERS_SEE_GROUP
    groups.remove_actor(db, admin, g.id, staff_id=therapist.staff_id)
    with pytest.raises(PermissionDenied):
        groups.update_group(db, therapist, g.id, description="x", expected_version=out.version)
    with pytest.raises(Conflict, match="already an actor"):
        groups.add_actor(db, admin, g.id, staff_id=admin.staff_id)
    assert row_count(db, GroupActor) == 1


def test_stale_group_edit_is_refused(db, admin, make_group):
    g = make_group("Stale")
    groups.update_group(db, admin, g.id, description="new", expected_version=g.version)
    with pytest.raises(StaleEdit):
        groups.update_group(db, admin, g.id, name="Other", expected_version=g.version)
    assert groups.get_group(db, admin, g.id).name == "Stale"


def test_add_and_remove_members_keeps_history(db, admin, make_client, make_group):
    g = make_group()
    ada, bo = make_client("Ada", "Byron"), make_client("Bo", "Andersen")
    m = groups.add_member(db, admin, g.id, ada.id, joined_on=date(2024, 1, 10))
    assert (m.client_id, m.joined_on, m.left_on) == (ada.id, date(2024, 1, 10), None)
    groups.add_member(db, admin, g.id, bo.id)
    assert [r.last_name for r in groups.list_members(db, admin, g.id)] == ["Andersen", "Byron"]
    with pytest.raises(Conflict, match="already a member"):
        groups.add_member(db, admin, g.id, ada.id)

    left = groups.remove_member(db, admin, g.id, ada.id, left_on=date(2024, 3, 1))
    assert left.left_on == date(2024, 3, 1)
    assert [r.client_id for r in groups.list_members(db, admin, g.id)] == [bo.id]
    with pytest.raises(NotFound, match="not a current member"):
        groups.remove_member(db, admin, g.id, ada.id)
    # Rejoining opens a new stay; the old one stays in the history.
    groups.add_member(db, admin, g.id, ada.id)
    history = groups.list_members(db, admin, g.id, include_past=True)
    assert [(r.client_id, r.left_on) for r in history if r.client_id == ada.id] == [
        (ada.id, date(2024, 3, 1)),
        (ada.id, None),
    ]
    mine = groups.groups_of_client(db, admin, ada.id, include_past=True)
    assert [x.left_on for x in mine] == [date(2024, 3, 1), None]
    assert len(groups.groups_of_client(db, admin, ada.id)) == 1
    assert len(audit_entries(db, "add_group_member")) == 3
    [removed] = audit_entries(db, "remove_group_member")
    assert removed.client_id == ada.id


def test_leaving_before_joining_is_refused(db, admin, make_client, make_group):
    g, c = make_group(), make_client()
    groups.add_member(db, admin, g.id, c.id, joined_on=date(2024, 5, 1))
    with pytest.raises(ValidationError, match="before the joining date"):
        groups.remove_member(db, admin, g.id, c.id, left_on=date(2024, 4, 1))
    assert len(groups.list_members(db, admin, g.id)) == 1


def test_practitioners_allocate_clients_to_existing_groups(db, make_staff, make_client, make_group):
    # Seed 002: practitioners cannot create groups but can allocate clients to them.
    g, c = make_group(), make_client()
    therapist = make_staff(Role.THERAPIST)
    groups.add_member(db, therapist, g.id, c.id)
    assert groups.get_group(db, therapist, g.id).member_count == 1


def test_bulk_add_of_2000_clients_is_one_quick_action(db, admin, make_group, bulk_clients):
    g = make_group()
    ids = bulk_clients(2000)
    started = time.perf_counter()
    result = groups.add_members(db, admin, g.id, ids)
    elapsed = time.perf_counter() - started
    assert (result.added, result.already_members) == (2000, 0)
    assert set(result.added_client_ids) == set(ids)
    assert elapsed < 5, f"bulk add took {elapsed:.2f}s"
    assert groups.get_group(db, admin, g.id).member_count == 2000
    assert len(audit_entries(db, "add_group_member")) == 2000
    # Again, with 10 new ones mixed in: current members are skipped and counted.
    more = bulk_clients(10)
    again = groups.add_members(db, admin, g.id, ids[:500] + more + ids[:3])
    assert (again.added, again.already_members) == (10, 500)
    assert row_count(db, GroupMembership) == 2010


def test_unknown_client_refuses_the_whole_bulk_add(db, admin, make_group, bulk_clients):
    g = make_group()
    ids = bulk_clients(5)
    with pytest.raises(NotFound, match="One of the selected clients does not exist"):
        groups.add_members(db, admin, g.id, [*ids, uuid.uuid4()])
    with pytest.raises(NotFound, match="2 of the selected clients"):
        groups.add_members(db, admin, g.id, [uuid.uuid4(), *ids, uuid.uuid4()])
    with pytest.raises(ValidationError, match="at least one client"):
        groups.add_members(db, admin, g.id, [])
    assert row_count(db, GroupMembership) == 0
    assert audit_entries(db, "add_group_member") == []


def test_capacity_refuses_the_whole_action(db, admin, make_group, bulk_clients):
    g = make_group("Small", capacity=5)
    ids = bulk_clients(8)
    groups.add_members(db, admin, g.id, ids[:3])
    with pytest.raises(Conflict, match="Group Small has room for 2 more; you tried to add 4"):
        groups.add_members(db, admin, g.id, ids[3:7])
    assert groups.get_group(db, admin, g.id).member_count == 3
    # Current members do not count against the room.
    groups.add_members(db, admin, g.id, ids[:5])
    assert groups.get_group(db, admin, g.id).room == 0
    with pytest.raises(Conflict, match="no room for more"):
        groups.add_member(db, admin, g.id, ids[7])
    with pytest.raises(Conflict, match="5 current members"):
        groups.update_group(db, admin, g.id, capacity=4, expected_version=None)
    out = groups.update_group(db, admin, g.id, capacity=None, expected_version=None)
    assert out.capacity is None and out.room is None
    assert row_count(db, GroupMembership) == 5


def test_archived_group_refuses_new_members(db, admin, make_group, make_client):
    g, c = make_group("Old"), make_client()
    g = groups.archive_group(db, admin, g.id, expected_version=g.version)
    assert g.archived
    with pytest.raises(Conflict, match="Group Old is archived"):
        groups.add_member(db, admin, g.id, c.id)
    assert row_count(db, GroupMembership) == 0
    assert groups.list_groups(db, admin) == []
    assert [x.id for x in groups.list_groups(db, admin, include_archived=True)] == [g.id]
    groups.unarchive_group(db, admin, g.id, expected_version=g.version)
    groups.add_member(db, admin, g.id, c.id)


def test_remove_group_closes_memberships_but_keeps_clients(db, admin, make_group, bulk_clients):
    g = make_group("Gone")
    ids = bulk_clients(4)
    groups.add_members(db, admin, g.id, ids[:3])
    groups.add_member(db, admin, g.id, ids[3], joined_on=clock.today() + timedelta(days=7))
    out = groups.remove_group(db, admin, g.id, expected_version=g.version)
    assert out.members_closed == 4
    assert row_count(db, Client) == 4
    assert row_count(db, GroupMembership) == 4
    assert row_count(db, GroupMembership, GroupMembership.left_on.is_(None)) == 0
    assert groups.list_groups(db, admin, include_archived=True) == []
    with pytest.raises(NotFound):
        groups.get_group(db, admin, g.id)
    with pytest.raises(NotFound):
        groups.add_member(db, admin, g.id, ids[0])
    history = groups.groups_of_client(db, admin, ids[0], include_past=True)
    assert [(h.group_name, h.left_on) for h in history] == [("Gone", clock.today())]
    assert groups.groups_of_client(db, admin, ids[0]) == []
    assert len(audit_entries(db, "remove_group_member")) == 4


def test_manager_non_actor_manages_any_group_but_therapist_and_front_desk_cannot_remove(
    db, make_staff, make_group
):
    # Issue 11 / seed 002: front desk manages only the groups it is an actor of.
    g = make_group()
    for role in (Role.THERAPIST, Role.FRONT_DESK):
        with pytest.raises(PermissionDenied):
            groups.remove_group(db, make_staff(role), g.id, expected_version=None)
    groups.remove_group(db, make_staff(Role.MANAGER), g.id, expected_version=None)


def test_list_groups_counts_filters_and_search(db, admin, make_group, bulk_clients):
    a = make_group("Anxiety Skills", kind=GroupKind.PSYCHOEDUCATION)
    b = make_group("Grief Support", kind=GroupKind.SUPPORT, visibility=Visibility.MEMBERS_SEE_GROUP)
    make_group("Empty")
    ids = bulk_clients(5)
    groups.add_members(db, admin, a.id, ids[:3])
    groups.add_members(db, admin, b.id, ids)
    groups.remove_member(db, admin, b.id, ids[0])
    listed = {g.name: g.member_count for g in groups.list_groups(db, admin)}
    assert listed == {"Anxiety Skills": 3, "Grief Support": 4, "Empty": 0}
    assert [g.id for g in groups.list_groups(db, admin, text="GRIEF")] == [b.id]
    assert [g.id for g in groups.list_groups(db, admin, kind=GroupKind.PSYCHOEDUCATION)] == [a.id]
    vis = groups.list_groups(db, admin, visibility=Visibility.MEMBERS_SEE_GROUP)
    assert [g.id for g in vis] == [b.id]
    assert groups.list_groups(db, admin, text="%") == []


def test_membership_changes_keep_group_schedules_in_step(
    db, admin, make_group, bulk_clients, monkeypatch
):
    calls = []
    real_joined, real_left = (
        group_schedule_sync.on_members_joined,
        group_schedule_sync.on_members_left,
    )

    def joined(session, **kw):
        calls.append(("joined", kw["group_id"], sorted(kw["client_ids"]), kw["joined_on"]))
        return real_joined(session, **kw)

    def left(session, **kw):
        calls.append(("left", kw["group_id"], sorted(kw["client_ids"]), kw["left_on"]))
        return real_left(session, **kw)

    monkeypatch.setattr(group_schedule_sync, "on_members_joined", joined)
    monkeypatch.setattr(group_schedule_sync, "on_members_left", left)
    g = make_group()
    ids = sorted(bulk_clients(3))
    day = date(2024, 9, 2)
    groups.add_members(db, admin, g.id, ids, joined_on=day)
    groups.remove_member(db, admin, g.id, ids[0], left_on=day)
    groups.remove_group(db, admin, g.id, expected_version=None)
    assert calls == [
        ("joined", g.id, ids, day),
        ("left", g.id, [ids[0]], day),
        ("left", g.id, ids[1:], clock.today()),
    ]


def test_joiners_and_leavers_follow_a_real_group_schedule(db, admin, make_group, bulk_clients):
    g = make_group("Scheduled")
    first, joiner = bulk_clients(2)
    groups.add_member(db, admin, g.id, first)
    session_t = templates.create_session_template(db, admin, name="Skills", duration_minutes=60)
    schedule = templates.create_schedule_template(
        db,
        admin,
        name="Weekly",
        weeks=4,
        occurrences=[templates.OccurrenceSpec(2, clock_time(10, 0), session_t.id)],
    )
    start = clock.today() + timedelta(days=7)
    schedules.assign_schedule(db, admin, schedule.id, start_date=start, group_id=g.id)

    def active(client_id):
        return row_count(
            db, Enrolment, Enrolment.client_id == client_id, Enrolment.withdrawn_at.is_(None)
        )

    assert active(first) == 4 and active(joiner) == 0
    result = groups.add_members(db, admin, g.id, [joiner])
    assert result.sessions_enrolled == 4 and active(joiner) == 4
    groups.remove_member(db, admin, g.id, first)
    assert active(first) == 0
    assert row_count(db, Enrolment, Enrolment.client_id == first) == 4  # withdrawn, kept


def test_permission_is_checked_before_input(db, make_staff, make_group):
    g = make_group()
    therapist = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied):
        groups.update_group(db, therapist, g.id, name="", expected_version=None)
    with pytest.raises(PermissionDenied):
        groups.update_group(db, therapist, g.id, capacity=-1, expected_version=None)


def test_update_group_saves_every_detail_or_none(db, admin, make_group, bulk_clients):
    group = make_group("Evening anxiety")
    groups.add_members(db, admin, group.id, bulk_clients(3))
    group = groups.get_group(db, admin, group.id)
    details = {
        "name": "Evening anxiety (adults)",
        "description": "Eight weeks of skills.",
        "kind": GroupKind.PSYCHOEDUCATION,
        "visibility": Visibility.MEMBERS_SEE_GROUP,
    }
    with pytest.raises(Conflict, match="3 current members"):
        groups.update_group(
            db, admin, group.id, **details, capacity=2, expected_version=group.version
        )
    unchanged = groups.get_group(db, admin, group.id)
    assert (unchanged.name, unchanged.version) == ("Evening anxiety", group.version)

    saved = groups.update_group(
        db, admin, group.id, **details, capacity=12, expected_version=group.version
    )
    assert (saved.name, saved.kind, saved.visibility, saved.capacity) == (
        "Evening anxiety (adults)",
        GroupKind.PSYCHOEDUCATION,
        Visibility.MEMBERS_SEE_GROUP,
        12,
    )
    (entry,) = audit_entries(db, "update_group")
    assert json.loads(entry.details)["fields"] == [
        "capacity",
        "description",
        "kind",
        "name",
        "visibility",
    ]
    with pytest.raises(StaleEdit):
        groups.update_group(
            db, admin, group.id, **details, capacity=12, expected_version=group.version
        )
