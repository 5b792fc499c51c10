"""Taking work offline: the filtered copy of what one user may reach, and its refresh.

What the copy holds (docs/SYNC.md, "What goes on the laptop"):

- sessions: those the user leads from N days back to N days ahead and every one they
  lead that is in progress; when they may lead, the not-yet-led upcoming sessions of
  the next N days they could start (every attendee's file within their reach — the
  same condition ``start_session`` applies);
- clients: the attendees of those sessions, the current members of their groups and
  of the groups the user acts for or holds a grant on, and the user's care-team
  clients — each only when the one rule, ``authz.reach(..., Purpose.DIRECTORY)``,
  says the user reaches them (the copy never holds a client the user could not see);
- what the services need to apply the same rules offline: care teams of those
  clients, practitioner groups, the groups and their actors and grants, the staff
  directory (password hashes of everyone but the user removed), templates, settings;
- the user's own device row and unresolved conflicts.

Client files (file entries, documents, outcome scores, history) stay on the server.

The copy is written to a new file next to the laptop's and put in place with an
atomic rename, so a refresh interrupted at any moment leaves the previous copy whole.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, Table, and_, exists, insert, or_, select, text, union
from sqlalchemy.orm import Session

from clinicdesk import clock
from clinicdesk.db import migrate
from clinicdesk.db.base import Base
from clinicdesk.db.engine import Database
from clinicdesk.db.models import (
    Addendum,
    CareTeamMember,
    Client,
    ClientGroup,
    ClinicSetting,
    Enrolment,
    GroupAccessGrant,
    GroupActor,
    GroupMembership,
    GroupSession,
    PractitionerGroup,
    PractitionerGroupAdmin,
    PractitionerGroupMember,
    ScheduleOccurrence,
    ScheduleTemplate,
    SessionLeader,
    SessionTemplate,
    Signature,
    Staff,
    SyncConflict,
    SyncDevice,
    SyncState,
)
from clinicdesk.domain import session_rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.services import audit, audit_checkpoints, authz
from clinicdesk.sync import outbox

OFFLINE_COPY = AuditAction.OFFLINE_COPY  # audit action on the server: a copy was taken or refreshed

# Password hashes of everyone but the copy's user are not copied (an unusable marker).
NO_PASSWORD = "!offline-copy"


@dataclass(frozen=True, slots=True)
class Snapshot:
    rows: dict[Table, list[dict]]
    client_ids: list[uuid.UUID]
    session_ids: list[uuid.UUID]


@dataclass(frozen=True, slots=True)
class CopyResult:
    path: Path
    clients: int
    sessions: int
    rows: int
    seconds: float


def _window(today: date, days: int) -> tuple[datetime, datetime, datetime]:
    start = datetime.combine(today - timedelta(days=days), datetime.min.time())
    now = datetime.combine(today, datetime.min.time())
    end = datetime.combine(today + timedelta(days=days + 1), datetime.min.time())
    return start, now, end


def sessions_query(s: Session, staff: Staff, days: int, today: date) -> Select:
    """The ids of the sessions a user takes offline (see the module docstring)."""
    start, now, end = _window(today, days)
    led = select(SessionLeader.session_id).where(SessionLeader.staff_id == staff.id)
    leads = and_(
        GroupSession.id.in_(led),
        or_(
            GroupSession.status == SessionStatus.IN_PROGRESS,
            and_(GroupSession.starts_at >= start, GroupSession.starts_at < end),
        ),
    )
    conditions = [leads]
    if session_rules.eligible_leader_refusal(staff.role, staff.features) is None:
        files = authz.reach(s, staff, Purpose.FILE)
        outside = exists(
            select(Enrolment.id).where(
                Enrolment.session_id == GroupSession.id,
                Enrolment.withdrawn_at.is_(None),
                ~files.covers(Enrolment.client_id),
            )
        )
        unled = ~exists(select(SessionLeader.id).where(SessionLeader.session_id == GroupSession.id))
        conditions.append(
            and_(
                GroupSession.status == SessionStatus.UPCOMING,
                GroupSession.starts_at >= now,
                GroupSession.starts_at < end,
                unled,
                ~outside,
            )
        )
    return select(GroupSession.id).where(or_(*conditions))


def _rows(s: Session, query: Select) -> list[dict]:
    return [dict(r) for r in s.execute(query).mappings()]


def take_snapshot(
    s: Session, staff: Staff, days: int, today: date, device_id: uuid.UUID
) -> Snapshot:
    """Read everything the copy holds, inside the caller's (read) transaction."""
    session_ids = list(s.scalars(sessions_query(s, staff, days, today)))
    sessions_sq = select(GroupSession.id).where(GroupSession.id.in_(session_ids))
    if len(session_ids) > 5000:  # a list too long to bind: ask the server again
        sessions_sq = sessions_query(s, staff, days, today)
    groups = union(
        select(GroupSession.group_id.label("id")).where(
            GroupSession.id.in_(sessions_sq), GroupSession.group_id.is_not(None)
        ),
        select(GroupActor.group_id).where(GroupActor.staff_id == staff.id),
        select(GroupAccessGrant.group_id).where(GroupAccessGrant.staff_id == staff.id),
        select(SessionTemplate.group_id).where(SessionTemplate.group_id.is_not(None)),
    ).subquery()
    group_ids = select(groups.c.id)
    member_groups = union(
        select(GroupSession.group_id.label("id")).where(
            GroupSession.id.in_(sessions_sq), GroupSession.group_id.is_not(None)
        ),
        select(GroupActor.group_id).where(GroupActor.staff_id == staff.id),
        select(GroupAccessGrant.group_id).where(GroupAccessGrant.staff_id == staff.id),
    ).subquery()
    candidates = union(
        select(Enrolment.client_id.label("id")).where(Enrolment.session_id.in_(sessions_sq)),
        select(GroupMembership.client_id).where(
            GroupMembership.group_id.in_(select(member_groups.c.id)),
            GroupMembership.left_on.is_(None),
        ),
        select(CareTeamMember.client_id).where(CareTeamMember.staff_id == staff.id),
    ).subquery()
    # The one rule decides; the candidates only keep the copy to what the work needs.
    directory = authz.reach(s, staff, Purpose.DIRECTORY)
    client_q = directory.narrow(
        select(Client.id).where(Client.id.in_(select(candidates.c.id))), Client.id
    )
    client_ids = list(s.scalars(client_q))
    clients_sq = (
        client_q if len(client_ids) > 5000 else select(Client.id).where(Client.id.in_(client_ids))
    )

    rows: dict[Table, list[dict]] = {}
    staff_rows = _rows(s, select(Staff.__table__))
    for row in staff_rows:
        if row["id"] != staff.id:
            row["password_hash"] = NO_PASSWORD
    rows[Staff.__table__] = staff_rows
    for model in (
        ClinicSetting,
        PractitionerGroup,
        PractitionerGroupMember,
        PractitionerGroupAdmin,
        SessionTemplate,
        ScheduleTemplate,
        ScheduleOccurrence,
    ):
        rows[model.__table__] = _rows(s, select(model.__table__))
    rows[ClientGroup.__table__] = _rows(
        s, select(ClientGroup.__table__).where(ClientGroup.id.in_(group_ids))
    )
    for model in (GroupActor, GroupAccessGrant):
        rows[model.__table__] = _rows(
            s, select(model.__table__).where(model.group_id.in_(group_ids))
        )
    rows[Client.__table__] = _rows(s, select(Client.__table__).where(Client.id.in_(clients_sq)))
    rows[CareTeamMember.__table__] = _rows(
        s, select(CareTeamMember.__table__).where(CareTeamMember.client_id.in_(clients_sq))
    )
    rows[GroupMembership.__table__] = _rows(
        s,
        select(GroupMembership.__table__).where(
            GroupMembership.group_id.in_(group_ids), GroupMembership.client_id.in_(clients_sq)
        ),
    )
    rows[GroupSession.__table__] = _rows(
        s, select(GroupSession.__table__).where(GroupSession.id.in_(sessions_sq))
    )
    rows[SessionLeader.__table__] = _rows(
        s, select(SessionLeader.__table__).where(SessionLeader.session_id.in_(sessions_sq))
    )
    enrolments = _rows(
        s,
        select(Enrolment.__table__).where(
            Enrolment.session_id.in_(sessions_sq), Enrolment.client_id.in_(clients_sq)
        ),
    )
    for row in enrolments:
        row["assignment_id"] = None  # schedules stay on the server
    rows[Enrolment.__table__] = enrolments
    rows[Signature.__table__] = _rows(
        s, select(Signature.__table__).where(Signature.session_id.in_(sessions_sq))
    )
    rows[Addendum.__table__] = _rows(
        s,
        select(Addendum.__table__).where(
            Addendum.session_id.in_(sessions_sq),
            or_(Addendum.client_id.is_(None), Addendum.client_id.in_(clients_sq)),
        ),
    )
    rows[SyncDevice.__table__] = _rows(
        s, select(SyncDevice.__table__).where(SyncDevice.id == device_id)
    )
    rows[SyncConflict.__table__] = _rows(
        s, select(SyncConflict.__table__).where(SyncConflict.device_id == device_id)
    )
    return Snapshot(rows, client_ids, session_ids)


