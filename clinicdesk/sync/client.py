"""Setting up, syncing and checking a laptop copy (what the CLI and the GUI call).

``setup`` takes a user's work offline; ``sync`` sends the outbox (replay), the
laptop's own audit entries, then refreshes the copy; ``status`` says where the laptop
stands; ``check_open`` refuses a revoked copy and asks for a sync when the copy is too
old to show clinical data. Every step is safe to interrupt: the outbox stays until the
server acknowledges, replay is idempotent, and the refresh replaces the file atomically.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError

from clinicdesk.db import migrate
from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    AuditEntry,
    AuditHead,
    Client,
    GroupSession,
    Staff,
    SyncConflict,
    SyncDevice,
    SyncOutbox,
    SyncState,
)
from clinicdesk.domain import sync_rules
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.errors import ClinicDeskError, DatabaseError, ValidationError
from clinicdesk.domain.sync_rules import OutboxStatus
from clinicdesk.i18n import _
from clinicdesk.services import audit, auth, sessions, settings
from clinicdesk.services.records import Actor
from clinicdesk.sync import copy, devices, replay
from clinicdesk.sync.actions import REGISTRY


class SyncError(DatabaseError):
    """Sync could not run (the server unreachable, a copy that is not a copy…)."""


class DeviceRevoked(SyncError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This laptop's offline copy was revoked by the clinic; it "
                "can no longer be opened or synced. Ask an administrator to "
                "set the laptop up again."
            )
        )


class StaleCopy(SyncError):
    def __init__(self, age: str) -> None:
        super().__init__(
            _(
                "This offline copy was last synced {age} ago; sync it with "
                "the clinic server before clinical data is shown again."
            ).format(age=age)
        )
        self.age = age


@dataclass(frozen=True, slots=True)
class CopyState:
    server: str
    username: str
    staff_id: uuid.UUID
    device_id: uuid.UUID
    days: int
    last_sync_at: datetime | None
    revoked: bool


@dataclass(frozen=True, slots=True)
class ConflictView:
    action_id: uuid.UUID
    action: str
    label: str
    session_id: uuid.UUID | None
    session_title: str | None
    client_id: uuid.UUID | None
    client_name: str | None
    reason: str
    done_at: datetime
    mine: dict[str, Any]
    theirs: dict[str, Any]
    arguments: dict[str, Any]
    choices: tuple[sync_rules.Resolution, ...]
    resolution: sync_rules.Resolution | None


@dataclass(frozen=True, slots=True)
class Status:
    state: CopyState
    pending: int
    conflicts: tuple[ConflictView, ...]
    age: str
    stale: bool
    stale_days: int


@dataclass
class SyncReport:
    applied: int = 0
    already: int = 0
    conflicts: int = 0  # new conflicts from this sync
    waiting: int = 0  # unresolved conflicts on the laptop afterwards
    audit_sent: int = 0
    copy: copy.CopyResult | None = None
    reasons: list[str] = field(default_factory=list)


# --- opening ------------------------------------------------------------------------------


def open_server(url: str) -> Database:
    """The clinic server, with one readable line when it cannot be reached."""
    try:
        server = Database(url)
        with server.engine.connect():
            pass
        if not migrate.is_current(server):
            server.dispose()
            raise SyncError(
                _(
                    "The clinic server's database is not at this version of "
                    "ClinicDesk; update one of them first."
                )
            )
        return server
    except ClinicDeskError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        raise SyncError(
            _(
                "Cannot reach the clinic server; nothing was sent and nothing was lost ({error})."
            ).format(error=type(exc).__name__)
        ) from exc


def read_state(db: Database) -> CopyState | None:
    """The copy's state, or None when ``db`` is not a laptop copy."""
    with db.read() as s:
        try:
            row = s.get(SyncState, 1)
        except SQLAlchemyError:
            return None
        if row is None:
            return None
        return CopyState(
            row.server_url,
            row.username,
            row.staff_id,
            row.device_id,
            row.days,
            row.last_sync_at,
            row.revoked_at is not None,
        )


