"""Client groups: create and manage them, their actors, and their members.

Who may do what (seeds 000 and 002):
- creating a group needs ``CREATE_GROUP`` (super admin, manager: seed 002);
- managing one (rename, describe, visibility, capacity, archive, remove, actors)
  needs ``MANAGE_ANY_GROUP`` or being one of the group's actors (seed 000);
- adding and removing members needs ``ALLOCATE_TO_GROUP`` (practitioners allocate
  clients to existing groups) or being an actor — and only clients whose directory
  entry the person sees (the reachability rule, ``Purpose.DIRECTORY``).
Being an actor never opens a member's file (``authz.client_file_routes``). Member
lists hold only the members the reader reaches.

Membership keeps its history: leaving closes the row (``left_on``), removing a group
closes every current membership and sets ``removed_at``; nothing is deleted. Every
membership change also keeps the group's scheduled sessions in step through
``group_schedule_sync`` in the same transaction.

The in-transaction helpers the group services share (``load_group``,
``require_group_manager``, ``require_allocator``, ``add_members_in`` …) live in
``group_membership``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Client, ClientGroup, GroupActor, GroupMembership, Staff
from clinicdesk.domain import clients as rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import GroupKind, Role, Visibility
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import escape_like, fold
from clinicdesk.domain.unchanged import UNCHANGED, Unchanged
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.clients import StaffRef
from clinicdesk.services.group_membership import (  # in-transaction helpers
    BulkAddResult,
    add_members_in,
    close_memberships,
    current_member_ids,
    is_actor,
    load_group,
    member_count,
    require_allocator,
    require_group_manager,
)
from clinicdesk.services.records import Actor

__all__ = [
    "BulkAddResult",
    "ClientGroupMembership",
    "GroupRecord",
    "MembershipRecord",
    "RemoveResult",
    "add_actor",
    "add_member",
    "add_members",
    "archive_group",
    "create_group",
    "get_group",
    "groups_of_client",
    "list_actors",
    "list_groups",
    "list_members",
    "remove_actor",
    "remove_group",
    "remove_member",
    "unarchive_group",
    "update_group",
]

# SQLite's historic limit is 999 bound parameters per statement.
CHUNK = 900


@dataclass(frozen=True, slots=True)
class GroupRecord:
    id: uuid.UUID
    name: str
    description: str
    kind: GroupKind
    visibility: Visibility
    capacity: int | None
    archived: bool
    member_count: int  # current members
    version: int

    @property
    def room(self) -> int | None:
        """Free places, or None when the group has no capacity limit."""
        return None if self.capacity is None else max(0, self.capacity - self.member_count)


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    """One stay of a client in a group (``left_on`` None: a current member)."""

    client_id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    record_number: str | None
    joined_on: date
    left_on: date | None


@dataclass(frozen=True, slots=True)
class ClientGroupMembership:
    """One group a client is (or was) in, seen from the client's side."""

    group_id: uuid.UUID
    group_name: str
    kind: GroupKind
    archived: bool
    joined_on: date
    left_on: date | None


@dataclass(frozen=True, slots=True)
class RemoveResult:
    group_id: uuid.UUID
    members_closed: int
    sessions_withdrawn: int


def _record(session: Session, group: ClientGroup) -> GroupRecord:
    return GroupRecord(
        id=group.id,
        name=group.name,
        description=group.description,
        kind=GroupKind(group.kind),
        visibility=Visibility(group.visibility),
        capacity=group.capacity,
        archived=group.archived,
        member_count=member_count(session, group.id),
        version=group.version,
    )


def _check_name_free(session: Session, name: str, exclude: uuid.UUID | None = None) -> str:
    key = fold(name)
    query = select(ClientGroup.name).where(
        ClientGroup.name_key == key, ClientGroup.removed_at.is_(None)
    )
    if exclude is not None:
        query = query.where(ClientGroup.id != exclude)
    taken = session.execute(query.limit(1)).scalar_one_or_none()
    if taken is not None:
        raise Conflict(
            _("There is already a group called {taken}; choose another name.").format(taken=taken)
        )
    return key


