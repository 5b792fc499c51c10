"""A large synthetic clinic for performance work: 100,000 clients, a million roster rows.

``build_large_clinic(db, clients=100_000, …)`` fills an empty, migrated database with a
realistic clinic: a staff of 300 (one ``admin`` super admin, mostly therapists), clients
with accented, compound and non-Latin names in a skewed distribution, 2,000 groups with
current and past members, weekly group sessions spread over about a year (completed and
signed in the past, upcoming in the future), group schedules linking them, attendance,
group actions written into members' files, and care teams.

Everything is set-based: rows are generated in Python in chunks and written with the
driver's executemany (SQLite) or COPY (PostgreSQL) — never an ORM object per row. The
derived search columns come from ``clinicdesk.domain.clients`` (the same functions the
clients service uses), and sealed sessions carry the same content hash
``sessions.sign_session`` computes, so ``verify_session_integrity`` holds.

Every staff account shares one password (``LARGE_PASSWORD`` unless given): this is a
demo, built for speed, and the hash is computed once.
"""

from __future__ import annotations

import contextlib
import queue
import random
import threading
import time as _time
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate, islice

from sqlalchemy import func, select

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.db.models import Client, Staff
from clinicdesk.demo.people import FIRST_NAMES, NAMED_CLIENTS
from clinicdesk.domain import clients as rules
from clinicdesk.domain import recurrence
from clinicdesk.domain.accounts import username_key
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import (
    AttendanceStatus,
    CareRole,
    ClientStatus,
    EnrolmentSource,
    GroupActionKind,
    GroupKind,
    Role,
    SessionStatus,
    SignatureMeaning,
    Visibility,
)
from clinicdesk.domain.seal_content import canonical_content, seal_of
from clinicdesk.domain.text import fold
from clinicdesk.services import audit, auth

__all__ = ["LARGE_ADMIN", "LARGE_PASSWORD", "LargeClinicSummary", "build_large_clinic"]

LARGE_ADMIN = "admin"
LARGE_PASSWORD = "large-clinic-demo"
_CHUNK = 50_000


@dataclass(frozen=True, slots=True)
class LargeClinicSummary:
    """What was built, and how long it took."""

    clients: int
    staff: int
    groups: int
    memberships: int
    session_templates: int
    sessions: int
    enrolments: int
    attendance_marked: int
    signatures: int
    group_actions: int
    file_entries: int
    care_team_rows: int
    admin_username: str
    busiest_day: date  # the weekday nearest today with the most sessions
    busiest_day_sessions: int
    seconds: float


# --- names ----------------------------------------------------------------------------

_FIRST = [
    *FIRST_NAMES,  # the demo clinic's names, then more common ones for volume
    "Maria",
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "Sarah",
    "Thomas",
    "Karen",
    "Daniel",
    "Nancy",
    "Matthew",
    "Lisa",
    "Anthony",
    "Sandra",
    "Mark",
    "Ashley",
    "Olga",
    "Sofia",
    "Lucas",
    "Chloé",
    "Léa",
    "Noé",
    "Zoë",
    "Amélie",
    "Søren",
    "Björn",
    "Łukasz",
    "Joaquín",
    "Siobhán",
    "Seán",
    "Aoife",
    "Ngozi",
    "Chidi",
    "Amara",
    "Kwame",
    "Aisha",
    "Fatima",
    "Mohammed",
    "Omar",
    "Layla",
    "Hiroshi",
    "Yuki",
    "Mei",
    "Wei",
    "Ji-woo",
    "Min-jun",
    "Priya",
    "Arjun",
    "Ananya",
    "Rahul",
    "Thabo",
    "Lerato",
    "Ivan",
    "Dmitri",
    "Katarzyna",
    "Agnieszka",
    "Mateusz",
    "Nguyễn",
    "Linh",
    "Tuan",
    "Hana",
    "Kenji",
    "Sipho",
    "Ayşe",
    "Mehmet",
    "İlkay",
    "Maja",
    "Ines",
    "Jorge",
    "Lucía",
    "Valentina",
]
_SYLLABLES_A = [
    "Bar",
    "Ber",
    "Bran",
    "Car",
    "Cas",
    "Dal",
    "Del",
    "Dor",
    "Ed",
    "Fal",
    "Fer",
    "Gar",
    "Gil",
    "Hal",
    "Har",
    "Kel",
    "Kin",
    "Lan",
    "Lar",
    "Mal",
    "Mar",
    "Mor",
    "Nor",
    "Ol",
    "Pen",
    "Per",
    "Ral",
    "Ren",
    "Sal",
    "Ser",
    "Tal",
    "Ter",
    "Val",
    "Ver",
    "Wal",
    "Win",
    "Yar",
    "Zel",
]
_SYLLABLES_B = [
    "ton",
    "son",
    "berg",
    "ford",
    "ley",
    "man",
    "stein",
    "wood",
    "field",
    "ski",
    "ová",
    "ez",
    "ini",
    "etti",
    "sen",
    "sson",
    "dóttir",
    "ova",
    "enko",
    "ović",
    "ić",
    "ard",
    "ois",
    "eau",
    "mann",
    "well",
    "worth",
    "by",
    "dale",
    "ham",
    "ington",
]
_PARTICLES = ("van ", "de ", "da ", "von ", "O'", "Mc", "al-", "Ní ", "dos ", "")
_CJK = (("芳", "王"), ("伟", "李"), ("秀英", "张"), ("健", "刘"), ("美玲", "陈"), ("陽翔", "佐藤"))
_PREFERRED = {
    "Bartłomiej": "Bartek",
    "Aurélie": "Lili",
    "Elizabeth": "Liz",
    "William": "Will",
    "Robert": "Bob",
    "Katarzyna": "Kasia",
    "Mohammed": "Mo",
    "Matthew": "Matt",
    "Jennifer": "Jen",
    "Dmitri": "Dima",
    "Valentina": "Vale",
}
_GROUP_TOPICS = (
    "Anxiety skills",
    "Mindfulness",
    "DBT skills",
    "Grief support",
    "Anger management",
    "Parenting",
    "Relapse prevention",
    "Social skills",
    "Depression recovery",
    "Trauma stabilisation",
    "Carers' support",
    "Healthy sleep",
    "Young adults",
    "Men's group",
    "Women's circle",
    "Chronic pain",
    "Art therapy",
    "Life skills",
    "Recovery café",
    "Walking group",
)
_ROOMS = ("Room 1", "Room 2", "Room 3", "Garden room", "Library", "Hall", "Online")
_NOTES = (
    "Engaged well and shared with the group.",
    "Quiet today; check in next week.",
    "Practised the breathing exercise.",
    "Reported better sleep this week.",
    "Arrived late, participated fully.",
    "",
    "",
    "",
)
_GROUP_NOTES = (
    "Covered the week's topic; good participation.",
    "Reviewed homework and practised skills in pairs.",
    "Discussion of setbacks and coping plans.",
)


