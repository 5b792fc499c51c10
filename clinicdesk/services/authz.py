"""Permission checks and the one reachability rule, used inside every service.

``acting_staff`` re-reads the actor's row so revoked roles take effect at once;
``require`` applies the role/feature matrix (``clinicdesk.domain.permissions``).

The reachability rule — *which clients' records a staff member reaches, for what* — is
``reach(session, staff, purpose)``. Its answer is either "every client", "no client",
or a SQL subquery of client ids built from the staff member's routes; services put it
*inside* their own queries (``reach.narrow(query, Client.id)``), so a list, search,
count, roster, export or printout can only ever hold reachable clients. The routes
(``route_rows``) are one SELECT per named route, each row carrying the route, what it
goes through (a practitioner group, a client group, a session) and that thing's id;
the access tester (``services.access``) lists exactly these rows. The purposes and
what each route opens are pure rules in ``clinicdesk.domain.access``.

Services handed explicit client ids (add to a group, open a file, record attendance)
use ``require_reach`` / ``unreachable`` — the same rule, asked about those ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Uuid,
    and_,
    case,
    cast,
    exists,
    false,
    literal,
    null,
    or_,
    select,
    union,
)
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session, aliased

from clinicdesk.db.engine import BATCH_INFO
from clinicdesk.db.models import (
    CareTeamMember,
    ClientGroup,
    Enrolment,
    GroupAccessGrant,
    GroupActor,
    GroupMembership,
    GroupSession,
    PractitionerGroup,
    PractitionerGroupMember,
    SessionLeader,
    Signature,
    Staff,
)
from clinicdesk.domain.access import (
    FILE_ROUTES,
    Purpose,
    ReachScope,
    is_clinical,
    reach_scope,
)
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    ALL_ACCESS_ROLES,
    CLINICIAN_ROLES,
    AccessRoute,
    CareRole,
    Feature,
    SessionStatus,
    SignatureMeaning,
)
from clinicdesk.domain.errors import AuthenticationError, PermissionDenied
from clinicdesk.domain.permissions import Permission, refusal
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import AnySelect, ClientColumn

F = TypeVar("F", bound=Callable[..., object])

# SQLite's historic limit is 999 bound parameters per statement.
_CHUNK = 900


_BATCH_STAFF = "clinicdesk_batch_staff"


def acting_staff(session: Session, actor: Actor) -> Staff:
    staff = session.get(Staff, actor.staff_id)
    if staff is None or not staff.active:
        raise AuthenticationError(_("Your account is no longer active. Please log in again."))
    if session.info.get(BATCH_INFO):
        # The identity map holds rows weakly: without this reference the row was gone
        # by the batch's next action and read again (a sync replays hundreds). Within
        # the one transaction only its own actions change it, on this same object.
        session.info.setdefault(_BATCH_STAFF, {})[staff.id] = staff
    return staff


def require(
    session: Session,
    actor: Actor,
    permission: Permission,
    *,
    entity_type: AuditEntity | None = None,
    entity_id: object | None = None,
    client_id: object | None = None,
) -> Staff:
    """The acting staff row, or ``PermissionDenied`` (which the unit of work audits)."""
    staff = acting_staff(session, actor)
    if refusal(staff.role, staff.features, permission):
        raise PermissionDenied(
            lambda: refusal(staff.role, staff.features, permission) or "",
            action=AuditAction(permission.value),
            entity_type=entity_type,
            entity_id=str(entity_id) if entity_id else None,
            client_id=str(client_id) if client_id else None,
            staff_id=staff.id,
        )
    return staff


_GROUPS_EXIST = "clinicdesk_groups_exist"


def practitioner_groups_exist(session: Session) -> bool:
    """Whether the clinic is in restricted access mode (any practitioner group exists).

    Asked by every ``reach``; inside a sync batch (``Database.batch``, one transaction
    for up to 100 replayed actions) it is read once per batch — a flush that adds or
    deletes a practitioner group forgets the answer (``_forget_groups_exist``).
    """
    if not session.info.get(BATCH_INFO):
        return session.scalar(select(exists().select_from(PractitionerGroup))) or False
    known = session.info.get(_GROUPS_EXIST)
    if known is None:
        known = bool(session.scalar(select(exists().select_from(PractitionerGroup))))
        session.info[_GROUPS_EXIST] = known
    return bool(known)


@sa_event.listens_for(Session, "before_flush")
def _forget_groups_exist(session: Session, _context: object, _instances: object) -> None:
    if _GROUPS_EXIST in session.info and any(
        isinstance(o, PractitionerGroup) for o in (*session.new, *session.deleted)
    ):
        del session.info[_GROUPS_EXIST]


# --- the registry of services that return client data -------------------------------------


def returns_client_data(purpose: Purpose) -> Callable[[F], F]:
    """Mark a public service that returns client-identifying data, and for what purpose.

    The access-oracle test (tests/security/test_access_oracle.py) finds every public
    service by introspection, runs each marked one as every demo role and checks every
    client in its answer against ``access explain``; an unmarked service whose answer can
    hold client data fails that test, so a new one cannot be forgotten.
    """

    def mark(fn: F) -> F:
        fn.__client_data__ = purpose  # type: ignore[attr-defined]
        return fn

    return mark


# --- the reachability rule ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reach:
    """Whose records one staff member reaches for one purpose.

    ``scope`` EVERY: every client (``route`` says why: all-access role, open access or
    the clerical directory); NONE: nobody; ROUTES: the clients of ``ids`` (a SELECT of
    one ``client_id`` column), to be used inside the caller's query.
    """

    purpose: Purpose
    scope: ReachScope
    route: AccessRoute | None = None
    ids: AnySelect | None = None

    @property
    def every(self) -> bool:
        return self.scope is ReachScope.EVERY

    @property
    def nobody(self) -> bool:
        return self.scope is ReachScope.NONE

    def covers(self, column: ClientColumn) -> ColumnElement[bool]:
        """A condition on a client-id column: true exactly for reachable clients."""
        if self.scope is ReachScope.EVERY:
            return literal(True)
        if self.scope is ReachScope.NONE or self.ids is None:
            return false()
        return column.in_(self.ids)

    def narrow(self, query: AnySelect, column: ClientColumn) -> AnySelect:
        """``query`` limited to reachable clients (unchanged when everyone is reachable)."""
        return query if self.every else query.where(self.covers(column))


def reach(
    session: Session,
    staff: Staff,
    purpose: Purpose,
    *,
    session_id: uuid.UUID | None = None,
) -> Reach:
    """THE rule: which clients ``staff`` reaches for ``purpose``.

    ``Purpose.SESSION`` is about one group session (``session_id``): the clients whose
    records in that session the person may read or write.
    """
    if purpose is Purpose.SESSION and session_id is None:
        raise ValueError("Purpose.SESSION needs the session's id")
    groups_exist = practitioner_groups_exist(session)
    scope = reach_scope(staff.role, groups_exist, purpose)
    if scope is ReachScope.EVERY:
        if staff.role in ALL_ACCESS_ROLES:
            route = AccessRoute.ALL_ACCESS_ROLE
        elif staff.role in CLINICIAN_ROLES and not groups_exist:
            route = AccessRoute.OPEN_ACCESS
        else:
            route = AccessRoute.CLERICAL_DIRECTORY
        return Reach(purpose, scope, route)
    if scope is ReachScope.NONE:
        return Reach(purpose, scope)
    rows = route_rows(staff, purpose, session_id=session_id).subquery()
    return Reach(purpose, scope, ids=select(rows.c.client_id))


def route_rows(staff: Staff, purpose: Purpose, *, session_id: uuid.UUID | None = None) -> AnySelect:
    """UNION of (client_id, route, via, ref_id) rows: every route of ``staff`` that
    opens ``purpose`` — for a clinician under practitioner-group restrictions.

    File routes (care team, shared practitioner group, client-group grant) open every
    purpose; the session routes (leads or reviews a session) open that session's
    records and its attendees' directory entries; a group's actors see its current
    members' directory entries. ``via`` names what the route goes
    through and ``ref_id`` is its id (practitioner group, client group or session).
    """
    return _route_union(
        staff.id,
        staff.role in CLINICIAN_ROLES,
        is_clinical(staff.role),
        Feature.REVIEWS_SESSIONS in staff.features,
        purpose,
        session_id,
    )


@lru_cache(maxsize=512)
def _route_union(
    staff_id: uuid.UUID,
    clinician: bool,
    clinical: bool,
    reviewer: bool,
    purpose: Purpose,
    session_id: uuid.UUID | None,
) -> AnySelect:
    """``route_rows``, built once per person and purpose: a Core statement is immutable
    and safe to execute again, and building it costs more than running it."""
    queries = _file_route_queries(staff_id) if clinician else []
    if purpose is not Purpose.FILE and clinical:
        queries += _session_route_queries(staff_id, reviewer, session_id)
    if purpose is Purpose.DIRECTORY:
        queries.append(_actor_route_query(staff_id))
    if not queries:
        # No route at all: a SELECT of the same shape that yields nothing.
        queries = [_shape(CareTeamMember.client_id, AccessRoute.CARE_TEAM, "").where(false())]
    return union(*queries).subquery().select()


def restricted_routes_query(staff_id: uuid.UUID) -> AnySelect:
    """All (client_id, route, via, ref_id) file-route rows of a restricted clinician."""
    return union(*_file_route_queries(staff_id)).subquery().select()


def _shape(client_id: ClientColumn, route: AccessRoute, via: Any, ref_id: Any = None) -> AnySelect:
    return select(
        client_id.label("client_id"),
        literal(route.value).label("route"),
        (literal(via) if isinstance(via, str) else via).label("via"),
        (ref_id if ref_id is not None else cast(null(), Uuid)).label("ref_id"),
    )


def _file_route_queries(staff_id: uuid.UUID) -> list[AnySelect]:
    """One SELECT per route to whole files: care team, shared group, group grant."""
    mine = aliased(PractitionerGroupMember)
    theirs = aliased(PractitionerGroupMember)
    care = aliased(CareTeamMember)
    # "Care team: Primary therapist" — the access tester names the place on the team.
    care_place = case(
        {r.value: r.label for r in CareRole}, value=CareTeamMember.care_role, else_=""
    )
    care_team = _shape(CareTeamMember.client_id, AccessRoute.CARE_TEAM, care_place).where(
        CareTeamMember.staff_id == staff_id
    )
    shared_group = (
        _shape(
            care.client_id,
            AccessRoute.PRACTITIONER_GROUP,
            PractitionerGroup.name,
            mine.practitioner_group_id,
        )
        .join(theirs, theirs.staff_id == care.staff_id)
        .join(mine, mine.practitioner_group_id == theirs.practitioner_group_id)
        .join(PractitionerGroup, PractitionerGroup.id == mine.practitioner_group_id)
        # Through *another* practitioner's care team; one's own is the care-team route.
        .where(mine.staff_id == staff_id, theirs.staff_id != staff_id)
    )
    grant = (
        _shape(
            GroupMembership.client_id,
            AccessRoute.CLIENT_GROUP_GRANT,
            ClientGroup.name,
            ClientGroup.id,
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


def _session_route_queries(
    staff_id: uuid.UUID, reviewer: bool, session_id: uuid.UUID | None
) -> list[AnySelect]:
    """Seed 004: a session's leaders document its attendees, and its reviewer reads what
    they sign. Each opens *that* session's records (and its roster's directory entries),
    never the rest of a client's file. Withdrawn enrolments are not attendees."""
    one = [GroupSession.id == session_id] if session_id is not None else []
    leads = (
        _shape(Enrolment.client_id, AccessRoute.LEADS_SESSION, GroupSession.title, GroupSession.id)
        .join(GroupSession, GroupSession.id == Enrolment.session_id)
        .join(SessionLeader, SessionLeader.session_id == Enrolment.session_id)
        .where(SessionLeader.staff_id == staff_id, Enrolment.withdrawn_at.is_(None), *one)
    )
    reviewed = select(Signature.session_id).where(
        Signature.staff_id == staff_id, Signature.meaning == SignatureMeaning.REVIEWER
    )
    reviewing: ColumnElement[bool] = GroupSession.id.in_(reviewed)
    if reviewer:
        # A reviewer reads every session waiting for review (it cannot review unread).
        reviewing = or_(reviewing, GroupSession.status == SessionStatus.PENDING_REVIEW)
    reviews = (
        _shape(
            Enrolment.client_id, AccessRoute.REVIEWS_SESSION, GroupSession.title, GroupSession.id
        )
        .join(GroupSession, GroupSession.id == Enrolment.session_id)
        .where(and_(reviewing, Enrolment.withdrawn_at.is_(None), *one))
    )
    return [leads, reviews]


