"""Attendance: per-client counts, a group's attendance report, and a CSV export.

Attendance counts only once a session is signed (Pending review or Completed): until
then it is a draft that the leaders may still change. Withdrawn enrolments never
count. Reports are reads of clinical records and are audited (ids and counts only).

Attendance history is clinical (``Purpose.FILE`` of the reachability rule): it needs a
clinical role, and every query here is narrowed to the clients whose files the reader
can open. A report about one group as a whole is refused unless that is all of its
clients (as the printed report is); an export lists the reachable rows and says how
many it left out (in the audit entry).

``signed_marks``, ``build_group_attendance`` and ``client_signed_attendance`` are
in-transaction helpers (a ``Session`` first, no permission check, no audit) so that the
printouts service counts exactly as these reports do.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, func, or_, select
from sqlalchemy.orm import Session

from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Client,
    ClientGroup,
    Enrolment,
    GroupMembership,
    GroupSession,
    Staff,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AttendanceStatus, SessionStatus
from clinicdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import audit, authz, session_history
from clinicdesk.services.group_schedule_sync import chunked
from clinicdesk.services.records import Actor
from clinicdesk.services.session_history import AttendanceCounts
from clinicdesk.services.sql_types import AnySelect

__all__ = [
    "AttendanceCounts",
    "ClientMark",
    "GroupAttendance",
    "MemberAttendance",
    "ReportMark",
    "ReportSession",
    "build_group_attendance",
    "client_attendance_counts",
    "client_signed_attendance",
    "export_attendance_csv",
    "group_attendance",
    "group_report_clients",
    "neutralise_cell",
    "signed_marks",
]

# Documented attendance: the session has been signed.
_SIGNED = tuple(session_rules.SIGNED)


@dataclass(frozen=True, slots=True)
class ReportMark:
    client_id: uuid.UUID
    status: AttendanceStatus
    minutes_attended: int | None = None  # late / left early (issue 18)


@dataclass(frozen=True, slots=True)
class ReportSession:
    session_id: uuid.UUID
    title: str
    starts_at: datetime
    date: date
    status: SessionStatus
    marks: tuple[ReportMark, ...]


@dataclass(frozen=True, slots=True)
class ClientMark:
    """One counted attendance of a client; ``group_name`` "" = a session without a group."""

    session_id: uuid.UUID
    title: str
    group_name: str
    starts_at: datetime
    date: date
    status: AttendanceStatus
    minutes_attended: int | None = None  # late / left early (issue 18)


@dataclass(frozen=True, slots=True)
class MemberAttendance:
    """One member's attendance over the period; ``rate`` = attended / total (None if 0)."""

    client_id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    record_number: str | None
    present: int
    absent: int
    excused: int
    late: int
    left_early: int
    attended: int
    total: int
    rate: float | None


@dataclass(frozen=True, slots=True)
class GroupAttendance:
    """A group's attendance from ``start`` to ``end`` (both included).

    ``members`` are everyone who was a member at some point in the period, plus anyone
    else with attendance in the group's sessions; ``sessions_held`` counts signed
    sessions.
    """

    group_id: uuid.UUID
    group_name: str
    start: date
    end: date
    sessions_held: int
    sessions: tuple[ReportSession, ...]
    members: tuple[MemberAttendance, ...]


def _counts(statuses: list[AttendanceStatus]) -> dict[AttendanceStatus, int]:
    out = dict.fromkeys(AttendanceStatus, 0)
    for st in statuses:
        out[st] += 1
    return out


