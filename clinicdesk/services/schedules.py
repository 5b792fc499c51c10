"""Assigning schedules: sessions from a schedule template, clients enrolled in them.

Assigning a schedule from a start date finds or creates one session per slot (a slot
is unique per session template and start time, so two assignments of the same
schedule share sessions) and enrols the chosen clients — or every current member of a
group, in which case later joiners are enrolled too (``group_schedule_sync``).

Double booking: a client already actively enrolled in another, non-cancelled session
overlapping in time. By default the whole assignment is refused, listing the first
few; ``allow_double_booking=True`` enrols anyway and reports them.

Everything is set-based: for 40 sessions × 500 clients this is a handful of SELECTs
(IN-lists chunked to SQLite's parameter limit) and one executemany INSERT.

Only clients whose directory entry the scheduler sees (the reachability rule,
``Purpose.DIRECTORY``) can be scheduled — for a group, every current member — so a
double-booking report never names anyone else.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import (
    AssignmentSession,
    Client,
    ClientGroup,
    Enrolment,
    GroupMembership,
    GroupSession,
    ScheduleAssignment,
    ScheduleTemplate,
    SessionLeader,
    SessionTemplate,
    Signature,
    Staff,
)
from clinicdesk.domain import recurrence, session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import EnrolmentSource, SessionStatus
from clinicdesk.domain.errors import (
    Conflict,
    Locked,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import audit, authz
from clinicdesk.services.group_schedule_sync import (
    chunked,
    enrol_pairs,
    ensure_group_sessions_enabled,
)
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import rowcount
from clinicdesk.services.templates import schedule_slots

__all__ = [
    "AssignmentRecord",
    "AssignmentResult",
    "DoubleBooking",
    "DoubleBookingConflict",
    "EndAssignmentResult",
    "EnrolmentRecord",
    "add_attendee",
    "assign_schedule",
    "end_assignment",
    "list_assignments",
    "remove_attendee",
]

# How many double bookings a refusal message names before "and N more".
_SHOW_CONFLICTS = 5
# Sessions last at most 720 minutes: an overlap search looks back this far.
_MAX_DURATION = timedelta(minutes=720)


@dataclass(frozen=True, slots=True)
class DoubleBooking:
    """``client_id`` would be in ``session_id`` while already in ``other_session_id``."""

    client_id: uuid.UUID
    client_name: str | None
    session_id: uuid.UUID
    other_session_id: uuid.UUID
    starts_at: datetime
    other_title: str = ""


class DoubleBookingConflict(Conflict):
    """A refused assignment; ``conflicts`` lists every double booking found."""

    def __init__(self, message: str, conflicts: tuple[DoubleBooking, ...]) -> None:
        super().__init__(message)
        self.conflicts = conflicts


@dataclass(frozen=True, slots=True)
class AssignmentResult:
    assignment_id: uuid.UUID
    sessions_created: int
    sessions_total: int
    enrolled: int
    clients: int
    conflicts: tuple[DoubleBooking, ...]


@dataclass(frozen=True, slots=True)
class EndAssignmentResult:
    assignment_id: uuid.UUID
    withdrawn: int


@dataclass(frozen=True, slots=True)
class AssignmentRecord:
    id: uuid.UUID
    schedule_id: uuid.UUID
    schedule_name: str
    group_id: uuid.UUID | None
    group_name: str | None
    start_date: date
    end_date: date
    ended_at: datetime | None
    sessions: int
    enrolled_clients: int


@dataclass(frozen=True, slots=True)
class EnrolmentRecord:
    enrolment_id: uuid.UUID
    session_id: uuid.UUID
    client_id: uuid.UUID
    source: EnrolmentSource
    withdrawn: bool
    conflicts: tuple[DoubleBooking, ...] = ()


# --- helpers ------------------------------------------------------------------------------


def _short_name(first: str, last: str) -> str:
    initial = last.strip()[:1]
    return f"{first} {initial}." if initial else first


def _client_names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    ids = list(dict.fromkeys(ids))
    names: dict[uuid.UUID, str] = {}
    for part in chunked(ids):
        for row in session.execute(
            select(Client.id, Client.first_name, Client.last_name).where(Client.id.in_(part))
        ):
            names[row.id] = _short_name(row.first_name, row.last_name)
    return names


def _check_clients_exist(session: Session, client_ids: Sequence[uuid.UUID]) -> None:
    found = 0
    for part in chunked(client_ids):
        found += session.scalar(select(func.count()).where(Client.id.in_(part))) or 0
    if found != len(client_ids):
        raise NotFound(_("One or more of the chosen clients do not exist."))


def _live_group(session: Session, group_id: uuid.UUID) -> ClientGroup:
    group = session.get(ClientGroup, group_id)
    if group is None or group.removed_at is not None:
        raise NotFound(_("That group does not exist (any more)."))
    if group.archived:
        raise ValidationError(_("That group is archived; restore it before assigning a schedule."))
    return group


def _current_members(session: Session, group_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(GroupMembership.client_id).where(
                GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None)
            )
        )
    )


def find_double_bookings(
    session: Session,
    *,
    client_ids: Sequence[uuid.UUID],
    targets: dict[uuid.UUID, tuple[datetime, datetime]],
) -> list[DoubleBooking]:
    """In-transaction helper: overlaps the enrolment of ``client_ids`` in ``targets`` makes.

    ``targets`` maps session id → (start, end). A conflict is an overlap with another
    active enrolment in a non-cancelled session, or between two target sessions.
    One SELECT per chunk of clients, then a sweep in memory.
    """
    if not targets or not client_ids:
        return []
    lo = min(start for start, _ in targets.values()) - _MAX_DURATION
    hi = max(end for _, end in targets.values())
    existing: dict[uuid.UUID, list[tuple[datetime, datetime, uuid.UUID]]] = defaultdict(list)
    # Core execution: plain column tuples, without the ORM result layer (this reads every
    # upcoming roster row of up to thousands of clients).
    session.flush()
    conn = session.connection()
    for part in chunked(client_ids):
        rows = conn.execute(
            select(
                Enrolment.client_id,
                GroupSession.id,
                GroupSession.starts_at,
                GroupSession.duration_minutes,
            )
            .join(GroupSession, GroupSession.id == Enrolment.session_id)
            .where(
                Enrolment.client_id.in_(part),
                Enrolment.withdrawn_at.is_(None),
                GroupSession.status != SessionStatus.CANCELLED,
                GroupSession.starts_at >= lo,
                GroupSession.starts_at < hi,
            )
        )
        for r in rows:
            existing[r.client_id].append(
                (r.starts_at, r.starts_at + timedelta(minutes=r.duration_minutes), r.id)
            )
    ordered_targets = sorted((start, end, sid) for sid, (start, end) in targets.items())
    conflicts: list[DoubleBooking] = []
    for client_id in client_ids:
        mine = existing.get(client_id, [])
        already = {sid for _, _, sid in mine}
        new = [t for t in ordered_targets if t[2] not in already]
        if not new:
            continue
        # Sweep all of the client's intervals (existing + new) in start order; report
        # each overlapping pair that involves at least one new enrolment.
        intervals = sorted([(s, e, sid, False) for s, e, sid in mine] + [(*t, True) for t in new])
        active: list[tuple[datetime, datetime, uuid.UUID, bool]] = []
        for start, end, sid, is_new in intervals:
            active = [a for a in active if a[1] > start]
            for a_start, _a_end, a_sid, a_new in active:
                if is_new or a_new:
                    target, other = (sid, a_sid) if is_new else (a_sid, sid)
                    at = start if is_new else a_start
                    conflicts.append(DoubleBooking(client_id, None, target, other, at))
            active.append((start, end, sid, is_new))
    return conflicts


def _named(session: Session, conflicts: list[DoubleBooking]) -> tuple[DoubleBooking, ...]:
    if not conflicts:
        return ()
    names = _client_names(session, {c.client_id for c in conflicts})
    titles: dict[uuid.UUID, str] = {}
    other_ids = list({c.other_session_id for c in conflicts})
    for part in chunked(other_ids):
        titles.update(
            session.execute(
                select(GroupSession.id, GroupSession.title).where(GroupSession.id.in_(part))
            ).all()
        )
    return tuple(
        DoubleBooking(
            c.client_id,
            names.get(c.client_id),
            c.session_id,
            c.other_session_id,
            c.starts_at,
            titles.get(c.other_session_id, ""),
        )
        for c in sorted(conflicts, key=lambda c: (c.starts_at, names.get(c.client_id, "")))
    )


def conflict_message(conflicts: Sequence[DoubleBooking]) -> str:
    shown = []
    for c in conflicts[:_SHOW_CONFLICTS]:
        who, when = c.client_name or _("a client"), f"{c.starts_at:%Y-%m-%d %H:%M}"
        if c.other_title:
            shown.append(
                _("{client} on {when} (already in “{title}”)").format(
                    client=who, when=when, title=c.other_title
                )
            )
        else:
            shown.append(_("{client} on {when}").format(client=who, when=when))
    more = len(conflicts) - len(shown)
    listing = "; ".join(shown)
    if more > 0:
        listing = _("{listing}; and {n} more").format(listing=listing, n=more)
    return ngettext(
        "This would create {n} double booking: {listing}. Nothing was assigned. "
        "Change the start date or the clients, or choose to assign anyway.",
        "This would create {n} double bookings: {listing}. Nothing was assigned. "
        "Change the start date or the clients, or choose to assign anyway.",
        len(conflicts),
    ).format(n=len(conflicts), listing=listing)


# --- assign -------------------------------------------------------------------------------


@authz.returns_client_data(Purpose.DIRECTORY)
def assign_schedule(
    db: Database,
    actor: Actor,
    schedule_id: uuid.UUID,
    *,
    start_date: date,
    client_ids: Sequence[uuid.UUID] = (),
    group_id: uuid.UUID | None = None,
    allow_double_booking: bool = False,
) -> AssignmentResult:
    """Assign a schedule from ``start_date`` to clients and/or a whole group.

    Finds or creates the session for every slot, enrols the clients (for a group:
    every current member, and members who join later through the group), and checks
    double booking — refusing the whole assignment with ``DoubleBookingConflict``
    unless ``allow_double_booking`` is set, in which case the conflicts are returned.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.ASSIGN_SCHEDULES,
            entity_type=AuditEntity.SCHEDULE_TEMPLATE,
            entity_id=schedule_id,
        )
        return assign_in(
            s,
            actor,
            staff,
            schedule_id,
            start_date=start_date,
            client_ids=client_ids,
            group_id=group_id,
            allow_double_booking=allow_double_booking,
        )


