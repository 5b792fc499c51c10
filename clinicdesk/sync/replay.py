"""The server side of sync: replay offline actions through the same services.

Each outbox action is called on the server as the user who did it, with the versions
the laptop saw translated to the server's numbering; the services' permission checks,
session rules and optimistic locking decide. While an action is replayed, a hook in
the service's own transaction (found by the service's audit entry, as on the laptop)
writes ``sync_applied`` and the ``sync_replay`` audit entry with both times — so the
change, the proof it was applied and its audit commit together or not at all, and a
sync interrupted at any moment resumes without applying anything twice.

A refusal is a conflict: it is stored with both sides (``sync_conflict``) for a person,
never dropped. A signature is applied only when the server's content is exactly what
the laptop's user signed (the seal matches); otherwise it waits as a conflict too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import SyncApplied, SyncConflict, SyncDevice
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.domain.errors import (
    AuthenticationError,
    ClinicDeskError,
    Conflict,
    DatabaseError,
)
from clinicdesk.i18n import N_, _
from clinicdesk.services import audit
from clinicdesk.services.records import Actor
from clinicdesk.sync import outbox
from clinicdesk.sync.actions import REGISTRY, parse_details

SYNC_REPLAY = (
    AuditAction.SYNC_REPLAY
)  # audit: an offline action applied on the server (T1, T2, device)
SYNC_CONFLICT = AuditAction.SYNC_CONFLICT  # audit: an offline action refused; waits for a person
DEVICE_AUDIT = AuditAction.DEVICE_AUDIT  # audit: one of the laptop's own audit entries, received

_TIP = "clinicdesk_audit_tip"
_QUEUED = "clinicdesk_sync_replays"  # a batch's sync_replay audit entries, not yet written

SIGNED_ELSEWHERE = N_(
    "The session's content on the server is not what you signed "
    "offline (someone changed it meanwhile), so your signature "
    "was not applied."
)


class Blocked(Conflict):
    """An action that builds on an earlier offline action which is itself in conflict."""


@dataclass(frozen=True, slots=True)
class Item:
    """One outbox action, as the replay needs it."""

    id: uuid.UUID
    action: str
    arguments: Mapping[str, Any]
    seen: Mapping[str, Any]
    made: Mapping[str, Any]
    staff_id: uuid.UUID
    device_id: uuid.UUID
    done_at: datetime


@dataclass
class _Replaying:
    item: Item
    action: str
    keys: tuple[str, ...]
    seal: str | None
    after_seq: int = 0  # inside a batch: the audit head before this action
    applied: bool = False
    versions: dict[str, Any] = field(default_factory=dict)


_CURRENT: ContextVar[_Replaying | None] = ContextVar("clinicdesk_sync_replaying", default=None)

# Offline actions replayed per server transaction (``Database.batch``, a SAVEPOINT each):
# one durable commit and one audit checkpoint per batch. Small enough that the write lock
# the batch holds (the audit log's head) is held well under a second.
BATCH = 100

CONFLICTED = -1  # in the translation map: a version made by an action that is in conflict


@event.listens_for(Session, "before_commit", insert=True)
def _mark_applied(session: Session) -> None:
    """In the replayed service's own transaction: the proof, and the audit with T1/T2."""
    if session.info.get(_QUEUED) and not session.in_nested_transaction():
        record_replays(session)  # a batch commits: its replays' audit entries first
    current = _CURRENT.get()
    tip = session.info.get(_TIP)
    if current is None or current.applied or tip is None or tip.seq <= current.after_seq:
        return
    # The service's last audit entry in this transaction (``audit`` keeps it with the tip).
    if (
        tip.action != current.action
        or tip.outcome != AuditOutcome.OK
        or tip.staff_id != current.item.staff_id
    ):
        return
    if current.seal is not None and parse_details(tip.details).get("seal") != current.seal:
        raise Conflict(_(SIGNED_ELSEWHERE))
    session.flush()
    versions = outbox._versions(session, current.keys)
    received = utcnow()
    item = current.item
    session.add(
        SyncApplied(
            action_id=item.id,
            device_id=item.device_id,
            staff_id=item.staff_id,
            action=current.action,
            done_at=item.done_at,
            received_at=received,
            result={"versions": versions},
        )
    )
    session.flush()
    event_ = audit.AuditEvent(
        SYNC_REPLAY,
        AuditEntity.SYNC_DEVICE,
        str(item.device_id),
        _client(item),
        {
            "action_id": str(item.id),
            "action": current.action,
            "offline_at": item.done_at.isoformat(timespec="seconds"),
            "received_at": received.isoformat(timespec="seconds"),
        },
    )
    if session.in_nested_transaction():
        # Inside a batch: written with the batch's other replays, in one go, before it
        # commits (``record_replays``); a tuple, so a rolled-back savepoint drops it.
        queued: tuple[tuple[uuid.UUID, audit.AuditEvent], ...] = session.info.get(_QUEUED, ())
        session.info[_QUEUED] = (*queued, (item.staff_id, event_))
    else:
        audit.record_many(session, item.staff_id, [event_])
    current.applied = True
    current.versions = versions


