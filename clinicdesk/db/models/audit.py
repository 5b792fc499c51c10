"""The audit log and clinic-wide settings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, Versioned, utcnow
from clinicdesk.db.models.staff import enum_column
from clinicdesk.domain.enums import AuditOutcome


class AuditEntry(Base):
    """Append-only and hash-chained: each entry's hash covers the previous hash.

    The key is a gap-free sequence number rather than a UUID because the chain *is*
    an order; a missing or reordered number is itself evidence of tampering.
    """

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"), index=True)
    outcome: Mapped[AuditOutcome] = mapped_column(enum_column(AuditOutcome, "outcome"))
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON, no names
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the chain's tip. Locking it serialises appends on PostgreSQL.

    ``key_id`` names the HMAC key (kept outside the database) that chains every entry
    from ``keyed_from`` on; earlier entries (a clinic created before the keyed chain)
    keep the plain SHA-256 chain. ``chain_id`` identifies this log for the checkpoints
    workstations keep of it. All three are set by the first write after revision 0003.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    last_hash: Mapped[str] = mapped_column(String(64))
    chain_id: Mapped[str | None] = mapped_column(String(36))
    key_id: Mapped[str | None] = mapped_column(String(16))
    keyed_from: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))


class AuditCheckpoint(Base):
    """A checkpoint of the chain's head, written with every write transaction on
    PostgreSQL: insert-only (trigger, and no UPDATE/DELETE/TRUNCATE privilege), and
    signed with the audit key, so a rewound or truncated log stands out against it.

    (On SQLite it would sit in the very file it guards; there each workstation's own
    checkpoint file does this job, ``services.audit_checkpoints``.)
    """

    __tablename__ = "audit_checkpoint"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), index=True)
    hash: Mapped[str] = mapped_column(String(64))
    chain_id: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(16))
    keyed_from: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    workstation: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class ClinicSetting(Versioned, Base):
    """A clinic-wide setting; values are JSON so each keeps its type."""

    __tablename__ = "clinic_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = ["AuditCheckpoint", "AuditEntry", "AuditHead", "ClinicSetting"]
