"""The client directory: create and edit clients, search them, and set their care team.

The directory (names, date of birth, record number, status) is clerical data: every
role reads it, but each person sees only the entries the reachability rule gives them
(``authz.reach(..., Purpose.DIRECTORY)``: office roles every client, a clinician under
practitioner-group restrictions the clients of their routes), applied inside every
query here — search, count, "select all", one entry, a care team. It holds no clinical
data, so reading it is not a "file read" and is not audited row by row. Creating and
editing clients is audited.

Search is database-side over ``client.search_text``, a folded copy of the names and
record number kept in step here, so "zoe dub" finds "Zoë Dubois" on SQLite and
PostgreSQL alike; a substring index answers it (see "Directory search" below). Paging
is keyset (``after`` = the last row's sort key), so page 200 costs the same as page 1 at
100,000 clients.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, column, func, literal_column, select, table, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import CareTeamMember, Client, Staff
from clinicdesk.domain import clients as rules
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import CLINICIAN_ROLES, CareRole, ClientStatus, Role
from clinicdesk.domain.errors import Conflict, NotFound, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text import escape_like, fold
from clinicdesk.domain.unchanged import UNCHANGED, Unchanged
from clinicdesk.i18n import N_, _, ngettext
from clinicdesk.services import audit, authz, care_team, editing
from clinicdesk.services.records import Actor
from clinicdesk.services.sql_types import AnySelect

__all__ = [
    "UNCHANGED",
    "CareTeam",
    "ClientPage",
    "ClientRecord",
    "ClientSortKey",
    "PossibleDuplicate",
    "StaffRef",
    "count_clients",
    "create_client",
    "get_care_team",
    "get_client",
    "search_clients",
    "set_care_team",
    "set_status",
    "update_client",
]

MAX_PAGE = 500

# (last_name_key, first_name_key, id): the directory's order and its paging cursor.
ClientSortKey = tuple[str, str, uuid.UUID]


class PossibleDuplicate(Conflict):
    """A client with the same name and date of birth exists; pass ``allow_duplicate``."""

    def __init__(self, record_numbers: Sequence[str | None], client_ids: Sequence[uuid.UUID]):
        numbers = [n for n in record_numbers if n]
        if numbers:
            listed = ", ".join(numbers[:5]) + (" …" if len(numbers) > 5 else "")
            which = ngettext(
                "record number {numbers}", "record numbers {numbers}", len(numbers)
            ).format(numbers=listed)
        else:
            which = _("no record number")
        count = len(client_ids)
        super().__init__(
            ngettext(
                "There is already a client with this name and date of birth ({which}). "
                "Check that this is not the same person; save anyway only if it is not.",
                "There are already {n} clients with this name and date of birth ({which}). "
                "Check that this is not the same person; save anyway only if it is not.",
                count,
            ).format(n=count, which=which)
        )
        self.record_numbers = tuple(record_numbers)
        self.client_ids = tuple(client_ids)


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """A directory entry: identity only, no clinical data."""

    id: uuid.UUID
    first_name: str
    last_name: str
    preferred_name: str | None
    date_of_birth: date | None
    record_number: str | None
    status: ClientStatus
    version: int

    @property
    def display_name(self) -> str:
        """ "First Last" — the legal name as the directory lists it."""
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_key(self) -> ClientSortKey:
        """The keyset cursor for ``search_clients(after=...)``."""
        return (fold(self.last_name), fold(self.first_name), self.id)


@dataclass(frozen=True, slots=True)
class ClientPage:
    rows: tuple[ClientRecord, ...]
    # Pass as ``after`` to get the next page; None when this page is the last.
    next_after: ClientSortKey | None
    # Every client the filter matches (``search_clients(with_total=True)``), else None.
    total: int | None = None


@dataclass(frozen=True, slots=True)
class StaffRef:
    id: uuid.UUID
    full_name: str
    role: Role


@dataclass(frozen=True, slots=True)
class CareTeam:
    client_id: uuid.UUID
    primary_therapist: StaffRef | None
    case_manager: StaffRef | None
    others: tuple[StaffRef, ...]

    @property
    def staff_ids(self) -> frozenset[uuid.UUID]:
        people = [self.primary_therapist, self.case_manager, *self.others]
        return frozenset(p.id for p in people if p is not None)


# Records and in-transaction helpers (used by groups, import and client_file) --------


def to_record(row: Client | Row[Any]) -> ClientRecord:
    """A client as the services hand it out, from the ORM object or a plain row."""
    return ClientRecord(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        preferred_name=row.preferred_name,
        date_of_birth=row.date_of_birth,
        record_number=row.record_number,
        status=ClientStatus(row.status),
        version=row.version,
    )


def load_client(session: Session, client_id: uuid.UUID, *, for_update: bool = False) -> Client:
    query = select(Client).where(Client.id == client_id)
    if for_update:
        query = query.with_for_update()
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        raise NotFound(_("That client does not exist (any more)."))
    return row


def _duplicates(
    session: Session,
    details: rules.ClientDetails,
    *,
    exclude: uuid.UUID | None = None,
) -> list[tuple[uuid.UUID, str | None]]:
    dob = Client.date_of_birth
    query = select(Client.id, Client.record_number).where(
        Client.name_key == details.name_key,
        dob.is_(None) if details.date_of_birth is None else dob == details.date_of_birth,
    )
    if exclude is not None:
        query = query.where(Client.id != exclude)
    return [(r.id, r.record_number) for r in session.execute(query.order_by(Client.id))]


def _check_unique(
    session: Session,
    details: rules.ClientDetails,
    *,
    allow_duplicate: bool,
    exclude: uuid.UUID | None = None,
) -> None:
    if details.record_number:
        query = select(Client.id).where(Client.record_number == details.record_number)
        if exclude is not None:
            query = query.where(Client.id != exclude)
        if session.execute(query.limit(1)).first():
            raise Conflict(
                _("Record number {record_number} is already used by another client.").format(
                    record_number=details.record_number
                )
            )
    if not allow_duplicate:
        found = _duplicates(session, details, exclude=exclude)
        if found:
            raise PossibleDuplicate([n for _, n in found], [i for i, _ in found])


def _staff_ref(row: Staff) -> StaffRef:
    return StaffRef(row.id, row.full_name, Role(row.role))


def care_team_of(session: Session, client_id: uuid.UUID) -> CareTeam:
    rows = session.execute(
        select(CareTeamMember.care_role, Staff)
        .join(Staff, Staff.id == CareTeamMember.staff_id)
        .where(CareTeamMember.client_id == client_id)
        .order_by(Staff.full_name, Staff.id)
    ).all()
    primary = manager = None
    others: list[StaffRef] = []
    for care_role, staff in rows:
        ref = _staff_ref(staff)
        if care_role == CareRole.PRIMARY_THERAPIST:
            primary = ref
        elif care_role == CareRole.CASE_MANAGER:
            manager = ref
        else:
            others.append(ref)
    return CareTeam(client_id, primary, manager, tuple(others))


# Directory search --------------------------------------------------------------------
#
# Every word of the filter must occur somewhere in ``client.search_text`` (folded names
# and record number). ``LIKE '%word%'`` states that exactly but no B-tree answers it: at
# 100,000 clients each query read the whole ``search_text`` index (20-70 ms). Revision
# 0002 adds a substring index: on SQLite the FTS5 trigram table ``client_fts`` (queried
# here with MATCH, for words of 3+ characters: a trigram index cannot answer shorter
# ones), on PostgreSQL a pg_trgm GIN index that ``LIKE`` itself uses. Without the index
# (an old or FTS-less SQLite, a refused extension) the same ``LIKE`` query answers.

# The trigram index answers words of at least this many characters.
_FTS_MIN_CHARS = 3
_FTS = table("client_fts", column("rowid"))
_FTS_MATCH = literal_column("client_fts").op("MATCH")
_CLIENT_ROWID: ColumnClause[Any] = literal_column("client.rowid")
# A filter matching at least this many rows is "dense" (see ``_page_query``): walking the
# directory order finds a page sooner than sorting every match. The trigram index finds
# matches faster than a scan of the ``search_text`` index, so its break-even is higher.
_DENSE_MATCHES = 2_000
_DENSE_MATCHES_INDEXED = 5_000

# The columns a ``ClientRecord`` and its cursor are read from (Core rows: no ORM objects
# to build and track for a page of 200 clients).
_RECORD_COLUMNS = (
    Client.id,
    Client.first_name,
    Client.last_name,
    Client.preferred_name,
    Client.date_of_birth,
    Client.record_number,
    Client.status,
    Client.version,
    Client.last_name_key,
    Client.first_name_key,
)


@dataclass(frozen=True, slots=True)
class _Filter:
    """A directory filter, parsed once: the words and how this database answers them."""

    words: tuple[str, ...]
    include_inactive: bool
    # SQLite with ``client_fts``: the words the trigram index answers (3+ characters).
    indexed: tuple[str, ...] = ()

    @property
    def like_words(self) -> tuple[str, ...]:
        """The words tested with ``LIKE`` when the index answers the others."""
        return tuple(w for w in self.words if w not in self.indexed)


def _filter(session: Session, text: str, include_inactive: bool) -> _Filter:
    # A pasted page of text must not become hundreds of conditions: the first words suffice.
    words = tuple(rules.search_tokens((text or "")[:200])[:8])
    indexed = tuple(w for w in words if len(w) >= _FTS_MIN_CHARS)
    if indexed and _has_client_fts(session):
        return _Filter(words, include_inactive, indexed)
    return _Filter(words, include_inactive)


def _has_client_fts(session: Session) -> bool:
    """SQLite only: does this database have the trigram index (revision 0002, FTS5)?

    Asked once per pooled connection (``Connection.info`` lives with the DB-API
    connection; a restored file is opened on new connections).
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return False
    found = conn.info.get("clinicdesk.client_fts")
    if found is None:
        found = (
            conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'client_fts'"
            ).first()
            is not None
        )
        conn.info["clinicdesk.client_fts"] = found
    return found