def _actor_route_query(staff_id: uuid.UUID) -> AnySelect:
    """Seed 000: a group's actors manage it — its current members by name — but never
    open a member's file."""
    return (
        _shape(GroupMembership.client_id, AccessRoute.GROUP_ACTOR, ClientGroup.name, ClientGroup.id)
        .join(GroupActor, GroupActor.group_id == GroupMembership.group_id)
        .join(ClientGroup, ClientGroup.id == GroupMembership.group_id)
        .where(
            GroupActor.staff_id == staff_id,
            GroupMembership.left_on.is_(None),
            ClientGroup.removed_at.is_(None),
        )
    )


def unreachable(
    session: Session,
    staff: Staff,
    client_ids: Iterable[uuid.UUID],
    purpose: Purpose,
    *,
    session_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Those of ``client_ids`` that ``staff`` does not reach for ``purpose`` (in order)."""
    ids = list(dict.fromkeys(client_ids))
    rule = reach(session, staff, purpose, session_id=session_id)
    if rule.every or not ids:
        return []
    if rule.nobody:
        return ids
    assert rule.ids is not None
    found = rule.ids.subquery()
    reached: set[uuid.UUID] = set()
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        reached.update(
            session.scalars(select(found.c.client_id).where(found.c.client_id.in_(part)))
        )
    return [c for c in ids if c not in reached]


_REFUSALS = {
    Purpose.DIRECTORY: (
        N_(
            "This client is outside your access: you are not on their "
            "care team, in a practitioner group with someone who is, "
            "granted access through one of their groups, or leading one "
            "of their sessions."
        ),
        N_("{n} of the chosen clients are outside your access, so nothing was done."),
    ),
    Purpose.FILE: (
        N_(
            "You have no access to this client's file: you are not on "
            "their care team, in a practitioner group with someone who "
            "is, or granted access through one of their groups."
        ),
        N_("You have no access to the files of {n} of these clients, so nothing was done."),
    ),
    Purpose.SESSION: (
        N_(
            "You have no access to this client's records in this "
            "session: you do not lead or review it, and cannot open "
            "their file."
        ),
        N_("You have no access to the records of {n} of this session's attendees."),
    ),
}


def require_reach(
    session: Session,
    staff: Staff,
    client_ids: Iterable[uuid.UUID],
    purpose: Purpose,
    *,
    action: AuditAction,
    session_id: uuid.UUID | None = None,
    message: Callable[[int], str] | None = None,
) -> None:
    """``PermissionDenied`` (audited) unless ``staff`` reaches every one of ``client_ids``.

    ``message`` replaces the standard refusal; ``{n}`` in it becomes how many are out of
    reach."""
    blocked = unreachable(session, staff, client_ids, purpose, session_id=session_id)
    if not blocked:
        return
    one, many = _REFUSALS[purpose]
    count = len(blocked)

    def render() -> str:  # "{n} of these clients"; in English for the audit log too
        if message is not None:
            return message(count)
        return _(one if count == 1 else many).format(n=count)

    raise PermissionDenied(
        render,
        action=action,
        entity_type=AuditEntity.GROUP_SESSION if session_id else AuditEntity.CLIENT,
        entity_id=str(session_id or blocked[0]),
        client_id=str(blocked[0]),
        staff_id=staff.id,
    )


def require_roster_reach(
    session: Session,
    staff: Staff,
    client_ids: Iterable[uuid.UUID],
    session_ids: Iterable[uuid.UUID],
    *,
    action: AuditAction,
) -> None:
    """Putting clients on session rosters (``session_ids``): their directory entries —
    and, on the roster of a session the person leads, their files.

    A session's leaders reach its attendees' records (the session route), so a leader
    may not bring onto their own roster a client they cannot otherwise open: the route
    is made by someone else's scheduling decision (front desk, a manager, an all-access
    role), never taken. All-access roles reach everyone anyway.
    """
    ids = list(dict.fromkeys(client_ids))
    sessions_ = list(dict.fromkeys(session_ids))
    purpose = Purpose.DIRECTORY
    if ids and sessions_ and staff.role not in ALL_ACCESS_ROLES:
        for start in range(0, len(sessions_), _CHUNK):
            part = sessions_[start : start + _CHUNK]
            leads = session.scalar(
                select(
                    exists().where(
                        SessionLeader.staff_id == staff.id, SessionLeader.session_id.in_(part)
                    )
                )
            )
            if leads:
                purpose = Purpose.FILE
                break
    message = None
    if purpose is Purpose.FILE:

        def message(n: int) -> str:
            return ngettext(
                "You lead a session these clients would join, and you cannot open the file "
                "of one of them; someone who schedules sessions (or a manager) must add "
                "them, so that leading the session becomes your route to them.",
                "You lead a session these clients would join, and you cannot open the file "
                "of {n} of them; someone who schedules sessions (or a manager) must add "
                "them, so that leading the session becomes your route to them.",
                n,
            ).format(n=n)

    require_reach(session, staff, ids, purpose, action=action, message=message)


# --- client files (the names the other services have always used) --------------------------


def client_file_routes(session: Session, staff: Staff, client_id: uuid.UUID) -> list[AccessRoute]:
    """Every route by which ``staff`` reaches ``client_id``'s file (empty: no access).

    Actors of a group gain nothing here: managing a group is not a route to its
    members' files (seed 000); nor is leading a session (it opens that session only).
    """
    rule = reach(session, staff, Purpose.FILE)
    if rule.every:
        assert rule.route is not None
        return [rule.route]
    if rule.nobody:
        return []
    rows = restricted_routes_query(staff.id).subquery()
    found = session.scalars(select(rows.c.route).where(rows.c.client_id == client_id))
    order = list(AccessRoute)
    return sorted({AccessRoute(r) for r in found if AccessRoute(r) in FILE_ROUTES}, key=order.index)


def require_client_file(
    session: Session,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    action: AuditAction = AuditAction.READ_CLIENT_FILE,
) -> Staff:
    """The acting staff row if they may open this client's clinical file."""
    staff = acting_staff(session, actor)
    reason = refusal(staff.role, staff.features, Permission.READ_CLINICAL)
    if reason is None and unreachable(session, staff, [client_id], Purpose.FILE):
        reason = _REFUSALS[Purpose.FILE][0]
    if reason:
        raise PermissionDenied(
            lambda: (
                refusal(staff.role, staff.features, Permission.READ_CLINICAL)
                or _(_REFUSALS[Purpose.FILE][0])
            ),
            action=action,
            entity_type=AuditEntity.CLIENT,
            entity_id=str(client_id),
            client_id=str(client_id),
            staff_id=staff.id,
        )
    return staff
