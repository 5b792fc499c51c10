"""Clients and their care team."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, Timestamps, UUIDPrimaryKey, Versioned
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.enums import CareRole, ClientStatus


class Client(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_name_key_dob", "name_key", "date_of_birth"),
        Index("ix_client_sort", "last_name_key", "first_name_key"),
    )

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[date | None]
    record_number: Mapped[str | None] = mapped_column(String(50), unique=True)
    status: Mapped[ClientStatus] = mapped_column(
        enum_column(ClientStatus, "client_status"), default=ClientStatus.ACTIVE
    )
    # Normalised (casefolded, accents stripped) copies for search and sorting; kept in
    # step by the client service so search stays an indexed, database-side query.
    search_text: Mapped[str] = mapped_column(String(500), index=True)
    name_key: Mapped[str] = mapped_column(String(250))
    first_name_key: Mapped[str] = mapped_column(String(100))
    last_name_key: Mapped[str] = mapped_column(String(100))


class CareTeamMember(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "care_team_member"
    __table_args__ = (UniqueConstraint("client_id", "staff_id"),)

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    care_role: Mapped[CareRole] = mapped_column(enum_column(CareRole, "care_role"))


class CareTeamPeriod(UUIDPrimaryKey, Base):
    """One stretch of one person in one care role for one client: the care team's
    history. ``care_team_member`` is the current team (what access reads); a change
    closes the old period (``ended_at``) and opens a new one — nothing is deleted."""

    __tablename__ = "care_team_period"
    __table_args__ = (
        Index("ix_care_team_period_client", "client_id", "started_at"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="period_order"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    care_role: Mapped[CareRole] = mapped_column(enum_column(CareRole, "care_role"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