def _fts_query(words: Sequence[str]) -> str:
    """An FTS5 query that holds when every word occurs as a substring.

    Each word is one quoted string (FTS5 syntax: a double quote is doubled; nothing else
    is special inside), so ``AND``, ``*``, ``-``, ``:`` or quotes a user typed are text.
    With the trigram tokenizer a string of 3+ characters matches exactly where it occurs.
    """
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _matching_rowids(f: _Filter) -> AnySelect:
    return select(_FTS.c.rowid).where(_FTS_MATCH(_fts_query(f.indexed)))


def _where(
    query: AnySelect, f: _Filter, reach: authz.Reach, *, use_index: bool = True
) -> AnySelect:
    """The filter's conditions on ``client``: the trigram index for the words it answers
    (unless ``use_index`` is False), ``LIKE`` for the rest, the status, and the reader's
    reach (nothing when they reach every client)."""
    query = reach.narrow(query, Client.id)
    indexed = bool(f.indexed) and use_index
    for word in f.like_words if indexed else f.words:
        query = query.where(Client.search_text.like(f"%{escape_like(word)}%", escape="\\"))
    if indexed:
        query = query.where(_CLIENT_ROWID.in_(_matching_rowids(f)))
    if not f.include_inactive:
        query = query.where(Client.status == ClientStatus.ACTIVE)
    return query


