"""Permission checks used inside every service (never in widgets).

``acting_staff`` re-reads the actor's row so revoked roles take effect at once;
``require`` applies the role/feature matrix; ``client_file_routes`` answers through
which routes a staff member reaches one client's file (seeds 002 and 003).
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, exists, literal, select, union
from sqlalchemy.orm import Session, aliased

from clinicdesk.db.models import (
    CareTeamMember,
    ClientGroup,
    GroupAccessGrant,
    GroupMembership,
    PractitionerGroup,
    PractitionerGroupMember,
    Staff,
)
from clinicdesk.domain.enums import ALL_ACCESS_ROLES, CLINICIAN_ROLES, AccessRoute
from clinicdesk.domain.errors import AuthenticationError, PermissionDenied
from clinicdesk.domain.permissions import Permission, refusal
from clinicdesk.services.records import Actor


def acting_staff(session: Session, actor: Actor) -> Staff:
    staff = session.get(Staff, actor.staff_id)
    if staff is None or not staff.active:
        raise AuthenticationError("Your account is no longer active. Please log in again.")
    return staff


def require(
    session: Session,
    actor: Actor,
    permission: Permission,
    *,
    entity_type: str = "",
    entity_id: object | None = None,
    client_id: object | None = None,
) -> Staff:
    """The acting staff row, or ``PermissionDenied`` (which the unit of work audits)."""
    staff = acting_staff(session, actor)
    reason = refusal(staff.role, staff.features, permission)
    if reason:
        raise PermissionDenied(
            reason,
            action=permission.value,
            entity_type=entity_type,
            entity_id=str(entity_id) if entity_id else None,
            client_id=str(client_id) if client_id else None,
            staff_id=staff.id,
        )
    return staff


def practitioner_groups_exist(session: Session) -> bool:
    return session.scalar(select(exists().select_from(PractitionerGroup))) or False


def client_file_routes(session: Session, staff: Staff, client_id: uuid.UUID) -> list[AccessRoute]:
    """Every route by which ``staff`` reaches ``client_id``'s file (empty: no access).

    Actors of a group gain nothing here: managing a group is not a route to its
    members' files (seed 000).
    """
    if staff.role in ALL_ACCESS_ROLES:
        return [AccessRoute.ALL_ACCESS_ROLE]
    if staff.role not in CLINICIAN_ROLES:
        return []
    if not practitioner_groups_exist(session):
        return [AccessRoute.OPEN_ACCESS]
    found = session.execute(
        union(
            *(q.where(q.selected_columns.client_id == client_id) for q in _route_queries(staff.id))
        )
    ).all()
    order = list(AccessRoute)
    return sorted({AccessRoute(r.route) for r in found}, key=order.index)


def _route_queries(staff_id: uuid.UUID) -> list[Select]:
    """One SELECT (client_id, route, via) per restricted-access route."""
    mine = aliased(PractitionerGroupMember)
    theirs = aliased(PractitionerGroupMember)
    care = aliased(CareTeamMember)
    care_team = select(
        CareTeamMember.client_id.label("client_id"),
        literal(AccessRoute.CARE_TEAM.value).label("route"),
        literal("").label("via"),
    ).where(CareTeamMember.staff_id == staff_id)
    shared_group = (
        select(
            care.client_id.label("client_id"),
            literal(AccessRoute.PRACTITIONER_GROUP.value).label("route"),
            PractitionerGroup.name.label("via"),
        )
        .join(theirs, theirs.staff_id == care.staff_id)
        .join(mine, mine.practitioner_group_id == theirs.practitioner_group_id)
        .join(PractitionerGroup, PractitionerGroup.id == mine.practitioner_group_id)
        # Through *another* practitioner's care team; one's own is the care-team route.
        .where(mine.staff_id == staff_id, theirs.staff_id != staff_id)
    )
    grant = (
        select(
            GroupMembership.client_id.label("client_id"),
            literal(AccessRoute.CLIENT_GROUP_GRANT.value).label("route"),
            ClientGroup.name.label("via"),
        )
        .join(GroupAccessGrant, GroupAccessGrant.group_id == GroupMembership.group_id)
        .join(ClientGroup, ClientGroup.id == GroupMembership.group_id)
        .where(
            GroupAccessGrant.staff_id == staff_id,
            GroupMembership.left_on.is_(None),
            ClientGroup.removed_at.is_(None),
        )
    )
    return [care_team, shared_group, grant]


def restricted_routes_query(staff_id: uuid.UUID) -> Select:
    """All (client_id, route, via) rows for a clinician under restricted access."""
    return union(*_route_queries(staff_id)).subquery().select()


def require_client_file(
    session: Session, actor: Actor, client_id: uuid.UUID, *, action: str = "read_client_file"
) -> Staff:
    """The acting staff row if they may open this client's clinical file."""
    staff = acting_staff(session, actor)
    reason = refusal(staff.role, staff.features, Permission.READ_CLINICAL)
    if reason is None and not client_file_routes(session, staff, client_id):
        reason = (
            "You have no access to this client's file: you are not on their care team, "
            "in a practitioner group with someone who is, or granted access through one "
            "of their groups."
        )
    if reason:
        raise PermissionDenied(
            reason,
            action=action,
            entity_type="client",
            entity_id=str(client_id),
            client_id=str(client_id),
            staff_id=staff.id,
        )
    return staff


def clients_without_file_access(
    session: Session, staff: Staff, client_ids: list[uuid.UUID]
) -> list[uuid.UUID]:
    """Those of ``client_ids`` whose files ``staff`` cannot open (one query per 900 ids)."""
    if staff.role in ALL_ACCESS_ROLES:
        return []
    if staff.role not in CLINICIAN_ROLES:
        return list(client_ids)
    if not practitioner_groups_exist(session):
        return []
    routes = union(*_route_queries(staff.id)).subquery()
    reachable: set[uuid.UUID] = set()
    for start in range(0, len(client_ids), 900):
        chunk = client_ids[start : start + 900]
        reachable.update(
            session.scalars(select(routes.c.client_id).where(routes.c.client_id.in_(chunk)))
        )
    return [c for c in client_ids if c not in reachable]