def is_copy(db: Database) -> bool:
    return read_state(db) is not None


def stale_days(db: Database) -> int:
    """The clinic setting "Offline copies ask to sync after (days)" (copied with the rest)."""
    with db.read() as s:
        return settings.read_settings(s).offline_stale_days


def check_open(db: Database, *, allow_stale: bool = False) -> CopyState | None:
    """Refuse a revoked copy; ask for a sync when it is too old to show clinical data."""
    state = read_state(db)
    if state is None:
        return None
    if state.revoked:
        raise DeviceRevoked()
    now = utcnow()
    if not allow_stale and sync_rules.is_stale(state.last_sync_at, now, stale_days(db)):
        raise StaleCopy(sync_rules.age_text(state.last_sync_at, now))
    return state


# --- setup --------------------------------------------------------------------------------


def _pending(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(SyncOutbox)
                .where(SyncOutbox.status == OutboxStatus.PENDING)
            )
            or 0
        )


def _login(server: Database, username: str, password: str) -> Actor:
    return auth.login(server, username, password)


def setup(
    laptop: str | Path,
    *,
    server_url: str,
    username: str,
    password: str,
    days: int = sync_rules.DEFAULT_DAYS,
    key: str | None = None,
    device_name: str | None = None,
) -> copy.CopyResult:
    """Make (or refresh) the offline copy of ``username``'s work at ``laptop``."""
    path = Path(laptop).expanduser().resolve()
    sync_rules.check_days(days)
    device_id: uuid.UUID | None = None
    if path.exists():
        existing = Database(str(path), key=key)
        try:
            state = read_state(existing)
            if state is None:
                raise ValidationError(
                    _("{path} holds a clinic, not an offline copy; choose another file.").format(
                        path=path
                    )
                )
            if state.revoked:
                raise DeviceRevoked()
            if state.username.casefold() != username.casefold():
                raise ValidationError(
                    _("{path} is {username}'s offline copy; choose another file.").format(
                        path=path, username=state.username
                    )
                )
            if _pending(existing):
                raise ValidationError(
                    _(
                        "This copy holds offline work that has not reached the "
                        "server yet; run `clinicdesk sync` first."
                    )
                )
            device_id = state.device_id
        finally:
            existing.dispose()
    server = open_server(server_url)
    try:
        actor = _login(server, username, password)
        if device_id is not None:
            device = replay.device_state(server, device_id)
            if device is None or device.revoked_at is not None:
                raise DeviceRevoked()
        else:
            device_id = devices.register_device(server, actor, name=device_name).id
        return _refresh(server, actor, path, device_id, days, key=key, url=server_url)
    finally:
        server.dispose()


def _refresh(
    server: Database,
    actor: Actor,
    path: Path,
    device_id: uuid.UUID,
    days: int,
    *,
    key: str | None,
    url: str,
) -> copy.CopyResult:
    import time

    started = time.perf_counter()
    snap = copy.read_snapshot(server, actor.staff_id, days, device_id)
    now = utcnow()
    state = {
        "id": 1,
        "server_url": url,
        "staff_id": actor.staff_id,
        "username": actor.username,
        "device_id": device_id,
        "days": days,
        "set_up_at": now,
        "last_sync_at": now,
        "revoked_at": None,
    }
    written = copy.write_copy(path, snap, state, key=key)
    copy.audit_copy(server, actor.staff_id, snap, device_id)
    with server.write() as s:
        s.execute(update(SyncDevice).where(SyncDevice.id == device_id).values(last_sync_at=now))
    return copy.CopyResult(
        path, len(snap.client_ids), len(snap.session_ids), written, time.perf_counter() - started
    )


# --- sync ---------------------------------------------------------------------------------


def _items(db: Database, statuses: tuple[OutboxStatus, ...]) -> list[SyncOutbox]:
    with db.read() as s:
        rows = list(
            s.scalars(
                select(SyncOutbox).where(SyncOutbox.status.in_(statuses)).order_by(SyncOutbox.seq)
            )
        )
        s.expunge_all()
        return rows