def _count(session: Session, f: _Filter, reach: authz.Reach, *, cap: int | None = None) -> int:
    """How many reachable clients the filter matches (at most ``cap``: it stops early)."""
    if f.indexed and not f.like_words and f.include_inactive and reach.every:
        # The index alone answers: no need to visit the client rows.
        query = _matching_rowids(f)
    else:
        # ``1``: on SQLite the ``search_text`` index covers a ``LIKE``-only count.
        query = _where(select(literal_column("1")).select_from(Client), f, reach)
    if cap is not None:
        query = query.limit(cap)
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _page_query(session: Session, f: _Filter, matches: int | None, reach: authz.Reach) -> AnySelect:
    """The filter's rows in directory order, before the cursor and limit.

    Two plans, chosen by how many clients match (``matches``; counted here, up to the
    threshold, when the caller has not counted). A dense filter ("a", "son") walks
    ``ix_client_sort`` in directory order and stops once the page is full. A sparse one
    ("nowak") must not walk it: that reads every row (~0.4 s at 100,000 clients). It
    finds the few matching rows first, by the trigram index or, on SQLite without one,
    by scanning the small ``search_text`` index, and sorts just those.
    PostgreSQL plans this by itself.
    """
    query = select(*_RECORD_COLUMNS)
    if session.get_bind().dialect.name != "sqlite" or not f.words:
        return _where(query, f, reach)
    dense = _DENSE_MATCHES_INDEXED if f.indexed else _DENSE_MATCHES
    if matches is None:
        matches = _count(session, f, reach, cap=dense)
    if matches >= dense:
        return _where(query, f, reach, use_index=False)
    if f.indexed:
        return _where(query, f, reach)
    sparse = _where(select(_CLIENT_ROWID).select_from(Client), f, reach)
    return _where(query, f, reach).where(_CLIENT_ROWID.in_(sparse))