def _range(start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    if start is not None and end is not None and end < start:
        raise ValidationError(_("The end date is before the start date."), "end")
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(GroupSession.starts_at >= datetime.combine(start, time.min))
    if end is not None:
        conditions.append(
            GroupSession.starts_at < datetime.combine(end + timedelta(days=1), time.min)
        )
    return conditions


@authz.returns_client_data(Purpose.FILE)
def client_attendance_counts(db: Database, actor: Actor, client_id: uuid.UUID) -> AttendanceCounts:
    """A client's attendance counts over completed sessions (needs access to their file)."""
    with db.write() as s:
        staff = authz.require_client_file(s, actor, client_id, action=AuditAction.READ_ATTENDANCE)
        counts = session_history.attendance_counts(s, client_id)
        audit.record(
            s,
            staff.id,
            AuditAction.READ_ATTENDANCE,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
        )
        return counts


@authz.returns_client_data(Purpose.FILE)
def group_attendance(
    db: Database, actor: Actor, group_id: uuid.UUID, *, start: date, end: date
) -> GroupAttendance:
    """Per-member attendance in the group's signed sessions from ``start`` to ``end``.

    Needs access to the file of every client in the report (like the printed report).
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.READ_CLINICAL,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        group = s.get(ClientGroup, group_id)
        if group is None:
            raise NotFound(_("That group does not exist."))
        require_whole_report(s, staff, group, start, end, AuditAction.READ_GROUP_ATTENDANCE)
        report = build_group_attendance(
            s, group, start=start, end=end, reach=authz.reach(s, staff, Purpose.FILE)
        )
        audit.record(
            s,
            staff.id,
            AuditAction.READ_GROUP_ATTENDANCE,
            AuditEntity.CLIENT_GROUP,
            group.id,
            details={"sessions": report.sessions_held, "members": len(report.members)},
        )
        return report


# --- in-transaction helpers (also used by the printouts service) ------------------------


def signed_marks(*conditions: ColumnElement[bool]) -> AnySelect:
    """Recorded attendance that counts: (session_id, client_id, attendance) rows.

    Only signed sessions (Pending review or Completed) and enrolments that were not
    withdrawn; ``conditions`` narrow it further (a group, a client, a date range).
    """
    return (
        select(
            Enrolment.session_id,
            Enrolment.client_id,
            Enrolment.attendance,
            Enrolment.minutes_attended,
        )
        .join(GroupSession, GroupSession.id == Enrolment.session_id)
        .where(
            GroupSession.status.in_(_SIGNED),
            Enrolment.withdrawn_at.is_(None),
            Enrolment.attendance.is_not(None),
            *conditions,
        )
    )


def group_report_clients(
    session: Session, group: ClientGroup, start: date, end: date
) -> list[uuid.UUID]:
    """Everyone a group's report for the period is about: members at some point in it,
    and anyone with counted attendance in the group's sessions (ids only)."""
    conditions = _range(start, end)
    members = select(GroupMembership.client_id).where(
        GroupMembership.group_id == group.id,
        GroupMembership.joined_on <= end,
        or_(GroupMembership.left_on.is_(None), GroupMembership.left_on >= start),
    )
    marked = signed_marks(GroupSession.group_id == group.id, *conditions).with_only_columns(
        Enrolment.client_id
    )
    return sorted(set(session.scalars(members)) | set(session.scalars(marked)))


def require_whole_report(
    session: Session, staff: Staff, group: ClientGroup, start: date, end: date, action: AuditAction
) -> list[uuid.UUID]:
    """In-transaction: ``PermissionDenied`` unless ``staff`` can open the file of every
    client the group's report is about; returns their ids."""
    ids = group_report_clients(session, group, start, end)
    blocked = authz.unreachable(session, staff, ids, Purpose.FILE)
    if blocked:
        raise PermissionDenied(
            lambda: ngettext(
                "You have no access to the file of one of this group's clients, so its "
                "attendance report cannot be made for you.",
                "You have no access to the files of {n} of this group's clients, so "
                "its attendance report cannot be made for you.",
                len(blocked),
            ).format(n=len(blocked)),
            action=action,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=str(group.id),
            client_id=str(blocked[0]),
            staff_id=staff.id,
        )
    return ids


def build_group_attendance(
    session: Session,
    group: ClientGroup,
    *,
    start: date,
    end: date,
    reach: authz.Reach | None = None,
) -> GroupAttendance:
    """A group's attendance report inside the caller's transaction (no permission, no audit).

    ``reach`` (the reader's file reach) narrows every query to the clients it covers.
    """
    conditions = _range(start, end)
    reached = [reach.covers(Enrolment.client_id)] if reach is not None and not reach.every else []
    sessions = session.execute(
        select(
            GroupSession.id,
            GroupSession.title,
            GroupSession.starts_at,
            GroupSession.documented_date,
            GroupSession.status,
        )
        .where(GroupSession.group_id == group.id, GroupSession.status.in_(_SIGNED), *conditions)
        .order_by(GroupSession.starts_at, GroupSession.id)
    ).all()
    marks: dict[uuid.UUID, list[ReportMark]] = defaultdict(list)
    by_client: dict[uuid.UUID, list[AttendanceStatus]] = defaultdict(list)
    for r in session.execute(
        signed_marks(GroupSession.group_id == group.id, *conditions, *reached)
    ):
        status = AttendanceStatus(r.attendance)
        marks[r.session_id].append(ReportMark(r.client_id, status, r.minutes_attended))
        by_client[r.client_id].append(status)
    members = select(GroupMembership.client_id).where(
        GroupMembership.group_id == group.id,
        GroupMembership.joined_on <= end,
        or_(GroupMembership.left_on.is_(None), GroupMembership.left_on >= start),
    )
    if reach is not None:
        members = reach.narrow(members, GroupMembership.client_id)
    member_ids = set(session.scalars(members)) | set(by_client)
    clients: list[Row[*tuple[Any, ...]]] = []
    if member_ids:
        for part in chunked(list(member_ids)):
            clients += session.execute(
                select(
                    Client.id,
                    Client.first_name,
                    Client.last_name,
                    Client.preferred_name,
                    Client.record_number,
                    Client.last_name_key,
                    Client.first_name_key,
                ).where(Client.id.in_(part))
            ).all()
    clients.sort(key=lambda c: (c.last_name_key, c.first_name_key, str(c.id)))
    member_rows: list[MemberAttendance] = []
    for c in clients:
        counts = _counts(by_client.get(c.id, []))
        total = sum(counts.values())
        attended = sum(v for st, v in counts.items() if st.attended)
        member_rows.append(
            MemberAttendance(
                c.id,
                c.first_name,
                c.last_name,
                c.preferred_name,
                c.record_number,
                counts[AttendanceStatus.PRESENT],
                counts[AttendanceStatus.ABSENT],
                counts[AttendanceStatus.EXCUSED],
                counts[AttendanceStatus.LATE],
                counts[AttendanceStatus.LEFT_EARLY],
                attended,
                total,
                attended / total if total else None,
            )
        )
    return GroupAttendance(
        group.id,
        group.name,
        start,
        end,
        len(sessions),
        tuple(
            ReportSession(
                r.id,
                r.title,
                r.starts_at,
                r.documented_date or r.starts_at.date(),
                SessionStatus(r.status),
                tuple(marks.get(r.id, ())),
            )
            for r in sessions
        ),
        tuple(member_rows),
    )


def client_signed_attendance(
    session: Session, client_id: uuid.UUID, *, start: date, end: date
) -> tuple[ClientMark, ...]:
    """One client's counted attendance across all groups, in time order (in-transaction)."""
    rows = session.execute(
        signed_marks(Enrolment.client_id == client_id, *_range(start, end))
        .add_columns(
            GroupSession.title,
            GroupSession.starts_at,
            GroupSession.documented_date,
            ClientGroup.name.label("group_name"),
        )
        .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
        .order_by(GroupSession.starts_at, GroupSession.id)
    ).all()
    return tuple(
        ClientMark(
            r.session_id,
            r.title,
            r.group_name or "",
            r.starts_at,
            r.documented_date or r.starts_at.date(),
            AttendanceStatus(r.attendance),
            r.minutes_attended,
        )
        for r in rows
    )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "session_date",
    "start_time",
    "session_title",
    "group",
    "record_number",
    "last_name",
    "first_name",
    "attendance",
    "session_status",
    "session_id",
    "client_id",
    "minutes_attended",  # issue 18: late / left early; empty otherwise
)


