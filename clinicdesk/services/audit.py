"""The audit log: append-only, keyed hash chain, checked by ``verify``.

Every entry's hash covers its own fields and the previous entry's hash, so editing,
deleting or reordering any entry breaks the chain from that point on. Entries hold
ids and counts, never names (health data stays out of the log).

The chain is keyed: from the first write after schema revision 0003 on
(``audit_head.keyed_from``) each link is HMAC-SHA256 under the clinic's audit key,
which is not in the database (``audit_key``) — someone holding the database file cannot
recompute the chain after removing or editing an entry. Entries written before the
cut-over keep the plain SHA-256 link (an older clinic's history); the first keyed entry
covers their last hash, so rewriting them also needs the key, unless the cut-over
itself is moved — which the checkpoints catch. The checkpoints (``audit_checkpoints``:
each workstation's own file, and on PostgreSQL the insert-only ``audit_checkpoint``
table) record the head outside the log after every write transaction, so a log cut
short or wound back is caught too. docs/RELIABILITY.md lists exactly what is and is
not detected.

An action on many clients (10,000 added to a group) writes one entry per client, so a
client's history finds it; ``record_per_client`` builds such a batch without an event
object per client and hashes each entry's canonical text assembled from the parts the
batch shares — the same text, and the same chain, as one ``record`` per client.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import event as sa_event
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db.bulk import insert_rows
from clinicdesk.db.models import AuditCheckpoint, AuditEntry, AuditHead
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.domain.errors import DatabaseError, PermissionDenied
from clinicdesk.services import audit_checkpoints, audit_key
from clinicdesk.services.audit_checkpoints import Checkpoint
from clinicdesk.services.audit_key import AuditKey
from clinicdesk.services.sql_types import table_of, url_of

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64


def check_vocabulary(action: object, entity_type: object) -> None:
    """Refuse a plain string: only the audit vocabulary may name an entry."""
    if not isinstance(action, AuditAction):
        raise TypeError(f"audit action must be an AuditAction, not {action!r}")
    if not isinstance(entity_type, AuditEntity):
        raise TypeError(f"audit entity type must be an AuditEntity, not {entity_type!r}")


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """An entry to write. Action and entity type come from ``audit_vocabulary``."""

    action: AuditAction
    entity_type: AuditEntity
    entity_id: str | None = None
    client_id: uuid.UUID | None = None
    details: Mapping[str, object] | None = None
    outcome: AuditOutcome = AuditOutcome.OK

    def __post_init__(self) -> None:
        check_vocabulary(self.action, self.entity_type)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An entry read back from the log, to re-hash: its names are whatever is stored
    (an entry written before a name was retired still verifies)."""

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
    seq: int,
    at: datetime | str,
    staff_id: uuid.UUID | None,
    event: AuditEvent | StoredEvent,
    details: str,
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
    """The plain (pre-key) link: SHA-256 of the previous hash and the canonical text.
    (The keyed link is HMAC-SHA256 of the same text under the audit key.)"""
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


# --- the key and the checkpoint of each write transaction --------------------------------

_KEY = "clinicdesk_audit_key"
_TIP = "clinicdesk_audit_tip"


@dataclass(slots=True)
class _Tip:
    """The head after this transaction's entries, checkpointed once it commits."""

    location: str
    chain_id: str
    key: AuditKey
    keyed_from: int
    seq: int
    hash: str
    advance: bool = True
    # The last entry itself (sync's replay hook recognises the service's entry by it).
    action: str = ""
    outcome: str = ""
    staff_id: uuid.UUID | None = None
    details: str = ""


def _chain_key(session: Session, head: AuditHead) -> AuditKey:
    """The log's key; a log not keyed yet is keyed from its next entry on."""
    cached: AuditKey | None = session.info.get(_KEY)
    if cached is not None and cached.id == head.key_id:
        return cached
    if head.key_id is None:
        key = audit_key.for_new_chain()
        head.key_id = key.id
        head.keyed_from = head.last_seq + 1
        head.chain_id = head.chain_id or str(uuid.uuid4())
        log.info("audit log keyed from entry %s with key %s", head.keyed_from, key.id)
    else:
        found = audit_key.find(head.key_id)
        if found is None:
            raise DatabaseError(audit_key.missing_message(head.key_id))
        key = found
    session.info[_KEY] = key
    return key


def _checkpoint(tip: _Tip, at: str) -> Checkpoint:
    text = audit_checkpoints.signed_text(
        tip.chain_id, tip.key.id, tip.keyed_from, tip.seq, tip.hash
    )
    return Checkpoint(
        tip.chain_id, tip.key.id, tip.keyed_from, tip.seq, tip.hash, at, tip.key.mac(text)
    )