def assign_in(
    s: Session,
    actor: Actor,
    staff: Staff,
    schedule_id: uuid.UUID,
    *,
    start_date: date,
    client_ids: Sequence[uuid.UUID],
    group_id: uuid.UUID | None,
    allow_double_booking: bool,
) -> AssignmentResult:
    """In-transaction helper: ``assign_schedule`` after its permission check (the
    preview-and-confirm path in ``schedule_assignment`` calls it too)."""
    ensure_group_sessions_enabled(s)
    schedule = s.get(ScheduleTemplate, schedule_id)
    if schedule is None:
        raise NotFound(_("That schedule template does not exist."))
    if schedule.archived:
        raise ValidationError(_("That schedule is archived and can no longer be assigned."))
    explicit = list(dict.fromkeys(client_ids))
    if not explicit and group_id is None:
        raise ValidationError(_("Choose at least one client or a group to assign the schedule to."))
    _check_clients_exist(s, explicit)
    group = _live_group(s, group_id) if group_id is not None else None
    members = _current_members(s, group.id) if group else []
    authz.require_reach(
        s, staff, [*explicit, *members], Purpose.DIRECTORY, action=AuditAction.ASSIGN_SCHEDULE
    )
    slots = schedule_slots(s, schedule, start_date)
    if not slots:
        raise ValidationError(_("This schedule has no weekly sessions to assign."))
    if any(t.archived for _, t in slots):
        raise ValidationError(
            _("This schedule uses an archived session template; update the schedule first.")
        )

    sessions, created = _find_or_create_sessions(s, actor, slots, group)
    authz.require_roster_reach(
        s, staff, [*explicit, *members], sessions, action=AuditAction.ASSIGN_SCHEDULE
    )
    open_targets = {
        sid: (gs_start, gs_start + timedelta(minutes=duration))
        for sid, (gs_start, duration, status) in sessions.items()
        if status in session_rules.EDITABLE
    }
    everyone = list(dict.fromkeys([*explicit, *members]))
    conflicts = _named(s, find_double_bookings(s, client_ids=everyone, targets=open_targets))
    if conflicts and not allow_double_booking:
        raise DoubleBookingConflict(conflict_message(conflicts), conflicts)

    assignment = ScheduleAssignment(
        schedule_template_id=schedule.id,
        group_id=group.id if group else None,
        start_date=start_date,
        end_date=recurrence.end_date(start_date, schedule.weeks),
        created_by_id=actor.staff_id,
    )
    s.add(assignment)
    s.flush()
    s.execute(
        insert(AssignmentSession),
        [{"assignment_id": assignment.id, "session_id": sid} for sid in sessions],
    )
    targets = {sid: assignment.id for sid in open_targets}
    enrolled = enrol_pairs(
        s,
        targets=targets,
        client_ids=explicit,
        source=EnrolmentSource.SCHEDULE,
        staff_id=actor.staff_id,
    )
    enrolled += enrol_pairs(
        s,
        targets=targets,
        client_ids=[c for c in members if c not in set(explicit)],
        source=EnrolmentSource.GROUP_SCHEDULE,
        staff_id=actor.staff_id,
    )
    audit.record(
        s,
        actor.staff_id,
        AuditAction.ASSIGN_SCHEDULE,
        AuditEntity.SCHEDULE_ASSIGNMENT,
        assignment.id,
        details={
            "schedule_id": str(schedule.id),
            "group_id": str(group.id) if group else None,
            "clients": len(everyone),
            "sessions": len(sessions),
            "sessions_created": created,
            "enrolments": enrolled,
            "double_bookings": len(conflicts),
        },
    )
    return AssignmentResult(
        assignment.id, created, len(sessions), enrolled, len(everyone), conflicts
    )


