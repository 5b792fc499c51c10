"""Work asked of someone: a reviewer's request that a signed session get an addendum."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, UUIDPrimaryKey, utcnow


class AddendumRequest(UUIDPrimaryKey, Base):
    """ "Please add an addendum": asked of a signed session's leaders.

    Never updated or deleted: the request is answered once one of the session's leaders
    signs an addendum after ``requested_at`` (``services.my_work`` reads it that way).
    """

    __tablename__ = "addendum_request"
    __table_args__ = (Index("ix_addendum_request_session", "session_id", "requested_at"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("group_session.id"))
    requested_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
