"""The access oracle: every service that returns client data, as every demo role.

Issue 11: one rule decides who reaches which client's records, and every read, export
and printout asks it. This test holds the services to what ``access explain`` reports:

1. *Nothing is forgotten.* Every public service function (``def f(db, actor, …)`` in
   ``clinicdesk.services``) is found by introspection. One whose answer can carry client
   data (a record with ``client_id``, names or record numbers, or opaque text/bytes such
   as a CSV or a PDF) must be marked ``@authz.returns_client_data(purpose)``, and every
   marked function must have a recipe below saying how to call it — so a new service
   fails here until it is registered and checked.
2. *Nothing leaks.* On the demo clinic (SQLite and PostgreSQL), each recipe runs as
   every demo account; every client in the answer — records, CSV rows, the records a
   printout is built from, the data carried by a refusal — must be among the clients
   ``access explain`` lists for that person: directory entries for names and record
   numbers, file routes for clinical data, the session's routes for a session's notes.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import importlib
import inspect
import io
import itertools
import pkgutil
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest

import clinicdesk.services
from clinicdesk import clock, printing
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.enums import AttendanceStatus, ClientStatus, ConsentStatus, SessionStatus
from clinicdesk.domain.errors import ClinicDeskError, PermissionDenied
from clinicdesk.domain.session_rules import eligible_leader_refusal
from clinicdesk.services import (
    access,
    attendance,
    care_team,
    client_file,
    client_import,
    clients,
    consent,
    group_actions,
    group_roster,
    groups,
    letters,
    outcomes,
    printouts,
    schedule_assignment,
    schedules,
    session_attendance,
    session_chart,
    sessions,
    templates,
    time_attended,
    waitlist,
)
from clinicdesk.services.clients import UNCHANGED
from tests.fixtures.demo import DEMO_USERS, PASSWORD, DemoClinic, Reached

# --- 1. introspection ------------------------------------------------------------------------

# Fields that identify a client (or hold client ids) in a returned record.
CLIENT_FIELDS = frozenset(
    {
        "client_id",
        "client_ids",
        "added_client_ids",
        "waitlisted_client_ids",
        "sample_ids",
        "sample_names",
        "first_name",
        "last_name",
        "preferred_name",
        "record_number",
        "date_of_birth",
    }
)
# Public services whose answer is opaque (text, bytes, a path) but holds no client data.
OPAQUE_WITHOUT_CLIENT_DATA = {
    "maintenance.backup_database": "a copy of the whole database, for all-access roles only",
    "maintenance.restore_database": "the path of the restored database",
    "outcomes.comparison_report_pdf": "groups' aggregates over reachable clients, suppressed",
    "settings.change_refusal": "why the person may not change clinic settings",
}


def public_services() -> dict[str, Callable]:
    """Every ``def f(db, actor, …)`` defined in a ``clinicdesk.services`` module."""
    found: dict[str, Callable] = {}
    for info in pkgutil.iter_modules(clinicdesk.services.__path__):
        module = importlib.import_module(f"clinicdesk.services.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            # A module's own functions, or a package's (``sessions`` re-exports its parts).
            own = fn.__module__ == module.__name__
            if not (own or (info.ispkg and fn.__module__.startswith(module.__name__ + "."))):
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:2] == ["db", "actor"]:
                found[f"{info.name}.{name}"] = fn
    return found


def _carries_client_data(tp: object, seen: set) -> bool | None:
    """True: a client field is reachable in ``tp``; None: opaque (str/bytes/path)."""
    if tp in (str, bytes) or getattr(tp, "__name__", "") in ("Path", "PurePath"):
        return None
    origin = typing.get_origin(tp)
    if origin is not None or isinstance(tp, types.UnionType):
        answers = [_carries_client_data(arg, seen) for arg in typing.get_args(tp)]
        if any(a is True for a in answers):
            return True
        return None if any(a is None for a in answers) else False
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if tp in seen:
            return False
        seen.add(tp)
        hints = typing.get_type_hints(tp)
        for f in dataclasses.fields(tp):
            if f.name in CLIENT_FIELDS:
                return True
            if _carries_client_data(hints[f.name], seen):
                return True
        return False
    return False


def test_every_service_returning_client_data_is_registered_and_has_a_recipe():
    services = public_services()
    assert len(services) > 80  # the walk found the services
    unmarked = []
    for name, fn in services.items():
        if hasattr(fn, "__client_data__"):
            continue
        carries = _carries_client_data(typing.get_type_hints(fn)["return"], set())
        if carries or (carries is None and name not in OPAQUE_WITHOUT_CLIENT_DATA):
            unmarked.append(name)
    assert not unmarked, (
        "These services can return client data but are not marked "
        f"@authz.returns_client_data(...): {sorted(unmarked)}"
    )
    marked = {name for name, fn in services.items() if hasattr(fn, "__client_data__")}
    assert marked == set(RECIPES), (
        f"no recipe: {sorted(marked - set(RECIPES))}; "
        f"recipe for an unmarked service: {sorted(set(RECIPES) - marked)}"
    )
    for name in marked:
        assert services[name].__client_data__ is RECIPES[name].purpose, name


# --- 2. reading client ids out of answers ----------------------------------------------------

# Records whose client is described *clinically* (a note, attendance history, an entry).
_CLINICAL = {
    "RosterRow": lambda r: r.individual_note is not None,
    "ChartEntry": lambda r: r.entry is not None,
    "AddendumView": lambda r: True,
    "MemberAttendance": lambda r: True,
    "ReportMark": lambda r: True,
    "AttendanceMark": lambda r: True,
    "AttendeeNote": lambda r: True,
}


def _as_uuid(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str) and value:
        return uuid.UUID(value)
    return None


@dataclass
class Found:
    """Client ids in an answer: every one, and those described clinically."""

    entries: set[uuid.UUID] = field(default_factory=set)
    clinical: set[uuid.UUID] = field(default_factory=set)

    def add(self, client_id: uuid.UUID | None, clinical: bool = False) -> None:
        if client_id is not None:
            self.entries.add(client_id)
            if clinical:
                self.clinical.add(client_id)


def walk(value: object, found: Found) -> Found:
    """Every client id in records, tuples, lists and dicts (by field name and type)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        kind = type(value).__name__
        clinical = kind in _CLINICAL and _CLINICAL[kind](value)
        names = {f.name for f in dataclasses.fields(value)}
        if "client_id" in names:
            found.add(_as_uuid(value.client_id), clinical)
        elif kind in ("ClientRecord", "ClientAccess"):
            found.add(value.id if kind == "ClientRecord" else value.client_id)
        for name in names & {
            "client_ids",
            "added_client_ids",
            "waitlisted_client_ids",
            "sample_ids",
        }:
            for client_id in getattr(value, name):
                found.add(client_id)
        if kind == "AttendeeNote":
            found.add(_as_uuid(value.client.client_id), True)
        for f in dataclasses.fields(value):
            walk(getattr(value, f.name), found)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            walk(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            walk(item, found)
    return found


def csv_clients(text: str) -> Found:
    rows = csv.DictReader(io.StringIO(text))
    return Found(*(({uuid.UUID(r["client_id"]) for r in rows},) * 2))


def _free_a_place(o: Oracle, service: Callable[..., object], *args: object) -> object:
    """A place frees up (the admin grows the capacity by one), then the call."""
    group = groups.get_group(o.db, o.admin, o.waitlist_group)
    groups.update_group(
        o.db,
        o.admin,
        group.id,
        capacity=max(group.capacity or 0, group.member_count) + 1,
        expected_version=group.version,
    )
    return service(*args)


def _waiting_again(o: Oracle, client_id: uuid.UUID, user: str) -> object:
    """The client leaves the group and waits again (as the admin); the person removes
    them from the waitlist."""
    with contextlib.suppress(ClinicDeskError):  # not a member
        groups.remove_member(o.db, o.admin, o.waitlist_group, client_id)
    waitlist.add_to_waitlist(o.db, o.admin, o.waitlist_group, [client_id])
    return waitlist.remove_from_waitlist(o.db, o.actor(user), o.waitlist_group, client_id)


def csv_directory(text: str) -> Found:
    """A CSV of directory entries (names and consent), nothing clinical."""
    rows = csv.DictReader(io.StringIO(text))
    return Found({uuid.UUID(r["client_id"]) for r in rows}, set())


# --- 3. recipes ------------------------------------------------------------------------------


@dataclass
class Call:
    """One call of a service, and what its answer must stay within."""

    run: Callable[[], object]
    subject: uuid.UUID | None = None  # the client the call is about, if any
    session_id: uuid.UUID | None = None  # for Purpose.SESSION answers
    read: Callable[[object], Found] | None = None  # for opaque answers
    # The reader tells entries from clinical data itself (else, for Purpose.FILE, every
    # client in the answer counts as clinical).
    mixed: bool = False
    name: str | None = None  # the service called, when a recipe runs several


@dataclass
class Recipe:
    purpose: Purpose
    calls: Callable[[Oracle, str], Iterable[Call]]


_times = itertools.count()
DOCUMENTING = (
    "start_session",
    "set_individual_note",
    "set_group_note",
    "save_notes",
    "change_session_date",
    "add_co_leader",
    "remove_co_leader",
    "reassign_leader",
    "sign_session",
    "add_addendum",
)


@dataclass
class Oracle:
    """The demo clinic and the fixtures each recipe calls against."""

    demo: DemoClinic
    captured: list = field(default_factory=list)
    group_ids: list[uuid.UUID] = field(default_factory=list)
    signed_ids: list[uuid.UUID] = field(default_factory=list)
    session_ids: list[uuid.UUID] = field(default_factory=list)
    sample: list[uuid.UUID] = field(default_factory=list)
    template_id: uuid.UUID | None = None
    schedule_id: uuid.UUID | None = None
    oracle_group: uuid.UUID | None = None
    waitlist_group: uuid.UUID | None = None
    documents: list[tuple[uuid.UUID, uuid.UUID]] = field(default_factory=list)
    # per person: their own session (led by them when they may lead), and an upcoming one
    mine: dict[str, uuid.UUID] = field(default_factory=dict)
    spare: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def db(self):
        return self.demo.db

    @property
    def admin(self):
        return self.demo.actors["admin"]

    def actor(self, user: str):
        return self.demo.actors[user]

    def at(self) -> datetime:
        """A unique future slot for a new session."""
        return datetime.combine(clock.today() + timedelta(days=200), time(7)) + timedelta(
            hours=next(_times)
        )

    def roster(self, user: str) -> list[uuid.UUID]:
        """Attendees for a person's session: some inside their reach, some outside."""
        files = self.demo.explain(user).files
        inside = [c for c in self.sample if c in files][:2]
        outside = [c for c in self.sample if c not in files][:2]
        return inside + outside

    def prepare(self, user: str) -> None:
        """Fresh sessions for ``user``: one they lead (if they may), one upcoming."""
        db, admin = self.db, self.admin
        people = self.roster(user)
        mine = sessions.create_session(
            db, admin, session_template_id=self.template_id, starts_at=self.at()
        ).id
        spare = sessions.create_session(
            db, admin, session_template_id=self.template_id, starts_at=self.at()
        ).id
        for client_id in people:
            for sid in (mine, spare):
                schedules.add_attendee(
                    db, admin, sid, client_id=client_id, allow_double_booking=True
                )
        person = self.actor(user)
        if eligible_leader_refusal(person.role, person.features) is None:
            # An all-access role may make anyone who may lead a leader: the session route.
            sessions.reassign_leader(db, admin, mine, staff_id=person.staff_id)
        else:
            sessions.start_session(db, admin, mine)  # the admin leads it
        self.mine[user], self.spare[user] = mine, spare

    def attendees(self, session_id: uuid.UUID) -> list[uuid.UUID]:
        return [r.client_id for r in sessions.get_session(self.db, self.admin, session_id).roster]


def _each_client(o: Oracle, fn) -> Iterator[Call]:
    for client_id in o.sample:
        yield Call(lambda c=client_id: fn(c), subject=client_id)


def _sessions(o: Oracle, user: str) -> list[uuid.UUID]:
    return [*o.session_ids, o.mine[user], o.spare[user]]


def _period() -> dict:
    return {"start": clock.today() - timedelta(days=90), "end": clock.today() + timedelta(days=90)}


def _mine_calls(o: Oracle, user: str) -> Iterator[Call]:
    """The documenting life of the person's own session, each step checked."""
    db, me, sid = o.db, o.actor(user), o.mine[user]
    people = o.attendees(sid)

    def step(name: str, run: Callable[[], object]) -> Call:
        return Call(run, session_id=sid, name=f"sessions.{name}")

    yield step("start_session", lambda: sessions.start_session(db, me, sid))
    # Marks nobody yet when the roster is empty; answers with the session's detail.
    yield Call(
        lambda: session_attendance.mark_all_present(db, me, sid),
        session_id=sid,
        name="session_attendance.mark_all_present",
    )
    for client_id in people:
        yield step(
            "record_attendance",
            lambda c=client_id: sessions.record_attendance(
                db, me, sid, client_id=c, status=AttendanceStatus.PRESENT
            ),
        )
        yield step(
            "set_individual_note",
            lambda c=client_id: sessions.set_individual_note(
                db, me, sid, client_id=c, text="Oracle note."
            ),
        )
    yield step("set_group_note", lambda: sessions.set_group_note(db, me, sid, text="Oracle."))
    yield step(
        "save_notes",
        lambda: sessions.save_notes(
            db,
            me,
            sid,
            individual_notes=[sessions.IndividualNoteEdit(c, "Oracle notes.") for c in people],
            group_note="Oracle notes.",
        ),
    )
    yield step(
        "change_session_date",
        lambda: sessions.change_session_date(db, me, sid, new_date=clock.today(), reason="Late"),
    )
    admin_id = o.admin.staff_id
    yield step("add_co_leader", lambda: sessions.add_co_leader(db, me, sid, staff_id=admin_id))
    yield step(
        "remove_co_leader", lambda: sessions.remove_co_leader(db, me, sid, staff_id=admin_id)
    )

    def hand_over_and_back():
        """The person hands the lead to the admin (their answer is checked), who hands
        it back (the admin is all-access: nobody's routes change)."""
        detail = sessions.reassign_leader(db, me, sid, staff_id=admin_id)
        sessions.reassign_leader(db, o.admin, sid, staff_id=me.staff_id)
        return detail

    yield step("reassign_leader", hand_over_and_back)
    yield step("sign_session", lambda: sessions.sign_session(db, me, sid, password=PASSWORD))
    yield step(
        "add_addendum",
        lambda: sessions.add_addendum(db, me, sid, text="Oracle addendum.", password=PASSWORD),
    )
    if people:
        yield step(
            "add_addendum",
            lambda: sessions.add_addendum(
                db, me, sid, text="About one.", password=PASSWORD, client_id=people[0]
            ),
        )


def _minutes_calls(o: Oracle, user: str) -> Iterator[Call]:
    """Issue 18: a session the person leads (when they may), every attendee marked late
    by them, then the minutes each attended."""
    db, admin, me = o.db, o.admin, o.actor(user)
    sid = sessions.create_session(db, admin, session_template_id=o.template_id, starts_at=o.at()).id
    for client_id in o.roster(user):
        schedules.add_attendee(db, admin, sid, client_id=client_id, allow_double_booking=True)
    if eligible_leader_refusal(me.role, me.features) is None:
        sessions.reassign_leader(db, admin, sid, staff_id=me.staff_id)
    sessions.start_session(db, admin, sid)
    for client_id in o.attendees(sid):
        with contextlib.suppress(ClinicDeskError):
            sessions.record_attendance(
                db, me, sid, client_id=client_id, status=AttendanceStatus.LATE
            )
        yield Call(
            lambda c=client_id: time_attended.record_minutes_attended(
                db, me, sid, client_id=c, minutes=10
            ),
            session_id=sid,
        )


def _review_calls(o: Oracle, user: str) -> Iterator[Call]:
    me = o.actor(user)
    for sid in o.session_ids:
        yield Call(
            lambda s=sid: sessions.review_session(o.db, me, s, password=PASSWORD), session_id=sid
        )


def _captured(o: Oracle) -> Callable[[object], Found]:
    def read(_pdf: object) -> Found:
        found = Found()
        for record in o.captured:
            walk(record, found)
        o.captured.clear()
        return found

    return read


def _handout_read(o: Oracle) -> Callable[[object], Found]:
    """The handout's own client is clinical; the other members it names are entries."""

    def read(_pdf: object) -> Found:
        found = Found()
        for record in o.captured:
            found.add(_as_uuid(record.client.client_id), True)
            for group in record.groups:
                for member in group.members:
                    found.add(_as_uuid(member.client_id))
        o.captured.clear()
        return found

    return read


def _printout(o: Oracle, run: Callable[[], object], **kw) -> Call:
    o.captured.clear()
    return Call(run, read=_captured(o), **kw)


RECIPES: dict[str, Recipe] = {
    # --- outcome measures ----------------------------------------------------------------
    "outcomes.record_score": Recipe(
        Purpose.FILE,
        lambda o, u: _each_client(
            o,
            lambda c: outcomes.record_score(
                o.db, o.actor(u), c, measure="PHQ-9", taken_on=clock.today(), items=_items(9)
            ),
        ),
    ),
    "outcomes.retract_score": Recipe(
        Purpose.FILE,
        lambda o, u: [
            Call(
                lambda sid=sid: outcomes.retract_score(o.db, o.actor(u), sid, reason="Oracle"),
                subject=c,
            )
            for c, sid in _fresh_scores(o)
        ],
    ),
    "outcomes.list_client_scores": Recipe(
        Purpose.FILE,
        lambda o, u: _each_client(o, lambda c: outcomes.list_client_scores(o.db, o.actor(u), c)),
    ),
    "outcomes.client_outcomes": Recipe(
        Purpose.FILE,
        lambda o, u: _each_client(o, lambda c: outcomes.client_outcomes(o.db, o.actor(u), c)),
    ),
    "outcomes.session_score_sheet": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(lambda s=s: outcomes.session_score_sheet(o.db, o.actor(u), s), session_id=s)
            for s in _sessions(o, u)
        ],
    ),
    "outcomes.record_session_scores": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(
                lambda c=c: outcomes.record_session_scores(
                    o.db,
                    o.actor(u),
                    o.mine[u],
                    measure="GAD-7",
                    entries=[outcomes.ScoreEntry(c, items=tuple(_items(7)))],
                    taken_on=clock.today(),
                ),
                subject=None,
                session_id=o.mine[u],
            )
            for c in o.attendees(o.mine[u])
        ],
    ),
    "outcomes.export_scores_csv": Recipe(
        Purpose.FILE,
        lambda o, u: [Call(lambda: outcomes.export_scores_csv(o.db, o.actor(u)), read=csv_clients)],
    ),
    # --- the directory -------------------------------------------------------------------
    "clients.search_clients": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda: clients.search_clients(o.db, o.actor(u), limit=500, with_total=True)),
            Call(lambda: clients.search_clients(o.db, o.actor(u), text="an", limit=500)),
        ],
    ),
    "clients.get_client": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(o, lambda c: clients.get_client(o.db, o.actor(u), c)),
    ),
    "clients.get_care_team": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(o, lambda c: clients.get_care_team(o.db, o.actor(u), c)),
    ),
    "care_team.care_team_history": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(o, lambda c: care_team.care_team_history(o.db, o.actor(u), c)),
    ),
    "clients.create_client": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda: clients.create_client(
                    o.db, o.actor(u), first_name="Oracle", last_name=f"New{next(_times)}"
                )
            )
        ],
    ),
    "clients.update_client": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o,
            lambda c: clients.update_client(
                o.db, o.actor(u), c, expected_version=None, first_name=UNCHANGED
            ),
        ),
    ),
    "clients.set_status": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o,
            lambda c: clients.set_status(
                o.db, o.actor(u), c, status=ClientStatus.ACTIVE, expected_version=None
            ),
        ),
    ),
    "clients.set_care_team": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(o, lambda c: _same_care_team(o, u, c)),
    ),
    "client_import.import_clients_csv": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda: client_import.import_clients_csv(
                    o.db,
                    o.actor(u),
                    f"first_name,last_name\nImported,Oracle{next(_times)}\n",
                )
            )
        ],
    ),
    "access.explain_access": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda v=v: access.explain_access(o.db, o.actor(u), o.actor(v).staff_id))
            for v in DEMO_USERS
        ],
    ),
    # --- groups ----------------------------------------------------------------------------
    "groups.list_members": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda g=g: groups.list_members(o.db, o.actor(u), g, include_past=True))
            for g in o.group_ids
        ],
    ),
    "consent.list_consents": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda g=g: consent.list_consents(o.db, o.actor(u), g)) for g in o.group_ids
        ],
    ),
    "consent.record_consent": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda g=g, c=c: consent.record_consent(
                    o.db, o.actor(u), g, c, status=ConsentStatus.GIVEN
                )
            )
            for g in o.group_ids[:2]
            for c in [m.client_id for m in consent.list_consents(o.db, o.admin, g)][:1]
        ],
    ),
    "letters.prepare_letter": Recipe(
        Purpose.FILE,
        lambda o, u: [
            Call(
                lambda g=g: letters.prepare_letter(
                    o.db, o.actor(u), g, title="Hello", body="Dear all, see you soon."
                )
            )
            for g in o.group_ids
        ],
    ),
    "letters.letter_pdf": Recipe(
        Purpose.FILE,
        lambda o, u: [
            _printout(
                o,
                lambda g=g: letters.letter_pdf(
                    o.db, o.actor(u), g, title="Hello", body="Dear all, see you soon."
                ),
            )
            for g in o.group_ids
        ],
    ),
    "letters.send_letter": Recipe(
        Purpose.FILE,
        lambda o, u: [
            _printout(
                o,
                lambda g=g: letters.send_letter(
                    o.db, o.actor(u), g, title="Hello", body="Dear all, see you soon."
                ),
            )
            for g in o.group_ids[:2]
        ],
    ),
    "groups.groups_of_client": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o, lambda c: groups.groups_of_client(o.db, o.actor(u), c, include_past=True)
        ),
    ),
    "groups.add_member": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o, lambda c: groups.add_member(o.db, o.actor(u), o.oracle_group, c)
        ),
    ),
    "groups.remove_member": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o, lambda c: groups.remove_member(o.db, o.actor(u), o.oracle_group, c)
        ),
    ),
    "groups.add_members": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda: groups.add_members(o.db, o.actor(u), o.oracle_group, o.sample[:3])),
            Call(lambda: groups.add_members(o.db, o.actor(u), o.oracle_group, o.sample)),
        ],
    ),
    # --- waitlists (issue 18) ---------------------------------------------------------------
    "waitlist.get_waitlist": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda g=g: waitlist.get_waitlist(o.db, o.actor(u), g))
            for g in [*o.group_ids, o.waitlist_group]
        ],
    ),
    "waitlist.add_to_waitlist": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda: waitlist.add_to_waitlist(o.db, o.actor(u), o.waitlist_group, o.sample)),
        ],
    ),
    "waitlist.place_clients": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda: waitlist.place_clients(o.db, o.actor(u), o.waitlist_group, o.sample[:4])),
        ],
    ),
    "waitlist.set_priority": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o,
            lambda c: waitlist.set_priority(
                o.db, o.actor(u), o.waitlist_group, c, priority=1, reason="Oracle"
            ),
        ),
    ),
    "waitlist.offer_place": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda: _free_a_place(o, waitlist.offer_place, o.db, o.actor(u), o.waitlist_group))
        ],
    ),
    "waitlist.confirm_place": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o,
            lambda c: _free_a_place(
                o, waitlist.confirm_place, o.db, o.actor(u), o.waitlist_group, c
            ),
        ),
    ),
    "waitlist.remove_from_waitlist": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(o, lambda c: _waiting_again(o, c, u)),
    ),
    "group_roster.export_members_csv": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda g=g: group_roster.export_members_csv(o.db, o.actor(u), g),
                read=csv_directory,
                mixed=True,
            )
            for g in [*o.group_ids, o.waitlist_group]
        ],
    ),
    "group_roster.print_members": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            _printout(o, lambda g=g: group_roster.print_members(o.db, o.actor(u), g))
            for g in [*o.group_ids, o.waitlist_group]
        ],
    ),
    "group_actions.preview_recipients": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(lambda g=g: group_actions.preview_recipients(o.db, o.actor(u), g))
            for g in o.group_ids
        ],
    ),
    # --- scheduling ------------------------------------------------------------------------
    "schedules.assign_schedule": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda: schedules.assign_schedule(
                    o.db,
                    o.actor(u),
                    o.schedule_id,
                    start_date=clock.today() + timedelta(days=400),
                    client_ids=o.sample[:4],
                )
            ),
            Call(
                lambda: schedules.assign_schedule(
                    o.db,
                    o.actor(u),
                    o.schedule_id,
                    start_date=clock.today() + timedelta(days=400),
                    group_id=o.oracle_group,
                )
            ),
        ],
    ),
    "schedule_assignment.preview_assignment": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda: schedule_assignment.preview_assignment(
                    o.db,
                    o.actor(u),
                    o.schedule_id,
                    start_date=date.today() + timedelta(days=420),
                    client_ids=o.sample[:4],
                    group_id=o.oracle_group,
                )
            ),
        ],
    ),
    "schedule_assignment.confirm_assignment": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            Call(
                lambda: schedule_assignment.confirm_assignment(
                    o.db,
                    o.actor(u),
                    schedule_assignment.preview_assignment(
                        o.db,
                        o.actor(u),
                        o.schedule_id,
                        start_date=date.today() + timedelta(days=440),
                        group_id=o.oracle_group,
                    ),
                    allow_double_booking=True,
                )
            ),
        ],
    ),
    "schedules.add_attendee": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o,
            lambda c: schedules.add_attendee(
                o.db, o.actor(u), o.spare[u], client_id=c, allow_double_booking=True
            ),
        ),
    ),
    "schedules.remove_attendee": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: _each_client(
            o, lambda c: schedules.remove_attendee(o.db, o.actor(u), o.spare[u], client_id=c)
        ),
    ),
    # --- sessions ----------------------------------------------------------------------------
    "sessions.get_session": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(lambda s=s: sessions.get_session(o.db, o.actor(u), s), session_id=s)
            for s in _sessions(o, u)
        ],
    ),
    "sessions.create_session": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(
                lambda: sessions.create_session(
                    o.db, o.actor(u), session_template_id=o.template_id, starts_at=o.at()
                )
            )
        ],
    ),
    "sessions.start_session": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(
                lambda: sessions.start_session(o.db, o.actor(u), o.spare[u]), session_id=o.spare[u]
            )
        ],
    ),
    "sessions.cancel_session": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(
                lambda: sessions.cancel_session(o.db, o.actor(u), o.spare[u], reason="Oracle"),
                session_id=o.spare[u],
            )
        ],
    ),
    "sessions.review_session": Recipe(Purpose.SESSION, _review_calls),
    "session_chart.chart_view": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            Call(lambda s=s: session_chart.chart_view(o.db, o.actor(u), s), session_id=s)
            for s in _sessions(o, u)
        ],
    ),
    # The documenting steps run in order on the person's own session, from one recipe.
    "sessions.record_attendance": Recipe(Purpose.SESSION, _mine_calls),
    "time_attended.record_minutes_attended": Recipe(Purpose.SESSION, _minutes_calls),
    "session_attendance.mark_all_present": Recipe(Purpose.SESSION, lambda o, u: ()),
    **{f"sessions.{name}": Recipe(Purpose.SESSION, lambda o, u: ()) for name in DOCUMENTING},
    # --- files, attendance, exports ----------------------------------------------------------
    "client_file.open_client_file": Recipe(
        Purpose.FILE,
        lambda o, u: _each_client(o, lambda c: client_file.open_client_file(o.db, o.actor(u), c)),
    ),
    "client_file.download_document": Recipe(
        Purpose.FILE,
        lambda o, u: [
            Call(
                lambda c=c, d=d: client_file.download_document(o.db, o.actor(u), c, d),
                subject=c,
            )
            for c, d in o.documents
        ],
    ),
    "attendance.client_attendance_counts": Recipe(
        Purpose.FILE,
        lambda o, u: _each_client(
            o, lambda c: attendance.client_attendance_counts(o.db, o.actor(u), c)
        ),
    ),
    "attendance.group_attendance": Recipe(
        Purpose.FILE,
        lambda o, u: [
            Call(lambda g=g: attendance.group_attendance(o.db, o.actor(u), g, **_period()))
            for g in o.group_ids
        ],
    ),
    "attendance.export_attendance_csv": Recipe(
        Purpose.FILE,
        lambda o, u: [
            Call(
                lambda g=g: attendance.export_attendance_csv(o.db, o.actor(u), group_id=g),
                read=csv_clients,
            )
            for g in [None, *o.group_ids]
        ],
    ),
    # --- printouts (the records each PDF is built from are captured) ---------------------
    "printouts.signin_sheet": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            _printout(o, lambda s=s: printouts.signin_sheet(o.db, o.actor(u), s))
            for s in [*o.session_ids[-4:], o.mine[u]]
        ],
    ),
    "printouts.signin_sheets": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            _printout(o, lambda: printouts.signin_sheets(o.db, o.actor(u), o.session_ids[-8:])),
            _printout(o, lambda: printouts.signin_sheets(o.db, o.actor(u), [o.mine[u]])),
        ],
    ),
    "printouts.signin_sheets_for_day": Recipe(
        Purpose.DIRECTORY,
        lambda o, u: [
            _printout(o, lambda d=d: printouts.signin_sheets_for_day(o.db, o.actor(u), d))
            for d in _session_days(o)
        ],
    ),
    "printouts.session_note": Recipe(
        Purpose.SESSION,
        lambda o, u: [
            _printout(o, lambda s=s: printouts.session_note(o.db, o.actor(u), s), session_id=s)
            for s in [*o.signed_ids, o.mine[u]]
        ],
    ),
    "printouts.group_attendance": Recipe(
        Purpose.FILE,
        lambda o, u: [
            _printout(o, lambda g=g: printouts.group_attendance(o.db, o.actor(u), g, **_period()))
            for g in o.group_ids
        ],
    ),
    "printouts.client_attendance": Recipe(
        Purpose.FILE,
        lambda o, u: [
            _printout(
                o,
                lambda c=c: printouts.client_attendance(o.db, o.actor(u), c, **_period()),
                subject=c,
            )
            for c in o.sample[::3]
        ],
    ),
    "printouts.client_handout": Recipe(
        Purpose.FILE,
        lambda o, u: [
            Call(
                lambda c=c: printouts.client_handout(o.db, o.actor(u), c),
                subject=c,
                read=_handout_read(o),
                mixed=True,
            )
            for c in o.sample[::3]
        ],
    ),
}