def _find_or_create_sessions(
    session: Session,
    actor: Actor,
    slots: list[tuple[recurrence.Slot, SessionTemplate]],
    group: ClientGroup | None,
) -> tuple[dict[uuid.UUID, tuple[datetime, int, SessionStatus]], int]:
    """session id → (starts_at, duration, status) for every slot; and how many are new."""
    template_ids = list({t.id for _, t in slots})
    lo = min(slot.starts_at for slot, _ in slots)
    hi = max(slot.starts_at for slot, _ in slots)
    found: dict[tuple[uuid.UUID, datetime], tuple[uuid.UUID, int, SessionStatus]] = {}
    for part in chunked(template_ids):
        for row in session.execute(
            select(
                GroupSession.id,
                GroupSession.session_template_id,
                GroupSession.starts_at,
                GroupSession.duration_minutes,
                GroupSession.status,
            ).where(
                GroupSession.session_template_id.in_(part),
                GroupSession.starts_at >= lo,
                GroupSession.starts_at <= hi,
            )
        ):
            found[(row.session_template_id, row.starts_at)] = (
                row.id,
                row.duration_minutes,
                SessionStatus(row.status),
            )
    now = clock.now()
    new_rows: list[dict[str, Any]] = []
    result: dict[uuid.UUID, tuple[datetime, int, SessionStatus]] = {}
    for slot, template in slots:
        hit = found.get((template.id, slot.starts_at))
        if hit is not None:
            result[hit[0]] = (slot.starts_at, hit[1], hit[2])
            continue
        sid = uuid7()
        new_rows.append(
            {
                "id": sid,
                "session_template_id": template.id,
                "group_id": template.group_id or (group.id if group else None),
                "title": template.name,
                "description": template.description,
                "location": template.location,
                "starts_at": slot.starts_at,
                "duration_minutes": template.duration_minutes,
                "status": SessionStatus.UPCOMING,
                "group_note": "",
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "updated_by_id": actor.staff_id,
            }
        )
        result[sid] = (slot.starts_at, template.duration_minutes, SessionStatus.UPCOMING)
    if new_rows:
        session.execute(insert(GroupSession), new_rows)
    return result, len(new_rows)