def _edit(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    expected_version: int | None,
    action: AuditAction,
    make_changes: Callable[[], dict[str, object]],
) -> GroupRecord:
    """The shared body of the small group edits: authorise, validate (``make_changes``),
    check the version, apply, audit, return."""
    with db.write() as s:
        staff = require_group_manager(s, actor, group_id)
        changes = make_changes()
        group = load_group(s, group_id, for_update=True)
        editing.check_version(s, group, expected_version, N_("group"))
        if "name" in changes:
            changes["name_key"] = _check_name_free(s, str(changes["name"]), exclude=group.id)
        if "capacity" in changes:
            count = member_count(s, group.id)
            capacity = changes["capacity"]
            if isinstance(capacity, int) and count > capacity:
                raise Conflict(
                    _(
                        "Group {name} has {count} current members; the capacity "
                        "cannot be set below that."
                    ).format(name=group.name, count=count),
                )
        changed = sorted(
            k for k, v in changes.items() if getattr(group, k) != v and k != "name_key"
        )
        if changed:
            for key, value in changes.items():
                setattr(group, key, value)
            group.updated_by_id = staff.id
            s.flush()
            audit.record(
                s, staff.id, action, AuditEntity.CLIENT_GROUP, group.id, details={"fields": changed}
            )
        return _record(s, group)


# Groups -----------------------------------------------------------------------------


def create_group(
    db: Database,
    actor: Actor,
    *,
    name: str,
    description: str = "",
    kind: GroupKind = GroupKind.THERAPY,
    visibility: Visibility = Visibility.HIDDEN,
    capacity: int | None = None,
) -> GroupRecord:
    """Create a client group. Its creator becomes its first actor (co-manager).

    Names are unique among live groups, ignoring case and accents.
    """
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.CREATE_GROUP, entity_type=AuditEntity.CLIENT_GROUP
        )
        name = rules.check_group_name(name)
        description = rules.check_group_description(description)
        capacity = rules.check_capacity(capacity)
        kind, visibility = GroupKind(kind), Visibility(visibility)
        key = _check_name_free(s, name)
        group = ClientGroup(
            name=name,
            name_key=key,
            description=description,
            kind=kind,
            visibility=visibility,
            capacity=capacity,
            archived=False,
            updated_by_id=staff.id,
        )
        s.add(group)
        s.flush()
        s.add(GroupActor(group_id=group.id, staff_id=staff.id))
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.CREATE_GROUP,
            AuditEntity.CLIENT_GROUP,
            group.id,
            details={"kind": kind.value, "visibility": visibility.value, "capacity": capacity},
        )
        return _record(s, group)


def update_group(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    *,
    name: str | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    kind: GroupKind | Unchanged = UNCHANGED,
    visibility: Visibility | Unchanged = UNCHANGED,
    capacity: int | Unchanged | None = UNCHANGED,
    expected_version: int | None,
) -> GroupRecord:
    """Save a group's edited details in one step: all of them or, on any error, none.

    Fields left at ``UNCHANGED`` keep their value (renaming is ``name=`` alone). The
    audit entry lists the fields that actually changed.
    """

    def changes() -> dict[str, object]:
        out: dict[str, object] = {}
        if name is not UNCHANGED:
            out["name"] = rules.check_group_name(name)
        if description is not UNCHANGED:
            out["description"] = rules.check_group_description(description)
        if kind is not UNCHANGED:
            out["kind"] = GroupKind(kind)
        if visibility is not UNCHANGED:
            out["visibility"] = Visibility(visibility)
        if capacity is not UNCHANGED:
            out["capacity"] = rules.check_capacity(capacity)
        return out

    return _edit(db, actor, group_id, expected_version, AuditAction.UPDATE_GROUP, changes)