def _item(row: SyncOutbox) -> replay.Item:
    return replay.Item(
        row.id,
        row.action,
        dict(row.arguments),
        dict(row.seen),
        dict(row.made),
        row.staff_id,
        row.device_id,
        row.done_at,
    )


def _mine(laptop: Database, item: replay.Item) -> dict[str, Any]:
    """What the laptop's user did, for the conflicts screen (no seal, no versions)."""
    shown = {k: v for k, v in item.arguments.items() if k != "seal"}
    shown["done_at"] = item.done_at.isoformat(timespec="seconds")
    return shown


def theirs(server: Database, actor: Actor, arguments: dict[str, Any]) -> dict[str, Any]:
    """The server's side of a conflict, as the user may see it (an audited read)."""
    session_id = arguments.get("session_id")
    if not session_id:
        return {}
    try:
        detail = sessions.get_session(server, actor, uuid.UUID(str(session_id)))
    except ClinicDeskError as exc:
        return {"available": False, "why": exc.message}
    side: dict[str, Any] = {
        "available": True,
        "status": detail.status.value,
        "signed": bool(detail.signatures),
        "group_note": detail.group_note,
        "leaders": [row.name for row in detail.leaders],
        "version": detail.version,
    }
    client = arguments.get("client_id")
    if client:
        row = next((r for r in detail.roster if str(r.client_id) == str(client)), None)
        side["on_roster"] = row is not None
        if row is not None:
            side["attendance"] = row.attendance.value if row.attendance else None
            side["individual_note"] = row.individual_note
    return side


class _Marks:
    """The server's answers, written to the laptop's outbox once the server committed them.

    The server replays a batch of actions in one transaction (``replay.BATCH``); its
    answers reach the laptop only after that transaction committed — a mark written
    before could name an action the server then rolled back (a lost change, or a
    conflict the server never stored). A sync stopped between the server's commit and
    these marks loses nothing: the next sync finds the answers on the server
    (``sync_applied`` / ``sync_conflict``) and only acknowledges them.
    """

    def __init__(self, laptop: Database) -> None:
        self.laptop = laptop
        self.applied: list[uuid.UUID] = []
        self.conflicts: list[tuple[uuid.UUID, replay.SyncConflictRow]] = []

    def __call__(
        self,
        action_id: uuid.UUID,
        status: OutboxStatus,
        conflict: replay.SyncConflictRow | None = None,
    ) -> None:
        if status is OutboxStatus.APPLIED:
            self.applied.append(action_id)
        else:
            assert conflict is not None
            self.conflicts.append((action_id, conflict))

    def forget(self) -> None:
        """The server rolled the batch back: none of its answers stand."""
        self.applied, self.conflicts = [], []

    def flush(self) -> None:
        if not self.applied and not self.conflicts:
            return
        with self.laptop.write() as s:
            now = utcnow()
            if self.applied:
                s.execute(
                    update(SyncOutbox)
                    .where(SyncOutbox.id.in_(self.applied))
                    .values(status=OutboxStatus.APPLIED, answered_at=now)
                )
            for action_id, conflict in self.conflicts:
                s.execute(
                    update(SyncOutbox)
                    .where(SyncOutbox.id == action_id)
                    .values(status=OutboxStatus.CONFLICT, answered_at=now)
                )
                if s.get(SyncConflict, action_id) is None:
                    s.add(SyncConflict(**conflict.values))
        self.forget()


