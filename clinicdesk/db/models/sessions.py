"""Group sessions: templates, schedules, session instances, attendance, signatures.

Session times (``starts_at``) are the clinic's local wall-clock time, stored naive on
purpose: "Tuesdays at 10:00" must stay 10:00 across daylight-saving changes. Every
other instant in the database is UTC.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, Timestamps, UUIDPrimaryKey, Versioned, utcnow
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.enums import (
    AttendanceStatus,
    EnrolmentSource,
    SessionStatus,
    SignatureMeaning,
)

LocalDateTime = DateTime(timezone=False)


class SessionTemplate(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "session_template"
    __table_args__ = (
        CheckConstraint("duration_minutes BETWEEN 5 AND 720", name="duration_range"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client_group.id"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ScheduleTemplate(UUIDPrimaryKey, Versioned, Base):
    """A recurring treatment schedule: weekly occurrences repeated for ``weeks`` weeks."""

    __tablename__ = "schedule_template"
    __table_args__ = (CheckConstraint("weeks BETWEEN 1 AND 104", name="weeks_range"),)

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    weeks: Mapped[int] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ScheduleOccurrence(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "schedule_occurrence"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        UniqueConstraint("schedule_template_id", "weekday", "start_time", "session_template_id"),
    )

    schedule_template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("schedule_template.id", ondelete="CASCADE"), index=True
    )
    session_template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session_template.id"))
    weekday: Mapped[int] = mapped_column(SmallInteger)  # Monday = 0, as date.weekday()
    start_time: Mapped[time] = mapped_column(Time)


class ScheduleAssignment(UUIDPrimaryKey, Timestamps, Base):
    """A schedule assigned from a start date, to chosen clients or to a whole group."""

    __tablename__ = "schedule_assignment"

    schedule_template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("schedule_template.id"), index=True
    )
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client_group.id"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    ended_at: Mapped[datetime | None]


class GroupSession(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "group_session"
    __table_args__ = (
        CheckConstraint("duration_minutes BETWEEN 5 AND 720", name="duration_range"),
        UniqueConstraint("session_template_id", "starts_at"),
        Index("ix_group_session_starts_at", "starts_at"),
        Index("ix_group_session_status_starts", "status", "starts_at"),
    )

    session_template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session_template.id"))
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client_group.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(LocalDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    status: Mapped[SessionStatus] = mapped_column(
        enum_column(SessionStatus, "session_status"), default=SessionStatus.UPCOMING
    )
    group_note: Mapped[str] = mapped_column(Text, default="")
    # Late documentation: the date the session really took place when it differs.
    documented_date: Mapped[date | None]
    documented_date_reason: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None]
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    cancelled_at: Mapped[datetime | None]
    # sha256 of the documented content at the moment the session was locked.
    content_hash: Mapped[str | None] = mapped_column(String(64))


class AssignmentSession(Base):
    """Which sessions an assignment created or reused.

    Lets a group assignment enrol later joiners even when nobody was enrolled at
    assignment time, and keeps working when the schedule template is edited later.
    """

    __tablename__ = "assignment_session"

    assignment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("schedule_assignment.id"), primary_key=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group_session.id"), primary_key=True, index=True
    )


class SessionLeader(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "session_leader"
    __table_args__ = (UniqueConstraint("session_id", "staff_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_session.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class Enrolment(UUIDPrimaryKey, Versioned, Base):
    """A client on a session's roster, with their attendance and individual note."""

    __tablename__ = "enrolment"
    __table_args__ = (
        UniqueConstraint("session_id", "client_id"),
        Index("ix_enrolment_client", "client_id", "session_id"),
        CheckConstraint(
            "minutes_attended IS NULL OR (minutes_attended >= 0 AND minutes_attended <= 1440"
            " AND attendance IN ('late', 'left_early'))",
            name="minutes_attended_valid",
        ),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_session.id"))
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"))
    source: Mapped[EnrolmentSource] = mapped_column(enum_column(EnrolmentSource, "enrol_source"))
    assignment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("schedule_assignment.id"), index=True
    )
    withdrawn_at: Mapped[datetime | None]
    attendance: Mapped[AttendanceStatus | None] = mapped_column(
        enum_column(AttendanceStatus, "attendance")
    )
    individual_note: Mapped[str] = mapped_column(Text, default="")
    # Revision 0005: minutes a late or early-leaving client actually attended.
    minutes_attended: Mapped[int | None] = mapped_column(Integer)


class Signature(UUIDPrimaryKey, Base):
    """A signer's attestation. ``content_hash`` seals what was signed."""

    __tablename__ = "signature"
    __table_args__ = (UniqueConstraint("session_id", "staff_id", "meaning"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_session.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    meaning: Mapped[SignatureMeaning] = mapped_column(enum_column(SignatureMeaning, "meaning"))
    printed_name: Mapped[str] = mapped_column(String(200))
    role_label: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64))


class Addendum(UUIDPrimaryKey, Base):
    """A signed correction added to a locked session; the original stays intact."""

    __tablename__ = "addendum"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_session.id"), index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    printed_name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64))