def _directory(session: Session, staff: Staff) -> authz.Reach:
    return authz.reach(session, staff, Purpose.DIRECTORY)


def _require_entry(
    session: Session, staff: Staff, client_id: uuid.UUID, action: AuditAction
) -> None:
    """``PermissionDenied`` unless ``staff`` sees this client's directory entry."""
    authz.require_reach(session, staff, [client_id], Purpose.DIRECTORY, action=action)


# Services ---------------------------------------------------------------------------


@authz.returns_client_data(Purpose.DIRECTORY)
def create_client(
    db: Database,
    actor: Actor,
    *,
    first_name: str,
    last_name: str,
    preferred_name: str | None = None,
    date_of_birth: date | None = None,
    record_number: str | None = None,
    status: ClientStatus = ClientStatus.ACTIVE,
    allow_duplicate: bool = False,
) -> ClientRecord:
    """Add a client to the directory.

    Refuses a second client with the same record number (``Conflict``) and, unless
    ``allow_duplicate``, one with the same name and date of birth as an existing client
    (``PossibleDuplicate``, which lists the existing record numbers).
    """
    with db.write() as s:
        staff = authz.require(
            s, actor, Permission.EDIT_CLIENT_DEMOGRAPHICS, entity_type=AuditEntity.CLIENT
        )
        details = rules.validate_client(
            first_name=first_name,
            last_name=last_name,
            preferred_name=preferred_name,
            date_of_birth=date_of_birth,
            record_number=record_number,
            today=clock.today(),
        )
        status = ClientStatus(status)
        _check_unique(s, details, allow_duplicate=allow_duplicate)
        row = Client(**details.columns(), status=status, updated_by_id=staff.id)
        s.add(row)
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.CREATE_CLIENT,
            AuditEntity.CLIENT,
            row.id,
            client_id=row.id,
            details={"status": status.value, "duplicate_confirmed": allow_duplicate},
        )
        return to_record(row)