def _may_advance(session: Session, tip: _Tip) -> bool:
    """Whether this workstation's checkpoint may move to ``tip``: only while the log
    still holds the last checkpoint unchanged. After a rewind or rewrite the checkpoint
    stays where the log was last seen intact — the evidence ``verify`` reports."""
    current = audit_checkpoints.read_local(tip.location)
    if current is None:
        return True
    if _identity_problem(current, tip.chain_id, tip.key.id, tip.keyed_from, tip.key):
        return False
    if current.seq >= tip.seq:
        return False
    held = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == current.seq))
    return held == current.hash


@sa_event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    tip = session.info.get(_TIP)
    if tip is None or session.in_nested_transaction():
        # A SAVEPOINT released inside a batch (``Database.batch``) commits nothing yet:
        # the head is checkpointed once, when the batch's transaction commits.
        return
    if session.get_bind().dialect.name == "postgresql":
        # One signed, insert-only checkpoint row per write transaction (same commit).
        cp = _checkpoint(tip, "")
        session.execute(
            insert(AuditCheckpoint).values(
                seq=tip.seq,
                hash=tip.hash,
                chain_id=tip.chain_id,
                key_id=tip.key.id,
                keyed_from=tip.keyed_from,
                at=clock.now(),
                workstation=platform.node()[:64] or "unknown",
                mac=cp.mac,
            )
        )
    tip.advance = _may_advance(session, tip)
    if not tip.advance:
        log.warning(
            "audit log at entry %s does not continue this workstation's checkpoint; "
            "the checkpoint is kept (run `clinicdesk audit verify`)",
            tip.seq,
        )


@sa_event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.info.pop(_KEY, None)
    session.info.pop(_HELD, None)
    tip = session.info.pop(_TIP, None)
    if tip is None or not tip.advance:
        return
    try:
        audit_checkpoints.write_local(
            tip.location, _checkpoint(tip, clock.now().isoformat(timespec="seconds"))
        )
    except OSError:
        # The entries are committed; a missed checkpoint only weakens detection until
        # the next write. Never fail the user's action for it.
        log.warning("could not write the audit checkpoint", exc_info=True)


@sa_event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint of a batch: ``Database.batch`` puts the head back as it was
    session.info.pop(_KEY, None)
    session.info.pop(_HELD, None)
    session.info.pop(_TIP, None)


_HELD = "clinicdesk_audit_head_held"


def hold_head(session: Session) -> None:
    """Lock the chain's head once for a batch of actions in one transaction (a sync):
    its savepoints then write entries without locking and reading the head again.
    Taken outside any savepoint, the lock lasts until the batch commits or rolls back;
    a savepoint rolled back expires the head, which then reads its values again."""
    session.info[_HELD] = _lock_head(session)


def _lock_head(session: Session) -> AuditHead:
    held = session.info.get(_HELD)
    if held is not None:
        return cast(AuditHead, held)
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


def _start(
    session: Session, staff_id: uuid.UUID | None
) -> tuple[AuditHead, datetime, str, bool, Callable[[bytes], str]]:
    """Lock the chain's head; the batch's time, its shared canonical prefix, whether
    client ids go to the driver as hex (SQLite) or as UUIDs (PostgreSQL), and the keyed
    link function (HMAC-SHA256 under the log's key)."""
    head = _lock_head(session)
    digest = _chain_key(session, head).hasher()
    at = clock.now()
    batch_head = (
        f",{_quote(at.isoformat(timespec='microseconds'))},"
        f"{_quote(str(staff_id)) if staff_id else 'null'},"
    )
    return head, at, batch_head, session.connection().dialect.name == "sqlite", digest


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
        table_of(AuditEntry),
        varying,
        rows,
        constants={**constants, "at": at, "staff_id": staff_id},
        prepared=("client_id",),
    )
    head.last_seq, head.last_hash = cast(int, rows[-1][0]), cast(str, rows[-1][-1])
    session.flush()
    last = {**dict(zip(varying, rows[-1], strict=True)), **constants}
    session.info[_TIP] = _Tip(
        audit_checkpoints.location_of(url_of(session)),
        head.chain_id or "",
        session.info[_KEY],
        head.keyed_from or 1,
        head.last_seq,
        head.last_hash,
        action=str(last["action"]),
        outcome=AuditOutcome(cast(str, last["outcome"])).value,
        staff_id=staff_id,
        details=str(last["details"]),
    )
    return len(rows)


def record_many(session: Session, staff_id: uuid.UUID | None, events: Iterable[AuditEvent]) -> int:
    """Append events in order inside the caller's transaction; returns how many."""
    events = list(events)
    if not events:
        return 0
    head, at, batch_head, sqlite, digest = _start(session, staff_id)
    seq, prev = head.last_seq, head.last_hash
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
        link = digest(f"{prev}[{seq}{before}{client_text}{after}".encode())
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
                link,
            )
        )
        prev = link
    return _finish(session, head, staff_id, at, rows, {})