def record_replays(session: Session) -> int:
    """The ``sync_replay`` audit entries of a batch's applied actions, in their order, in
    the batch's transaction (so they commit with the actions or not at all)."""
    queued: tuple[tuple[uuid.UUID, audit.AuditEvent], ...] = session.info.pop(_QUEUED, ())
    written, start = 0, 0
    while start < len(queued):
        staff_id = queued[start][0]
        end = start
        while end < len(queued) and queued[end][0] == staff_id:
            end += 1
        written += audit.record_many(session, staff_id, [e for _, e in queued[start:end]])
        start = end
    return written


def _entity(value: str) -> AuditEntity:
    # A laptop of a newer version may name an entity this server does not know yet.
    member = AuditEntity._value2member_map_.get(value)
    return member if isinstance(member, AuditEntity) else AuditEntity.UNKNOWN


def _client(item: Item) -> uuid.UUID | None:
    value = item.arguments.get("client_id")
    return uuid.UUID(str(value)) if value else None


@dataclass(frozen=True, slots=True)
class Outcome:
    action_id: uuid.UUID
    applied: bool
    versions: Mapping[str, Any]
    reason: str = ""
    already: bool = False


def applied_versions(server: Database, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict]:
    """What the server already applied of these actions (their resulting versions)."""
    wanted = list(ids)
    out: dict[uuid.UUID, dict] = {}
    with server.read() as s:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for action_id, result in s.execute(
                select(SyncApplied.action_id, SyncApplied.result).where(
                    SyncApplied.action_id.in_(chunk)
                )
            ):
                out[action_id] = dict(result.get("versions", {}))
    return out