def neutralise_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    # Formula starters, and any leading control character (tab, CR, LF, NUL, ESC …).
    risky = text.startswith(_FORMULA_START) or (bool(text) and ord(text[0]) < 0x20)
    return "'" + text if risky else text


@authz.returns_client_data(Purpose.FILE)
def export_attendance_csv(
    db: Database,
    actor: Actor,
    *,
    group_id: uuid.UUID | None = None,
    start: date | None = None,
    end: date | None = None,
) -> str:
    """Attendance in signed sessions as CSV text, one row per attendee per session.

    Every row names its group ("" for a session without one). Cells that a spreadsheet
    would read as a formula get a leading apostrophe. Attendance is clinical: only rows
    of clients whose files the reader can open are exported (the audit entry counts the
    rows left out).
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.READ_CLINICAL,
            entity_type=AuditEntity.CLIENT_GROUP,
            entity_id=group_id,
        )
        conditions = _range(start, end)
        if group_id is not None:
            if s.get(ClientGroup, group_id) is None:
                raise NotFound(_("That group does not exist."))
            conditions.append(GroupSession.group_id == group_id)
        files = authz.reach(s, staff, Purpose.FILE)
        query = (
            select(
                GroupSession.id.label("session_id"),
                GroupSession.title,
                GroupSession.starts_at,
                GroupSession.documented_date,
                GroupSession.status,
                ClientGroup.name.label("group_name"),
                Client.id.label("client_id"),
                Client.first_name,
                Client.last_name,
                Client.record_number,
                Enrolment.attendance,
                Enrolment.minutes_attended,
            )
            .join(Enrolment, Enrolment.session_id == GroupSession.id)
            .join(Client, Client.id == Enrolment.client_id)
            .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
            .where(
                GroupSession.status.in_(_SIGNED),
                Enrolment.withdrawn_at.is_(None),
                Enrolment.attendance.is_not(None),
                *conditions,
            )
            .order_by(
                GroupSession.starts_at,
                GroupSession.title,
                Client.last_name_key,
                Client.first_name_key,
                Client.id,
            )
        )
        rows = s.execute(files.narrow(query, Client.id)).all()
        withheld = 0
        if not files.every:
            everyone = query.with_only_columns(Client.id).order_by(None).subquery()
            withheld = (s.scalar(select(func.count()).select_from(everyone)) or 0) - len(rows)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            writer.writerow(
                [
                    neutralise_cell(v)
                    for v in (
                        (r.documented_date or r.starts_at.date()).isoformat(),
                        r.starts_at.strftime("%H:%M"),
                        r.title,
                        r.group_name or "",
                        r.record_number or "",
                        r.last_name,
                        r.first_name,
                        AttendanceStatus(r.attendance).value,
                        SessionStatus(r.status).value,
                        r.session_id,
                        r.client_id,
                        "" if r.minutes_attended is None else r.minutes_attended,
                    )
                ]
            )
        audit.record(
            s,
            staff.id,
            AuditAction.EXPORT_ATTENDANCE,
            AuditEntity.CLIENT_GROUP,
            group_id,
            details={"rows": len(rows), "withheld": withheld},
        )
        return out.getvalue()