@authz.returns_client_data(Purpose.DIRECTORY)
def update_client(
    db: Database,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    expected_version: int | None,
    first_name: str | Unchanged = UNCHANGED,
    last_name: str | Unchanged = UNCHANGED,
    preferred_name: str | Unchanged | None = UNCHANGED,
    date_of_birth: date | Unchanged | None = UNCHANGED,
    record_number: str | Unchanged | None = UNCHANGED,
    status: ClientStatus | Unchanged = UNCHANGED,
    allow_duplicate: bool = False,
) -> ClientRecord:
    """Change a client's details; fields left at ``UNCHANGED`` keep their value.

    ``expected_version`` is the version the user loaded (``StaleEdit`` if someone saved
    since; ``None`` accepts the current one). Same duplicate rules as ``create_client``.
    """
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.EDIT_CLIENT_DEMOGRAPHICS,
            entity_type=AuditEntity.CLIENT,
            entity_id=client_id,
            client_id=client_id,
        )
        _require_entry(s, staff, client_id, AuditAction.UPDATE_CLIENT)
        row = load_client(s, client_id, for_update=True)
        editing.check_version(s, row, expected_version, N_("client"))

        def pick(value: Any, current: Any) -> Any:
            return current if value is UNCHANGED else value

        details = rules.validate_client(
            first_name=pick(first_name, row.first_name),
            last_name=pick(last_name, row.last_name),
            preferred_name=pick(preferred_name, row.preferred_name),
            date_of_birth=pick(date_of_birth, row.date_of_birth),
            record_number=pick(record_number, row.record_number),
            today=clock.today(),
        )
        new_status = ClientStatus(pick(status, row.status))
        identity_changed = (details.name_key, details.date_of_birth) != (
            row.name_key,
            row.date_of_birth,
        )
        _check_unique(
            s,
            details,
            allow_duplicate=allow_duplicate or not identity_changed,
            exclude=row.id,
        )
        changed = [
            field
            for field, value in details.columns().items()
            if not field.endswith("_key")
            and field != "search_text"
            and getattr(row, field) != value
        ]
        if new_status != row.status:
            changed.append("status")
        if not changed:
            return to_record(row)
        for field, value in details.columns().items():
            setattr(row, field, value)
        row.status = new_status
        row.updated_by_id = staff.id
        s.flush()
        audit.record(
            s,
            staff.id,
            AuditAction.UPDATE_CLIENT,
            AuditEntity.CLIENT,
            row.id,
            client_id=row.id,
            details={"fields": sorted(changed)},
        )
        return to_record(row)


@authz.returns_client_data(Purpose.DIRECTORY)
def set_status(
    db: Database,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    status: ClientStatus,
    expected_version: int | None,
) -> ClientRecord:
    """Mark a client active, inactive or discharged (their records all stay)."""
    return update_client(db, actor, client_id, expected_version=expected_version, status=status)


@authz.returns_client_data(Purpose.DIRECTORY)
def get_client(db: Database, actor: Actor, client_id: uuid.UUID) -> ClientRecord:
    """One directory entry (no clinical data), if it is in the reader's reach."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT
        )
        row = load_client(s, client_id)
        _require_entry(s, staff, client_id, AuditAction.READ_CLIENT)
        return to_record(row)


@authz.returns_client_data(Purpose.DIRECTORY)
def search_clients(
    db: Database,
    actor: Actor,
    *,
    text: str = "",
    limit: int = 50,
    after: ClientSortKey | None = None,
    include_inactive: bool = True,
    with_total: bool = False,
) -> ClientPage:
    """One page of the directory, by last then first name.

    Every word of ``text`` must occur in the first, last or preferred name or the
    record number, ignoring case and accents; ``%``, ``_`` and quotes are matched
    literally. ``after`` is the previous page's ``next_after``. ``with_total`` also
    counts every match (``ClientPage.total``), in the same transaction: a new filter
    needs its first page and its count, and one call is one permission check and one
    snapshot, so the two always agree.
    """
    limit = max(1, min(int(limit), MAX_PAGE))
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT
        )
        f = _filter(s, text, include_inactive)
        reach = _directory(s, staff)
        total = _count(s, f, reach) if with_total else None
        query = _page_query(s, f, total, reach)
        if after is not None:
            last, first, after_id = after
            query = query.where(
                tuple_(Client.last_name_key, Client.first_name_key, Client.id)
                > tuple_(last, first, after_id)
            )
        query = query.order_by(Client.last_name_key, Client.first_name_key, Client.id)
        rows = s.execute(query.limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = None
        if more:
            tail = rows[-1]
            cursor = (tail.last_name_key, tail.first_name_key, tail.id)
        return ClientPage(tuple(to_record(r) for r in rows), cursor, total)


def count_clients(
    db: Database, actor: Actor, text: str = "", *, include_inactive: bool = True
) -> int:
    """How many clients ``search_clients`` would list for the same filter."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT
        )
        return _count(s, _filter(s, text, include_inactive), _directory(s, staff))