def conflicts_known(server: Database, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    wanted = list(ids)
    out: set[uuid.UUID] = set()
    with server.read() as s:
        for start in range(0, len(wanted), 500):
            out.update(
                s.scalars(
                    select(SyncConflict.action_id).where(
                        SyncConflict.action_id.in_(wanted[start : start + 500])
                    )
                )
            )
    return out


def expected_from(item: Item, translate: Mapping[tuple[str, Any], int]):
    """The version the server should still have for each row the action touched."""

    def expected(key: str) -> int | None:
        if key not in item.seen or item.seen[key] is None:
            return None
        seen = item.seen[key]
        mapped = translate.get((key, seen))
        if mapped == CONFLICTED:
            raise Blocked(
                _(
                    "This change builds on an earlier offline change that is "
                    "waiting in the conflicts queue; resolve that one first."
                )
            )
        return mapped if mapped is not None else seen

    return expected


def run(
    server: Database,
    actor: Actor,
    item: Item,
    *,
    password: str,
    expected,
    action: str | None = None,
    arguments: Mapping[str, Any] | None = None,
) -> Outcome:
    """Replay one action (or, resolving a conflict, another action under its id).

    ``Outcome.applied`` false: the server refused it (``reason``); the caller stores
    the conflict. Errors that are not refusals (the server unreachable, a wrong
    password) propagate: nothing is recorded and the action stays pending.
    """
    name = action or item.action
    spec = REGISTRY[name]
    args = dict(arguments if arguments is not None else item.arguments)
    seal = args.get("seal") if name == "sign_session" else None
    batch = server.batch_session()
    before = batch.info.get(_TIP) if batch is not None else None
    current = _Replaying(item, name, spec.entities(args), seal, before.seq if before else 0)
    token = _CURRENT.set(current)
    try:
        spec.replay(server, actor, args, expected, password)
    except (AuthenticationError, DatabaseError):
        raise
    except ClinicDeskError as refused:
        already = applied_versions(server, [item.id])
        if item.id in already:  # another sync of this laptop got there first
            return Outcome(item.id, True, already[item.id], already=True)
        return Outcome(item.id, False, {}, reason=refused.message)
    finally:
        _CURRENT.reset(token)
    if not current.applied:
        raise DatabaseError(
            _("The server applied {name} but did not record it; run sync again to check.").format(
                name=name
            )
        )
    return Outcome(item.id, True, current.versions)


def store_conflict(
    server: Database,
    actor: Actor,
    item: Item,
    *,
    reason: str,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
) -> SyncConflictRow:
    """Keep a refused action with both sides on the server (once per action id)."""
    received = utcnow()
    with server.write() as s:
        row = s.get(SyncConflict, item.id)
        if row is None:
            args = item.arguments
            row = SyncConflict(
                action_id=item.id,
                device_id=item.device_id,
                staff_id=item.staff_id,
                action=item.action,
                session_id=uuid.UUID(str(args["session_id"])) if args.get("session_id") else None,
                client_id=_client(item),
                arguments=dict(args),
                mine=dict(mine),
                theirs=dict(theirs),
                reason=reason[:2000],
                done_at=item.done_at,
                received_at=received,
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                actor.staff_id,
                SYNC_CONFLICT,
                AuditEntity.SYNC_DEVICE,
                item.device_id,
                client_id=_client(item),
                details={
                    "action_id": str(item.id),
                    "action": item.action,
                    "offline_at": item.done_at.isoformat(timespec="seconds"),
                    "received_at": received.isoformat(timespec="seconds"),
                },
            )
        return _conflict_row(row)


@dataclass(frozen=True, slots=True)
class SyncConflictRow:
    """A plain copy of a ``sync_conflict`` row (written to the laptop as it is)."""

    values: Mapping[str, Any]


def _conflict_row(row: SyncConflict) -> SyncConflictRow:
    return SyncConflictRow({c.key: getattr(row, c.key) for c in SyncConflict.__table__.columns})


def device_state(server: Database, device_id: uuid.UUID) -> SyncDevice | None:
    with server.read() as s:
        device = s.get(SyncDevice, device_id)
        if device is not None:
            s.expunge(device)
        return device


def receive_audit(
    server: Database,
    actor: Actor,
    device_id: uuid.UUID,
    chain_id: str | None,
    entries: list[Any],
) -> int:
    """The laptop's own audit entries (reads included) into the server's log, once each.

    Each becomes a ``device_audit`` entry with the same entity and client, and the
    original action, time, outcome and sequence number in its details.
    """
    sent = 0
    for start in range(0, len(entries), 2000):
        chunk = entries[start : start + 2000]
        with server.write() as s:
            device = s.get(SyncDevice, device_id, with_for_update=True)
            assert device is not None
            done = device.audit_received_seq if device.audit_chain_id == chain_id else 0
            fresh = [e for e in chunk if e.seq > done]
            if not fresh:
                continue
            audit.record_many(
                s,
                actor.staff_id,
                [
                    audit.AuditEvent(
                        DEVICE_AUDIT,
                        _entity(e.entity_type),
                        e.entity_id,
                        e.client_id,
                        {
                            "device": str(device_id),
                            "device_seq": e.seq,
                            "device_action": e.action,
                            "offline_at": e.at.isoformat(timespec="seconds"),
                            "outcome": AuditOutcome(e.outcome).value,
                            "staff": str(e.staff_id) if e.staff_id else None,
                        },
                    )
                    for e in fresh
                ],
            )
            device.audit_chain_id = chain_id
            device.audit_received_seq = fresh[-1].seq
            sent += len(fresh)
    return sent
