"""The audit log: append-only, hash-chained, and checked by ``verify``.

Every entry's hash covers its own fields and the previous entry's hash, so editing,
deleting or reordering any entry breaks the chain from that point on. Entries hold
ids and counts, never names (health data stays out of the log).

An action on many clients (10,000 added to a group) writes one entry per client, so a
client's history finds it; ``record_per_client`` builds such a batch without an event
object per client and hashes each entry's canonical text assembled from the parts the
batch shares — the same text, and the same chain, as one ``record`` per client.
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
    ":"), ensure_ascii=False)`` gives, written out directly because ``verify`` runs it
    once per entry. ``record_many`` and ``record_per_client`` assemble the same text from
    parts shared by a batch (``_shape``); tests/services/test_audit.py pins all of them
    to ``json.dumps``."""
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


_COLUMNS = (
    "seq",
    "action",
    "entity_type",
    "entity_id",
    "client_id",
    "outcome",
    "details",
    "prev_hash",
    "hash",
)


def _shape(
    batch_head: str,
    action: str,
    entity_type: str,
    entity_id: str | None,
    outcome: AuditOutcome,
    details: str,
) -> tuple[str, str]:
    """The canonical text of an entry around its client: (``,at,staff,action,type,id,``,
    ``,outcome,details]``). With ``[seq`` before and the client between, it is exactly
    ``_canonical``; entries of one bulk action share both parts."""
    return (
        f"{batch_head}{_quote(action)},{_quote(entity_type)},"
        f"{'null' if entity_id is None else _quote(entity_id)},",
        f",{_quote(AuditOutcome(outcome).value)},{_quote(details)}]",
    )


def _start(session: Session, staff_id: uuid.UUID | None) -> tuple[AuditHead, datetime, str, bool]:
    """Lock the chain's head; the batch's time, its shared canonical prefix, and whether
    client ids go to the driver as hex (SQLite) or as UUIDs (PostgreSQL)."""
    head = _lock_head(session)
    at = utcnow()
    batch_head = (
        f",{_quote(at.isoformat(timespec='microseconds'))},"
        f"{_quote(str(staff_id)) if staff_id else 'null'},"
    )
    return head, at, batch_head, session.connection().dialect.name == "sqlite"


def _finish(
    session: Session,
    head: AuditHead,
    staff_id: uuid.UUID | None,
    at: datetime,
    rows: list[tuple[object, ...]],
    constants: Mapping[str, object],
) -> int:
    """Write the rows (one executemany at driver speed; client ids already in the
    driver's form, values shared by the batch converted once) and move the head."""
    varying = tuple(c for c in _COLUMNS if c not in constants)
    insert_rows(
        session,
        AuditEntry.__table__,
        varying,
        rows,
        constants={**constants, "at": at, "staff_id": staff_id},
        prepared=("client_id",),
    )
    head.last_seq, head.last_hash = rows[-1][0], rows[-1][-1]
    session.flush()
    return len(rows)


def record_many(session: Session, staff_id: uuid.UUID | None, events: Iterable[AuditEvent]) -> int:
    """Append events in order inside the caller's transaction; returns how many."""
    events = list(events)
    if not events:
        return 0
    head, at, batch_head, sqlite = _start(session, staff_id)
    seq, prev = head.last_seq, head.last_hash
    sha256 = hashlib.sha256
    rows: list[tuple[object, ...]] = []
    shape: tuple[object, ...] | None = None
    before = after = details = ""
    last_details: object = None
    for event in events:
        seq += 1
        if event.details is not last_details or last_details is None:
            # Bulk actions share one details mapping across the batch: encode it once.
            last_details = event.details
            details = _DETAILS(dict(event.details or {}))
            shape = None
        this_shape = (event.action, event.entity_type, event.entity_id, event.outcome)
        if this_shape != shape:
            shape = this_shape
            before, after = _shape(batch_head, *this_shape, details)
        client = event.client_id
        if client is None:
            client_text, client_value = "null", None
        else:
            if type(client) is not uuid.UUID:
                client = uuid.UUID(str(client))
            h = f"{client.int:032x}"  # UUID.hex, and str(UUID) below, from one format
            client_text = f'"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"'
            client_value = h if sqlite else client
        digest = sha256(f"{prev}[{seq}{before}{client_text}{after}".encode()).hexdigest()
        rows.append(
            (
                seq,
                event.action,
                event.entity_type,
                event.entity_id,
                client_value,
                event.outcome,
                details,
                prev,
                digest,
            )
        )
        prev = digest
    return _finish(session, head, staff_id, at, rows, {})


def record_per_client(
    session: Session,
    staff_id: uuid.UUID | None,
    action: str,
    entity_type: str,
    entity_id: object | None,
    client_ids: Iterable[uuid.UUID],
    *,
    details: Mapping[str, object] | None = None,
) -> int:
    """One entry per client (in order) for one action that touched many clients — e.g.
    10,000 "added to group G" entries — inside the caller's transaction.

    The same entries ``record_many`` writes for the same events, each in the hash chain
    and each findable by its client, but built without an event object per client: the
    canonical text of every entry is the shared shape around its sequence number and
    client, and what the entries share goes to the database once.
    """
    head, at, batch_head, sqlite = _start(session, staff_id)
    entity = str(entity_id) if entity_id else None
    details_text = _DETAILS(dict(details or {}))
    before, after = _shape(batch_head, action, entity_type, entity, AuditOutcome.OK, details_text)
    seq, prev = head.last_seq, head.last_hash
    sha256 = hashlib.sha256
    rows: list[tuple[object, ...]] = []
    append = rows.append
    for client in client_ids:
        seq += 1
        if type(client) is not uuid.UUID:
            client = uuid.UUID(str(client))
        h = f"{client.int:032x}"  # UUID.hex, and str(UUID) below, from one format
        digest = sha256(
            f'{prev}[{seq}{before}"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"{after}'.encode()
        ).hexdigest()
        append((seq, h if sqlite else client, prev, digest))
        prev = digest
    if not rows:
        return 0
    shared = {
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity,
        "outcome": AuditOutcome.OK,
        "details": details_text,
    }
    return _finish(session, head, staff_id, at, rows, shared)


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