def record_per_client(
    session: Session,
    staff_id: uuid.UUID | None,
    action: AuditAction,
    entity_type: AuditEntity,
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
    check_vocabulary(action, entity_type)
    head, at, batch_head, sqlite, digest = _start(session, staff_id)
    entity = str(entity_id) if entity_id else None
    details_text = _DETAILS(dict(details or {}))
    before, after = _shape(batch_head, action, entity_type, entity, AuditOutcome.OK, details_text)
    seq, prev = head.last_seq, head.last_hash
    rows: list[tuple[object, ...]] = []
    append = rows.append
    for client in client_ids:
        seq += 1
        if type(client) is not uuid.UUID:
            client = uuid.UUID(str(client))
        h = f"{client.int:032x}"  # UUID.hex, and str(UUID) below, from one format
        link = digest(
            f'{prev}[{seq}{before}"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"{after}'.encode()
        )
        append((seq, h if sqlite else client, prev, link))
        prev = link
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
    action: AuditAction,
    entity_type: AuditEntity,
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
        AuditAction(denied.action or AuditAction.REFUSED),
        AuditEntity(denied.entity_type or AuditEntity.UNKNOWN),
        denied.entity_id,
        client_id=client_id,
        outcome=AuditOutcome.DENIED,
        details={"reason": denied.audit_reason},
    )


# --- verification -------------------------------------------------------------------------

# Entries whose details carry a seal (``seals``): signatures, reviews, addenda.
SEALED_ACTIONS = frozenset(
    {AuditAction.SIGN_SESSION, AuditAction.REVIEW_SESSION, AuditAction.ADD_ADDENDUM}
)


@dataclass(frozen=True, slots=True)
class SealEntry:
    """A seal written into the log: which session, who, as what, and the hash."""

    seq: int
    action: str
    session_id: str | None
    staff_id: uuid.UUID | None
    meaning: str | None  # sign_session: leader / co_signer; review_session: reviewer
    addendum_id: str | None  # add_addendum
    seal: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What ``verify`` found. ``problem`` is the first problem (a sentence, ids only),
    ``problems`` all of them; ``first_bad_seq`` the first entry affected."""

    entries: int
    ok: bool
    first_bad_seq: int | None
    problem: str | None
    problems: tuple[str, ...] = ()
    checkpoints: int = 0  # checkpoints the chain was compared with
    keyed_from: int | None = None  # first entry under the audit key (None: not keyed yet)
    keyed_since: datetime | None = None  # when that entry was written
    key_missing: bool = False  # the key is not on this workstation: nothing verified
    seals: tuple[SealEntry, ...] = ()  # with ``collect_seals``


def _identity_problem(
    cp: Checkpoint,
    chain_id: str | None,
    key_id: str | None,
    keyed_from: int | None,
    key: AuditKey | None,
) -> str | None:
    """Why ``cp`` does not describe this log at all (None: it does)."""
    if cp.seq < 0:
        return f"the audit checkpoint file on {cp.where} is damaged"
    if cp.chain_id != chain_id:
        return (
            f"this is not the audit log {cp.where} checkpointed at {cp.at or 'commit'} "
            "(another log is in its place): the database was replaced, or its log rebuilt"
        )
    if cp.key_id != key_id or cp.keyed_from != keyed_from:
        return (
            f"the log's key or key cut-over differs from the checkpoint {cp.where} saved at "
            f"{cp.at or 'commit'}: the log was re-keyed, or turned back to the public formula"
        )
    if key is not None:
        text = audit_checkpoints.signed_text(cp.chain_id, cp.key_id, cp.keyed_from, cp.seq, cp.hash)
        if cp.mac != key.mac(text):
            return (
                f"the checkpoint {cp.where} saved at {cp.at or 'commit'} is not signed by "
                "the audit key"
            )
    return None


def _local_checkpoints(session: Session) -> list[Checkpoint]:
    found = audit_checkpoints.read_local(audit_checkpoints.location_of(url_of(session)))
    return [found] if found is not None else []


def _stored_checkpoints(session: Session, low: int, high: int | None) -> list[Checkpoint]:
    """The database's own checkpoint rows (PostgreSQL) with ``low <= seq <= high``."""
    query = select(AuditCheckpoint).where(AuditCheckpoint.seq >= low).order_by(AuditCheckpoint.id)
    if high is not None:
        query = query.where(AuditCheckpoint.seq <= high)
    return [
        Checkpoint(
            r.chain_id,
            r.key_id,
            r.keyed_from,
            r.seq,
            r.hash,
            r.at.isoformat(timespec="seconds"),
            r.mac,
            f"the database (checkpoint {r.id}, workstation {r.workstation})",
        )
        for r in session.scalars(query)
    ]