@authz.returns_client_data(Purpose.DIRECTORY)
def set_care_team(
    db: Database,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    primary_therapist_id: uuid.UUID | None,
    case_manager_id: uuid.UUID | None,
    others: Sequence[uuid.UUID] = (),
) -> CareTeam:
    """Replace a client's care team. Only active clinicians (manager, therapist,
    case manager) can be on it, and each person holds one care role."""
    with db.write() as s:
        staff = authz.require(
            s,
            actor,
            Permission.MANAGE_CARE_TEAM,
            entity_type=AuditEntity.CLIENT,
            entity_id=client_id,
            client_id=client_id,
        )
        load_client(s, client_id, for_update=True)
        _require_entry(s, staff, client_id, AuditAction.SET_CARE_TEAM)
        wanted: dict[uuid.UUID, CareRole] = {}
        for member_id, care_role in [
            (primary_therapist_id, CareRole.PRIMARY_THERAPIST),
            (case_manager_id, CareRole.CASE_MANAGER),
            *((o, CareRole.OTHER) for o in others),
        ]:
            if member_id is None:
                continue
            if member_id in wanted:
                if care_role == CareRole.OTHER:
                    continue  # already on the team in a named role, or listed twice
                raise ValidationError(
                    _("One staff member cannot be both primary therapist and case manager."),
                    field="care_team",
                )
            wanted.setdefault(member_id, care_role)
        if wanted:
            people = {
                p.id: p
                for p in s.execute(select(Staff).where(Staff.id.in_(list(wanted)))).scalars()
            }
            for member_id in wanted:
                person = people.get(member_id)
                if person is None or not person.active:
                    raise ValidationError(
                        _("A chosen staff member does not exist or is no longer active."),
                        field="care_team",
                    )
                if person.role not in CLINICIAN_ROLES:
                    raise ValidationError(
                        _(
                            "{full_name} is {label}; only therapists, case managers and "
                            "managers can be on a care team."
                        ).format(full_name=person.full_name, label=Role(person.role).label.lower()),
                        field="care_team",
                    )
        current = {
            m.staff_id: m
            for m in s.execute(
                select(CareTeamMember).where(CareTeamMember.client_id == client_id)
            ).scalars()
        }
        before = {sid: CareRole(m.care_role) for sid, m in current.items()}
        for member_id, member in current.items():
            if member_id not in wanted:
                s.delete(member)
            elif member.care_role != wanted[member_id]:
                member.care_role = wanted[member_id]
        s.flush()
        for member_id, care_role in wanted.items():
            if member_id not in current:
                s.add(CareTeamMember(client_id=client_id, staff_id=member_id, care_role=care_role))
        s.flush()
        # The history: nothing of the old team is lost (care_team_period).
        opened, closed = care_team.record_change(s, staff.id, client_id, before, wanted)
        audit.record(
            s,
            staff.id,
            AuditAction.SET_CARE_TEAM,
            AuditEntity.CLIENT,
            client_id,
            client_id=client_id,
            details={
                "primary_therapist": primary_therapist_id,
                "case_manager": case_manager_id,
                "others": sorted(str(k) for k, v in wanted.items() if v == CareRole.OTHER),
                "periods_opened": opened,
                "periods_closed": closed,
            },
        )
        return care_team_of(s, client_id)


@authz.returns_client_data(Purpose.DIRECTORY)
def get_care_team(db: Database, actor: Actor, client_id: uuid.UUID) -> CareTeam:
    """Who treats this client: primary therapist, case manager and others."""
    with db.read() as s:
        staff = authz.require(
            s, actor, Permission.VIEW_CLIENT_DIRECTORY, entity_type=AuditEntity.CLIENT
        )
        load_client(s, client_id)
        _require_entry(s, staff, client_id, AuditAction.READ_CARE_TEAM)
        return care_team_of(s, client_id)
