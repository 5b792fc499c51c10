"""Practitioner groups (seed 003): named subsets of practitioners that restrict access.

With no practitioner group the clinic has open access; the first group switches every
clinician to restricted access (care team, shared practitioner group, client-group
grant). Members are clinicians (therapists, case managers, managers); admins are clinic
admins, who then manage only the practitioners of their groups.

A practitioner group is access configuration, not clinical data, so deleting one is
allowed (and audited): it simply removes the restrictions it enforced.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    PractitionerGroup,
    PractitionerGroupAdmin,
    PractitionerGroupMember,
    Staff,
)
from clinicdesk.domain.accounts import PRACTITIONER_ADMIN_ROLES, PRACTITIONER_ROLES
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import fold, require_text
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import rowcount
from clinicdesk.services.staff import StaffRef, staff_ref

NAME_MAX = 200


@dataclass(frozen=True, slots=True)
class PractitionerGroupRecord:
    id: uuid.UUID
    name: str
    members: tuple[StaffRef, ...]  # by name
    admins: tuple[StaffRef, ...]  # clinic admins assigned to the group, by name
    version: int


# --- helpers (in-transaction) --------------------------------------------------------


def _records(
    session: Session, group_ids: Iterable[uuid.UUID] | None = None
) -> list[PractitionerGroupRecord]:
    query = select(PractitionerGroup).order_by(PractitionerGroup.name_key)
    if group_ids is not None:
        query = query.where(PractitionerGroup.id.in_(list(group_ids)))
    groups = list(session.scalars(query))
    ids = [g.id for g in groups]
    people: dict[str, dict[uuid.UUID, list[StaffRef]]] = {
        "members": defaultdict(list),
        "admins": defaultdict(list),
    }
    for kind, model in (("members", PractitionerGroupMember), ("admins", PractitionerGroupAdmin)):
        rows = session.execute(
            select(model.practitioner_group_id, Staff)
            .join(Staff, Staff.id == model.staff_id)
            .where(model.practitioner_group_id.in_(ids))
            .order_by(func.lower(Staff.full_name), Staff.username_key)
        )
        for group_id, staff in rows:
            people[kind][group_id].append(staff_ref(staff))
    return [
        PractitionerGroupRecord(
            g.id,
            g.name,
            tuple(people["members"][g.id]),
            tuple(people["admins"][g.id]),
            g.version,
        )
        for g in groups
    ]


def _load(session: Session, group_id: uuid.UUID) -> PractitionerGroup:
    group = session.get(PractitionerGroup, group_id)
    if group is None:
        raise NotFound(_("That practitioner group does not exist (it may have been deleted)."))
    return group


def _clean_name(
    session: Session, name: str, *, exclude: uuid.UUID | None = None
) -> tuple[str, str]:
    name = require_text(name, _("Group name"), max_len=NAME_MAX, field="name")
    key = fold(name)
    query = select(PractitionerGroup.id).where(PractitionerGroup.name_key == key)
    if exclude is not None:
        query = query.where(PractitionerGroup.id != exclude)
    if session.scalar(query) is not None:
        raise Conflict(
            _("There is already a practitioner group called “{name}”.").format(name=name)
        )
    return name, key


def _checked_staff(
    session: Session, staff_ids: Iterable[uuid.UUID], roles: frozenset[Role], what: str
) -> frozenset[uuid.UUID]:
    ids = frozenset(staff_ids)
    people = list(session.scalars(select(Staff).where(Staff.id.in_(ids))))
    if len(people) != len(ids):
        raise NotFound(_("One of the chosen staff members does not exist."))
    for person in sorted(people, key=lambda p: p.full_name):
        if person.role not in roles:
            raise ValidationError(
                _("{what} the role of {full_name} is {label}.").format(
                    what=_(what), full_name=person.full_name, label=person.role.label.lower()
                ),
                field="staff_ids",
            )
    return ids


_MEMBER_RULE = N_(
    "Only therapists, case managers and managers can be members of a practitioner group;"
)
_ADMIN_RULE = N_("Only clinic admins can be assigned to a practitioner group as its admins;")


def _replace(
    session: Session,
    model: type[PractitionerGroupMember] | type[PractitionerGroupAdmin],
    group_id: uuid.UUID,
    wanted: frozenset[uuid.UUID],
) -> tuple[int, int]:
    """Make ``wanted`` the group's rows of ``model``, set-based; (added, removed)."""
    current = set(
        session.scalars(select(model.staff_id).where(model.practitioner_group_id == group_id))
    )
    added, removed = wanted - current, current - wanted
    if removed:
        session.execute(
            delete(model).where(
                model.practitioner_group_id == group_id, model.staff_id.in_(removed)
            )
        )
    if added:
        session.execute(
            insert(model),
            [{"practitioner_group_id": group_id, "staff_id": sid} for sid in sorted(added)],
        )
    return len(added), len(removed)


def _touch(group: PractitionerGroup, staff_id: uuid.UUID) -> None:
    # Membership lives in other tables; bumping the group's version still tells an
    # editor opened earlier that the group changed.
    group.updated_by_id = staff_id
    group.updated_at = clock.now()


# --- services ------------------------------------------------------------------------


