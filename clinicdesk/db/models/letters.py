"""Issue 17: consent to be named to the other members, and letters to a group."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, UUIDPrimaryKey, Versioned, utcnow
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.enums import ConsentStatus, Visibility


class MembershipConsent(UUIDPrimaryKey, Versioned, Base):
    """One membership's consent to be named to the other members; no row = not asked.

    Per membership (one stay): a client who leaves and rejoins is asked again.
    """

    __tablename__ = "membership_consent"

    membership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_membership.id"), unique=True)
    status: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus, "consent_status"))
    recorded_on: Mapped[date]
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))


class GroupLetter(UUIDPrimaryKey, Base):
    """One letter written to a group; each member's personalised copy is a file entry
    (``client_file_entry`` via ``group_action_id``)."""

    __tablename__ = "group_letter"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_group.id"), index=True)
    group_action_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_action.id"), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # The group's visibility when it was sent: what the copies were allowed to reveal.
    visibility: Mapped[Visibility] = mapped_column(enum_column(Visibility, "letter_visibility"))
    recipient_count: Mapped[int] = mapped_column(Integer)
    privacy_override_reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PrivacyOverride(UUIDPrimaryKey, Base):
    """A signer who signed although the privacy check found other attendees' names.

    The reason is kept here (it is free text and may itself name someone), never in
    the audit log, which records only the row's id and the number of hits.
    """

    __tablename__ = "privacy_override"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_session.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    hit_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