# --- writing rows ---------------------------------------------------------------------


class _Sink:
    """Writes rows (tuples in the given column order) with the fastest portable path."""

    def __init__(self, dbapi_conn, sqlite: bool) -> None:
        self.conn = dbapi_conn
        self.sqlite = sqlite
        self.counts: dict[str, int] = {}

    def write(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> int:
        it = iter(rows)
        cur = self.conn.cursor()
        total = 0
        try:
            if self.sqlite:
                sql = (
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                while chunk := list(islice(it, _CHUNK)):
                    cur.executemany(sql, chunk)
                    total += len(chunk)
            else:
                with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in it:
                        copy.write_row(row)
                        total += 1
        finally:
            cur.close()
        self.counts[table] = self.counts.get(table, 0) + total
        return total


class _Ids:
    """Deterministic, time-ordered version-7 UUIDs as 32 hex digits (both databases read
    that form). ``(ms, counter)`` never repeats, so neither does an id."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng = rng
        self.base_ms = int(start.timestamp() * 1000)
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        ms = self.base_ms + (self.n >> 12)
        value = (
            (ms << 80)
            | (0x7 << 76)
            | ((self.n & 0xFFF) << 64)
            | (0b10 << 62)
            | self.rng.getrandbits(62)
        )
        return f"{value:032x}"


def _dashed(hex_id: str) -> str:
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


class _Fmt:
    """Values in the exact text form SQLAlchemy stores (SQLite) or COPY reads (PostgreSQL)."""

    def __init__(self, sqlite: bool) -> None:
        self.sqlite = sqlite

    def utc(self, dt: datetime) -> str:
        # SQLite: naive UTC with microseconds, as UTCDateTime + DATETIME store it.
        text = dt.strftime("%Y-%m-%d %H:%M:%S.%f")
        return text if self.sqlite else text + "+00"

    @staticmethod
    def local(dt: datetime) -> str:
        return dt.strftime("%Y-%m-%d %H:%M:%S.%f")

    @staticmethod
    def day(d: date) -> str:
        return d.isoformat()

    @staticmethod
    def clock(t: time) -> str:
        return t.strftime("%H:%M:%S.%f")

    def flag(self, value: bool) -> object:
        return int(value) if self.sqlite else value


# --- the build ------------------------------------------------------------------------


def _weighted(rng: random.Random, items: list, skew: float = 1.0) -> Callable[[], object]:
    """A picker with Zipf-like weights: a few very common values, a long tail."""
    cum = list(accumulate(1.0 / (i + 1) ** skew for i in range(len(items))))
    total = cum[-1]

    def pick() -> object:
        return items[bisect_left(cum, rng.random() * total)]

    return pick


def _last_names(rng: random.Random, count: int) -> list[str]:
    names = {last for _, last, _ in NAMED_CLIENTS}
    names.update(
        [
            "Smith",
            "Jones",
            "Nowak",
            "Dubois",
            "García",
            "Müller",
            "Rossi",
            "Kowalski",
            "Nguyen",
            "Okafor",
            "Cohen",
            "Haddad",
            "Tanaka",
            "Larsen",
            "Schmidt",
            "Pérez",
            "Silva",
            "Ivanova",
            "Papadopoulos",
            "Jansen",
        ]
    )
    while len(names) < count:
        name = rng.choice(_PARTICLES) + rng.choice(_SYLLABLES_A) + rng.choice(_SYLLABLES_B)
        if rng.random() < 0.06:
            name += "-" + rng.choice(_SYLLABLES_A) + rng.choice(_SYLLABLES_B)
        names.add(name)
    ordered = sorted(names)
    rng.shuffle(ordered)
    return ordered


def build_large_clinic(
    db: Database,
    *,
    clients: int = 100_000,
    staff: int = 300,
    groups: int = 2_000,
    avg_members: int = 25,
    session_templates: int = 50,
    sessions: int = 60_000,
    attendance_rows: int = 1_000_000,
    seed: int = 2024,
    today: date | None = None,
    password: str = LARGE_PASSWORD,
    check_foreign_keys: bool = True,
) -> LargeClinicSummary:
    """Fill an empty, migrated database with a large, realistic clinic.

    ``attendance_rows`` is the target number of roster rows (enrolments) over all
    sessions; past sessions have their attendance recorded. The result is deterministic
    for a given ``seed`` and ``today``. Refuses a database that already has clients or
    any staff. ``check_foreign_keys`` (SQLite) runs one foreign-key check over the
    whole database before committing; PostgreSQL always checks them.
    """
    started = _time.perf_counter()
    if min(clients, staff, groups, avg_members, session_templates, sessions) < 1:
        raise ValueError("Every size must be at least 1.")
    if staff < 10:
        raise ValueError("A large clinic needs at least 10 staff.")
    if groups > 600 * session_templates:
        raise ValueError("At most 600 groups per session template (weekly slots run out).")
    today = today or clock.today()
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Client)) or s.scalar(
            select(func.count()).select_from(Staff)
        ):
            raise ValueError("build_large_clinic needs an empty database.")

    rng = random.Random(seed)
    history_start = datetime.combine(today - timedelta(days=730), time(8), tzinfo=UTC)
    new_id = _Ids(rng, history_start)
    sqlite = db.is_sqlite
    fmt = _Fmt(sqlite)
    password_hash = auth.hash_password(password)
    built_at = clock.now()
    built = fmt.utc(built_at)

    raw = db.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        if sqlite:
            # A rebuildable demo: trade durability for speed while it is written.
            # Foreign keys are checked once at the end (``PRAGMA foreign_key_check``)
            # instead of four look-ups per roster row; a rollback journal in memory
            # avoids writing every page twice (WAL, then checkpoint).
            dbapi.execute("PRAGMA foreign_keys = OFF")
            dbapi.execute("PRAGMA journal_mode = MEMORY")
            dbapi.execute("PRAGMA synchronous = OFF")
            dbapi.execute("PRAGMA cache_size = -262144")
            dbapi.execute("BEGIN IMMEDIATE")
        # Indexes are built once over the sorted data instead of row by row at random
        # places (the client-id indexes of 1M roster rows dominate the build otherwise).
        indexes = _drop_indexes(dbapi, sqlite)
        search_triggers = _drop_search_triggers(dbapi) if sqlite else []
        sink = _Sink(dbapi, sqlite)
        plan = _Plan(
            rng=rng,
            new_id=new_id,
            fmt=fmt,
            sink=sink,
            today=today,
            built=built,
            built_at=built_at,
        )
        plan.avg_weeks = max(2.0, sessions / groups)
        plan.staff(staff, password_hash)
        plan.clients(clients)
        plan.groups(groups, avg_members)
        plan.templates(session_templates)
        plan.sessions(sessions, attendance_rows)
        plan.group_actions()
        plan.care_teams()
        for ddl in indexes:
            dbapi.execute(ddl)
        if sqlite:
            _rebuild_search_index(dbapi, search_triggers)
            if check_foreign_keys and dbapi.execute("PRAGMA foreign_key_check").fetchone():
                raise RuntimeError("build_large_clinic wrote a dangling reference.")
            dbapi.execute("COMMIT")
            dbapi.execute("ANALYZE")
            dbapi.execute("PRAGMA journal_mode = WAL")
            dbapi.execute("PRAGMA synchronous = FULL")
            dbapi.execute("PRAGMA foreign_keys = ON")
            dbapi.execute("PRAGMA cache_size = -2000")
        else:
            dbapi.commit()
            dbapi.autocommit = True
            dbapi.execute("ANALYZE")
            dbapi.autocommit = False
    except BaseException:
        if sqlite:
            if dbapi.in_transaction:
                dbapi.execute("ROLLBACK")
        else:
            dbapi.rollback()
        raise
    finally:
        raw.close()

    counts = sink.counts
    with db.write() as s:
        audit.record(
            s,
            uuid.UUID(plan.admin_id),
            AuditAction.BUILD_LARGE_CLINIC,
            AuditEntity.CLINIC,
            details={"clients": clients, "sessions": counts.get("group_session", 0)},
        )
    return LargeClinicSummary(
        clients=counts.get("client", 0),
        staff=counts.get("staff", 0),
        groups=counts.get("client_group", 0),
        memberships=counts.get("group_membership", 0),
        session_templates=counts.get("session_template", 0),
        sessions=counts.get("group_session", 0),
        enrolments=counts.get("enrolment", 0),
        attendance_marked=plan.marked,
        signatures=counts.get("signature", 0),
        group_actions=counts.get("group_action", 0),
        file_entries=counts.get("client_file_entry", 0),
        care_team_rows=counts.get("care_team_member", 0),
        admin_username=LARGE_ADMIN,
        busiest_day=plan.busiest_day,
        busiest_day_sessions=plan.busiest_count,
        seconds=_time.perf_counter() - started,
    )


class _Plan:
    """The generator's state: ids of what has been written, for the tables after it."""

    def __init__(self, *, rng, new_id, fmt, sink, today, built, built_at) -> None:
        self.rng: random.Random = rng
        self.new_id: _Ids = new_id
        self.fmt: _Fmt = fmt
        self.sink: _Sink = sink
        self.today: date = today
        self.built = built
        self.built_at: datetime = built_at
        self.marked = 0
        self.busiest_day = today
        self.busiest_count = 0
        self.avg_weeks = 30.0

    # staff ---------------------------------------------------------------------------

    def staff(self, count: int, password_hash: str) -> None:
        rng, fmt = self.rng, self.fmt
        self.admin_id = self.new_id()
        roles = [Role.SUPER_ADMIN]
        plan = [
            (Role.RECORDS_ADMIN, 0.01),
            (Role.MANAGER, 0.03),
            (Role.CLINIC_ADMIN, 0.02),
            (Role.CASE_MANAGER, 0.16),
            (Role.FRONT_DESK, 0.10),
        ]
        for role, share in plan:
            roles += [role] * max(1, round(count * share))
        roles += [Role.THERAPIST] * max(1, count - len(roles))
        roles = roles[:count]
        self.staff_names: dict[str, str] = {}
        self.staff_roles: dict[str, Role] = {}
        self.clinicians: list[str] = []
        self.therapists: list[str] = []
        self.case_managers: list[str] = []
        self.requires_review: set[str] = set()
        rows = []
        for i, role in enumerate(roles):
            sid = self.admin_id if i == 0 else self.new_id()
            first = rng.choice(_FIRST[:60])
            last = rng.choice(_SYLLABLES_A) + rng.choice(_SYLLABLES_B)
            full = "Clinic Administrator" if i == 0 else f"{first} {last}"
            login = (
                LARGE_ADMIN
                if i == 0
                else "".join(c for c in f"{fold(first)}.{fold(last)}{i}" if c.isalnum() or c == ".")
            )
            review = role == Role.THERAPIST and rng.random() < 0.1
            reviews = role == Role.MANAGER and not review
            manage = role in (Role.THERAPIST, Role.MANAGER, Role.CASE_MANAGER) or i == 0
            rows.append(
                (
                    sid,
                    login,
                    username_key(login),
                    full,
                    role.value,
                    password_hash,
                    fmt.flag(role != Role.FRONT_DESK),
                    fmt.flag(True),
                    fmt.flag(manage),
                    fmt.flag(role in (Role.MANAGER, Role.SUPER_ADMIN)),
                    fmt.flag(review),
                    fmt.flag(reviews),
                    0,
                    1,
                    None if i == 0 else self.admin_id,
                    self.built,
                    self.built,
                )
            )
            self.staff_names[sid] = full
            self.staff_roles[sid] = role
            if role in (Role.THERAPIST, Role.MANAGER, Role.CASE_MANAGER):
                self.clinicians.append(sid)
            if role == Role.THERAPIST:
                self.therapists.append(sid)
            if role == Role.CASE_MANAGER:
                self.case_managers.append(sid)
            if review:
                self.requires_review.add(sid)
        self.sink.write(
            "staff",
            (
                "id",
                "username",
                "username_key",
                "full_name",
                "role",
                "password_hash",
                "licensed",
                "active",
                "manage_group_sessions",
                "manage_templates",
                "requires_review",
                "reviews_sessions",
                "failed_logins",
                "version",
                "updated_by_id",
                "created_at",
                "updated_at",
            ),
            rows,
        )

    # clients -------------------------------------------------------------------------

    def clients(self, count: int) -> None:
        rng, fmt = self.rng, self.fmt
        lasts = _last_names(rng, max(200, min(8_000, count // 12)))
        pick_first = _weighted(rng, list(_FIRST), 0.8)
        pick_last = _weighted(rng, lasts, 0.9)
        statuses = [ClientStatus.ACTIVE] * 85 + [ClientStatus.INACTIVE] * 10
        statuses += [ClientStatus.DISCHARGED] * 5
        self.client_ids: list[str] = []
        self.client_dashed: list[str] = []
        self.active: list[bool] = []
        name_keys: dict[tuple[str, str], tuple[str, str, str]] = {}

        def rows() -> Iterator[tuple]:
            for i in range(count):
                if i < len(NAMED_CLIENTS):
                    first, last, preferred = NAMED_CLIENTS[i]
                elif rng.random() < 0.01:
                    first, last = rng.choice(_CJK)
                    preferred = None
                else:
                    first, last = pick_first(), pick_last()
                    preferred = _PREFERRED.get(first) if rng.random() < 0.5 else None
                age_days = int(rng.triangular(18, 88, 38) * 365.25)
                dob = None if rng.random() < 0.02 else self.today - timedelta(days=age_days)
                record_number = f"LC-{i + 1:07d}"
                # The clients service's own key functions; names repeat, so their keys
                # are computed once per distinct name.
                keys = name_keys.get((first, last))
                if keys is None:
                    keys = name_keys[(first, last)] = (
                        rules.name_key(first, last),
                        fold(first),
                        fold(last),
                    )
                search = rules.search_text(first, last, preferred, record_number)
                status = statuses[rng.randrange(100)]
                cid = self.new_id()
                self.client_ids.append(cid)
                self.client_dashed.append(_dashed(cid))
                self.active.append(status == ClientStatus.ACTIVE)
                yield (
                    cid,
                    first,
                    last,
                    preferred,
                    None if dob is None else fmt.day(dob),
                    record_number,
                    status.value,
                    search,
                    *keys,
                    1,
                    self.admin_id,
                    self.built,
                    self.built,
                )

        self.sink.write(
            "client",
            (
                "id",
                "first_name",
                "last_name",
                "preferred_name",
                "date_of_birth",
                "record_number",
                "status",
                "search_text",
                "name_key",
                "first_name_key",
                "last_name_key",
                "version",
                "updated_by_id",
                "created_at",
                "updated_at",
            ),
            rows(),
        )

    # groups, members, actors ---------------------------------------------------------

    def groups(self, count: int, avg_members: int) -> None:
        rng, fmt, today = self.rng, self.fmt, self.today
        n_clients = len(self.client_ids)
        kinds = list(GroupKind)
        self.group_ids: list[str] = []
        self.group_names: list[str] = []
        self.group_archived: list[bool] = []
        self.group_actors: list[list[str]] = []
        # Per group: (client index, joined_on, left_on) for every stay.
        self.stays: list[list[tuple[int, date, date | None]]] = []
        # Each group's session series: (first week offset, number of weeks); set here so
        # that members join around the time the group starts.
        self.series: list[tuple[int, int]] = []
        group_rows, member_rows, actor_rows = [], [], []
        for g in range(count):
            gid = self.new_id()
            topic = _GROUP_TOPICS[g % len(_GROUP_TOPICS)]
            name = f"{topic} {g // len(_GROUP_TOPICS) + 1}"
            archived = rng.random() < 0.03
            size = max(
                3, min(n_clients, 4 * avg_members, int(rng.gauss(avg_members, avg_members * 0.4)))
            )
            capacity = None if rng.random() < 0.5 else size + rng.randint(0, 15)
            self.group_ids.append(gid)
            self.group_names.append(name)
            self.group_archived.append(archived)
            group_rows.append(
                (
                    gid,
                    name,
                    fold(name),
                    f"A {topic.lower()} group.",
                    kinds[g % len(kinds)].value,
                    (
                        Visibility.HIDDEN
                        if rng.random() < 0.7
                        else rng.choice(
                            [Visibility.MEMBERS_SEE_GROUP, Visibility.MEMBERS_SEE_EACH_OTHER]
                        )
                    ).value,
                    capacity,
                    fmt.flag(archived),
                    1,
                    self.admin_id,
                    self.built,
                    self.built,
                )
            )
            end_week = rng.randint(-8, 12)
            weeks = max(4, min(104, int(rng.gauss(self.avg_weeks, self.avg_weeks * 0.35))))
            self.series.append((end_week - weeks + 1, weeks))
            group_start = today + timedelta(weeks=end_week - weeks + 1)
            stays = []
            for ci in rng.sample(range(n_clients), size):
                if rng.random() < 0.8:
                    joined = group_start - timedelta(days=rng.randint(0, 60))
                else:
                    joined = group_start + timedelta(days=rng.randint(0, max(1, weeks * 7)))
                joined = min(joined, today)
                left = None
                if rng.random() < 0.15 and joined < today:
                    left = joined + timedelta(days=rng.randint(1, max(1, (today - joined).days)))
                    left = min(left, today)
                stays.append((ci, joined, left))
                member_rows.append(
                    (
                        self.new_id(),
                        gid,
                        self.client_ids[ci],
                        fmt.day(joined),
                        None if left is None else fmt.day(left),
                        self.admin_id,
                        None if left is None else self.admin_id,
                        self.built,
                        self.built,
                    )
                )
            self.stays.append(stays)
            actors = rng.sample(self.therapists, min(len(self.therapists), rng.choice((1, 1, 2))))
            self.group_actors.append(actors)
            for staff_id in actors:
                actor_rows.append((self.new_id(), gid, staff_id, self.built, self.built))
        self.sink.write(
            "client_group",
            (
                "id",
                "name",
                "name_key",
                "description",
                "kind",
                "visibility",
                "capacity",
                "archived",
                "version",
                "updated_by_id",
                "created_at",
                "updated_at",
            ),
            group_rows,
        )
        self.sink.write(
            "group_membership",
            (
                "id",
                "group_id",
                "client_id",
                "joined_on",
                "left_on",
                "added_by_id",
                "ended_by_id",
                "created_at",
                "updated_at",
            ),
            member_rows,
        )
        self.sink.write(
            "group_actor", ("id", "group_id", "staff_id", "created_at", "updated_at"), actor_rows
        )

    # templates -----------------------------------------------------------------------

    def templates(self, count: int) -> None:
        rng, fmt = self.rng, self.fmt
        self.template_ids: list[str] = []
        self.template_info: list[tuple[str, str, int, str]] = []  # name, description, min, room
        rows = []
        for t in range(count):
            tid = self.new_id()
            topic = _GROUP_TOPICS[t % len(_GROUP_TOPICS)]
            duration = rng.choice((60, 60, 90, 90, 120))
            name = f"{topic} session {t // len(_GROUP_TOPICS) + 1}"
            room = rng.choice(_ROOMS)
            self.template_ids.append(tid)
            self.template_info.append((name, f"{topic}: weekly session.", duration, room))
            rows.append(
                (
                    tid,
                    name,
                    f"{topic}: weekly session.",
                    duration,
                    room,
                    None,
                    None,
                    fmt.flag(False),
                    1,
                    self.admin_id,
                    self.built,
                    self.built,
                )
            )
        self.sink.write(
            "session_template",
            (
                "id",
                "name",
                "description",
                "duration_minutes",
                "location",
                "capacity",
                "group_id",
                "archived",
                "version",
                "updated_by_id",
                "created_at",
                "updated_at",
            ),
            rows,
        )

    # sessions, schedules, rosters, signatures ----------------------------------------

    def sessions(self, total: int, attendance_rows: int) -> None:
        rng, fmt, today = self.rng, self.fmt, self.today
        n_templates = len(self.template_ids)
        # Scale each group's series so the sessions add up to about ``total``.
        scale = total / max(1, sum(w for _, w in self.series))
        series = []
        for first_week, weeks in self.series:
            end_week = first_week + weeks - 1
            n = max(1, min(104, round(weeks * scale)))
            series.append((end_week - n + 1, n))
        # Rosters first (who is in the group on each session's day), so the target
        # number of roster rows can be met by sampling.
        plans = []
        eligible_total = 0
        for g, (first_week, weeks) in enumerate(series):
            t = g % n_templates
            slot = g // n_templates
            weekday = slot % 5
            hour = 8 + (slot // 5) % 10
            minute = 5 * ((slot // 50) % 12)
            week0 = today - timedelta(days=today.weekday()) + timedelta(weeks=first_week)
            first_day = week0 + timedelta(days=weekday)
            days = [first_day + timedelta(weeks=k) for k in range(weeks)]
            stays = self.stays[g]
            rosters = []
            for d in days:
                roster = [ci for ci, j, left in stays if j <= d and (left is None or left > d)]
                rosters.append(roster)
                eligible_total += len(roster)
            plans.append((g, t, time(hour, minute), first_day, weeks, days, rosters))
        keep = min(1.0, attendance_rows / max(1, eligible_total))

        schedule_rows, occurrence_rows, assignment_rows = [], [], []
        session_rows, link_rows, leader_rows, signature_rows = [], [], [], []
        per_day: dict[date, int] = {}
        sink = self.sink
        marks = [
            AttendanceStatus.PRESENT.value,
            AttendanceStatus.LATE.value,
            AttendanceStatus.LEFT_EARLY.value,
            AttendanceStatus.ABSENT.value,
            AttendanceStatus.EXCUSED.value,
        ]
        mark_cum = list(accumulate((75, 6, 3, 10, 6)))
        enrol_columns = (
            "id",
            "session_id",
            "client_id",
            "source",
            "assignment_id",
            "withdrawn_at",
            "attendance",
            "individual_note",
            "version",
            "updated_by_id",
            "created_at",
            "updated_at",
        )
        source = EnrolmentSource.GROUP_SCHEDULE.value

        def enrolments() -> Iterator[tuple]:
            for g, t, start_time, first_day, weeks, days, rosters in plans:
                gid = self.group_ids[g]
                name, description, duration, room = self.template_info[t]
                leaders = self.group_actors[g]
                schedule_id, assignment_id = self.new_id(), self.new_id()
                schedule_rows.append(
                    (
                        schedule_id,
                        f"Weekly – {self.group_names[g]}",
                        "",
                        weeks,
                        fmt.flag(False),
                        1,
                        self.admin_id,
                        self.built,
                        self.built,
                    )
                )
                occurrence_rows.append(
                    (
                        self.new_id(),
                        schedule_id,
                        self.template_ids[t],
                        first_day.weekday(),
                        fmt.clock(start_time),
                        self.built,
                        self.built,
                    )
                )
                assignment_rows.append(
                    (
                        assignment_id,
                        schedule_id,
                        gid,
                        fmt.day(first_day),
                        fmt.day(recurrence.end_date(first_day, weeks)),
                        leaders[0],
                        None,
                        self.built,
                        self.built,
                    )
                )
                for d, roster in zip(days, rosters, strict=True):
                    starts = datetime.combine(d, start_time)
                    sid = self.new_id()
                    per_day[d] = per_day.get(d, 0) + 1
                    created = fmt.utc(datetime.combine(first_day, time(7), tzinfo=UTC))
                    past = d < today
                    roll = rng.random()
                    if past:
                        if roll < 0.04:
                            status = SessionStatus.CANCELLED
                        elif roll < 0.06 and d >= today - timedelta(days=14):
                            status = SessionStatus.IN_PROGRESS
                        elif any(s in self.requires_review for s in leaders) and roll < 0.5:
                            status = (
                                SessionStatus.PENDING_REVIEW
                                if d >= today - timedelta(days=10)
                                else SessionStatus.COMPLETED
                            )
                        else:
                            status = SessionStatus.COMPLETED
                    else:
                        status = SessionStatus.CANCELLED if roll < 0.02 else SessionStatus.UPCOMING
                    documented = status in (
                        SessionStatus.COMPLETED,
                        SessionStatus.PENDING_REVIEW,
                        SessionStatus.IN_PROGRESS,
                    )
                    sealed = status in (SessionStatus.COMPLETED, SessionStatus.PENDING_REVIEW)
                    group_note = rng.choice(_GROUP_NOTES) if documented else ""
                    chosen = [ci for ci in roster if keep >= 1.0 or rng.random() < keep]
                    canon_roster, rows = [], []
                    for ci in chosen:
                        attendance = None
                        note = ""
                        if documented:
                            attendance = marks[bisect_left(mark_cum, rng.random() * 100)]
                            if status == SessionStatus.IN_PROGRESS and rng.random() < 0.5:
                                attendance = None
                            if attendance:
                                note = rng.choice(_NOTES)
                                self.marked += 1
                        if sealed:
                            canon_roster.append((self.client_dashed[ci], attendance, note))
                        rows.append(
                            (
                                self.new_id(),
                                sid,
                                self.client_ids[ci],
                                source,
                                assignment_id,
                                None,
                                attendance,
                                note,
                                1,
                                self.admin_id,
                                created,
                                created,
                            )
                        )
                    content_hash = None
                    if sealed:
                        content_hash = seal_of(
                            canonical_content(
                                session_id=_dashed(sid),
                                title=name,
                                starts_at=starts,
                                documented_date=None,
                                duration_minutes=duration,
                                group_note=group_note,
                                leaders=[(_dashed(x), k == 0) for k, x in enumerate(leaders)],
                                roster=canon_roster,
                            )
                        )
                        signed_at = fmt.utc(
                            datetime.combine(d, start_time, tzinfo=UTC)
                            + timedelta(minutes=duration + 30)
                        )
                        for k, staff_id in enumerate(leaders):
                            signature_rows.append(
                                (
                                    self.new_id(),
                                    sid,
                                    staff_id,
                                    (
                                        SignatureMeaning.LEADER
                                        if k == 0
                                        else SignatureMeaning.CO_SIGNER
                                    ).value,
                                    self.staff_names[staff_id],
                                    self.staff_roles[staff_id].label,
                                    signed_at,
                                    content_hash,
                                )
                            )
                    started = documented
                    session_rows.append(
                        (
                            sid,
                            self.template_ids[t],
                            gid,
                            name,
                            description,
                            room,
                            fmt.local(starts),
                            duration,
                            status.value,
                            group_note,
                            fmt.utc(datetime.combine(d, start_time, tzinfo=UTC))
                            if started
                            else None,
                            leaders[0] if started else None,
                            "Facilitator unwell." if status == SessionStatus.CANCELLED else None,
                            created if status == SessionStatus.CANCELLED else None,
                            content_hash,
                            1,
                            leaders[0],
                            created,
                            created,
                        )
                    )
                    link_rows.append((assignment_id, sid))
                    for k, staff_id in enumerate(leaders):
                        leader_rows.append(
                            (self.new_id(), sid, staff_id, self.fmt.flag(k == 0), created, created)
                        )
                    # The session and its parents are queued before its roster rows.
                    yield from rows

        parents = (
            schedule_rows,
            occurrence_rows,
            assignment_rows,
            session_rows,
            link_rows,
            leader_rows,
        )

        def take_parents() -> list[list[tuple]]:
            batch = [rows.copy() for rows in parents]
            for rows in parents:
                rows.clear()
            return batch

        _write_sessions_and_rosters(
            sink,
            enrolments(),
            enrol_columns,
            take_parents=take_parents,
            write_parents=lambda batch: self._flush_parents(*batch),
        )
        sink.write(
            "signature",
            (
                "id",
                "session_id",
                "staff_id",
                "meaning",
                "printed_name",
                "role_label",
                "signed_at",
                "content_hash",
            ),
            signature_rows,
        )
        # The weekday nearest today with the most sessions (for the board benchmark).
        near = [d for d in per_day if abs((d - today).days) <= 28]
        best = max(near or per_day, key=lambda d: (per_day[d], -abs((d - today).days)))
        self.busiest_day, self.busiest_count = best, per_day[best]

    def _flush_parents(self, schedules, occurrences, assignments, sessions, links, leaders) -> None:
        sink = self.sink
        if schedules:
            sink.write(
                "schedule_template",
                (
                    "id",
                    "name",
                    "description",
                    "weeks",
                    "archived",
                    "version",
                    "updated_by_id",
                    "created_at",
                    "updated_at",
                ),
                schedules,
            )
            sink.write(
                "schedule_occurrence",
                (
                    "id",
                    "schedule_template_id",
                    "session_template_id",
                    "weekday",
                    "start_time",
                    "created_at",
                    "updated_at",
                ),
                occurrences,
            )
            sink.write(
                "schedule_assignment",
                (
                    "id",
                    "schedule_template_id",
                    "group_id",
                    "start_date",
                    "end_date",
                    "created_by_id",
                    "ended_at",
                    "created_at",
                    "updated_at",
                ),
                assignments,
            )
        if sessions:
            sink.write(
                "group_session",
                (
                    "id",
                    "session_template_id",
                    "group_id",
                    "title",
                    "description",
                    "location",
                    "starts_at",
                    "duration_minutes",
                    "status",
                    "group_note",
                    "started_at",
                    "started_by_id",
                    "cancel_reason",
                    "cancelled_at",
                    "content_hash",
                    "version",
                    "updated_by_id",
                    "created_at",
                    "updated_at",
                ),
                sessions,
            )
            sink.write("assignment_session", ("assignment_id", "session_id"), links)
            sink.write(
                "session_leader",
                ("id", "session_id", "staff_id", "is_primary", "created_at", "updated_at"),
                leaders,
            )
        for rows in (schedules, occurrences, assignments, sessions, links, leaders):
            rows.clear()

    # group actions and care teams ----------------------------------------------------

    def group_actions(self) -> None:
        rng, fmt, today = self.rng, self.fmt, self.today
        kinds = [
            GroupActionKind.PROGRAM,
            GroupActionKind.ACTIVITY,
            GroupActionKind.OBJECTIVE,
            GroupActionKind.NOTE,
        ]
        action_rows, entry_rows = [], []
        for g, gid in enumerate(self.group_ids):
            for _ in range(rng.choice((0, 1, 1, 2))):
                when = today - timedelta(days=rng.randint(1, 300))
                members = [
                    ci
                    for ci, j, left in self.stays[g]
                    if j <= when and (left is None or left > when)
                ]
                if not members:
                    continue
                kind = rng.choice(kinds)
                title = f"{kind.value.capitalize()}: week {rng.randint(1, 12)}"
                body = "Please read before the next session."
                aid = self.new_id()
                at = fmt.utc(datetime.combine(when, time(17), tzinfo=UTC))
                author = self.group_actors[g][0]
                action_rows.append(
                    (aid, gid, kind.value, title, body, None, len(members), author, at)
                )
                for ci in members:
                    entry_rows.append(
                        (
                            self.new_id(),
                            self.client_ids[ci],
                            kind.value,
                            title,
                            body,
                            None,
                            aid,
                            author,
                            at,
                            None,
                        )
                    )
        self.sink.write(
            "group_action",
            (
                "id",
                "group_id",
                "kind",
                "title",
                "body",
                "document_id",
                "recipient_count",
                "created_by_id",
                "created_at",
            ),
            action_rows,
        )
        self.sink.write(
            "client_file_entry",
            (
                "id",
                "client_id",
                "kind",
                "title",
                "body",
                "document_id",
                "group_action_id",
                "created_by_id",
                "created_at",
                "retracted_at",
            ),
            entry_rows,
        )

    def care_teams(self) -> None:
        rng = self.rng

        def rows() -> Iterator[tuple]:
            for cid in self.client_ids:
                roll = rng.random()
                if roll < 0.7:
                    therapist = rng.choice(self.therapists)
                    yield (
                        self.new_id(),
                        cid,
                        therapist,
                        CareRole.PRIMARY_THERAPIST.value,
                        self.built,
                        self.built,
                    )
                    if roll < 0.25 and self.case_managers:
                        yield (
                            self.new_id(),
                            cid,
                            rng.choice(self.case_managers),
                            CareRole.CASE_MANAGER.value,
                            self.built,
                            self.built,
                        )

        self.sink.write(
            "care_team_member",
            ("id", "client_id", "staff_id", "care_role", "created_at", "updated_at"),
            rows(),
        )


def _drop_indexes(dbapi, sqlite: bool) -> list[str]:
    """Drop the explicit (non-constraint) indexes; returns the DDL to create them again."""
    if sqlite:
        rows = dbapi.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    else:
        rows = dbapi.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
        ).fetchall()
    for name, _ in rows:
        dbapi.execute(f'DROP INDEX "{name}"')
    return [ddl for _, ddl in rows]


def _drop_search_triggers(dbapi) -> list[str]:
    """SQLite: drop the triggers that keep the client search index (``client_fts``,
    revision 0002) in step, one index update per inserted row; returns their DDL.
    ``_rebuild_search_index`` indexes every client at once after the load instead."""
    rows = dbapi.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'client' "
        "AND name LIKE 'client\\_fts\\_%' ESCAPE '\\'"
    ).fetchall()
    for name, _ in rows:
        dbapi.execute(f'DROP TRIGGER "{name}"')
    return [ddl for _, ddl in rows]


def _rebuild_search_index(dbapi, triggers: list[str]) -> None:
    """SQLite: index every client in ``client_fts`` (when the database has it; an
    FTS5-less SQLite has none) and put its triggers back."""
    has_index = dbapi.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'client_fts'"
    ).fetchone()
    if has_index:
        dbapi.execute("INSERT INTO client_fts(client_fts) VALUES ('rebuild')")
    for ddl in triggers:
        dbapi.execute(ddl)


def _write_sessions_and_rosters(
    sink: _Sink,
    enrolments: Iterator[tuple],
    columns: tuple[str, ...],
    *,
    take_parents: Callable[[], list[list[tuple]]],
    write_parents: Callable[[list[list[tuple]]], None],
) -> None:
    """Write enrolments in chunks; before each chunk, the sessions it refers to.

    The enrolment generator queues each session (and its schedule, leaders, links)
    before yielding that session's roster, so writing the queued parents first keeps
    every foreign key valid at each statement. Generating runs in a second thread, one
    chunk ahead: SQLite releases the GIL while it writes, so both cores work.
    """
    chunks: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def produce() -> None:
        try:
            while not stop.is_set():
                chunk = list(islice(enrolments, _CHUNK))
                chunks.put((take_parents(), chunk))
                if not chunk:
                    return
        except BaseException as exc:  # handed to the writing thread, which raises it
            chunks.put(exc)

    producer = threading.Thread(target=produce, name="large-clinic-rows", daemon=True)
    producer.start()
    try:
        while True:
            item = chunks.get()
            if isinstance(item, BaseException):
                raise item
            batch, chunk = item
            write_parents(batch)
            if not chunk:
                return
            sink.write("enrolment", columns, chunk)
    except BaseException:
        stop.set()
        while producer.is_alive():  # unblock a producer waiting on a full queue
            with contextlib.suppress(queue.Empty):
                chunks.get(timeout=0.05)
        raise
    finally:
        producer.join()