def sync(
    laptop_path: str | Path,
    *,
    password: str,
    username: str | None = None,
    key: str | None = None,
    refresh: bool = True,
) -> SyncReport:
    """Send the outbox (replay), the laptop's audit entries, then refresh the copy."""
    path = Path(laptop_path).expanduser().resolve()
    laptop = Database(str(path), key=key)
    report = SyncReport()
    try:
        state = read_state(laptop)
        if state is None:
            raise SyncError(
                _("{path} is not an offline copy (`clinicdesk sync setup` makes one).").format(
                    path=path
                )
            )
        if state.revoked:
            raise DeviceRevoked()
        if username and username.casefold() != state.username.casefold():
            raise ValidationError(
                _("This is {username}'s offline copy, not {username2}'s.").format(
                    username=state.username, username2=username
                )
            )
        server = open_server(state.server)
        try:
            # The one password check of the sync (Argon2id on the server); the signatures
            # it replays rely on it (``auth.password_confirmed_by``, docs/SYNC.md).
            actor, proof = auth.login_with_proof(server, state.username, password)
            device = replay.device_state(server, state.device_id)
            if device is None or device.revoked_at is not None:
                _revoke_locally(laptop)
                raise DeviceRevoked()
            with auth.password_confirmed_by(proof):
                _send(laptop, server, actor, password, report)
            report.audit_sent = _send_audit(laptop, server, actor, state.device_id)
            if refresh:
                laptop.dispose()
                report.copy = _refresh(
                    server, actor, path, state.device_id, state.days, key=key, url=state.server
                )
        finally:
            server.dispose()
        report.waiting = unresolved_count(laptop)
    finally:
        laptop.dispose()
    return report


def _revoke_locally(laptop: Database) -> None:
    with laptop.write() as s:
        s.execute(update(SyncState).where(SyncState.id == 1).values(revoked_at=utcnow()))


def _send(
    laptop: Database, server: Database, actor: Actor, password: str, report: SyncReport
) -> None:
    answered = _items(laptop, (OutboxStatus.APPLIED, OutboxStatus.CONFLICT, OutboxStatus.RESOLVED))
    pending = _items(laptop, (OutboxStatus.PENDING,))
    if not pending:
        return
    everything = answered + pending
    applied = replay.applied_versions(server, [r.id for r in everything])
    known_conflicts = replay.conflicts_known(server, [r.id for r in pending])
    translate: dict[tuple[str, Any], int] = {}
    for row in answered:
        _learn(translate, row, applied.get(row.id))
    marks = _Marks(laptop)
    for start in range(0, len(pending), replay.BATCH):
        # One server transaction per batch (a SAVEPOINT per action): one durable commit
        # and one audit checkpoint instead of one per action. The laptop hears the
        # answers only once the server has committed them.
        with server.batch() as batch:
            audit.hold_head(batch)
            try:
                _replay_batch(
                    laptop,
                    server,
                    actor,
                    password,
                    report,
                    pending[start : start + replay.BATCH],
                    applied,
                    known_conflicts,
                    translate,
                    marks,
                )
                replay.record_replays(batch)
            except BaseException:
                marks.forget()
                raise
        marks.flush()


def _replay_batch(
    laptop, server, actor, password, report, rows, applied, known_conflicts, translate, _mark
):
    for row in rows:
        item = _item(row)
        if row.id in applied:
            report.already += 1
            _learn(translate, row, applied[row.id])
            _mark(row.id, OutboxStatus.APPLIED)
            continue
        if row.id in known_conflicts:
            _learn(translate, row, None)
            conflict = replay.store_conflict(
                server, actor, item, reason="", mine={}, theirs={}
            )  # already stored: returns the stored row
            _mark(row.id, OutboxStatus.CONFLICT, conflict)
            report.conflicts += 1
            continue
        try:
            outcome = replay.run(
                server,
                actor,
                item,
                password=password,
                expected=replay.expected_from(item, translate),
            )
        except replay.Blocked as blocked:
            outcome = replay.Outcome(item.id, False, {}, reason=blocked.message)
        if outcome.applied:
            report.applied += 1
            _learn(translate, row, outcome.versions)
            _mark(row.id, OutboxStatus.APPLIED)
        else:
            _learn(translate, row, None)
            conflict = replay.store_conflict(
                server,
                actor,
                item,
                reason=outcome.reason,
                mine=_mine(laptop, item),
                theirs=theirs(server, actor, item.arguments),
            )
            _mark(row.id, OutboxStatus.CONFLICT, conflict)
            report.conflicts += 1
            report.reasons.append(outcome.reason)


