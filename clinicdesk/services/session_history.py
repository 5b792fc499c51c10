"""In-transaction helpers: a client's completed group sessions, as their file shows them.

Seed 004: completed sessions appear read-only in each attendee's file with the
attendance status, the session's duration and description, the individual note,
signatures and addenda. The client-file service authorises the reader and audits the
read; these helpers only read, inside the caller's transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from datetime import date as _Date  # the records have a field named "date"

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from clinicdesk.db.models import (
    Addendum,
    ClientGroup,
    Enrolment,
    GroupSession,
    SessionLeader,
    Signature,
    Staff,
)
from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning
from clinicdesk.services import seals
from clinicdesk.services.group_schedule_sync import chunked

__all__ = [
    "AddendumView",
    "AttendanceCounts",
    "SessionInFile",
    "SignatureView",
    "attendance_counts",
    "entries_for_session",
    "history_for_client",
]


@dataclass(frozen=True, slots=True)
class SignatureView:
    """One signature: who signed, their role label then, what it means, when (UTC)."""

    name: str
    role: str
    meaning: SignatureMeaning
    signed_at: datetime


@dataclass(frozen=True, slots=True)
class AddendumView:
    """A signed addition to a locked session; ``client_id`` None = about the whole group."""

    id: uuid.UUID
    author_name: str
    text: str
    signed_at: datetime
    client_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class SessionInFile:
    """A completed group session as it appears, read-only, in one attendee's file.

    ``date`` is the date the session took place (the documented date when it was
    documented late, else the scheduled date); ``starts_at`` is clinic-local time.
    """

    session_id: uuid.UUID
    title: str
    group_name: str
    date: date
    starts_at: datetime
    status: SessionStatus
    duration_minutes: int
    description: str
    location: str
    leaders: tuple[str, ...]
    group_note: str
    attendance: AttendanceStatus | None
    individual_note: str
    signatures: tuple[SignatureView, ...]
    addenda: tuple[AddendumView, ...]
    # False when the signed content no longer matches its seal (edited outside
    # ClinicDesk): the file and the chart view show an integrity warning.
    seal_intact: bool
    # Late documentation: why it is documented for ``date`` rather than the scheduled day.
    documented_date_reason: str | None = None
    minutes_attended: int | None = None  # late / left early (issue 18)

    @property
    def scheduled_date(self) -> _Date:
        return self.starts_at.date()


@dataclass(frozen=True, slots=True)
class AttendanceCounts:
    """A client's attendance over their completed sessions.

    ``attended`` = present + late + left early; ``total`` = sessions with a status.
    """

    present: int = 0
    absent: int = 0
    excused: int = 0
    late: int = 0
    left_early: int = 0
    attended: int = 0
    total: int = 0


def history_for_client(session: Session, client_id: uuid.UUID) -> tuple[SessionInFile, ...]:
    """The client's COMPLETED sessions, newest first (four queries, no N+1).

    Addenda shown are those about this client or about the whole session; an addendum
    written about another attendee never appears in this file.
    """
    entries = _in_file(
        session,
        Enrolment.client_id == client_id,
        GroupSession.status == SessionStatus.COMPLETED,
    )
    return tuple(entry for _, entry in entries)


def entries_for_session(
    session: Session, session_id: uuid.UUID, client_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, SessionInFile]:
    """One session as it appears (or will appear) in each listed attendee's file."""
    if not client_ids:
        return {}
    entries = _in_file(
        session,
        GroupSession.id == session_id,
        Enrolment.client_id.in_(list(client_ids)),
    )
    return dict(entries)


def _in_file(
    session: Session, *conditions: ColumnElement[bool]
) -> list[tuple[uuid.UUID, SessionInFile]]:
    """(client id, entry) for each current enrolment matching ``conditions``."""
    rows = session.execute(
        select(
            GroupSession.id,
            GroupSession.title,
            GroupSession.description,
            GroupSession.location,
            GroupSession.starts_at,
            GroupSession.documented_date,
            GroupSession.documented_date_reason,
            GroupSession.duration_minutes,
            GroupSession.status,
            GroupSession.group_note,
            ClientGroup.name.label("group_name"),
            Enrolment.client_id,
            Enrolment.attendance,
            Enrolment.individual_note,
            Enrolment.minutes_attended,
        )
        .join(Enrolment, Enrolment.session_id == GroupSession.id)
        .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
        .where(Enrolment.withdrawn_at.is_(None), *conditions)
        .order_by(GroupSession.starts_at.desc(), Enrolment.client_id)
    ).all()
    if not rows:
        return []
    ids = sorted({r.id for r in rows})
    leaders, signatures = _leaders(session, ids), _signatures(session, ids)
    addenda = _addenda(session, ids)
    broken = seals.broken_seals(session, ids)

    def about(session_id: uuid.UUID, client_id: uuid.UUID) -> tuple[AddendumView, ...]:
        return tuple(a for a in addenda.get(session_id, ()) if a.client_id in (None, client_id))

    return [
        (
            r.client_id,
            SessionInFile(
                session_id=r.id,
                title=r.title,
                group_name=r.group_name or "",
                date=r.documented_date or r.starts_at.date(),
                starts_at=r.starts_at,
                status=SessionStatus(r.status),
                duration_minutes=r.duration_minutes,
                description=r.description,
                location=r.location,
                leaders=tuple(leaders.get(r.id, ())),
                group_note=r.group_note,
                attendance=AttendanceStatus(r.attendance) if r.attendance else None,
                individual_note=r.individual_note,
                signatures=tuple(signatures.get(r.id, ())),
                addenda=about(r.id, r.client_id),
                documented_date_reason=r.documented_date_reason if r.documented_date else None,
                seal_intact=r.id not in broken,
                minutes_attended=r.minutes_attended,
            ),
        )
        for r in rows
    ]


