"""Assigning a schedule, looked at first: a preview of exactly which sessions, of which
group, gain whom — then a confirmation that applies that change and nothing else.

Seed 004 keeps its model: a schedule enrols clients in its sessions, and a session is
one per session template and start time. So a schedule whose session templates belong
to group A, assigned to group B, puts B's members into A's sessions. That is allowed,
but never silently: the preview names every session and its group, flags sessions of
another group, and counts places against the session's capacity (the session
template's capacity and its group's, whichever is smaller). A session that would go
past its capacity is refused at confirmation — the preview says so first.

"A new series for this group" (``new_series=True``) is the explicit other choice: the
schedule's session templates are copied for the group (same name, duration, place and
capacity; the copy belongs to the group) with a schedule copy named after the group,
so the group gets sessions of its own.

``confirm_assignment`` recomputes the preview inside its write transaction and refuses
(``Conflict``) if anything differs from what the user saw — a session created,
started or edited meanwhile, a roster changed, a member joined — so the change applied
is exactly the change previewed.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import (
    ClientGroup,
    Enrolment,
    GroupSession,
    ScheduleOccurrence,
    ScheduleTemplate,
    SessionTemplate,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import audit, authz, schedules
from clinicdesk.services.group_schedule_sync import chunked, ensure_group_sessions_enabled
from clinicdesk.services.records import Actor
from clinicdesk.services.schedules import AssignmentResult, DoubleBooking
from clinicdesk.services.templates import schedule_slots

__all__ = [
    "AssignmentPreview",
    "PreviewClient",
    "PreviewSession",
    "confirm_assignment",
    "preview_assignment",
]

NEW_SERIES = AuditAction.ASSIGN_SCHEDULE_NEW_SERIES  # audit action of the "new series" choice


@dataclass(frozen=True, slots=True)
class PreviewClient:
    client_id: uuid.UUID
    name: str  # "First L." as on rosters


@dataclass(frozen=True, slots=True)
class PreviewSession:
    session_id: uuid.UUID | None  # None: the assignment creates it
    starts_at: datetime
    title: str
    group_id: uuid.UUID | None
    group_name: str | None
    other_group: bool  # a session of another group than the one being assigned
    enrolled: int  # already on the roster
    gains: tuple[PreviewClient, ...]
    capacity: int | None

    @property
    def new(self) -> bool:
        return self.session_id is None

    @property
    def over_capacity(self) -> int:
        """How many the session would be over its capacity (0: it fits)."""
        if self.capacity is None:
            return 0
        return max(0, self.enrolled + len(self.gains) - self.capacity)


@dataclass(frozen=True, slots=True)
class AssignmentPreview:
    schedule_id: uuid.UUID
    schedule_name: str
    start_date: date
    group_id: uuid.UUID | None
    group_name: str | None
    client_ids: tuple[uuid.UUID, ...]  # chosen one by one (besides the group)
    new_series: bool
    sessions: tuple[PreviewSession, ...]  # the open sessions, in time order
    conflicts: tuple[DoubleBooking, ...]  # double bookings the change would make
    fingerprint: str  # what confirm_assignment checks the database against

    @property
    def enrolments(self) -> int:
        return sum(len(p.gains) for p in self.sessions)

    @property
    def sessions_created(self) -> int:
        return sum(1 for p in self.sessions if p.new)

    @property
    def over_capacity(self) -> tuple[PreviewSession, ...]:
        return tuple(p for p in self.sessions if p.over_capacity)

    @property
    def other_groups(self) -> tuple[str, ...]:
        """Names of other groups whose sessions gain someone."""
        names = {p.group_name or "" for p in self.sessions if p.other_group and p.gains}
        return tuple(sorted(names))


# --- the plan (in-transaction, writes nothing) ---------------------------------------------


def _capacity(template_capacity: int | None, group_capacity: int | None) -> int | None:
    limits = [c for c in (template_capacity, group_capacity) if c is not None]
    return min(limits) if limits else None


def _plan(
    s: Session,
    staff: Staff,
    *,
    schedule_id: uuid.UUID,
    start_date: date,
    client_ids: Sequence[uuid.UUID],
    group_id: uuid.UUID | None,
    new_series: bool,
) -> AssignmentPreview:
    ensure_group_sessions_enabled(s)
    schedule = s.get(ScheduleTemplate, schedule_id)
    if schedule is None:
        raise NotFound(_("That schedule template does not exist."))
    if schedule.archived:
        raise ValidationError(_("That schedule is archived and can no longer be assigned."))
    explicit = list(dict.fromkeys(client_ids))
    if not explicit and group_id is None:
        raise ValidationError(_("Choose at least one client or a group to assign the schedule to."))
    if new_series and group_id is None:
        raise ValidationError(_("Choose the group the new series of sessions is for."))
    schedules._check_clients_exist(s, explicit)
    group = schedules._live_group(s, group_id) if group_id is not None else None
    members = schedules._current_members(s, group.id) if group else []
    everyone = list(dict.fromkeys([*explicit, *members]))
    authz.require_reach(s, staff, everyone, Purpose.DIRECTORY, action=AuditAction.ASSIGN_SCHEDULE)
    slots = schedule_slots(s, schedule, start_date)
    if not slots:
        raise ValidationError(_("This schedule has no weekly sessions to assign."))
    if any(t.archived for _, t in slots):
        raise ValidationError(
            _("This schedule uses an archived session template; update the schedule first.")
        )
    names = schedules._client_names(s, everyone)
    group_rows = {
        g.id: g
        for g in s.scalars(
            select(ClientGroup).where(
                ClientGroup.id.in_(
                    {t.group_id for _, t in slots if t.group_id} | ({group.id} if group else set())
                )
            )
        )
    }
    found: dict[tuple[uuid.UUID, datetime], GroupSession] = {}
    if not new_series:
        template_ids = list({t.id for _, t in slots})
        lo = min(slot.starts_at for slot, _ in slots)
        hi = max(slot.starts_at for slot, _ in slots)
        for part in chunked(template_ids):
            for existing in s.scalars(
                select(GroupSession).where(
                    GroupSession.session_template_id.in_(part),
                    GroupSession.starts_at >= lo,
                    GroupSession.starts_at <= hi,
                )
            ):
                found[(existing.session_template_id, existing.starts_at)] = existing
    existing_ids = [gs.id for gs in found.values()]
    rosters: dict[uuid.UUID, set[uuid.UUID]] = {sid: set() for sid in existing_ids}
    for part in chunked(existing_ids):
        for sid, cid in s.execute(
            select(Enrolment.session_id, Enrolment.client_id).where(
                Enrolment.session_id.in_(part), Enrolment.withdrawn_at.is_(None)
            )
        ):
            rosters[sid].add(cid)
    for gid in {gs.group_id for gs in found.values() if gs.group_id} - set(group_rows):
        row = s.get(ClientGroup, gid)
        if row is not None:
            group_rows[gid] = row
    planned: list[PreviewSession] = []
    key_parts: list[str] = [str(schedule.id), str(schedule.version), str(start_date)]
    targets: dict[uuid.UUID, tuple[datetime, datetime]] = {}
    for slot, template in slots:
        gs = found.get((template.id, slot.starts_at))
        if gs is not None and SessionStatus(gs.status) not in session_rules.EDITABLE:
            key_parts.append(f"{gs.id}:{gs.version}:closed")
            continue  # started, signed or cancelled: nobody joins it
        if gs is not None:
            session_group = gs.group_id
            roster = rosters[gs.id]
            duration = gs.duration_minutes
        else:
            session_group = (
                group.id
                if new_series and group
                else (template.group_id or (group.id if group else None))
            )
            roster = set()
            duration = template.duration_minutes
        owner = group_rows.get(session_group) if session_group else None
        gains = tuple(
            PreviewClient(c, names.get(c, ""))
            for c in sorted(set(everyone) - roster, key=lambda c: (names.get(c, ""), c))
        )
        entry = PreviewSession(
            session_id=gs.id if gs is not None else None,
            starts_at=slot.starts_at,
            title=gs.title if gs is not None else template.name,
            group_id=session_group,
            group_name=owner.name if owner else None,
            other_group=group is not None
            and session_group is not None
            and session_group != group.id,
            enrolled=len(roster),
            gains=gains,
            capacity=_capacity(template.capacity, owner.capacity if owner else None),
        )
        planned.append(entry)
        target_id = gs.id if gs is not None else uuid.uuid5(template.id, slot.starts_at.isoformat())
        targets[target_id] = (slot.starts_at, slot.starts_at + timedelta(minutes=duration))
        key_parts.append(
            f"{gs.id if gs else 'new'}:{gs.version if gs else template.version}:"
            f"{session_group}:{len(roster)}:{entry.capacity}:"
            + ",".join(str(c.client_id) for c in gains)
        )
    planned.sort(key=lambda p: (p.starts_at, p.title))
    conflicts = schedules._named(
        s, schedules.find_double_bookings(s, client_ids=everyone, targets=targets)
    )
    key_parts.append(f"conflicts:{len(conflicts)}")
    return AssignmentPreview(
        schedule_id=schedule.id,
        schedule_name=schedule.name,
        start_date=start_date,
        group_id=group.id if group else None,
        group_name=group.name if group else None,
        client_ids=tuple(explicit),
        new_series=new_series,
        sessions=tuple(planned),
        conflicts=conflicts,
        fingerprint=hashlib.sha256("|".join(key_parts).encode()).hexdigest(),
    )


def _require(s: Session, actor: Actor, schedule_id: uuid.UUID) -> Staff:
    return authz.require(
        s,
        actor,
        Permission.ASSIGN_SCHEDULES,
        entity_type=AuditEntity.SCHEDULE_TEMPLATE,
        entity_id=schedule_id,
    )


# --- services ------------------------------------------------------------------------------


@authz.returns_client_data(Purpose.DIRECTORY)
def preview_assignment(
    db: Database,
    actor: Actor,
    schedule_id: uuid.UUID,
    *,
    start_date: date,
    client_ids: Sequence[uuid.UUID] = (),
    group_id: uuid.UUID | None = None,
    new_series: bool = False,
) -> AssignmentPreview:
    """What assigning the schedule would do: every open session (existing or to be
    created), its group, who joins it, its places, and the double bookings. Writes
    nothing; pass the preview to ``confirm_assignment``."""
    with db.read() as s:
        staff = _require(s, actor, schedule_id)
        return _plan(
            s,
            staff,
            schedule_id=schedule_id,
            start_date=start_date,
            client_ids=client_ids,
            group_id=group_id,
            new_series=new_series,
        )


def _over_capacity_message(over: Sequence[PreviewSession]) -> str:
    first = over[0]
    when = f"{first.starts_at:%Y-%m-%d %H:%M}"
    if first.group_name:
        where = _("“{title}” on {when} ({group})").format(
            title=first.title, when=when, group=first.group_name
        )
    else:
        where = _("“{title}” on {when}").format(title=first.title, when=when)
    if len(over) > 1:
        where = ngettext(
            "{where} and {n} more session", "{where} and {n} more sessions", len(over) - 1
        ).format(where=where, n=len(over) - 1)
    return _(
        "{where} would go past capacity: {enrolled} enrolled, "
        "{joining} joining, {capacity} places. Nothing was assigned. "
        "Choose fewer clients, raise the capacity, or start a new series for the group."
    ).format(
        where=where, enrolled=first.enrolled, joining=len(first.gains), capacity=first.capacity
    )


def _copy_series(
    s: Session, actor: Actor, schedule: ScheduleTemplate, group: ClientGroup
) -> ScheduleTemplate:
    """A copy of the schedule whose session templates belong to ``group``."""
    rows = s.execute(
        select(ScheduleOccurrence, SessionTemplate)
        .join(SessionTemplate, SessionTemplate.id == ScheduleOccurrence.session_template_id)
        .where(ScheduleOccurrence.schedule_template_id == schedule.id)
    ).all()
    copy = ScheduleTemplate(
        name=f"{schedule.name} — {group.name}"[:200],
        description=schedule.description,
        weeks=schedule.weeks,
        updated_by_id=actor.staff_id,
    )
    s.add(copy)
    s.flush()
    now = utcnow()
    copies: dict[uuid.UUID, uuid.UUID] = {}
    for _slot, t in rows:
        if t.id in copies:
            continue
        copies[t.id] = uuid7()
    s.execute(
        insert(SessionTemplate),
        [
            {
                "id": copies[t.id],
                "name": t.name,
                "description": t.description,
                "duration_minutes": t.duration_minutes,
                "location": t.location,
                "capacity": t.capacity,
                "group_id": group.id,
                "archived": False,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "updated_by_id": actor.staff_id,
            }
            for t in {t.id: t for _, t in rows}.values()
        ],
    )
    s.execute(
        insert(ScheduleOccurrence),
        [
            {
                "id": uuid7(),
                "schedule_template_id": copy.id,
                "weekday": o.weekday,
                "start_time": o.start_time,
                "session_template_id": copies[t.id],
                "created_at": now,
                "updated_at": now,
            }
            for o, t in rows
        ],
    )
    s.flush()
    return copy


@authz.returns_client_data(Purpose.DIRECTORY)
def confirm_assignment(
    db: Database,
    actor: Actor,
    preview: AssignmentPreview,
    *,
    allow_double_booking: bool = False,
) -> AssignmentResult:
    """Apply exactly the previewed assignment.

    Refused (``Conflict``, nothing written) when the database no longer matches the
    preview, when a session would go past its capacity, or — unless
    ``allow_double_booking`` — when it makes double bookings."""
    with db.write() as s:
        staff = _require(s, actor, preview.schedule_id)
        now_plan = _plan(
            s,
            staff,
            schedule_id=preview.schedule_id,
            start_date=preview.start_date,
            client_ids=preview.client_ids,
            group_id=preview.group_id,
            new_series=preview.new_series,
        )
        if now_plan.fingerprint != preview.fingerprint:
            raise Conflict(
                _(
                    "The sessions or their rosters changed since you looked "
                    "(someone else enrolled, started or edited a session, or the "
                    "group changed). Nothing was assigned; look at the new "
                    "preview and confirm again."
                )
            )
        if now_plan.over_capacity:
            raise Conflict(_over_capacity_message(now_plan.over_capacity))
        schedule_id = preview.schedule_id
        if preview.new_series:
            group = s.get(ClientGroup, preview.group_id)
            schedule = s.get(ScheduleTemplate, preview.schedule_id)
            assert group is not None and schedule is not None  # checked by _plan
            copy = _copy_series(s, actor, schedule, group)
            schedule_id = copy.id
            audit.record(
                s,
                staff.id,
                NEW_SERIES,
                AuditEntity.SCHEDULE_TEMPLATE,
                copy.id,
                details={"from_schedule_id": str(schedule.id), "group_id": str(group.id)},
            )
        return schedules.assign_in(
            s,
            actor,
            staff,
            schedule_id,
            start_date=preview.start_date,
            client_ids=preview.client_ids,
            group_id=preview.group_id,
            allow_double_booking=allow_double_booking,
        )
