"""In-transaction helpers: keep a group's schedule enrolments in step with its members.

A schedule assigned to a *group* (``ScheduleAssignment.group_id``) enrols the group's
members; members who join later are enrolled in the sessions still to come from their
join date, and members who leave are withdrawn from the sessions still to come.
Sessions that have started, or been documented, are never touched: attendance history
stays exactly as it was recorded.

These functions take the caller's ``Session`` and run inside the caller's transaction
(the group-membership services call them). They are set-based: a handful of queries
and one executemany, however many clients and sessions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.ids import uuid7_many
from clinicdesk.db.models import (
    AssignmentSession,
    Enrolment,
    GroupSession,
    ScheduleAssignment,
)
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import EnrolmentSource, SessionStatus
from clinicdesk.domain.errors import Conflict
from clinicdesk.i18n import _
from clinicdesk.services import audit, settings
from clinicdesk.services.sql_types import rowcount, table_of

__all__ = [
    "CHUNK",
    "chunked",
    "enrol_pairs",
    "ensure_group_sessions_enabled",
    "group_sessions_enabled",
    "on_members_joined",
    "on_members_left",
    "upcoming_group_session_ids",
]

# SQLite's historic limit is 999 bound parameters per statement; stay well below it.
CHUNK = 900

T = TypeVar("T")


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Slices of at most ``size`` items, for IN-lists that must fit SQLite's limit."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def group_sessions_enabled(session: Session) -> bool:
    """The clinic setting "Use group sessions" (default on)."""
    return bool(settings.read_settings(session).group_sessions_enabled)


def ensure_group_sessions_enabled(session: Session) -> None:
    """Refuse new sessions, assignments and starts while group sessions are switched off."""
    if not group_sessions_enabled(session):
        raise Conflict(
            _(
                "Group sessions are switched off in the clinic settings, so "
                "no new sessions can be scheduled or started. Documented "
                "sessions stay readable."
            )
        )


def _unique(ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    return list(dict.fromkeys(ids))


def enrol_pairs(
    session: Session,
    *,
    targets: Mapping[uuid.UUID, uuid.UUID | None],
    client_ids: Sequence[uuid.UUID],
    source: EnrolmentSource,
    staff_id: uuid.UUID | None,
) -> int:
    """Enrol every client in every target session; returns enrolments added or restored.

    ``targets`` maps session id → assignment id (or None). A client already actively
    enrolled is left alone; a withdrawn enrolment is restored (the roster row is
    unique per session and client, and keeps its history). Set-based: one SELECT per
    chunk of clients, one executemany INSERT, one UPDATE per chunk of restorations.
    """
    client_ids = _unique(client_ids)
    if not targets or not client_ids:
        return 0
    session_ids = list(targets)
    existing: dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, bool]] = {}
    # Chunk both lists so every statement stays within the parameter limit.
    half = CHUNK // 2
    for clients in chunked(client_ids, half):
        for sessions in chunked(session_ids, half):
            for row in session.execute(
                select(
                    Enrolment.id,
                    Enrolment.session_id,
                    Enrolment.client_id,
                    Enrolment.withdrawn_at,
                ).where(Enrolment.client_id.in_(clients), Enrolment.session_id.in_(sessions))
            ):
                existing[(row.session_id, row.client_id)] = (row.id, row.withdrawn_at is not None)
    now = clock.now()
    new_pairs: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID | None]] = []
    restore: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for session_id, assignment_id in targets.items():
        for client_id in client_ids:
            found = existing.get((session_id, client_id))
            if found is None:
                new_pairs.append((session_id, client_id, assignment_id))
            elif found[1]:
                restore.setdefault(assignment_id, []).append(found[0])
    # One executemany at driver speed (``insert_rows``): 20,000 roster rows in a
    # fraction of what per-row parameter processing costs.
    insert_rows(
        session,
        table_of(Enrolment),
        ("id", "session_id", "client_id", "assignment_id"),
        (
            (row_id, *pair)
            for row_id, pair in zip(uuid7_many(len(new_pairs)), new_pairs, strict=True)
        ),
        constants={
            "source": source,
            "individual_note": "",
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "updated_by_id": staff_id,
        },
    )
    restored = 0
    for assignment_id, ids in restore.items():
        for part in chunked(ids):
            result = session.execute(
                update(Enrolment)
                .where(Enrolment.id.in_(part), Enrolment.withdrawn_at.is_not(None))
                .values(
                    withdrawn_at=None,
                    source=source,
                    assignment_id=assignment_id,
                    version=Enrolment.version + 1,
                    updated_at=now,
                    updated_by_id=staff_id,
                )
                .execution_options(synchronize_session=False)
            )
            restored += rowcount(result)
    return len(new_pairs) + restored


def _upcoming_group_sessions(
    session: Session, group_id: uuid.UUID, from_day: date
) -> dict[uuid.UUID, uuid.UUID]:
    """session id → assignment id, for the group's active assignments' upcoming sessions."""
    rows = session.execute(
        select(AssignmentSession.session_id, AssignmentSession.assignment_id)
        .join(ScheduleAssignment, ScheduleAssignment.id == AssignmentSession.assignment_id)
        .join(GroupSession, GroupSession.id == AssignmentSession.session_id)
        .where(
            ScheduleAssignment.group_id == group_id,
            ScheduleAssignment.ended_at.is_(None),
            GroupSession.status == SessionStatus.UPCOMING,
            GroupSession.starts_at >= datetime.combine(from_day, time.min),
        )
        .order_by(AssignmentSession.session_id, ScheduleAssignment.created_at)
    )
    targets: dict[uuid.UUID, uuid.UUID] = {}
    for row in rows:
        # A session shared by two assignments of the same group: link the oldest.
        targets.setdefault(row.session_id, row.assignment_id)
    return targets


def upcoming_group_session_ids(
    session: Session, group_id: uuid.UUID, from_day: date
) -> list[uuid.UUID]:
    """The sessions ``on_members_joined`` would enrol a member joining on ``from_day`` in
    (none while group sessions are switched off)."""
    if not group_sessions_enabled(session):
        return []
    return list(_upcoming_group_sessions(session, group_id, from_day))


def on_members_joined(
    session: Session,
    *,
    group_id: uuid.UUID,
    client_ids: Iterable[uuid.UUID],
    joined_on: date,
    staff_id: uuid.UUID | None,
) -> int:
    """Enrol new group members in the group's schedules from their join date.

    Every UPCOMING session starting on or after ``joined_on`` of every active
    assignment made to this group. Returns how many enrolments were added (or
    restored, for a member who left and came back). Runs in the caller's transaction.
    """
    clients = _unique(client_ids)
    # Kipu's setting: with group sessions switched off, joining a group enrols in no
    # session (sessions and their rosters stay as they are; nothing is lost).
    if not clients or not group_sessions_enabled(session):
        return 0
    targets = _upcoming_group_sessions(session, group_id, joined_on)
    count = enrol_pairs(
        session,
        targets=dict(targets),
        client_ids=clients,
        source=EnrolmentSource.GROUP_SCHEDULE,
        staff_id=staff_id,
    )
    if count:
        audit.record(
            session,
            staff_id,
            AuditAction.ENROL_FROM_GROUP_SCHEDULE,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"clients": len(clients), "sessions": len(targets), "enrolments": count},
        )
    return count


def on_members_left(
    session: Session,
    *,
    group_id: uuid.UUID,
    client_ids: Iterable[uuid.UUID],
    left_on: date,
    staff_id: uuid.UUID | None = None,
) -> int:
    """Withdraw leaving members from the group's sessions still to come.

    Only enrolments that came from this group's schedules (source GROUP_SCHEDULE)
    in sessions that are still UPCOMING and start on or after ``left_on``: a session
    that has not started yet cannot have been attended, and anything started or
    documented keeps its roster and attendance. Enrolments are withdrawn
    (``withdrawn_at``), never deleted. Returns how many were withdrawn.
    """
    clients = _unique(client_ids)
    if not clients:
        return 0
    now = clock.now()
    group_assignments = select(ScheduleAssignment.id).where(ScheduleAssignment.group_id == group_id)
    upcoming = select(GroupSession.id).where(
        GroupSession.status == SessionStatus.UPCOMING,
        GroupSession.starts_at >= datetime.combine(left_on, time.min),
    )
    withdrawn = 0
    for part in chunked(clients):
        result = session.execute(
            update(Enrolment)
            .where(
                Enrolment.client_id.in_(part),
                Enrolment.withdrawn_at.is_(None),
                Enrolment.source == EnrolmentSource.GROUP_SCHEDULE,
                Enrolment.assignment_id.in_(group_assignments),
                Enrolment.session_id.in_(upcoming),
            )
            .values(
                withdrawn_at=now,
                version=Enrolment.version + 1,
                updated_at=now,
                updated_by_id=staff_id,
            )
            .execution_options(synchronize_session=False)
        )
        withdrawn += rowcount(result)
    if withdrawn:
        audit.record(
            session,
            staff_id,
            AuditAction.WITHDRAW_FROM_GROUP_SCHEDULE,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"clients": len(clients), "enrolments": withdrawn},
        )
    return withdrawn