def end_assignment(
    db: Database,
    actor: Actor,
    assignment_id: uuid.UUID,
    *,
    effective: date | None = None,
) -> EndAssignmentResult:
    """End an assignment: withdraw its clients from its sessions still to come.

    Upcoming sessions on or after ``effective`` (default today) lose the enrolments this
    assignment made; started or documented sessions keep theirs. Later group joiners
    are no longer enrolled.
    """
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.ASSIGN_SCHEDULES,
            entity_type=AuditEntity.SCHEDULE_ASSIGNMENT,
            entity_id=assignment_id,
        )
        assignment = s.get(ScheduleAssignment, assignment_id)
        if assignment is None:
            raise NotFound(_("That schedule assignment does not exist."))
        if assignment.ended_at is not None:
            raise Conflict(_("This schedule assignment has already been ended."))
        now = clock.now()
        start = datetime.combine(effective or clock.today(), time.min)
        upcoming = select(GroupSession.id).where(
            GroupSession.status == SessionStatus.UPCOMING, GroupSession.starts_at >= start
        )
        result = s.execute(
            update(Enrolment)
            .where(
                Enrolment.assignment_id == assignment.id,
                Enrolment.withdrawn_at.is_(None),
                Enrolment.session_id.in_(upcoming),
            )
            .values(
                withdrawn_at=now,
                version=Enrolment.version + 1,
                updated_at=now,
                updated_by_id=actor.staff_id,
            )
            .execution_options(synchronize_session=False)
        )
        assignment.ended_at = now
        withdrawn = rowcount(result)
        s.flush()
        audit.record(
            s,
            actor.staff_id,
            AuditAction.END_ASSIGNMENT,
            AuditEntity.SCHEDULE_ASSIGNMENT,
            assignment.id,
            details={"enrolments_withdrawn": withdrawn},
        )
        return EndAssignmentResult(assignment.id, withdrawn)


