"""Client groups: members with history, actors, access grants, and group actions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, Timestamps, UUIDPrimaryKey, Versioned, utcnow
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.enums import GroupActionKind, GroupKind, Visibility, WaitlistOutcome


class ClientGroup(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "client_group"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        # A removed group frees its name; removal keeps the row and all history.
        Index(
            "uq_client_group_live_name",
            "name_key",
            unique=True,
            sqlite_where=text("removed_at IS NULL"),
            postgresql_where=text("removed_at IS NULL"),
        ),
    )

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[GroupKind] = mapped_column(
        enum_column(GroupKind, "group_kind"), default=GroupKind.THERAPY
    )
    visibility: Mapped[Visibility] = mapped_column(
        enum_column(Visibility, "visibility"), default=Visibility.HIDDEN
    )
    capacity: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    removed_at: Mapped[datetime | None]


class GroupMembership(UUIDPrimaryKey, Timestamps, Base):
    """One stay of a client in a group; leaving closes the row, never deletes it."""

    __tablename__ = "group_membership"
    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
        Index(
            "uq_group_membership_current",
            "group_id",
            "client_id",
            unique=True,
            sqlite_where=text("left_on IS NULL"),
            postgresql_where=text("left_on IS NULL"),
        ),
        Index("ix_group_membership_client", "client_id", "group_id"),
        # A group's stays, past and present (revision 0004: outcome comparisons ask
        # "was this client a member on that date?" per group).
        Index("ix_group_membership_group", "group_id", "client_id", "joined_on", "left_on"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_group.id"))
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"))
    joined_on: Mapped[date]
    left_on: Mapped[date | None]
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class GroupActor(UUIDPrimaryKey, Timestamps, Base):
    """Staff who co-manage a group. Being an actor grants no access to member files."""

    __tablename__ = "group_actor"
    __table_args__ = (UniqueConstraint("group_id", "staff_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_group.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)


class GroupAccessGrant(UUIDPrimaryKey, Timestamps, Base):
    """Seed 002: a practitioner allocated to a client group reaches its members' files."""

    __tablename__ = "group_access_grant"
    __table_args__ = (UniqueConstraint("group_id", "staff_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_group.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    granted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Document(UUIDPrimaryKey, Timestamps, Base):
    """A shared file, stored in the database so every workstation sees it."""

    __tablename__ = "document"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_nonnegative"),)

    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class GroupAction(UUIDPrimaryKey, Base):
    """Something done once on a group and written into every current member's file."""

    __tablename__ = "group_action"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_group.id"), index=True)
    kind: Mapped[GroupActionKind] = mapped_column(enum_column(GroupActionKind, "action_kind"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("document.id"))
    recipient_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Revision 0005: a retracted action leaves the group's active list, stays in history.
    retracted_at: Mapped[datetime | None]
    retracted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    retraction_reason: Mapped[str | None] = mapped_column(Text)


class ClientFileEntry(UUIDPrimaryKey, Base):
    """An item in a client's file: shared document, program, activity, objective, note.

    Entries are never deleted; ``retracted_at`` hides one while keeping its history.
    """

    __tablename__ = "client_file_entry"
    __table_args__ = (
        Index("ix_client_file_entry_client", "client_id", "created_at"),
        # Revision 0005: a retraction says when, by whom and why — all three or none.
        CheckConstraint(
            "(retracted_at IS NULL AND retracted_by_id IS NULL AND retraction_reason IS NULL)"
            " OR (retracted_at IS NOT NULL AND retracted_by_id IS NOT NULL"
            " AND retraction_reason IS NOT NULL AND retraction_reason <> '')",
            name="retraction_complete",
        ),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"))
    kind: Mapped[GroupActionKind] = mapped_column(enum_column(GroupActionKind, "entry_kind"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("document.id"))
    group_action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("group_action.id"), index=True
    )
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retracted_at: Mapped[datetime | None]
    retracted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    retraction_reason: Mapped[str | None] = mapped_column(Text)


class WaitlistEntry(UUIDPrimaryKey, Timestamps, Base):
    """A client waiting for a place in a group (revision 0005). Not a membership.

    Order: ``priority`` (higher first; a manager sets it with a reason), then
    ``added_at``. Leaving the list closes the row (``closed_at`` + ``outcome``: joined,
    removed); it is never deleted, so how long someone waited stays known.
    """

    __tablename__ = "waitlist_entry"
    __table_args__ = (
        Index(
            "uq_waitlist_entry_waiting",
            "group_id",
            "client_id",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
        Index("ix_waitlist_entry_order", "group_id", "closed_at", "priority", "added_at"),
        CheckConstraint(
            "(closed_at IS NULL AND outcome IS NULL) OR "
            "(closed_at IS NOT NULL AND outcome IS NOT NULL)",
            name="closed_pair",
        ),
        CheckConstraint("priority >= 0 AND priority <= 9", name="priority_range"),
        CheckConstraint(
            "priority = 0 OR (priority_reason IS NOT NULL AND priority_reason <> '')",
            name="priority_reason",
        ),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_group.id"))
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    added_at: Mapped[datetime]
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    priority_reason: Mapped[str | None] = mapped_column(Text)
    priority_set_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    offered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    outcome: Mapped[WaitlistOutcome | None] = mapped_column(
        enum_column(WaitlistOutcome, "waitlist_outcome")
    )
