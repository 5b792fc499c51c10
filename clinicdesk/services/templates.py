"""Session templates and schedule templates (seed 004: "Create Group Session Templates").

Super admins and staff with the "Manage templates" feature create, edit and archive
templates; everyone who schedules sessions can list them. Templates are archived,
never deleted: sessions already created from them keep pointing at them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import (
    ClientGroup,
    ScheduleOccurrence,
    ScheduleTemplate,
    SessionTemplate,
)
from clinicdesk.domain import recurrence
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import long_text, optional_text, require_text
from clinicdesk.domain.unchanged import UNCHANGED, Unchanged
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit, authz, editing
from clinicdesk.services.records import Actor

__all__ = [
    "UNCHANGED",
    "OccurrenceRecord",
    "OccurrenceSpec",
    "ScheduleTemplateRecord",
    "SessionTemplateRecord",
    "SlotPreview",
    "archive_schedule_template",
    "archive_session_template",
    "create_schedule_template",
    "create_session_template",
    "list_schedule_templates",
    "list_session_templates",
    "preview_schedule",
    "update_schedule_template",
    "update_session_template",
]


MIN_DURATION, MAX_DURATION = 5, 720


@dataclass(frozen=True, slots=True)
class SessionTemplateRecord:
    id: uuid.UUID
    name: str
    description: str
    duration_minutes: int
    location: str
    capacity: int | None
    group_id: uuid.UUID | None
    group_name: str | None
    archived: bool
    version: int


@dataclass(frozen=True, slots=True)
class OccurrenceSpec:
    """Input: one weekly occurrence (weekday 0 = Monday … 6 = Sunday)."""

    weekday: int
    start_time: time
    session_template_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class OccurrenceRecord:
    id: uuid.UUID
    weekday: int
    weekday_name: str
    start_time: time
    session_template_id: uuid.UUID
    session_template_name: str
    duration_minutes: int


@dataclass(frozen=True, slots=True)
class ScheduleTemplateRecord:
    id: uuid.UUID
    name: str
    description: str
    weeks: int
    archived: bool
    version: int
    occurrences: tuple[OccurrenceRecord, ...]

    @property
    def sessions_per_run(self) -> int:
        return self.weeks * len(self.occurrences)


@dataclass(frozen=True, slots=True)
class SlotPreview:
    """One session a schedule would create (clinic-local time)."""

    day: date
    start_time: time
    starts_at: datetime
    session_template_id: uuid.UUID
    title: str
    duration_minutes: int
    location: str


# --- validation ---------------------------------------------------------------------------


def _duration(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(_("The duration must be a whole number of minutes."), "duration")
    if not MIN_DURATION <= value <= MAX_DURATION:
        raise ValidationError(
            _("The duration must be between {MIN_DURATION} and {MAX_DURATION} minutes.").format(
                MIN_DURATION=MIN_DURATION, MAX_DURATION=MAX_DURATION
            ),
            "duration",
        )
    return value


def _capacity(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValidationError(_("The capacity must be a whole number of at least 1."), "capacity")
    return value


def _group(session: Session, group_id: uuid.UUID | None) -> ClientGroup | None:
    if group_id is None:
        return None
    group = session.get(ClientGroup, group_id)
    if group is None or group.removed_at is not None:
        raise NotFound(_("That group does not exist (any more)."))
    return group


def _session_template(session: Session, template_id: uuid.UUID) -> SessionTemplate:
    template = session.get(SessionTemplate, template_id)
    if template is None:
        raise NotFound(_("That session template does not exist."))
    return template


def _schedule(session: Session, schedule_id: uuid.UUID) -> ScheduleTemplate:
    schedule = session.get(ScheduleTemplate, schedule_id)
    if schedule is None:
        raise NotFound(_("That schedule template does not exist."))
    return schedule


def _st_record(t: SessionTemplate, group_name: str | None) -> SessionTemplateRecord:
    return SessionTemplateRecord(
        t.id,
        t.name,
        t.description,
        t.duration_minutes,
        t.location,
        t.capacity,
        t.group_id,
        group_name,
        t.archived,
        t.version,
    )


def _group_name(session: Session, group_id: uuid.UUID | None) -> str | None:
    if group_id is None:
        return None
    return session.scalar(select(ClientGroup.name).where(ClientGroup.id == group_id))


# --- session templates --------------------------------------------------------------------


def create_session_template(
    db: Database,
    actor: Actor,
    *,
    name: str,
    duration_minutes: int,
    description: str = "",
    location: str = "",
    capacity: int | None = None,
    group_id: uuid.UUID | None = None,
) -> SessionTemplateRecord:
    """Create a session template (name, duration 5–720 minutes, optional group)."""
    with db.write() as s:
        authz.require(
            s, actor, Permission.MANAGE_TEMPLATES, entity_type=AuditEntity.SESSION_TEMPLATE
        )
        clean_name = require_text(name, _("The template name"), max_len=200, field="name")
        values = {
            "name": clean_name,
            "description": long_text(
                description, _("The description"), max_len=5000, field="description"
            ),
            "duration_minutes": _duration(duration_minutes),
            "location": optional_text(location, _("The location"), max_len=200, field="location")
            or "",
            "capacity": _capacity(capacity),
        }
        group = _group(s, group_id)
        template = SessionTemplate(
            **values, group_id=group.id if group else None, updated_by_id=actor.staff_id
        )
        s.add(template)
        s.flush()
        audit.record(
            s,
            actor.staff_id,
            AuditAction.CREATE_SESSION_TEMPLATE,
            AuditEntity.SESSION_TEMPLATE,
            template.id,
        )
        return _st_record(template, group.name if group else None)


def update_session_template(
    db: Database,
    actor: Actor,
    template_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    name: str | Unchanged = UNCHANGED,
    duration_minutes: int | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    location: str | Unchanged = UNCHANGED,
    capacity: int | Unchanged | None = UNCHANGED,
    group_id: uuid.UUID | Unchanged | None = UNCHANGED,
) -> SessionTemplateRecord:
    """Change a session template; only the arguments given change.

    Sessions already created keep their own title, duration and location.
    """
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.MANAGE_TEMPLATES,
            entity_type=AuditEntity.SESSION_TEMPLATE,
            entity_id=template_id,
        )
        template = _session_template(s, template_id)
        editing.check_version(s, template, expected_version, N_("session template"))
        changed: list[str] = []
        if name is not UNCHANGED:
            template.name = require_text(name, _("The template name"), max_len=200, field="name")
            changed.append("name")
        if duration_minutes is not UNCHANGED:
            template.duration_minutes = _duration(duration_minutes)
            changed.append("duration")
        if description is not UNCHANGED:
            template.description = long_text(
                description, _("The description"), max_len=5000, field="description"
            )
            changed.append("description")
        if location is not UNCHANGED:
            template.location = (
                optional_text(location, _("The location"), max_len=200, field="location") or ""
            )
            changed.append("location")
        if capacity is not UNCHANGED:
            template.capacity = _capacity(capacity)
            changed.append("capacity")
        if group_id is not UNCHANGED:
            group = _group(s, group_id)
            template.group_id = group.id if group else None
            changed.append("group")
        template.updated_by_id = actor.staff_id
        s.flush()
        audit.record(
            s,
            actor.staff_id,
            AuditAction.UPDATE_SESSION_TEMPLATE,
            AuditEntity.SESSION_TEMPLATE,
            template.id,
            details={"fields": changed},
        )
        return _st_record(template, _group_name(s, template.group_id))


def archive_session_template(
    db: Database,
    actor: Actor,
    template_id: uuid.UUID,
    *,
    archived: bool = True,
    expected_version: int | None = None,
) -> SessionTemplateRecord:
    """Archive (or, with ``archived=False``, restore) a session template.

    An archived template cannot be used in new schedules; existing sessions are kept.
    """
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.MANAGE_TEMPLATES,
            entity_type=AuditEntity.SESSION_TEMPLATE,
            entity_id=template_id,
        )
        template = _session_template(s, template_id)
        _set_archived(s, actor, template, AuditEntity.SESSION_TEMPLATE, archived, expected_version)
        return _st_record(template, _group_name(s, template.group_id))


_ARCHIVE_ACTIONS = {
    (AuditEntity.SESSION_TEMPLATE, True): AuditAction.ARCHIVE_SESSION_TEMPLATE,
    (AuditEntity.SESSION_TEMPLATE, False): AuditAction.RESTORE_SESSION_TEMPLATE,
    (AuditEntity.SCHEDULE_TEMPLATE, True): AuditAction.ARCHIVE_SCHEDULE_TEMPLATE,
    (AuditEntity.SCHEDULE_TEMPLATE, False): AuditAction.RESTORE_SCHEDULE_TEMPLATE,
}


def _set_archived(
    s: Session,
    actor: Actor,
    row: SessionTemplate | ScheduleTemplate,
    entity_type: AuditEntity,
    archived: bool,
    expected_version: int | None,
) -> None:
    """Archive or restore a template row after its version check, audited."""
    editing.check_version(s, row, expected_version, entity_type.replace("_", " "))
    row.archived = archived
    row.updated_by_id = actor.staff_id
    s.flush()
    audit.record(s, actor.staff_id, _ARCHIVE_ACTIONS[entity_type, archived], entity_type, row.id)


def list_session_templates(
    db: Database, actor: Actor, *, include_archived: bool = False
) -> list[SessionTemplateRecord]:
    """Session templates by name (archived ones only when asked)."""
    with db.read() as s:
        authz.require(s, actor, Permission.VIEW_SESSIONS, entity_type=AuditEntity.SESSION_TEMPLATE)
        query = (
            select(SessionTemplate, ClientGroup.name)
            .outerjoin(ClientGroup, ClientGroup.id == SessionTemplate.group_id)
            .order_by(func.lower(SessionTemplate.name), SessionTemplate.id)
        )
        if not include_archived:
            query = query.where(SessionTemplate.archived.is_(False))
        return [_st_record(t, g) for t, g in s.execute(query)]


# --- schedule templates -------------------------------------------------------------------


def _check_occurrences(
    session: Session, occurrences: Sequence[OccurrenceSpec]
) -> list[OccurrenceSpec]:
    if not occurrences:
        raise ValidationError(_("A schedule needs at least one weekly session."), "occurrences")
    unique: dict[tuple[int, time, uuid.UUID], OccurrenceSpec] = {}
    for occ in occurrences:
        recurrence.check_occurrence(occ.weekday, occ.start_time)
        start = occ.start_time.replace(tzinfo=None, second=0, microsecond=0)
        unique.setdefault(
            (occ.weekday, start, occ.session_template_id),
            OccurrenceSpec(occ.weekday, start, occ.session_template_id),
        )
    template_ids = {o.session_template_id for o in unique.values()}
    found = dict(
        session.execute(
            select(SessionTemplate.id, SessionTemplate.archived).where(
                SessionTemplate.id.in_(template_ids)
            )
        ).all()
    )
    if len(found) != len(template_ids):
        raise NotFound(_("A session template in this schedule does not exist."))
    if any(found.values()):
        raise ValidationError(
            _("An archived session template cannot be added to a schedule."), "occurrences"
        )
    return list(unique.values())


def _replace_occurrences(
    session: Session, schedule_id: uuid.UUID, occurrences: Sequence[OccurrenceSpec]
) -> None:
    # Occurrences are configuration, not clinical data: replacing them is safe, and
    # sessions already created stay linked to their assignments.
    session.execute(
        delete(ScheduleOccurrence).where(ScheduleOccurrence.schedule_template_id == schedule_id)
    )
    now = clock.now()
    session.execute(
        insert(ScheduleOccurrence),
        [
            {
                "id": uuid7(),
                "schedule_template_id": schedule_id,
                "session_template_id": o.session_template_id,
                "weekday": o.weekday,
                "start_time": o.start_time,
                "created_at": now,
                "updated_at": now,
            }
            for o in occurrences
        ],
    )


def _schedule_record(session: Session, schedule: ScheduleTemplate) -> ScheduleTemplateRecord:
    return _schedule_records(session, [schedule])[0]


def _schedule_records(
    session: Session, schedules: Sequence[ScheduleTemplate]
) -> list[ScheduleTemplateRecord]:
    by_schedule: dict[uuid.UUID, list[OccurrenceRecord]] = {sc.id: [] for sc in schedules}
    if schedules:
        rows = session.execute(
            select(ScheduleOccurrence, SessionTemplate.name, SessionTemplate.duration_minutes)
            .join(SessionTemplate, SessionTemplate.id == ScheduleOccurrence.session_template_id)
            .where(ScheduleOccurrence.schedule_template_id.in_(list(by_schedule)))
            .order_by(
                ScheduleOccurrence.weekday, ScheduleOccurrence.start_time, SessionTemplate.name
            )
        )
        for occ, template_name, duration in rows:
            by_schedule[occ.schedule_template_id].append(
                OccurrenceRecord(
                    occ.id,
                    occ.weekday,
                    recurrence.WEEKDAY_NAMES[occ.weekday],
                    occ.start_time,
                    occ.session_template_id,
                    template_name,
                    duration,
                )
            )
    return [
        ScheduleTemplateRecord(
            sc.id,
            sc.name,
            sc.description,
            sc.weeks,
            sc.archived,
            sc.version,
            tuple(by_schedule[sc.id]),
        )
        for sc in schedules
    ]


def create_schedule_template(
    db: Database,
    actor: Actor,
    *,
    name: str,
    weeks: int,
    occurrences: Sequence[OccurrenceSpec],
    description: str = "",
) -> ScheduleTemplateRecord:
    """Create a schedule template: weekly occurrences repeated for 1–104 weeks."""
    with db.write() as s:
        authz.require(
            s, actor, Permission.MANAGE_TEMPLATES, entity_type=AuditEntity.SCHEDULE_TEMPLATE
        )
        schedule = ScheduleTemplate(
            name=require_text(name, _("The schedule name"), max_len=200, field="name"),
            description=long_text(
                description, _("The description"), max_len=5000, field="description"
            ),
            weeks=recurrence.check_weeks(weeks),
            updated_by_id=actor.staff_id,
        )
        specs = _check_occurrences(s, occurrences)
        s.add(schedule)
        s.flush()
        _replace_occurrences(s, schedule.id, specs)
        audit.record(
            s,
            actor.staff_id,
            AuditAction.CREATE_SCHEDULE_TEMPLATE,
            AuditEntity.SCHEDULE_TEMPLATE,
            schedule.id,
            details={"occurrences": len(specs), "weeks": schedule.weeks},
        )
        return _schedule_record(s, schedule)


def update_schedule_template(
    db: Database,
    actor: Actor,
    schedule_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    name: str | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    weeks: int | Unchanged = UNCHANGED,
    occurrences: Sequence[OccurrenceSpec] | Unchanged = UNCHANGED,
) -> ScheduleTemplateRecord:
    """Change a schedule template. New occurrences replace the old ones.

    Assignments already made keep the sessions they created.
    """
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.MANAGE_TEMPLATES,
            entity_type=AuditEntity.SCHEDULE_TEMPLATE,
            entity_id=schedule_id,
        )
        schedule = _schedule(s, schedule_id)
        editing.check_version(s, schedule, expected_version, N_("schedule template"))
        # Validate everything first, then replace the occurrences before touching the
        # schedule row, so the row is flushed (and its version bumped) exactly once.
        values: dict[str, object] = {}
        if name is not UNCHANGED:
            values["name"] = require_text(name, _("The schedule name"), max_len=200, field="name")
        if description is not UNCHANGED:
            values["description"] = long_text(
                description, _("The description"), max_len=5000, field="description"
            )
        if weeks is not UNCHANGED:
            values["weeks"] = recurrence.check_weeks(weeks)
        specs = None if occurrences is UNCHANGED else _check_occurrences(s, occurrences)
        changed = list(values)
        if specs is not None:
            _replace_occurrences(s, schedule.id, specs)
            changed.append("occurrences")
        for field, value in values.items():
            setattr(schedule, field, value)
        schedule.updated_by_id = actor.staff_id
        # The occurrences live in another table: touch the row so its version moves and
        # a stale editor of the schedule notices.
        schedule.updated_at = clock.now()
        s.flush()
        audit.record(
            s,
            actor.staff_id,
            AuditAction.UPDATE_SCHEDULE_TEMPLATE,
            AuditEntity.SCHEDULE_TEMPLATE,
            schedule.id,
            details={"fields": changed},
        )
        return _schedule_record(s, schedule)


def archive_schedule_template(
    db: Database,
    actor: Actor,
    schedule_id: uuid.UUID,
    *,
    archived: bool = True,
    expected_version: int | None = None,
) -> ScheduleTemplateRecord:
    """Archive (or restore) a schedule template; archived schedules cannot be assigned."""
    with db.write() as s:
        authz.require(
            s,
            actor,
            Permission.MANAGE_TEMPLATES,
            entity_type=AuditEntity.SCHEDULE_TEMPLATE,
            entity_id=schedule_id,
        )
        schedule = _schedule(s, schedule_id)
        _set_archived(s, actor, schedule, AuditEntity.SCHEDULE_TEMPLATE, archived, expected_version)
        return _schedule_record(s, schedule)


def list_schedule_templates(
    db: Database, actor: Actor, *, include_archived: bool = False
) -> list[ScheduleTemplateRecord]:
    """Schedule templates by name, each with its occurrences (two queries)."""
    with db.read() as s:
        authz.require(s, actor, Permission.VIEW_SESSIONS, entity_type=AuditEntity.SCHEDULE_TEMPLATE)
        query = select(ScheduleTemplate).order_by(
            func.lower(ScheduleTemplate.name), ScheduleTemplate.id
        )
        if not include_archived:
            query = query.where(ScheduleTemplate.archived.is_(False))
        return _schedule_records(s, list(s.execute(query).scalars()))


def schedule_slots(
    session: Session, schedule: ScheduleTemplate, start_date: date
) -> list[tuple[recurrence.Slot, SessionTemplate]]:
    """In-transaction helper: the schedule's concrete slots from ``start_date``."""
    rows = session.execute(
        select(ScheduleOccurrence, SessionTemplate)
        .join(SessionTemplate, SessionTemplate.id == ScheduleOccurrence.session_template_id)
        .where(ScheduleOccurrence.schedule_template_id == schedule.id)
    ).all()
    templates = {t.id: t for _, t in rows}
    occurrences = [
        recurrence.Occurrence(o.weekday, o.start_time, o.session_template_id) for o, _ in rows
    ]
    slots = recurrence.expand(occurrences, start_date, schedule.weeks)
    return [(slot, templates[slot.template]) for slot in slots]  # type: ignore[index]


def preview_schedule(
    db: Database, actor: Actor, schedule_id: uuid.UUID, *, start_date: date
) -> list[SlotPreview]:
    """The sessions a schedule would create if assigned from ``start_date``."""
    with db.read() as s:
        authz.require(
            s,
            actor,
            Permission.VIEW_SESSIONS,
            entity_type=AuditEntity.SCHEDULE_TEMPLATE,
            entity_id=schedule_id,
        )
        schedule = _schedule(s, schedule_id)
        return [
            SlotPreview(
                slot.day,
                slot.start_time,
                slot.starts_at,
                template.id,
                template.name,
                template.duration_minutes,
                template.location,
            )
            for slot, template in schedule_slots(s, schedule, start_date)
        ]