def list_assignments(
    db: Database,
    actor: Actor,
    *,
    group_id: uuid.UUID | None = None,
    include_ended: bool = False,
) -> list[AssignmentRecord]:
    """Schedule assignments (optionally of one group), newest first, with counts."""
    with db.read() as s:
        authz.require(
            s, actor, Permission.VIEW_SESSIONS, entity_type=AuditEntity.SCHEDULE_ASSIGNMENT
        )
        sessions = (
            select(func.count())
            .where(AssignmentSession.assignment_id == ScheduleAssignment.id)
            .correlate(ScheduleAssignment)
            .scalar_subquery()
        )
        clients = (
            select(func.count(func.distinct(Enrolment.client_id)))
            .where(
                Enrolment.assignment_id == ScheduleAssignment.id,
                Enrolment.withdrawn_at.is_(None),
            )
            .correlate(ScheduleAssignment)
            .scalar_subquery()
        )
        query = (
            select(
                ScheduleAssignment,
                ScheduleTemplate.name,
                ClientGroup.name,
                sessions.label("sessions"),
                clients.label("clients"),
            )
            .join(ScheduleTemplate, ScheduleTemplate.id == ScheduleAssignment.schedule_template_id)
            .outerjoin(ClientGroup, ClientGroup.id == ScheduleAssignment.group_id)
            .order_by(ScheduleAssignment.start_date.desc(), ScheduleAssignment.id.desc())
        )
        if group_id is not None:
            query = query.where(ScheduleAssignment.group_id == group_id)
        if not include_ended:
            query = query.where(ScheduleAssignment.ended_at.is_(None))
        return [
            AssignmentRecord(
                a.id,
                a.schedule_template_id,
                schedule_name,
                a.group_id,
                group_name,
                a.start_date,
                a.end_date,
                a.ended_at,
                n_sessions or 0,
                n_clients or 0,
            )
            for a, schedule_name, group_name, n_sessions, n_clients in s.execute(query)
        ]


# --- ad hoc roster changes ----------------------------------------------------------------


def _roster_permission(session: Session, actor: Actor, gs: GroupSession) -> Staff:
    """Schedulers or the session's leaders change a roster (``session_rules.roster_refusal``)."""
    staff = authz.acting_staff(session, actor)
    is_leader = session.scalar(
        select(func.count()).where(
            SessionLeader.session_id == gs.id, SessionLeader.staff_id == staff.id
        )
    )
    viewer = session_rules.SessionViewer(
        role=staff.role, features=staff.features, is_leader=bool(is_leader)
    )
    if session_rules.roster_refusal(viewer):
        raise PermissionDenied(
            lambda: session_rules.roster_refusal(viewer) or "",
            action=AuditAction.CHANGE_ROSTER,
            entity_type=AuditEntity.GROUP_SESSION,
            entity_id=str(gs.id),
            staff_id=staff.id,
        )
    return staff


def _open_session(session: Session, session_id: uuid.UUID) -> GroupSession:
    gs = session.get(GroupSession, session_id, with_for_update=True)
    if gs is None:
        raise NotFound(_("That group session does not exist."))
    session_rules.check_editable(SessionStatus(gs.status))
    # A leader's signature covers the roster: once one has signed (the session can still
    # be In progress, waiting for a co-leader), adding or withdrawing an attendee would
    # change what was signed.
    if session.scalar(select(func.count()).where(Signature.session_id == gs.id)):
        raise Locked(
            _("A leader has already signed this session, so its roster can no longer change.")
        )
    return gs


