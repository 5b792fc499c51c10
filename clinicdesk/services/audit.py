"""The audit log: append-only, hash-chained, and checked by ``verify``.

Every entry's hash covers its own fields and the previous entry's hash, so editing,
deleting or reordering any entry breaks the chain from that point on. Entries hold
ids and counts, never names (health data stays out of the log).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.base import utcnow
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.models import AuditEntry, AuditHead
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.domain.errors import PermissionDenied

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEvent:
    action: str
    entity_type: str
    entity_id: str | None = None
    client_id: uuid.UUID | None = None
    details: Mapping[str, object] | None = None
    outcome: AuditOutcome = AuditOutcome.OK


# Built once: json.dumps with options builds a new encoder per call, which at 10,000
# entries a batch costs as much as hashing them. Same output.
_DETAILS = json.JSONEncoder(
    sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False
).encode
_quote = json.encoder.encode_basestring  # a JSON string literal, as the encoder writes it


def _canonical(
    seq: int, at: datetime | str, staff_id: uuid.UUID | None, event: AuditEvent, details: str
) -> str:
    """The JSON array ``[seq, at, staff, action, entity type, entity id, client, outcome,
    details]`` with no spaces — byte for byte what ``json.dumps(..., separators=(",",
    ":"), ensure_ascii=False)`` gives, written out directly because this runs once per
    audit entry (10,000 for a bulk add)."""
    at_text = at if isinstance(at, str) else at.isoformat(timespec="microseconds")
    return (
        f"[{seq},{_quote(at_text)},{_quote(str(staff_id)) if staff_id else 'null'},"
        f"{_quote(event.action)},{_quote(event.entity_type)},"
        f"{'null' if event.entity_id is None else _quote(event.entity_id)},"
        f"{_quote(str(event.client_id)) if event.client_id else 'null'},"
        f"{_quote(event.outcome.value)},{_quote(details)}]"
    )


def chain_hash(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _lock_head(session: Session) -> AuditHead:
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_seq=0, last_hash=GENESIS_HASH)
        session.add(head)
        session.flush()
    return head


def record_many(session: Session, staff_id: uuid.UUID | None, events: Iterable[AuditEvent]) -> int:
    """Append events in order inside the caller's transaction; returns how many."""
    events = list(events)
    if not events:
        return 0
    head = _lock_head(session)
    seq, prev = head.last_seq, head.last_hash
    at = utcnow()
    at_text = at.isoformat(timespec="microseconds")
    rows = []
    last_details: object = None
    details = ""
    for event in events:
        seq += 1
        if event.details is not last_details or last_details is None:
            # Bulk actions share one details mapping across the batch: encode it once.
            last_details = event.details
            details = _DETAILS(dict(event.details or {}))
        digest = chain_hash(prev, _canonical(seq, at_text, staff_id, event, details))
        rows.append(
            (
                seq,
                event.action,
                event.entity_type,
                event.entity_id,
                event.client_id,
                event.outcome,
                details,
                prev,
                digest,
            )
        )
        prev = digest
    # Set-based: one executemany however large the batch, at driver speed (the
    # timestamp and actor are the same for the whole batch and converted once).
    insert_rows(
        session,
        AuditEntry.__table__,
        (
            "seq",
            "action",
            "entity_type",
            "entity_id",
            "client_id",
            "outcome",
            "details",
            "prev_hash",
            "hash",
        ),
        rows,
        constants={"at": at, "staff_id": staff_id},
    )
    head.last_seq, head.last_hash = seq, prev
    session.flush()
    return len(rows)


def record(
    session: Session,
    staff_id: uuid.UUID | None,
    action: str,
    entity_type: str,
    entity_id: object | None = None,
    *,
    client_id: uuid.UUID | None = None,
    details: Mapping[str, object] | None = None,
    outcome: AuditOutcome = AuditOutcome.OK,
) -> None:
    """Append one entry inside the caller's transaction."""
    record_many(
        session,
        staff_id,
        [
            AuditEvent(
                action,
                entity_type,
                str(entity_id) if entity_id else None,
                client_id,
                details,
                outcome,
            )
        ],
    )


def record_refusal(session: Session, staff_id: uuid.UUID | None, denied: PermissionDenied) -> None:
    client_id = uuid.UUID(str(denied.client_id)) if denied.client_id else None
    record(
        session,
        staff_id,
        denied.action or "refused",
        denied.entity_type or "unknown",
        denied.entity_id,
        client_id=client_id,
        outcome=AuditOutcome.DENIED,
        details={"reason": denied.message},
    )


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_seq: int | None
    problem: str | None


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the whole chain; the first broken link is reported with its sequence number."""
    expected_seq, prev, count = 1, GENESIS_HASH, 0
    last_seen = 0
    while True:
        rows = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.seq > last_seen)
                .order_by(AuditEntry.seq)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            break
        for row in rows:
            if row.seq != expected_seq:
                return ChainReport(
                    count, False, expected_seq, f"entry {expected_seq} is missing or out of order"
                )
            event = AuditEvent(
                row.action,
                row.entity_type,
                row.entity_id,
                row.client_id,
                None,
                AuditOutcome(row.outcome),
            )
            digest = chain_hash(prev, _canonical(row.seq, row.at, row.staff_id, event, row.details))
            if row.prev_hash != prev or row.hash != digest:
                return ChainReport(count, False, row.seq, f"entry {row.seq} was altered")
            prev = row.hash
            expected_seq += 1
            count += 1
            last_seen = row.seq
        session.expunge_all()
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_seq != count or head.last_hash != prev):
        return ChainReport(count, False, count + 1, "entries at the end of the log were removed")
    return ChainReport(count, True, None, None)