def read_snapshot(
    server: Database, staff_id: uuid.UUID, days: int, device_id: uuid.UUID
) -> Snapshot:
    """One consistent snapshot (REPEATABLE READ on PostgreSQL)."""
    with server.engine.connect() as conn:
        if not server.is_sqlite:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with Session(bind=conn) as s, s.begin():
            staff = s.get(Staff, staff_id)
            assert staff is not None
            return take_snapshot(s, staff, days, clock.today(), device_id)


def audit_copy(server: Database, staff_id: uuid.UUID, snap: Snapshot, device_id: uuid.UUID) -> None:
    """The server's audit log: which clients' data went to which device (ids only)."""
    with server.write() as s:
        audit.record(
            s,
            staff_id,
            OFFLINE_COPY,
            AuditEntity.SYNC_DEVICE,
            device_id,
            details={"clients": len(snap.client_ids), "sessions": len(snap.session_ids)},
        )
        audit.record_per_client(
            s, staff_id, OFFLINE_COPY, AuditEntity.SYNC_DEVICE, device_id, snap.client_ids
        )


def write_copy(
    path: Path,
    snap: Snapshot,
    state: dict,
    *,
    key: str | None,
) -> int:
    """Write the copy to ``path`` through a new file and an atomic rename; rows written."""
    path = Path(path)
    fresh = path.with_name(path.name + ".new")
    for leftover in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        leftover.unlink(missing_ok=True)
    laptop = Database(str(fresh), key=key, create=True)
    written = 0
    try:
        _create_schema(laptop)
        with laptop.write() as s:
            # Rows may refer to rows of their own table (staff.updated_by_id): checked at
            # commit, when every row is in.
            s.execute(text("PRAGMA defer_foreign_keys = ON"))
            for table in Base.metadata.sorted_tables:
                batch = snap.rows.get(table)
                if batch:
                    s.execute(insert(table), batch)
                    written += len(batch)
            s.execute(insert(SyncState.__table__), [state])
        with laptop.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        laptop.dispose()
    if path.exists():
        _settle(path, key)
    os.replace(fresh, path)
    for leftover in (Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        leftover.unlink(missing_ok=True)
    outbox.forget(str(path.resolve()))
    # A new audit log where the previous copy's was: this laptop's checkpoint of the old
    # one is retired (its entries reached the server before the refresh).
    old = Database(str(path), key=key)
    try:
        audit_checkpoints.set_aside(
            audit_checkpoints.location_of(old.engine.url), "the offline copy was refreshed"
        )
    finally:
        old.dispose()
    return written


def _settle(path: Path, key: str | None) -> None:
    """Fold the old copy's write-ahead log into it, so no stale -wal meets the new file."""
    old = Database(str(path), key=key)
    try:
        with old.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        old.dispose()
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


# --- the schema of a new copy ---------------------------------------------------------------
#
# Running every migration on a new file takes seconds (2.4 s here); the schema they build
# is what SQLite stores in ``sqlite_master``. A copy is built by replaying that DDL —
# taken once per schema revision from a migrated template and kept next to the
# workstation's data — plus the rows the migrations seed (alembic_version, audit_head).


def _schema_file(head: str) -> Path:
    from clinicdesk import paths

    return paths.data_dir() / f"offline-copy-schema-{head}.json"


def _read_script(db: Database) -> dict:
    with db.engine.connect() as conn:
        entries = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).all()
        virtual = [
            n for t, n, q in entries if t == "table" and q.upper().startswith("CREATE VIRTUAL")
        ]
        ddl = [
            q
            for t, n, q in entries
            if not n.startswith("sqlite_") and not any(n.startswith(v + "_") for v in virtual)
        ]
        seeds = {
            table: [list(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table}").all()]
            for table in ("alembic_version", "audit_head")
        }
    return {"ddl": ddl, "seeds": seeds}


def schema_script() -> dict:
    """The DDL of the current schema, from the cache or a template migrated once."""
    import json
    import tempfile

    head = migrate.head_revision()
    cached = _schema_file(head)
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    with tempfile.TemporaryDirectory() as tmp:
        template = Database(str(Path(tmp) / "template.sqlite3"), create=True)
        try:
            migrate.upgrade(template, backup=False)
            script = _read_script(template)
        finally:
            template.dispose()
    try:
        from clinicdesk import private_files

        private_files.make_dirs(cached.parent)
        cached.write_text(json.dumps(script), encoding="utf-8")
    except OSError:
        pass  # a cache only
    return script


def _create_schema(db: Database) -> None:
    script = schema_script()
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        for statement in script["ddl"]:
            cur.execute(statement)
        for table, rows in script["seeds"].items():
            for row in rows:
                marks = ", ".join("?" for _ in row)
                cur.execute(f"INSERT INTO {table} VALUES ({marks})", row)
        cur.execute("COMMIT")
        cur.close()
    finally:
        raw.close()