def _learn(translate: dict, row: SyncOutbox, versions: dict | None) -> None:
    """Map the versions this action left on the laptop to the server's numbering."""
    for key, laptop_version in (row.made or {}).items():
        if laptop_version is None:
            continue
        if versions is None:
            translate[(key, laptop_version)] = replay.CONFLICTED
        elif versions.get(key) is not None:
            translate[(key, laptop_version)] = versions[key]


def _send_audit(laptop: Database, server: Database, actor: Actor, device_id: uuid.UUID) -> int:
    with laptop.read() as s:
        chain = s.scalar(select(AuditHead.chain_id).where(AuditHead.id == 1))
        entries = [
            SimpleNamespace(**row)
            for row in s.execute(select(AuditEntry.__table__).order_by(AuditEntry.seq)).mappings()
        ]
    return replay.receive_audit(server, actor, device_id, chain, entries)


# --- status and conflicts ------------------------------------------------------------------


def unresolved_count(laptop: Database) -> int:
    with laptop.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolution.is_(None))
            )
            or 0
        )


def conflicts(laptop: Database, *, unresolved_only: bool = True) -> list[ConflictView]:
    """The conflicts waiting on this laptop, with what each is about."""
    with laptop.read() as s:
        query = select(SyncConflict).order_by(SyncConflict.done_at)
        if unresolved_only:
            query = query.where(SyncConflict.resolution.is_(None))
        out = []
        for row in s.scalars(query):
            title = (
                s.scalar(select(GroupSession.title).where(GroupSession.id == row.session_id))
                if row.session_id
                else None
            )
            client = s.get(Client, row.client_id) if row.client_id else None
            theirs_side = dict(row.theirs or {})
            out.append(
                ConflictView(
                    row.action_id,
                    row.action,
                    _(REGISTRY[row.action].label) if row.action in REGISTRY else row.action,
                    row.session_id,
                    title,
                    row.client_id,
                    f"{client.first_name} {client.last_name}" if client else None,
                    row.reason,
                    row.done_at,
                    dict(row.mine or {}),
                    theirs_side,
                    dict(row.arguments or {}),
                    sync_rules.resolutions_for(row.action, signed=bool(theirs_side.get("signed"))),
                    row.resolution,
                )
            )
        return out


def status(laptop: Database) -> Status:
    state = read_state(laptop)
    if state is None:
        raise SyncError(
            _("This database is not an offline copy (`clinicdesk sync setup` makes one).")
        )
    now = utcnow()
    days = stale_days(laptop)
    return Status(
        state,
        _pending(laptop),
        tuple(conflicts(laptop)),
        sync_rules.age_text(state.last_sync_at, now),
        sync_rules.is_stale(state.last_sync_at, now, days),
        days,
    )


def staff_name(laptop: Database, staff_id: uuid.UUID) -> str | None:
    with laptop.read() as s:
        return s.scalar(select(Staff.full_name).where(Staff.id == staff_id))


# --- resolving conflicts -------------------------------------------------------------------

RESOLVE_CONFLICT = AuditAction.RESOLVE_CONFLICT  # audit on the server: a person decided a conflict