def create_practitioner_group(
    db: Database,
    actor: Actor,
    *,
    name: str,
    member_ids: Iterable[uuid.UUID] = (),
    admin_ids: Iterable[uuid.UUID] = (),
) -> PractitionerGroupRecord:
    """Create a practitioner group. The clinic's first one switches it to restricted access."""
    with db.write() as s:
        me = authz.require(
            s,
            actor,
            Permission.MANAGE_PRACTITIONER_GROUPS,
            entity_type=AuditEntity.PRACTITIONER_GROUP,
        )
        name, key = _clean_name(s, name)
        members = _checked_staff(s, member_ids, PRACTITIONER_ROLES, _MEMBER_RULE)
        admins = _checked_staff(s, admin_ids, PRACTITIONER_ADMIN_ROLES, _ADMIN_RULE)
        first = not authz.practitioner_groups_exist(s)
        group = PractitionerGroup(name=name, name_key=key, updated_by_id=me.id)
        s.add(group)
        s.flush()
        _replace(s, PractitionerGroupMember, group.id, members)
        _replace(s, PractitionerGroupAdmin, group.id, admins)
        audit.record(
            s,
            me.id,
            AuditAction.CREATE_PRACTITIONER_GROUP,
            AuditEntity.PRACTITIONER_GROUP,
            group.id,
            details={"members": len(members), "admins": len(admins), "first_group": first},
        )
        return _records(s, [group.id])[0]


def _for_change(
    s: Session, actor: Actor, group_id: uuid.UUID, expected_version: int | None
) -> tuple[Staff, PractitionerGroup]:
    """Permission, then the group, then the stale-edit check: every change starts so."""
    me = authz.require(
        s,
        actor,
        Permission.MANAGE_PRACTITIONER_GROUPS,
        entity_type=AuditEntity.PRACTITIONER_GROUP,
        entity_id=group_id,
    )
    group = _load(s, group_id)
    editing.check_version(s, group, expected_version, N_("practitioner group"))
    return me, group


def rename_practitioner_group(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    name: str,
    *,
    expected_version: int | None = None,
) -> PractitionerGroupRecord:
    """Rename a practitioner group (names are unique, ignoring case and accents)."""
    with db.write() as s:
        me, group = _for_change(s, actor, group_id, expected_version)
        name, key = _clean_name(s, name, exclude=group.id)
        if name != group.name:
            group.name, group.name_key = name, key
            group.updated_by_id = me.id
            s.flush()
            audit.record(
                s,
                me.id,
                AuditAction.RENAME_PRACTITIONER_GROUP,
                AuditEntity.PRACTITIONER_GROUP,
                group.id,
            )
        return _records(s, [group.id])[0]


def set_members(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    staff_ids: Iterable[uuid.UUID],
    *,
    expected_version: int | None = None,
) -> PractitionerGroupRecord:
    """Make ``staff_ids`` exactly the group's practitioners (therapists, case managers,
    managers)."""
    return _set_people(
        db, actor, group_id, staff_ids, expected_version, PractitionerGroupMember, "members"
    )


def set_admins(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    staff_ids: Iterable[uuid.UUID],
    *,
    expected_version: int | None = None,
) -> PractitionerGroupRecord:
    """Make ``staff_ids`` exactly the clinic admins assigned to the group; an assigned
    clinic admin manages only the practitioners of their groups."""
    return _set_people(
        db, actor, group_id, staff_ids, expected_version, PractitionerGroupAdmin, "admins"
    )


def _set_people(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    staff_ids: Iterable[uuid.UUID],
    expected_version: int | None,
    model: type[PractitionerGroupMember] | type[PractitionerGroupAdmin],
    kind: str,
) -> PractitionerGroupRecord:
    with db.write() as s:
        me, group = _for_change(s, actor, group_id, expected_version)
        if kind == "members":
            wanted = _checked_staff(s, staff_ids, PRACTITIONER_ROLES, _MEMBER_RULE)
        else:
            wanted = _checked_staff(s, staff_ids, PRACTITIONER_ADMIN_ROLES, _ADMIN_RULE)
        added, removed = _replace(s, model, group.id, wanted)
        if added or removed:
            _touch(group, me.id)
            s.flush()
            audit.record(
                s,
                me.id,
                AuditAction.SET_PRACTITIONER_GROUP_MEMBERS
                if kind == "members"
                else AuditAction.SET_PRACTITIONER_GROUP_ADMINS,
                AuditEntity.PRACTITIONER_GROUP,
                group.id,
                details={"added": added, "removed": removed, "now": len(wanted)},
            )
        return _records(s, [group.id])[0]


def delete_practitioner_group(
    db: Database, actor: Actor, group_id: uuid.UUID, *, expected_version: int | None = None
) -> None:
    """Delete a practitioner group and the restrictions it enforced.

    Deleting the last one returns the clinic to open access. No client data is touched.
    """
    with db.write() as s:
        me, group = _for_change(s, actor, group_id, expected_version)
        members = rowcount(
            s.execute(
                delete(PractitionerGroupMember).where(
                    PractitionerGroupMember.practitioner_group_id == group.id
                )
            )
        )
        admins = rowcount(
            s.execute(
                delete(PractitionerGroupAdmin).where(
                    PractitionerGroupAdmin.practitioner_group_id == group.id
                )
            )
        )
        s.delete(group)
        s.flush()
        audit.record(
            s,
            me.id,
            AuditAction.DELETE_PRACTITIONER_GROUP,
            AuditEntity.PRACTITIONER_GROUP,
            group_id,
            details={
                "members": members,
                "admins": admins,
                "open_access_now": not authz.practitioner_groups_exist(s),
            },
        )


def list_practitioner_groups(db: Database, actor: Actor) -> list[PractitionerGroupRecord]:
    """Every practitioner group with its members and admins, by name."""
    with db.read() as s:
        authz.require(
            s, actor, Permission.VIEW_ACCESS_REPORT, entity_type=AuditEntity.PRACTITIONER_GROUP
        )
        return _records(s)
