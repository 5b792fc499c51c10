"""Database care: backups, restore checks, and the integrity check (``audit verify``)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select, union
from sqlalchemy.orm import Session

from clinicdesk.db import backup
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Addendum, GroupSession, Signature
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.permissions import Permission
from clinicdesk.services import audit, audit_checkpoints, authz, seals
from clinicdesk.services.audit import ChainReport
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import url_of

__all__ = [
    "AuditReport",
    "backup_database",
    "reset_audit_checkpoint",
    "restore_database",
    "verify_audit_log",
]


@dataclass(frozen=True, slots=True)
class AuditReport:
    """The integrity check: the audit chain against its checkpoints, and the seal of
    every signed session. ``ok`` only when both hold.

    ``problem``/``first_bad_seq`` are the chain's first problem (None when the chain
    holds); ``problems`` lists every problem found, one sentence each, with ids only;
    ``broken_sessions`` the signed sessions whose content no longer matches their seal
    (or whose seal differs from the one written in the audit log).
    """

    entries: int
    ok: bool
    first_bad_seq: int | None
    problem: str | None
    problems: tuple[str, ...]
    checkpoints: int
    keyed_from: int | None
    key_missing: bool
    sessions_checked: int
    broken_sessions: tuple[uuid.UUID, ...]

    @property
    def chain_ok(self) -> bool:
        return self.problem is None


def verify_audit_log(db: Database, actor: Actor) -> AuditReport:
    """Check the whole audit chain (keyed links, every checkpoint this workstation and
    the database hold) and every signed session's seal, also against the seals the
    audit log recorded when it was signed. The check itself is audited."""
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type=AuditEntity.AUDIT_LOG)
        chain = audit.verify(s, collect_seals=True)
        signed = _signed_sessions(s)
        broken = seals.broken_seals(s, signed)
        recorded = {} if chain.key_missing else _against_the_log(s, chain)
        report = _report(chain, len(signed), broken, recorded)
        if not chain.key_missing:  # without the key nothing can be recorded either
            audit.record(
                s,
                actor.staff_id,
                AuditAction.VERIFY_AUDIT_LOG,
                AuditEntity.AUDIT_LOG,
                details={
                    "entries": report.entries,
                    "ok": report.ok,
                    "checkpoints": report.checkpoints,
                    "sessions": report.sessions_checked,
                    "broken_sessions": [str(i) for i in report.broken_sessions],
                },
            )
    return report


def _signed_sessions(s: Session) -> list[uuid.UUID]:
    """Every session with something sealed: a seal, a signature or an addendum."""
    query = union(
        select(GroupSession.id).where(GroupSession.content_hash.is_not(None)),
        select(Signature.session_id),
        select(Addendum.session_id),
    )
    return list(s.scalars(select(query.subquery().c[0])))


def _against_the_log(s: Session, chain: ChainReport) -> dict[uuid.UUID, str]:
    """Sessions whose signatures or addenda disagree with the seals in the audit log.

    Since the keyed log, signing, reviewing and adding an addendum each write the seal
    into their audit entry: a signature or addendum missing, or carrying another hash,
    was changed after the fact — even when the content and every hash were recomputed
    with the public formula. A signature or addendum dated after the key cut-over with
    no audit entry at all was added behind ClinicDesk's back.
    """
    signatures: dict[tuple[str | None, uuid.UUID | None, str | None], Row[*tuple[Any, ...]]] = {
        (str(r.session_id), r.staff_id, r.meaning.value): r
        for r in s.execute(
            select(
                Signature.session_id,
                Signature.staff_id,
                Signature.meaning,
                Signature.content_hash,
                Signature.signed_at,
            )
        )
    }
    addenda = {
        str(r.id): r
        for r in s.execute(
            select(Addendum.id, Addendum.session_id, Addendum.content_hash, Addendum.signed_at)
        )
    }
    wrong: dict[uuid.UUID, str] = {}

    def flag(session_id: object, why: str) -> None:
        # An entry about no valid session id: the chain check speaks for it.
        with contextlib.suppress(ValueError):
            wrong.setdefault(uuid.UUID(str(session_id)), why)

    logged_signatures: set[tuple[str | None, uuid.UUID | None, str | None]] = set()
    logged_addenda: set[str | None] = set()
    for entry in chain.seals:
        if entry.action == AuditAction.ADD_ADDENDUM:
            logged_addenda.add(entry.addendum_id)
            added = addenda.get(entry.addendum_id or "")
            if added is None:
                flag(entry.session_id, "an addendum recorded in the audit log is missing")
            elif added.content_hash != entry.seal:
                flag(entry.session_id, "an addendum differs from what the audit log recorded")
            continue
        key = (entry.session_id, entry.staff_id, entry.meaning)
        logged_signatures.add(key)
        row = signatures.get(key)
        if row is None:
            flag(entry.session_id, "a signature recorded in the audit log is missing")
        elif row.content_hash != entry.seal:
            flag(entry.session_id, "its seal differs from the one the audit log recorded")
    since = chain.keyed_since
    if since is not None:
        for key, row in signatures.items():
            if key not in logged_signatures and row.signed_at > since:
                flag(row.session_id, "a signature has no entry in the audit log")
        for addendum_id, added in addenda.items():
            if addendum_id not in logged_addenda and added.signed_at > since:
                flag(added.session_id, "an addendum has no entry in the audit log")
    return wrong


def _report(
    chain: ChainReport,
    checked: int,
    broken: Iterable[uuid.UUID],
    recorded: dict[uuid.UUID, str],
) -> AuditReport:
    why = dict.fromkeys(broken, "its content no longer matches its seal")
    for session_id, reason in recorded.items():
        why.setdefault(session_id, reason)
    sessions = tuple(sorted(why))
    problems = list(chain.problems)
    problems += [f"signed session {i}: {why[i]}" for i in sessions]
    return AuditReport(
        entries=chain.entries,
        ok=chain.ok and not sessions,
        first_bad_seq=chain.first_bad_seq,
        problem=chain.problem,
        problems=tuple(problems),
        checkpoints=chain.checkpoints,
        keyed_from=chain.keyed_from,
        key_missing=chain.key_missing,
        sessions_checked=checked,
        broken_sessions=sessions,
    )


def reset_audit_checkpoint(db: Database, actor: Actor) -> audit_checkpoints.Checkpoint | None:
    """Retire this workstation's checkpoint of this database, after an administrator has
    looked into why it no longer matches (e.g. the file was replaced outside ClinicDesk
    on purpose). The retired checkpoint is kept in the history file and written into
    the audit log, so the reset itself is on record. Returns it (None: there was none).
    """
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type=AuditEntity.AUDIT_LOG)
        location = audit_checkpoints.location_of(url_of(s))
        retired = audit_checkpoints.set_aside(location, "reset by an administrator")
        details = (
            {"retired_seq": retired.seq, "retired_hash": retired.hash, "retired_at": retired.at}
            if retired is not None
            else {"retired_seq": None}
        )
        audit.record(
            s,
            actor.staff_id,
            AuditAction.RESET_AUDIT_CHECKPOINT,
            AuditEntity.AUDIT_LOG,
            details=details,
        )
    return retired


def backup_database(db: Database, actor: Actor, dest: Path) -> Path:
    """Online backup to ``dest`` (SQLite); the copy is integrity-checked before use."""
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type=AuditEntity.DATABASE)
        audit.record(s, actor.staff_id, AuditAction.BACKUP_DATABASE, AuditEntity.DATABASE)
    return backup.backup_to(db, dest)


def restore_database(db: Database, actor: Actor, src: Path) -> Path:
    """Replace the database with a checked backup; returns the safety copy of the old one.

    The backup's log is shorter than the one this workstation last checkpointed, by
    design: ``restore_from`` retires the old checkpoint (kept in the history file; its
    sequence number goes into the restored log's entry) so the restored database
    verifies from here on.
    """
    with db.write() as s:
        authz.require(s, actor, Permission.MANAGE_DATABASE, entity_type=AuditEntity.DATABASE)
        location = audit_checkpoints.location_of(url_of(s))
    backup.check_file(src, key=db.key)
    retired = audit_checkpoints.read_local(location)  # restore_from retires it
    safety = backup.restore_from(db, src)
    # The restored file has its own chain; the restore is recorded there.
    with db.write() as s:
        audit.record(
            s,
            actor.staff_id,
            AuditAction.RESTORE_DATABASE,
            AuditEntity.DATABASE,
            details={
                "safety_copy": safety.name,
                "replaced_head_seq": retired.seq if retired is not None else None,
            },
        )
    return safety
