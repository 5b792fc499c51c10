"""Who can reach which client file, and why: client-group grants and the access tester.

* Seed 002: a practitioner allocated to a client group (a ``GroupAccessGrant``) reaches
  every client *currently* in it. Being an actor of a group (co-managing it) is not a
  grant and gives no access to its members' files.
* Seed 003: the access tester answers, for any staff member, which clients they reach
  and through which routes — the file routes, the session routes (leading or reviewing
  a session opens that session's records) and, for office roles, the clerical
  directory — and which practitioners' clients they share (or, for a clinic admin,
  whose accounts they manage).

The tester reads the routes from ``authz.route_rows`` / ``authz.reach`` and the
management scope from ``staff.manageable_staff_query`` — the very queries every service
puts inside its own — so what it shows and what the application enforces cannot drift
apart (tests/security/test_access_oracle.py checks every service against it).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Client,
    ClientGroup,
    GroupAccessGrant,
    GroupMembership,
    GroupSession,
    PractitionerGroup,
    PractitionerGroupMember,
    Staff,
)
from clinicdesk.domain.access import (
    FILE_ROUTES,
    SESSION_ROUTES,
    AccessMode,
    Purpose,
    access_mode,
    describe_route,
    directory_summary,
    mode_summary,
)
from clinicdesk.domain.accounts import PRACTITIONER_ADMIN_ROLES
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import CLINICIAN_ROLES, AccessRoute
from clinicdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import _
from clinicdesk.services import audit, authz
from clinicdesk.services.records import Actor
from clinicdesk.services.staff import (
    StaffRef,
    manage_refusal,
    manage_scope,
    manageable_staff_query,
    staff_ref,
)

_ROUTE_ORDER = list(AccessRoute)


@dataclass(frozen=True, slots=True)
class RouteDetail:
    route: AccessRoute
    via: str  # practitioner group, client group or session; "" when the route says it all
    # The practitioner group, client group or session the route goes through.
    ref_id: uuid.UUID | None = None

    @property
    def label(self) -> str:
        return describe_route(self.route, self.via)

    @property
    def opens_file(self) -> bool:
        """The whole file; otherwise (a session route) one session's records only."""
        return self.route in FILE_ROUTES


@dataclass(frozen=True, slots=True)
class ClientAccess:
    client_id: uuid.UUID
    first_name: str
    last_name: str
    routes: tuple[RouteDetail, ...]


@dataclass(frozen=True, slots=True)
class PractitionerAccess:
    staff_id: uuid.UUID
    full_name: str
    role: str  # Role value
    active: bool
    route: AccessRoute  # PRACTITIONER_GROUP (shares clients) or CLINIC_ADMIN_SCOPE (manages)
    via: tuple[str, ...]  # practitioner-group names, or a phrase for an unassigned admin