@authz.returns_client_data(Purpose.DIRECTORY)
def add_attendee(
    db: Database,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    allow_double_booking: bool = False,
) -> EnrolmentRecord:
    """Add one client to a session's roster (ad hoc), while it is Upcoming or In progress.

    Refused when the session is full (template capacity) or, unless allowed, when the
    client is already in another session at that time.
    """
    with db.write() as s:
        gs = _open_session(s, session_id)
        staff = _roster_permission(s, actor, gs)
        ensure_group_sessions_enabled(s)
        if s.get(Client, client_id) is None:
            raise NotFound(_("That client does not exist."))
        authz.require_roster_reach(s, staff, [client_id], [gs.id], action=AuditAction.ADD_ATTENDEE)
        row = s.execute(
            select(Enrolment).where(Enrolment.session_id == gs.id, Enrolment.client_id == client_id)
        ).scalar_one_or_none()
        if row is not None and row.withdrawn_at is None:
            raise Conflict(_("This client is already on the session's roster."))
        capacity = s.scalar(
            select(SessionTemplate.capacity).where(SessionTemplate.id == gs.session_template_id)
        )
        if capacity is not None:
            roster = s.scalar(
                select(func.count()).where(
                    Enrolment.session_id == gs.id, Enrolment.withdrawn_at.is_(None)
                )
            )
            if (roster or 0) >= capacity:
                raise Conflict(
                    _("This session is full ({capacity} places).").format(capacity=capacity)
                )
        end = gs.starts_at + timedelta(minutes=gs.duration_minutes)
        conflicts = _named(
            s,
            find_double_bookings(s, client_ids=[client_id], targets={gs.id: (gs.starts_at, end)}),
        )
        if conflicts and not allow_double_booking:
            raise DoubleBookingConflict(conflict_message(conflicts), conflicts)
        if row is None:
            row = Enrolment(
                session_id=gs.id,
                client_id=client_id,
                source=EnrolmentSource.AD_HOC,
                updated_by_id=actor.staff_id,
            )
            s.add(row)
        else:
            row.withdrawn_at = None
            row.source = EnrolmentSource.AD_HOC
            row.assignment_id = None
            row.updated_by_id = actor.staff_id
        s.flush()
        audit.record(
            s,
            actor.staff_id,
            AuditAction.ADD_ATTENDEE,
            AuditEntity.GROUP_SESSION,
            gs.id,
            client_id=client_id,
            details={"double_bookings": len(conflicts)},
        )
        return EnrolmentRecord(
            row.id, gs.id, client_id, EnrolmentSource(row.source), False, conflicts
        )


@authz.returns_client_data(Purpose.DIRECTORY)
def remove_attendee(
    db: Database, actor: Actor, session_id: uuid.UUID, *, client_id: uuid.UUID
) -> EnrolmentRecord:
    """Withdraw a client from one session (the roster row is kept, marked withdrawn).

    Refused once attendance has been recorded for them: mark them absent or excused.
    """
    with db.write() as s:
        gs = _open_session(s, session_id)
        staff = _roster_permission(s, actor, gs)
        authz.require_reach(
            s, staff, [client_id], Purpose.DIRECTORY, action=AuditAction.REMOVE_ATTENDEE
        )
        row = s.execute(
            select(Enrolment).where(
                Enrolment.session_id == gs.id,
                Enrolment.client_id == client_id,
                Enrolment.withdrawn_at.is_(None),
            )
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(_("This client is not on the session's roster."))
        if row.attendance is not None:
            raise Conflict(
                _(
                    "Attendance has already been recorded for this client; mark "
                    "them absent or excused instead of removing them."
                )
            )
        row.withdrawn_at = clock.now()
        row.updated_by_id = actor.staff_id
        s.flush()
        audit.record(
            s,
            actor.staff_id,
            AuditAction.REMOVE_ATTENDEE,
            AuditEntity.GROUP_SESSION,
            gs.id,
            client_id=client_id,
        )
        return EnrolmentRecord(row.id, gs.id, client_id, EnrolmentSource(row.source), True)