def _items(count: int) -> list[int]:
    """Item answers (0-3) that no earlier call gave: a repeated score is refused."""
    n = next(_times)
    return [(n // 4**i) % 4 for i in range(count)]


def _fresh_scores(o: Oracle) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """A new score per sample client (recorded by the admin), to retract."""
    return [
        (
            c,
            outcomes.record_score(
                o.db, o.admin, c, measure="PHQ-9", taken_on=clock.today(), items=_items(9)
            ).id,
        )
        for c in o.sample
    ]


def _same_care_team(o: Oracle, user: str, client_id: uuid.UUID):
    """Set a client's care team to what it is (so nobody's routes change)."""
    team = clients.get_care_team(o.db, o.admin, client_id)
    return clients.set_care_team(
        o.db,
        o.actor(user),
        client_id,
        primary_therapist_id=team.primary_therapist.id if team.primary_therapist else None,
        case_manager_id=team.case_manager.id if team.case_manager else None,
        others=[p.id for p in team.others],
    )


def _session_days(o: Oracle) -> list[date]:
    cards = sessions.list_sessions(o.db, o.admin)
    return sorted({c.starts_at.date() for c in cards})[:6]


# --- 4. the run ------------------------------------------------------------------------------


def _found(purpose: Purpose, call: Call, answer: object) -> Found:
    found = call.read(answer) if call.read else walk(answer, Found())
    if call.subject is not None:
        found.add(call.subject, purpose is Purpose.FILE)
    if purpose is Purpose.FILE and not call.mixed:
        found.clinical |= found.entries  # attendance, files, reports: all clinical
    return found


def _problems(name: str, purpose: Purpose, call: Call, found: Found, reach: Reached) -> list[str]:
    if purpose is Purpose.SESSION and call.session_id is not None:
        clinical_reach = reach.session(call.session_id)
    else:
        clinical_reach = reach.files
    problems = []
    if outside := found.entries - reach.directory:
        problems.append(f"{name}: {len(outside)} clients outside the directory reach")
    if outside := found.clinical - clinical_reach:
        problems.append(f"{name}: clinical data of {len(outside)} clients outside the reach")
    return problems


def _capture(monkeypatch: pytest.MonkeyPatch, o: Oracle) -> None:
    """Printouts hand their records to the builders: keep them, skip the PDF rendering."""
    for builder in (
        "build_signin_sheets",
        "build_session_note",
        "build_group_attendance_report",
        "build_client_attendance_report",
        "build_client_handout",
        "build_group_roster",
        "build_letters",
    ):

        def fake(record, *args, **kwargs):
            if isinstance(record, list | tuple):
                o.captured.extend(record)
            else:
                o.captured.append(record)
            return b"%PDF-captured"

        monkeypatch.setattr(printing, builder, fake)


def _setup(demo: DemoClinic) -> Oracle:
    o = Oracle(demo)
    db, admin = demo.db, demo.actors["admin"]
    o.group_ids = [g.id for g in groups.list_groups(db, admin, include_archived=True)]
    cards = sessions.list_sessions(db, admin)
    o.signed_ids = [
        c.id for c in cards if c.status in (SessionStatus.COMPLETED, SessionStatus.PENDING_REVIEW)
    ]
    o.session_ids = [c.id for c in cards]
    o.sample = sorted(demo.client_ids)[::3]
    template = templates.create_session_template(
        db, admin, name="Oracle session", duration_minutes=30
    )
    o.template_id = template.id
    o.schedule_id = templates.create_schedule_template(
        db,
        admin,
        name="Oracle schedule",
        weeks=1,
        occurrences=[templates.OccurrenceSpec(1, time(6, 0), template.id)],
    ).id
    o.oracle_group = groups.create_group(db, admin, name="Oracle group").id
    # A full group with a waitlist: everyone in the sample waits (issue 18).
    o.waitlist_group = groups.create_group(db, admin, name="Oracle waitlist", capacity=1).id
    groups.add_member(db, admin, o.waitlist_group, o.sample[0])
    waitlist.add_to_waitlist(db, admin, o.waitlist_group, o.sample[1:])
    for client_id in demo.client_ids:
        entries = client_file.open_client_file(db, admin, client_id).entries
        o.documents += [(client_id, e.document_id) for e in entries if e.document_id][:1]
    o.documents = o.documents[:4]
    return o


def test_every_client_in_every_answer_is_one_access_explain_lists(demo, monkeypatch, request):
    o = _setup(demo)
    _capture(monkeypatch, o)
    problems: list[str] = []
    answered: dict[str, int] = dict.fromkeys(RECIPES, 0)
    for user in DEMO_USERS:
        o.prepare(user)
        reach = demo.explain(user)
        for recipe_name, recipe in RECIPES.items():
            for call in recipe.calls(o, user):
                name = call.name or recipe_name
                try:
                    answer = call.run()
                except PermissionDenied:
                    o.captured.clear()
                    continue
                except ClinicDeskError as refused:
                    # A refusal that names clients (a double booking, a duplicate) too.
                    o.captured.clear()
                    call, answer = Call(call.run, session_id=call.session_id), vars(refused)
                else:
                    answered[name] += 1
                found = _found(recipe.purpose, call, answer)
                if _problems(name, recipe.purpose, call, found, reach):
                    # The call may itself have changed what the person reaches (a new
                    # client, a roster change): ask access explain again before judging.
                    reach = demo.explain(user)
                    problems += [
                        f"as {user}: {p}"
                        for p in _problems(name, recipe.purpose, call, found, reach)
                    ]
        count = clients.count_clients(demo.db, o.actor(user))
        reach = demo.explain(user)
        if count != len(reach.directory):
            problems.append(f"count_clients as {user}: {count}, explain: {len(reach.directory)}")
    assert not problems, "\n".join(problems)
    never = sorted(name for name, times in answered.items() if not times)
    assert not never, f"never answered for anyone, so never checked: {never}"