def archive_group(
    db: Database, actor: Actor, group_id: uuid.UUID, *, expected_version: int | None
) -> GroupRecord:
    """Archive a group: it keeps its members but takes no new members or actions."""
    return _edit(
        db, actor, group_id, expected_version, AuditAction.ARCHIVE_GROUP, lambda: {"archived": True}
    )


def unarchive_group(
    db: Database, actor: Actor, group_id: uuid.UUID, *, expected_version: int | None
) -> GroupRecord:
    """Bring an archived group back into use."""
    return _edit(
        db,
        actor,
        group_id,
        expected_version,
        AuditAction.UNARCHIVE_GROUP,
        lambda: {"archived": False},
    )


def remove_group(
    db: Database, actor: Actor, group_id: uuid.UUID, *, expected_version: int | None
) -> RemoveResult:
    """Remove a group: every current membership closes today, the group disappears
    from lists and its name is free again. Clients, their files and all history stay
    (seed 002: removing a group does not delete clients)."""
    with db.write() as s:
        staff = require_group_manager(s, actor, group_id)
        group = load_group(s, group_id, for_update=True)
        editing.check_version(s, group, expected_version, N_("group"))
        members = sorted(current_member_ids(s, group.id))
        today = clock.today()
        withdrawn = 0
        if members:
            # A member who joined in the future leaves on their join date.
            future = set(
                s.execute(
                    select(GroupMembership.client_id).where(
                        GroupMembership.group_id == group.id,
                        GroupMembership.left_on.is_(None),
                        GroupMembership.joined_on > today,
                    )
                ).scalars()
            )
            if future:
                s.execute(
                    update(GroupMembership)
                    .where(
                        GroupMembership.group_id == group.id,
                        GroupMembership.left_on.is_(None),
                        GroupMembership.joined_on > today,
                    )
                    .values(left_on=GroupMembership.joined_on)
                    .execution_options(synchronize_session=False)
                )
            withdrawn = close_memberships(
                s, staff.id, group.id, members, today, AuditAction.REMOVE_GROUP_MEMBER
            )
        group.removed_at = clock.now()
        group.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REMOVE_GROUP,
            AuditEntity.CLIENT_GROUP,
            group.id,
            details={"members": len(members)},
        )
        return RemoveResult(group.id, len(members), withdrawn)


def get_group(db: Database, actor: Actor, group_id: uuid.UUID) -> GroupRecord:
    """One live group with its current member count."""
    with db.read() as s:
        authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        return _record(s, load_group(s, group_id))


def list_groups(
    db: Database,
    actor: Actor,
    *,
    text: str = "",
    kind: GroupKind | None = None,
    visibility: Visibility | None = None,
    include_archived: bool = False,
) -> list[GroupRecord]:
    """Live groups by name, with current member counts (one aggregate query)."""
    with db.read() as s:
        authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        counts = (
            select(GroupMembership.group_id, func.count().label("n"))
            .where(GroupMembership.left_on.is_(None))
            .group_by(GroupMembership.group_id)
            .subquery()
        )
        query = (
            select(ClientGroup, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.group_id == ClientGroup.id)
            .where(ClientGroup.removed_at.is_(None))
        )
        for token in fold(text).split():
            query = query.where(ClientGroup.name_key.like(f"%{escape_like(token)}%", escape="\\"))
        if kind is not None:
            query = query.where(ClientGroup.kind == GroupKind(kind))
        if visibility is not None:
            query = query.where(ClientGroup.visibility == Visibility(visibility))
        if not include_archived:
            query = query.where(ClientGroup.archived.is_(False))
        rows = s.execute(query.order_by(ClientGroup.name_key, ClientGroup.id)).all()
        return [
            GroupRecord(
                id=g.id,
                name=g.name,
                description=g.description,
                kind=GroupKind(g.kind),
                visibility=Visibility(g.visibility),
                capacity=g.capacity,
                archived=g.archived,
                member_count=int(n),
                version=g.version,
            )
            for g, n in rows
        ]


# Actors -----------------------------------------------------------------------------