def _seal_entry(row: AuditEntry) -> SealEntry | None:
    try:
        details = json.loads(row.details)
    except ValueError:
        return None
    seal = details.get("seal") if isinstance(details, dict) else None
    if not isinstance(seal, str):
        return None
    meaning = "reviewer" if row.action == AuditAction.REVIEW_SESSION else details.get("meaning")
    return SealEntry(
        row.seq,
        row.action,
        row.entity_id,
        row.staff_id,
        meaning if isinstance(meaning, str) else None,
        str(details["addendum"]) if "addendum" in details else None,
        seal,
    )


def verify(
    session: Session,
    batch: int = 5000,
    *,
    checkpoints: Iterable[Checkpoint] | None = None,
    collect_seals: bool = False,
) -> ChainReport:
    """Walk the whole chain (plain links before the key cut-over, keyed after it) and
    compare it with every checkpoint: the database's own (PostgreSQL) and ``checkpoints``
    — by default this workstation's checkpoint of this database. The first broken link
    is reported with its sequence number; then every checkpoint that does not match.
    """
    head = session.get(AuditHead, 1)
    chain_id = head.chain_id if head else None
    key_id = head.key_id if head else None
    keyed_from = head.keyed_from if head else None
    if (key_id is None) != (keyed_from is None):
        first = keyed_from or 1
        return ChainReport(
            0, False, first, problem := "the audit log's key record was altered", (problem,)
        )
    key = audit_key.find(key_id) if key_id else None
    if key_id and key is None:
        problem = audit_key.missing_message(key_id)
        return ChainReport(0, False, None, problem, (problem,), key_missing=True)
    keyed = key.hasher() if key is not None else None
    local = list(checkpoints) if checkpoints is not None else _local_checkpoints(session)

    problems: list[tuple[int | None, str]] = []
    compared = 0
    expected: dict[int, list[Checkpoint]] = {}

    def consider(cps: Iterable[Checkpoint]) -> None:
        nonlocal compared
        for cp in cps:
            compared += 1
            wrong = _identity_problem(cp, chain_id, key_id, keyed_from, key)
            if wrong:
                problems.append((keyed_from or 1, wrong))
            else:
                expected.setdefault(cp.seq, []).append(cp)

    consider(local)
    expected_seq, prev, count = 1, GENESIS_HASH, 0
    last_seen = 0
    keyed_since: datetime | None = None
    sealed: list[SealEntry] = []
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
        consider(_stored_checkpoints(session, rows[0].seq, rows[-1].seq))
        for row in rows:
            if row.seq != expected_seq:
                problem = f"entry {expected_seq} is missing or out of order"
                return ChainReport(count, False, expected_seq, problem, (problem,), compared)
            event_ = StoredEvent(
                row.action,
                row.entity_type,
                row.entity_id,
                row.client_id,
                None,
                AuditOutcome(row.outcome),
            )
            canonical = _canonical(row.seq, row.at, row.staff_id, event_, row.details)
            if keyed is not None and keyed_from is not None and row.seq >= keyed_from:
                digest = keyed((prev + canonical).encode())
                if row.seq == keyed_from:
                    keyed_since = row.at
            else:
                digest = chain_hash(prev, canonical)
            if row.prev_hash != prev or row.hash != digest:
                problem = f"entry {row.seq} was altered"
                return ChainReport(count, False, row.seq, problem, (problem,), compared)
            for cp in expected.pop(row.seq, ()):
                if cp.hash != row.hash:
                    problems.append(
                        (
                            row.seq,
                            f"entries up to {row.seq} were rewritten: entry {row.seq} differs "
                            f"from the checkpoint {cp.where} saved at {cp.at or 'commit'}",
                        )
                    )
            if collect_seals and row.action in SEALED_ACTIONS:
                found = _seal_entry(row)
                if found is not None:
                    sealed.append(found)
            prev = row.hash
            expected_seq += 1
            count += 1
            last_seen = row.seq
        session.expunge_all()
    consider(_stored_checkpoints(session, count + 1, None))
    for seq in sorted(expected):
        for cp in expected[seq]:
            problems.append(
                (
                    count + 1,
                    f"entries after {count} were removed: {cp.where} saw entry {cp.seq} "
                    f"at {cp.at or 'commit'}",
                )
            )
    if head is not None and (head.last_seq != count or head.last_hash != prev):
        problems.append((count + 1, "entries at the end of the log were removed"))
    if keyed_from is not None and keyed_from > count + 1:
        problems.append((count + 1, "the audit log's key cut-over lies beyond its last entry"))
    problems.sort(key=lambda p: (p[0] is None, p[0] or 0))
    texts = tuple(dict.fromkeys(text for _, text in problems))
    return ChainReport(
        count,
        not problems,
        problems[0][0] if problems else None,
        texts[0] if texts else None,
        texts,
        compared,
        keyed_from,
        keyed_since,
        False,
        tuple(sealed),
    )
