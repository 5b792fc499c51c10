"""In-transaction helpers of client groups, shared by the group services.

Not user actions: each takes the caller's ``Session`` first and runs inside the
caller's ``with db.write()`` (``groups``, ``client_import``, ``group_actions``). The
permission helpers (``require_group_manager``, ``require_allocator``) raise
``PermissionDenied`` as ``authz.require`` does; ``add_members_in`` and
``close_memberships`` write the membership rows, their audit entries and the group's
scheduled sessions in step (``group_schedule_sync``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.bulk import count_existing, driver_uuids, insert_rows
from clinicdesk.db.ids import uuid7_many
from clinicdesk.db.models import Client, ClientGroup, GroupActor, GroupMembership, Staff
from clinicdesk.domain import clients as rules
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import (
    Conflict,
    GroupFull,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from clinicdesk.domain.permissions import Permission, refusal
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import audit, authz, group_schedule_sync, waitlist_queue
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import table_of

# SQLite's historic limit is 999 bound parameters per statement.
CHUNK = 900


@dataclass(frozen=True, slots=True)
class BulkAddResult:
    added: int
    already_members: int
    added_client_ids: tuple[uuid.UUID, ...]
    sessions_enrolled: int  # enrolments created in the group's scheduled sessions


# In-transaction helpers ------------------------------------------------------------


def load_group(session: Session, group_id: uuid.UUID, *, for_update: bool = False) -> ClientGroup:
    """The live (not removed) group, locked when ``for_update`` (membership changes
    take this lock so two workstations cannot both fill the last place)."""
    query = select(ClientGroup).where(ClientGroup.id == group_id)
    if for_update:
        query = query.with_for_update()
    group = session.execute(query).scalar_one_or_none()
    if group is None or group.removed_at is not None:
        raise NotFound(_("That group does not exist (any more)."))
    return group


def is_actor(session: Session, group_id: uuid.UUID, staff_id: uuid.UUID) -> bool:
    found = session.execute(
        select(GroupActor.id).where(
            GroupActor.group_id == group_id, GroupActor.staff_id == staff_id
        )
    ).first()
    return found is not None


def require_group_permission(
    session: Session, actor: Actor, group_id: uuid.UUID, permission: Permission
) -> Staff:
    """The staff row if their role grants ``permission`` or they are an actor of the group."""
    staff = authz.acting_staff(session, actor)
    reason = refusal(staff.role, staff.features, permission)
    if reason and not is_actor(session, group_id, staff.id):
        raise PermissionDenied(
            lambda: refusal(staff.role, staff.features, permission) or "",
            action=AuditAction(permission.value),
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=str(group_id),
            staff_id=staff.id,
        )
    return staff


def require_group_manager(session: Session, actor: Actor, group_id: uuid.UUID) -> Staff:
    return require_group_permission(session, actor, group_id, Permission.MANAGE_ANY_GROUP)


def require_allocator(session: Session, actor: Actor, group_id: uuid.UUID) -> Staff:
    return require_group_permission(session, actor, group_id, Permission.ALLOCATE_TO_GROUP)


def current_member_ids(session: Session, group_id: uuid.UUID) -> set[uuid.UUID]:
    return set(
        session.execute(
            select(GroupMembership.client_id).where(
                GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None)
            )
        ).scalars()
    )


def member_count(session: Session, group_id: uuid.UUID) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(GroupMembership)
            .where(GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None))
        ).scalar_one()
    )


def check_open(group: ClientGroup) -> None:
    if group.archived:
        raise Conflict(
            _(
                "Group {name} is archived; unarchive it before changing its "
                "members or sharing with them."
            ).format(name=group.name)
        )


def check_room(group: ClientGroup, current: int, adding: int, waiting_ahead: int = 0) -> None:
    """Refuse the whole action when it would take the group past its capacity.

    Places already promised to clients waiting ahead on the waitlist are not free
    (issue 18); the refusal is ``GroupFull`` so the GUI can offer the waitlist.
    """
    if group.capacity is None:
        return
    room = group.capacity - current
    if room - waiting_ahead < adding:
        message = rules.room_message(group.name, room, adding)
        if waiting_ahead and room > 0:
            message = waitlist_queue.ahead_message(group.name, room, waiting_ahead, adding)
        raise GroupFull(
            message,
            group_id=group.id,
            room=max(0, room - waiting_ahead),
            wanted=adding,
            waiting_ahead=waiting_ahead,
        )


def add_members_in(
    session: Session,
    staff_id: uuid.UUID,
    group: ClientGroup,
    client_ids: Iterable[uuid.UUID],
    joined_on: date,
) -> BulkAddResult:
    """Add clients to ``group`` inside the caller's transaction (group locked by caller).

    Set-based: one existence check, one query for the current members, one
    executemany INSERT, one audit executemany (an entry per new member), one schedule
    sync. Raises before writing anything when a client is unknown or the group is
    closed or full.
    """
    check_open(group)
    ids = list(client_ids)
    if not ids:
        raise ValidationError(_("Choose at least one client to add."), field="client_ids")
    # Each id converted to the driver's form once, for the check and the insert; the
    # duplicates dropped on that form (on SQLite a hex string hashes in C, a UUID not).
    unique = dict(zip(driver_uuids(session, ids), ids, strict=True))
    keys, ids = list(unique), list(unique.values())
    missing = len(ids) - count_existing(session, table_of(Client).c.id, keys, prepared=True)
    if missing:
        raise NotFound(
            ngettext(
                "One of the selected clients does not exist (any more); nothing was changed.",
                "{n} of the selected clients do not exist (any more); nothing was changed.",
                missing,
            ).format(n=missing)
        )
    current = current_member_ids(session, group.id)
    if current:
        kept = [(c, k) for c, k in zip(ids, keys, strict=True) if c not in current]
        new, new_keys = [c for c, _ in kept], [k for _, k in kept]
    else:
        new, new_keys = ids, keys
    check_room(group, len(current), len(new), waitlist_queue.waiting_ahead(session, group.id, new))
    if new:
        # Joining enrols them in the group's scheduled sessions: not onto the roster of a
        # session the adder leads unless the adder can open their files.
        staff = session.get(Staff, staff_id) if staff_id else None
        if staff is not None:
            authz.require_roster_reach(
                session,
                staff,
                new,
                group_schedule_sync.upcoming_group_session_ids(session, group.id, joined_on),
                action=AuditAction.ADD_GROUP_MEMBER,
            )
        now = clock.now()
        insert_rows(
            session,
            table_of(GroupMembership),
            ("id", "client_id"),
            zip(driver_uuids(session, uuid7_many(len(new))), new_keys, strict=True),
            constants={
                "group_id": group.id,
                "joined_on": joined_on,
                "added_by_id": staff_id,
                "created_at": now,
                "updated_at": now,
            },
            prepared=("id", "client_id"),
        )
        # One entry per client (a client's history finds it), built as one batch.
        audit.record_per_client(
            session,
            staff_id,
            AuditAction.ADD_GROUP_MEMBER,
            AuditEntity.CLIENT_GROUP,
            group.id,
            new,
            details={"joined_on": joined_on.isoformat()},
        )
        waitlist_queue.joined(session, group.id, new, staff_id)
    enrolled = group_schedule_sync.on_members_joined(
        session, group_id=group.id, client_ids=new, joined_on=joined_on, staff_id=staff_id
    )
    return BulkAddResult(len(new), len(ids) - len(new), tuple(new), enrolled)


def close_memberships(
    session: Session,
    staff_id: uuid.UUID,
    group_id: uuid.UUID,
    client_ids: Sequence[uuid.UUID],
    left_on: date,
    action: AuditAction,
) -> int:
    """Close the given current memberships; returns enrolments withdrawn."""
    now = clock.now()
    for start in range(0, len(client_ids), CHUNK):
        part = client_ids[start : start + CHUNK]
        session.execute(
            update(GroupMembership)
            .where(
                GroupMembership.group_id == group_id,
                GroupMembership.left_on.is_(None),
                GroupMembership.client_id.in_(part),
            )
            .values(left_on=left_on, ended_by_id=staff_id, updated_at=now)
            .execution_options(synchronize_session=False)
        )
    audit.record_per_client(
        session,
        staff_id,
        action,
        AuditEntity.CLIENT_GROUP,
        group_id,
        client_ids,
        details={"left_on": left_on.isoformat()},
    )
    return group_schedule_sync.on_members_left(
        session, group_id=group_id, client_ids=client_ids, left_on=left_on, staff_id=staff_id
    )