def resolve(
    laptop_path: str | Path,
    *,
    action_id: uuid.UUID,
    resolution: sync_rules.Resolution | str,
    password: str,
    text: str | None = None,
    key: str | None = None,
) -> sync_rules.Resolution:
    """Decide one conflict, on the server (the one source of truth) and on the laptop.

    Apply mine / edit and apply replay the action again through the same service,
    without the version check (a person chose to replace what the server holds; the
    server's rules still decide — a signed or cancelled session still refuses). Add as
    an addendum turns a note that can no longer be applied into a signed addendum. Keep
    theirs applies nothing; the offline change stays on record in the conflict.
    """
    try:
        choice = sync_rules.Resolution(resolution)
    except ValueError:
        known = ", ".join(r.value for r in sync_rules.Resolution)
        raise ValidationError(
            _("Choose one of: {known}.").format(known=known), "resolution"
        ) from None
    path = Path(laptop_path).expanduser().resolve()
    laptop = Database(str(path), key=key)
    try:
        state = check_open(laptop, allow_stale=True)
        if state is None:
            raise SyncError(_("{path} is not an offline copy.").format(path=path))
        view = next((c for c in conflicts(laptop) if c.action_id == action_id), None)
        if view is None:
            raise ValidationError(_("There is no such conflict waiting on this laptop."))
        if choice not in view.choices:
            offered = ", ".join(c.label.lower() for c in view.choices)
            raise ValidationError(
                _("“{label}” is not possible for this conflict; choose: {offered}.").format(
                    label=choice.label, offered=offered
                )
            )
        if choice in (sync_rules.Resolution.EDIT_AND_APPLY,) and not (text or "").strip():
            raise ValidationError(_("Write the text to apply."), "text")
        server = open_server(state.server)
        try:
            actor, proof = auth.login_with_proof(server, state.username, password)
            item = replay.Item(
                action_id,
                view.action,
                view.arguments,
                {},
                {},
                state.staff_id,
                state.device_id,
                view.done_at,
            )
            with auth.password_confirmed_by(proof):  # checked at this login
                outcome = None
                if choice is sync_rules.Resolution.APPLY_MINE:
                    outcome = replay.run(
                        server, actor, item, password=password, expected=_unchecked
                    )
                elif choice is sync_rules.Resolution.EDIT_AND_APPLY:
                    outcome = replay.run(
                        server,
                        actor,
                        item,
                        password=password,
                        expected=_unchecked,
                        arguments={**view.arguments, "text": text},
                    )
                elif choice is sync_rules.Resolution.AS_ADDENDUM:
                    outcome = replay.run(
                        server,
                        actor,
                        item,
                        password=password,
                        expected=_unchecked,
                        action="add_addendum",
                        arguments={
                            "session_id": view.arguments["session_id"],
                            "client_id": view.arguments.get("client_id"),
                            "text": (text or view.arguments.get("text") or ""),
                        },
                    )
            if outcome is not None and not outcome.applied:
                from clinicdesk.domain.errors import Conflict

                raise Conflict(
                    _("The server still refuses it: {reason}").format(reason=outcome.reason)
                )
            _mark_resolved(server, actor, action_id, choice)
        finally:
            server.dispose()
        with laptop.write() as s:
            s.execute(
                update(SyncConflict)
                .where(SyncConflict.action_id == action_id)
                .values(resolution=choice, resolved_at=utcnow(), resolved_by_id=actor.staff_id)
            )
            s.execute(
                update(SyncOutbox)
                .where(SyncOutbox.id == action_id)
                .values(status=OutboxStatus.RESOLVED, answered_at=utcnow())
            )
    finally:
        laptop.dispose()
    return choice


def _unchecked(_key: str) -> None:
    return None


def _mark_resolved(
    server: Database, actor: Actor, action_id: uuid.UUID, choice: sync_rules.Resolution
) -> None:
    from clinicdesk.services import audit

    with server.write() as s:
        row = s.get(SyncConflict, action_id, with_for_update=True)
        if row is None or row.staff_id != actor.staff_id:
            raise ValidationError(_("That conflict is not yours to resolve."))
        if row.resolution is None:
            row.resolution = choice
            row.resolved_at = utcnow()
            row.resolved_by_id = actor.staff_id
            s.flush()
            audit.record(
                s,
                actor.staff_id,
                RESOLVE_CONFLICT,
                AuditEntity.SYNC_DEVICE,
                row.device_id,
                client_id=row.client_id,
                details={"action_id": str(action_id), "resolution": choice.value},
            )