def add_actor(db: Database, actor: Actor, group_id: uuid.UUID, *, staff_id: uuid.UUID) -> StaffRef:
    """Make a staff member a co-manager of the group (no access to member files)."""
    with db.write() as s:
        staff = require_group_manager(s, actor, group_id)
        load_group(s, group_id, for_update=True)
        person = s.get(Staff, staff_id)
        if person is None or not person.active:
            raise ValidationError(
                _("That staff member does not exist or is no longer active."), field="staff_id"
            )
        if is_actor(s, group_id, staff_id):
            raise Conflict(
                _("{full_name} is already an actor of this group.").format(
                    full_name=person.full_name
                )
            )
        s.add(GroupActor(group_id=group_id, staff_id=staff_id))
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.ADD_GROUP_ACTOR,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"staff": staff_id},
        )
        return StaffRef(person.id, person.full_name, Role(person.role))


def remove_actor(db: Database, actor: Actor, group_id: uuid.UUID, *, staff_id: uuid.UUID) -> None:
    """Stop a staff member co-managing the group."""
    with db.write() as s:
        staff = require_group_manager(s, actor, group_id)
        load_group(s, group_id, for_update=True)
        row = s.execute(
            select(GroupActor).where(
                GroupActor.group_id == group_id, GroupActor.staff_id == staff_id
            )
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(_("That staff member is not an actor of this group."))
        s.delete(row)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.REMOVE_GROUP_ACTOR,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"staff": staff_id},
        )


def list_actors(db: Database, actor: Actor, group_id: uuid.UUID) -> list[StaffRef]:
    """The staff who co-manage the group, by name."""
    with db.read() as s:
        authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        load_group(s, group_id)
        rows = s.execute(
            select(Staff)
            .join(GroupActor, GroupActor.staff_id == Staff.id)
            .where(GroupActor.group_id == group_id)
            .order_by(Staff.full_name, Staff.id)
        ).scalars()
        return [StaffRef(p.id, p.full_name, Role(p.role)) for p in rows]


# Members ----------------------------------------------------------------------------


@authz.returns_client_data(Purpose.DIRECTORY)
def add_members(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_ids: Iterable[uuid.UUID],
    *,
    joined_on: date | None = None,
) -> BulkAddResult:
    """Add many clients to a group in one action (e.g. selected in the Clients tab).

    Current members are skipped and counted. Refused as a whole, with nothing written,
    when a client id is unknown, the group is archived, or it has too little room
    ("Group X has room for N more"). New members are enrolled in the group's upcoming
    scheduled sessions from ``joined_on`` (default today).
    """
    client_ids = list(client_ids)
    with db.write() as s:
        staff = require_allocator(s, actor, group_id)
        authz.require_reach(
            s, staff, client_ids, Purpose.DIRECTORY, action=AuditAction.ADD_GROUP_MEMBER
        )
        group = load_group(s, group_id, for_update=True)
        return add_members_in(s, staff.id, group, client_ids, joined_on or clock.today())


@authz.returns_client_data(Purpose.DIRECTORY)
def add_member(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_id: uuid.UUID,
    *,
    joined_on: date | None = None,
) -> MembershipRecord:
    """Add one client to a group; refused if they are already a current member."""
    joined_on = joined_on or clock.today()
    with db.write() as s:
        staff = require_allocator(s, actor, group_id)
        authz.require_reach(
            s, staff, [client_id], Purpose.DIRECTORY, action=AuditAction.ADD_GROUP_MEMBER
        )
        group = load_group(s, group_id, for_update=True)
        result = add_members_in(s, staff.id, group, [client_id], joined_on)
        if not result.added:
            raise Conflict(_("That client is already a member of {name}.").format(name=group.name))
        client = s.get(Client, client_id)
        assert client is not None
        return MembershipRecord(
            client.id,
            client.first_name,
            client.last_name,
            client.preferred_name,
            client.record_number,
            joined_on,
            None,
        )