@dataclass(frozen=True, slots=True)
class AccessReport:
    """What one staff member reaches, and why.

    ``clients`` (restricted mode only) lists every client whose file the person opens,
    with its file routes. ``limited`` lists the clients reached only for less than the
    file (restricted mode): through a session route — leading or reviewing a session
    opens that session's records (``RouteDetail.ref_id`` is the session) — or by being
    one of a client group's actors (directory entry only). ``directory_all``: the person
    sees every client's directory entry (an office role, or every file); otherwise only
    those of the clients listed in ``clients`` and ``limited``.
    """

    staff: StaffRef
    mode: AccessMode
    summary: str
    client_count: int  # files reachable; in "all"/"open" mode every client in the clinic
    clients: tuple[ClientAccess, ...]  # listed in "restricted" mode only
    practitioners: tuple[PractitionerAccess, ...]
    directory_all: bool = False
    directory_count: int = 0  # directory entries the person sees
    directory_summary: str = ""
    limited: tuple[ClientAccess, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupGrantRecord:
    group_id: uuid.UUID
    staff: StaffRef
    granted_by: StaffRef | None
    granted_at: datetime


# --- client-group grants -------------------------------------------------------------


def _live_group(session: Session, group_id: uuid.UUID) -> ClientGroup:
    group = session.get(ClientGroup, group_id)
    if group is None or group.removed_at is not None:
        raise NotFound(_("That group does not exist or has been removed."))
    return group


def _grant_record(session: Session, grant: GroupAccessGrant) -> GroupGrantRecord:
    staff = session.get(Staff, grant.staff_id)
    by = session.get(Staff, grant.granted_by_id) if grant.granted_by_id else None
    assert staff is not None
    return GroupGrantRecord(
        grant.group_id, staff_ref(staff), staff_ref(by) if by else None, grant.created_at
    )


def grant_group_access(
    db: Database, actor: Actor, group_id: uuid.UUID, staff_id: uuid.UUID
) -> GroupGrantRecord:
    """Give a practitioner access to the files of every client currently in a group.

    Access follows membership: a client who joins later is reached too, one who leaves
    is no longer reached through this grant.
    """
    with db.write() as s:
        me = authz.require(
            s,
            actor,
            Permission.GRANT_GROUP_ACCESS,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        group = _live_group(s, group_id)
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFound(_("That staff account does not exist."))
        if not staff.active:
            raise ValidationError(
                _("{full_name}'s account is deactivated.").format(full_name=staff.full_name),
                field="staff_id",
            )
        if staff.role not in CLINICIAN_ROLES:
            raise ValidationError(
                _(
                    "Only therapists, case managers and managers are given "
                    "access through a group; the role of {full_name} is {label}, "
                    "which decides their access on its own."
                ).format(full_name=staff.full_name, label=staff.role.label.lower()),
                field="staff_id",
            )
        existing = s.scalar(
            select(GroupAccessGrant.id).where(
                GroupAccessGrant.group_id == group.id, GroupAccessGrant.staff_id == staff.id
            )
        )
        if existing is not None:
            raise Conflict(
                _("{full_name} already has access to this group's clients.").format(
                    full_name=staff.full_name
                )
            )
        grant = GroupAccessGrant(group_id=group.id, staff_id=staff.id, granted_by_id=me.id)
        s.add(grant)
        s.flush()
        members = s.scalar(
            select(func.count())
            .select_from(GroupMembership)
            .where(GroupMembership.group_id == group.id, GroupMembership.left_on.is_(None))
        )
        audit.record(
            s,
            me.id,
            AuditAction.GRANT_GROUP_ACCESS,
            AuditEntity.CLIENT_GROUP,
            group.id,
            details={"staff_id": staff.id, "current_members": members},
        )
        return _grant_record(s, grant)


def revoke_group_access(
    db: Database, actor: Actor, group_id: uuid.UUID, staff_id: uuid.UUID
) -> None:
    """Take back a group grant; the practitioner keeps any other route to those clients."""
    with db.write() as s:
        me = authz.require(
            s,
            actor,
            Permission.GRANT_GROUP_ACCESS,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        grant = s.scalar(
            select(GroupAccessGrant).where(
                GroupAccessGrant.group_id == group_id, GroupAccessGrant.staff_id == staff_id
            )
        )
        if grant is None:
            raise NotFound(_("That person has no access granted through this group."))
        s.delete(grant)
        s.flush()
        audit.record(
            s,
            me.id,
            AuditAction.REVOKE_GROUP_ACCESS,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"staff_id": staff_id},
        )


def list_group_grants(db: Database, actor: Actor, group_id: uuid.UUID) -> list[GroupGrantRecord]:
    """The practitioners granted access to a group's clients, by name."""
    with db.read() as s:
        authz.require(
            s,
            actor,
            Permission.GRANT_GROUP_ACCESS,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        _live_group(s, group_id)
        grants = s.scalars(
            select(GroupAccessGrant)
            .join(Staff, Staff.id == GroupAccessGrant.staff_id)
            .where(GroupAccessGrant.group_id == group_id)
            .order_by(func.lower(Staff.full_name), Staff.username_key)
        )
        return [_grant_record(s, g) for g in grants]


# --- the access tester ---------------------------------------------------------------


def _sorted_routes(rows: set[tuple[str, str, uuid.UUID | None]]) -> tuple[RouteDetail, ...]:
    details = [RouteDetail(AccessRoute(route), via or "", ref) for route, via, ref in rows]
    return tuple(sorted(details, key=lambda d: (_ROUTE_ORDER.index(d.route), d.via, str(d.ref_id))))


def _session_labels(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """ "DBT Skills — weekly, 2026-11-03 10:00" for each session a route goes through."""
    labels: dict[uuid.UUID, str] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), 900):
        for sid, title, starts_at in session.execute(
            select(GroupSession.id, GroupSession.title, GroupSession.starts_at).where(
                GroupSession.id.in_(wanted[start : start + 900])
            )
        ):
            labels[sid] = f"{title}, {starts_at:%Y-%m-%d %H:%M}"
    return labels


def _restricted_clients(
    session: Session, target: Staff
) -> tuple[tuple[ClientAccess, ...], tuple[ClientAccess, ...]]:
    """Clients whose file ``target`` opens (with their file routes), then the clients
    reached only through a limited route (session, group actor), with those routes."""
    routes = authz.route_rows(target, Purpose.DIRECTORY).subquery()
    rows = session.execute(
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            routes.c.route,
            routes.c.via,
            routes.c.ref_id,
        )
        .join(routes, routes.c.client_id == Client.id)
        .order_by(Client.last_name_key, Client.first_name_key, Client.id)
    ).all()
    session_ids = {r.ref_id for r in rows if AccessRoute(r.route) in SESSION_ROUTES}
    labels = _session_labels(session, session_ids) if session_ids else {}
    names: dict[uuid.UUID, tuple[str, str]] = {}
    found: dict[uuid.UUID, set[tuple[str, str, uuid.UUID | None]]] = defaultdict(set)
    for client_id, first, last, route, via, ref_id in rows:
        names.setdefault(client_id, (first, last))
        if AccessRoute(route) in SESSION_ROUTES:
            via = labels.get(ref_id, via)
        found[client_id].add((route, via, ref_id))
    files: list[ClientAccess] = []
    limited: list[ClientAccess] = []
    for cid, (first, last) in names.items():
        opening = {row for row in found[cid] if AccessRoute(row[0]) in FILE_ROUTES}
        if opening:
            files.append(ClientAccess(cid, first, last, _sorted_routes(opening)))
        else:
            limited.append(ClientAccess(cid, first, last, _sorted_routes(found[cid])))
    return tuple(files), tuple(limited)


def _group_colleagues(session: Session, staff_id: uuid.UUID) -> tuple[PractitionerAccess, ...]:
    """Practitioners sharing a practitioner group with ``staff_id``: whose clients they see."""
    mine = aliased(PractitionerGroupMember)
    theirs = aliased(PractitionerGroupMember)
    rows = session.execute(
        select(Staff, PractitionerGroup.name)
        .join(theirs, theirs.staff_id == Staff.id)
        .join(mine, mine.practitioner_group_id == theirs.practitioner_group_id)
        .join(PractitionerGroup, PractitionerGroup.id == mine.practitioner_group_id)
        .where(mine.staff_id == staff_id, Staff.id != staff_id)
        .order_by(func.lower(Staff.full_name), Staff.username_key, PractitionerGroup.name_key)
    )
    return _practitioners(rows, AccessRoute.PRACTITIONER_GROUP)


def _managed(session: Session, admin: Staff) -> tuple[PractitionerAccess, ...]:
    """The accounts a clinic admin manages, with the practitioner groups that give it."""
    scope = manage_scope(session, admin)
    if scope.group_ids is None:
        query = manageable_staff_query(scope).order_by(
            func.lower(Staff.full_name), Staff.username_key
        )
        phrase = _("All practitioners (not assigned to any practitioner group)")
        return tuple(
            PractitionerAccess(
                st.id,
                st.full_name,
                st.role.value,
                st.active,
                AccessRoute.CLINIC_ADMIN_SCOPE,
                (phrase,),
            )
            for st in session.scalars(query)
        )
    managed = manageable_staff_query(scope).subquery()
    rows = session.execute(
        select(Staff, PractitionerGroup.name)
        .join(managed, managed.c.id == Staff.id)
        .join(PractitionerGroupMember, PractitionerGroupMember.staff_id == Staff.id)
        .join(
            PractitionerGroup, PractitionerGroup.id == PractitionerGroupMember.practitioner_group_id
        )
        .where(PractitionerGroup.id.in_(scope.group_ids))
        .order_by(func.lower(Staff.full_name), Staff.username_key, PractitionerGroup.name_key)
    )
    return _practitioners(rows, AccessRoute.CLINIC_ADMIN_SCOPE)


def _practitioners(
    rows: Iterable[tuple[Staff, str]], route: AccessRoute
) -> tuple[PractitionerAccess, ...]:
    people: dict[uuid.UUID, Staff] = {}
    via: dict[uuid.UUID, list[str]] = defaultdict(list)
    for staff, group_name in rows:
        people.setdefault(staff.id, staff)
        if group_name not in via[staff.id]:
            via[staff.id].append(group_name)
    return tuple(
        PractitionerAccess(st.id, st.full_name, st.role.value, st.active, route, tuple(via[sid]))
        for sid, st in people.items()
    )


@authz.returns_client_data(Purpose.DIRECTORY)
def explain_access(db: Database, actor: Actor, staff_id: uuid.UUID) -> AccessReport:
    """The access tester: what ``staff_id`` can reach, and why (seed 003).

    In "restricted" mode every reachable client is listed with its routes; in "all" and
    "open" mode only the count is given (the clinic may have 100,000 clients). The
    directory reach (clerical) is reported beside it. A clinic admin may test only
    themselves and the staff they manage.
    """
    with db.write() as s:
        me = authz.require(
            s,
            actor,
            Permission.VIEW_ACCESS_REPORT,
            entity_type=AuditEntity.STAFF,
            entity_id=staff_id,
        )
        target = s.get(Staff, staff_id)
        if target is None:
            raise NotFound(_("That staff account does not exist."))
        if me.role in PRACTITIONER_ADMIN_ROLES and target.id != me.id:
            reason = manage_refusal(s, me, target, manage_scope(s, me))
            if reason:
                raise PermissionDenied(
                    lambda: _(
                        "You can test only the staff whose accounts you manage. {reason}"
                    ).format(reason=manage_refusal(s, me, target, manage_scope(s, me)) or ""),
                    action=AuditAction.VIEW_ACCESS_REPORT,
                    entity_type=AuditEntity.STAFF,
                    entity_id=str(staff_id),
                    staff_id=me.id,
                )
        mode = access_mode(target.role, authz.practitioner_groups_exist(s))
        everyone = s.scalar(select(func.count()).select_from(Client)) or 0
        clients: tuple[ClientAccess, ...] = ()
        limited: tuple[ClientAccess, ...] = ()
        if mode is AccessMode.RESTRICTED:
            clients, limited = _restricted_clients(s, target)
            count = len(clients)
        elif mode is AccessMode.NONE:
            count = 0
        else:
            count = everyone
        directory = authz.reach(s, target, Purpose.DIRECTORY)
        directory_count = everyone if directory.every else len(clients) + len(limited)
        practitioners: tuple[PractitionerAccess, ...] = ()
        if target.role in PRACTITIONER_ADMIN_ROLES:
            practitioners = _managed(s, target)
        elif mode is AccessMode.RESTRICTED:
            practitioners = _group_colleagues(s, target.id)
        audit.record(
            s,
            me.id,
            AuditAction.EXPLAIN_ACCESS,
            AuditEntity.STAFF,
            target.id,
            details={
                "mode": mode,
                "clients": count,
                "directory": directory_count,
                "limited": len(limited),
                "practitioners": len(practitioners),
            },
        )
        return AccessReport(
            staff_ref(target),
            mode,
            mode_summary(mode, target.role),
            count,
            clients,
            practitioners,
            directory_all=directory.every,
            directory_count=directory_count,
            directory_summary=directory_summary(target.role, directory.scope),
            limited=limited,
        )


def access_for_client(db: Database, actor: Actor, client_id: uuid.UUID) -> tuple[RouteDetail, ...]:
    """Why the signed-in user can open this client's file (empty: they cannot).

    File routes only (a session route opens one session, not the file). Reads no
    clinical data, only the relationships that grant access.
    """
    with db.read() as s:
        staff = authz.acting_staff(s, actor)
        if s.get(Client, client_id) is None:
            raise NotFound(_("That client does not exist."))
        mode = access_mode(staff.role, authz.practitioner_groups_exist(s))
        if mode is AccessMode.ALL:
            return (RouteDetail(AccessRoute.ALL_ACCESS_ROLE, staff.role.label),)
        if mode is AccessMode.OPEN:
            return (RouteDetail(AccessRoute.OPEN_ACCESS, ""),)
        if mode is AccessMode.NONE:
            return ()
        routes = authz.restricted_routes_query(staff.id).subquery()
        rows = s.execute(
            select(routes.c.route, routes.c.via, routes.c.ref_id).where(
                routes.c.client_id == client_id
            )
        )
        return _sorted_routes({(r, v, ref) for r, v, ref in rows})