def _addenda(session: Session, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[AddendumView]]:
    out: dict[uuid.UUID, list[AddendumView]] = defaultdict(list)
    for part in chunked(session_ids):
        for a in session.execute(
            select(Addendum).where(Addendum.session_id.in_(part)).order_by(Addendum.signed_at)
        ).scalars():
            out[a.session_id].append(
                AddendumView(a.id, a.printed_name, a.text, a.signed_at, a.client_id)
            )
    return out


def _leaders(session: Session, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Leader names per session, primary first. Chunked for SQLite's parameter limit."""
    out: dict[uuid.UUID, list[str]] = defaultdict(list)
    for part in chunked(session_ids):
        for row in session.execute(
            select(SessionLeader.session_id, Staff.full_name)
            .join(Staff, Staff.id == SessionLeader.staff_id)
            .where(SessionLeader.session_id.in_(part))
            .order_by(SessionLeader.is_primary.desc(), SessionLeader.created_at)
        ):
            out[row.session_id].append(row.full_name)
    return out


def _signatures(
    session: Session, session_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[SignatureView]]:
    out: dict[uuid.UUID, list[SignatureView]] = defaultdict(list)
    for part in chunked(session_ids):
        for s in session.execute(
            select(Signature).where(Signature.session_id.in_(part)).order_by(Signature.signed_at)
        ).scalars():
            out[s.session_id].append(
                SignatureView(
                    s.printed_name, s.role_label, SignatureMeaning(s.meaning), s.signed_at
                )
            )
    return out


def attendance_counts(session: Session, client_id: uuid.UUID) -> AttendanceCounts:
    """Counts of each attendance status over the client's COMPLETED sessions (one query)."""

    def count(status: AttendanceStatus) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((Enrolment.attendance == status, 1), else_=0)), 0)

    row = session.execute(
        select(*(count(s).label(s.value) for s in AttendanceStatus))
        .join(GroupSession, GroupSession.id == Enrolment.session_id)
        .where(
            Enrolment.client_id == client_id,
            Enrolment.withdrawn_at.is_(None),
            GroupSession.status == SessionStatus.COMPLETED,
        )
    ).one()
    values = {s: int(getattr(row, s.value)) for s in AttendanceStatus}
    return AttendanceCounts(
        present=values[AttendanceStatus.PRESENT],
        absent=values[AttendanceStatus.ABSENT],
        excused=values[AttendanceStatus.EXCUSED],
        late=values[AttendanceStatus.LATE],
        left_early=values[AttendanceStatus.LEFT_EARLY],
        attended=sum(v for s, v in values.items() if s.attended),
        total=sum(values.values()),
    )


@dataclass(frozen=True, slots=True)
class GroupAttendanceCounts:
    """A client's attendance counts in one group's completed sessions (Kipu: "the
    number of times the patient was marked present or absent for each group")."""

    group_id: uuid.UUID | None  # None: sessions that belong to no group
    group_name: str
    counts: AttendanceCounts


def attendance_counts_by_group(
    session: Session, client_id: uuid.UUID
) -> tuple[GroupAttendanceCounts, ...]:
    """``attendance_counts`` for each group, by group name (one query)."""

    def count(status: AttendanceStatus) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((Enrolment.attendance == status, 1), else_=0)), 0)

    rows = session.execute(
        select(
            GroupSession.group_id,
            ClientGroup.name,
            *(count(s).label(s.value) for s in AttendanceStatus),
        )
        .join(GroupSession, GroupSession.id == Enrolment.session_id)
        .outerjoin(ClientGroup, ClientGroup.id == GroupSession.group_id)
        .where(
            Enrolment.client_id == client_id,
            Enrolment.withdrawn_at.is_(None),
            GroupSession.status == SessionStatus.COMPLETED,
        )
        .group_by(GroupSession.group_id, ClientGroup.name)
    ).all()
    out = []
    for row in rows:
        values = {s: int(getattr(row, s.value)) for s in AttendanceStatus}
        out.append(
            GroupAttendanceCounts(
                row.group_id,
                row.name or "",
                AttendanceCounts(
                    present=values[AttendanceStatus.PRESENT],
                    absent=values[AttendanceStatus.ABSENT],
                    excused=values[AttendanceStatus.EXCUSED],
                    late=values[AttendanceStatus.LATE],
                    left_early=values[AttendanceStatus.LEFT_EARLY],
                    attended=sum(v for s, v in values.items() if s.attended),
                    total=sum(values.values()),
                ),
            )
        )
    # Named groups by name, then the sessions of no group.
    return tuple(sorted(out, key=lambda g: (g.group_id is None, g.group_name.casefold())))