@authz.returns_client_data(Purpose.DIRECTORY)
def remove_member(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    client_id: uuid.UUID,
    *,
    left_on: date | None = None,
) -> MembershipRecord:
    """End a client's membership (the row and its history stay) and withdraw them
    from the group's scheduled sessions from ``left_on`` (default today)."""
    with db.write() as s:
        staff = require_allocator(s, actor, group_id)
        authz.require_reach(
            s, staff, [client_id], Purpose.DIRECTORY, action=AuditAction.REMOVE_GROUP_MEMBER
        )
        group = load_group(s, group_id, for_update=True)
        row = s.execute(
            select(GroupMembership).where(
                GroupMembership.group_id == group_id,
                GroupMembership.client_id == client_id,
                GroupMembership.left_on.is_(None),
            )
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(
                _("That client is not a current member of {name}.").format(name=group.name)
            )
        left_on = left_on or max(clock.today(), row.joined_on)
        if left_on < row.joined_on:
            raise ValidationError(
                _("The leaving date cannot be before the joining date ({joined_on}).").format(
                    joined_on=row.joined_on
                ),
                field="left_on",
            )
        joined_on = row.joined_on
        close_memberships(
            s, staff.id, group.id, [client_id], left_on, AuditAction.REMOVE_GROUP_MEMBER
        )
        client = s.get(Client, client_id)
        assert client is not None
        return MembershipRecord(
            client.id,
            client.first_name,
            client.last_name,
            client.preferred_name,
            client.record_number,
            joined_on,
            left_on,
        )


@authz.returns_client_data(Purpose.DIRECTORY)
def list_members(
    db: Database, actor: Actor, group_id: uuid.UUID, *, include_past: bool = False
) -> list[MembershipRecord]:
    """A group's members by name; with ``include_past`` every earlier stay as well.

    Only the members whose directory entry the reader sees (``GroupRecord.member_count``
    still counts them all).
    """
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT_GROUP
        )
        load_group(s, group_id)
        query = (
            select(
                Client.id,
                Client.first_name,
                Client.last_name,
                Client.preferred_name,
                Client.record_number,
                GroupMembership.joined_on,
                GroupMembership.left_on,
            )
            .join(Client, Client.id == GroupMembership.client_id)
            .where(GroupMembership.group_id == group_id)
        )
        if not include_past:
            query = query.where(GroupMembership.left_on.is_(None))
        query = authz.reach(s, staff, Purpose.DIRECTORY).narrow(query, GroupMembership.client_id)
        query = query.order_by(
            Client.last_name_key, Client.first_name_key, Client.id, GroupMembership.joined_on
        )
        return [MembershipRecord(*row) for row in s.execute(query)]


@authz.returns_client_data(Purpose.DIRECTORY)
def groups_of_client(
    db: Database, actor: Actor, client_id: uuid.UUID, *, include_past: bool = False
) -> list[ClientGroupMembership]:
    """The live groups a client is in (with ``include_past``: was in), by group name."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT
        )
        authz.require_reach(
            s, staff, [client_id], Purpose.DIRECTORY, action=AuditAction.READ_MEMBERSHIPS
        )
        return memberships_of(s, client_id, include_past=include_past)


def memberships_of(
    session: Session, client_id: uuid.UUID, *, include_past: bool
) -> list[ClientGroupMembership]:
    query = (
        select(
            ClientGroup.id,
            ClientGroup.name,
            ClientGroup.kind,
            ClientGroup.archived,
            GroupMembership.joined_on,
            GroupMembership.left_on,
        )
        .join(ClientGroup, ClientGroup.id == GroupMembership.group_id)
        .where(GroupMembership.client_id == client_id)
    )
    if not include_past:
        query = query.where(GroupMembership.left_on.is_(None), ClientGroup.removed_at.is_(None))
    query = query.order_by(ClientGroup.name_key, GroupMembership.joined_on)
    return [
        ClientGroupMembership(r.id, r.name, GroupKind(r.kind), r.archived, r.joined_on, r.left_on)
        for r in session.execute(query)
    ]
