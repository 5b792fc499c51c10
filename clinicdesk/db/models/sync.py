"""Offline laptops and their sync (issue 15; docs/SYNC.md).

On the clinic server: ``sync_device`` (a laptop registered to one user; revocable),
``sync_applied`` (every offline action the server replayed, written in the same
transaction as the replayed change — what makes replay idempotent) and
``sync_conflict`` (every refused action with both sides, until a person decides).
On the laptop copy: ``sync_outbox`` (each offline action, written in the same
transaction as the change it records), ``sync_state`` (one row: which server, user,
device, when last synced) and ``sync_conflict`` again (the conflicts of this device).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, utcnow
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.sync_rules import OutboxStatus, Resolution


class SyncDevice(Base):
    """A laptop registered to one user. Revoked: it can no longer sync."""

    __tablename__ = "sync_device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sync_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    # The laptop's own audit entries up to this sequence number reached the server.
    audit_chain_id: Mapped[str | None] = mapped_column(String(36))
    audit_received_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncApplied(Base):
    """One offline action the server replayed (written with the replayed change)."""

    __tablename__ = "sync_applied"

    action_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_device.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(64))
    done_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The versions the replayed change left (so later actions of the same laptop find
    # the server's numbering after a resumed sync).
    result: Mapped[dict] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """A refused offline action with both sides, kept until a person resolves it."""

    __tablename__ = "sync_conflict"

    action_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_device.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(64))
    session_id: Mapped[uuid.UUID | None]
    client_id: Mapped[uuid.UUID | None]
    arguments: Mapped[dict] = mapped_column(JSON, default=dict)
    mine: Mapped[dict] = mapped_column(JSON, default=dict)
    theirs: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text)
    done_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolution: Mapped[Resolution | None] = mapped_column(enum_column(Resolution, "resolution"))
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[uuid.UUID | None]


class SyncOutbox(Base):
    """One user action done on the laptop copy, waiting for the server (laptop only)."""

    __tablename__ = "sync_outbox"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the action's unique id
    seq: Mapped[int] = mapped_column(Integer, unique=True)  # the order it was done in
    audit_seq: Mapped[int] = mapped_column(Integer)  # the laptop audit entry it records
    action: Mapped[str] = mapped_column(String(64))
    arguments: Mapped[dict] = mapped_column(JSON, default=dict)
    # Versions the action saw before it ran and left after, keyed "kind:id[:client]".
    seen: Mapped[dict] = mapped_column(JSON, default=dict)
    made: Mapped[dict] = mapped_column(JSON, default=dict)
    staff_id: Mapped[uuid.UUID]
    device_id: Mapped[uuid.UUID]
    done_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[OutboxStatus] = mapped_column(
        enum_column(OutboxStatus, "outbox_status"), default=OutboxStatus.PENDING
    )
    answered_at: Mapped[datetime | None]


class SyncState(Base):
    """The laptop copy's one row: whose copy it is, of which server, how fresh."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    server_url: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[uuid.UUID]
    username: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[uuid.UUID]
    days: Mapped[int] = mapped_column(Integer)
    set_up_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sync_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


__all__ = ["SyncApplied", "SyncConflict", "SyncDevice", "SyncOutbox", "SyncState"]
