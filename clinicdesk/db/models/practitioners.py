"""Practitioner groups: named subsets of staff that restrict file access."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, Timestamps, UUIDPrimaryKey, Versioned


class PractitionerGroup(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "practitioner_group"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)


class PractitionerGroupMember(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "practitioner_group_member"
    __table_args__ = (UniqueConstraint("practitioner_group_id", "staff_id"),)

    practitioner_group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("practitioner_group.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)


class PractitionerGroupAdmin(UUIDPrimaryKey, Timestamps, Base):
    """A clinic admin assigned to a group manages only that group's practitioners."""

    __tablename__ = "practitioner_group_admin"
    __table_args__ = (UniqueConstraint("practitioner_group_id", "staff_id"),)

    practitioner_group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("practitioner_group.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
