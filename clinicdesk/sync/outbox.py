"""The laptop's recorder: every syncable action lands in the outbox in its own transaction.

Loaded by the database layer for every SQLite database (``Database``), so a laptop
copy records whichever way it is used — the GUI, the CLI or a script. On any other
database it does nothing. How it finds an action: the service wrote its audit entry
in this transaction (``audit``'s tip is in ``session.info``); the entries of registered
actions (``actions.REGISTRY``) that succeeded become outbox rows with the arguments
read back from the transaction, the versions the action saw (captured at flush time,
before its UPDATE) and the versions it left — committed together with the change, or
not at all.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import AuditEntry, Enrolment, GroupSession, SyncOutbox, SyncState
from clinicdesk.domain.enums import AuditOutcome
from clinicdesk.sync.actions import REGISTRY, AuditRow, enrolment_key, parse_details, session_key

_SEEN = "clinicdesk_sync_seen"
_TIP = "clinicdesk_audit_tip"  # set by services.audit in a transaction that wrote entries

_laptops: dict[str, bool] = {}
_lock = threading.Lock()


def _url(session: Session) -> str | None:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return None
    return str(bind.engine.url.database)


def forget(database: str | None) -> None:
    """A file became (or stopped being) a laptop copy: ask again next time."""
    with _lock:
        _laptops.pop(str(database), None)


def _is_laptop(session: Session) -> bool:
    url = _url(session)
    if url is None:
        return False
    with _lock:
        known = _laptops.get(url)
    if known is not None:
        return known
    conn = session.connection()
    has_table = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")
    ).scalar()
    laptop = bool(has_table) and bool(
        conn.execute(select(func.count()).select_from(SyncState)).scalar()
    )
    with _lock:
        _laptops[url] = laptop
    return laptop


def _key(obj: object) -> str:
    if isinstance(obj, GroupSession):
        return session_key(obj.id)
    assert isinstance(obj, Enrolment)
    return enrolment_key(obj.session_id, obj.client_id)


@event.listens_for(Session, "before_flush")
def _remember_versions(session: Session, _context: object, _instances: object) -> None:
    """The version each session/enrolment row had before this transaction changed it."""
    tracked = [o for o in session.dirty if isinstance(o, GroupSession | Enrolment)]
    new = [o for o in session.new if isinstance(o, Enrolment)]
    if not tracked and not new:
        return
    if not _is_laptop(session):
        return
    seen = session.info.setdefault(_SEEN, {})
    for obj in tracked:
        if session.is_modified(obj):
            seen.setdefault(_key(obj), obj.version)
    for obj in new:
        seen.setdefault(_key(obj), None)


def _versions(session: Session, keys: tuple[str, ...]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for key in keys:
        parts = key.split(":")
        if parts[0] == "group_session":
            out[key] = session.scalar(
                select(GroupSession.version).where(GroupSession.id == uuid.UUID(parts[1]))
            )
        else:
            out[key] = session.scalar(
                select(Enrolment.version).where(
                    Enrolment.session_id == uuid.UUID(parts[1]),
                    Enrolment.client_id == uuid.UUID(parts[2]),
                )
            )
    return out


@event.listens_for(Session, "before_commit", insert=True)
def _record(session: Session) -> None:
    tip = session.info.get(_TIP)
    if tip is None or _url(session) is None or not _is_laptop(session):
        session.info.pop(_SEEN, None)
        return
    session.flush()
    seen: dict[str, Any] = session.info.pop(_SEEN, {})
    state = session.execute(select(SyncState).where(SyncState.id == 1)).scalar_one()
    start = session.scalar(select(func.coalesce(func.max(SyncOutbox.audit_seq), 0))) or 0
    entries = session.execute(
        select(AuditEntry)
        .where(
            AuditEntry.seq > start,
            AuditEntry.seq <= tip.seq,
            AuditEntry.outcome == AuditOutcome.OK,
            AuditEntry.action.in_(REGISTRY),
        )
        .order_by(AuditEntry.seq)
    ).scalars()
    next_seq = (session.scalar(select(func.coalesce(func.max(SyncOutbox.seq), 0))) or 0) + 1
    for entry in list(entries):
        spec = REGISTRY[entry.action]
        row = AuditRow(
            entry.seq, entry.action, entry.entity_id, entry.client_id, parse_details(entry.details)
        )
        arguments = spec.arguments(session, row)
        keys = spec.entities(arguments)
        session.add(
            SyncOutbox(
                id=uuid7(),
                seq=next_seq,
                audit_seq=entry.seq,
                action=entry.action,
                arguments=arguments,
                seen={k: seen[k] for k in keys if k in seen},
                made=_versions(session, keys),
                staff_id=entry.staff_id or state.staff_id,
                device_id=state.device_id,
                done_at=entry.at,
            )
        )
        next_seq += 1
    session.flush()
