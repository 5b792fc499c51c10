"""The multi-laptop chaos run, shared by the short test (default suite) and the long one
(tests/reliability, ``make reliability``).

A clinic server; three therapists each take a laptop offline; every round, random
documenting actions happen on every laptop and at clinic workstations (the same
sessions, some co-led, so their edits collide), then the laptops sync in random order,
some syncs run in a subprocess that is SIGKILLed mid-sync. At the end every laptop
syncs cleanly and ``check`` proves: each offline action applied exactly once or
waiting in the conflicts queue (never both, never lost); the audit chain verifies;
every signed session's seal verifies; no laptop holds a client its user cannot reach;
and the server's documented state equals a serial replay of the accepted writes in
the order the server accepted them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from sqlalchemy import func, select

from clinicdesk.db.engine import Database
from clinicdesk.db.models import AuditEntry, Client, SyncApplied, SyncConflict, SyncOutbox
from clinicdesk.domain.access import Purpose
from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import (
    auth,
    authz,
    clients,
    maintenance,
    practitioner_groups,
    sessions,
)
from clinicdesk.services.records import Actor
from clinicdesk.sync import client
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit

STATUSES = [s.value for s in AttendanceStatus]


@dataclass
class Figures:
    rounds: int = 0
    offline_actions: int = 0
    clinic_actions: int = 0
    applied: int = 0
    conflicts: int = 0
    syncs: int = 0
    interrupted: int = 0
    resumed: int = 0  # actions a killed sync had applied, found applied by the next one
    lost: int = 0
    doubled: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class World:
    server: Database
    admin: Actor
    therapists: list[Actor]
    laptops: dict[str, Path]
    sessions: dict[uuid.UUID, list[uuid.UUID]]  # session → attendees
    leaders: dict[uuid.UUID, list[Actor]]
    seen_actions: dict[uuid.UUID, dict] = field(default_factory=dict)
    clinic_writes: list[tuple[tuple, object, int]] = field(default_factory=list)


def build(server: Database, admin: Actor, tmp: Path, rng: random.Random) -> World:
    kit = SessionKit(server, admin)
    names = ("ana", "ben", "cara")
    people = [insert_staff(server, Role.THERAPIST, username=n, full_name=n.title()) for n in names]
    for person in people:  # restricted access: each reaches their own care-team clients
        practitioner_groups.create_practitioner_group(
            server, admin, name=f"Team {person.username}", member_ids=[person.staff_id]
        )
    ids = []
    for i in range(12):
        cid = clients.create_client(
            server, admin, first_name=f"C{i}", last_name="Chaos", allow_duplicate=True
        ).id
        clients.set_care_team(
            server, admin, cid, primary_therapist_id=people[i // 4].staff_id, case_manager_id=None
        )
        ids.append(cid)
    stranger = clients.create_client(  # reachable by nobody but the admin
        server, admin, first_name="Nobody", last_name="Reaches", allow_duplicate=True
    ).id
    assert stranger
    plan = [  # (leaders, attendees)
        ([0], ids[0:4]),
        ([0, 1], ids[0:2] + ids[4:6]),
        ([1], ids[4:8]),
        ([2], ids[8:12]),
        ([1, 2], ids[6:8] + ids[10:12]),
        ([2, 0], ids[2:4] + ids[8:10]),
    ]
    session_map: dict[uuid.UUID, list[uuid.UUID]] = {}
    leaders: dict[uuid.UUID, list[Actor]] = {}
    for n, (who, attendees) in enumerate(plan):
        at = datetime.combine(date.today() + timedelta(days=1), clock(8 + n, 0))
        detail = kit.session(at)
        kit.enrol(detail.id, *attendees)
        # The admin (all access) assigns the leaders; co-leaders reach the attendees
        # through leading the session.
        sessions.reassign_leader(server, admin, detail.id, staff_id=people[who[0]].staff_id)
        for extra in who[1:]:
            sessions.add_co_leader(server, admin, detail.id, staff_id=people[extra].staff_id)
        sessions.start_session(server, people[who[0]], detail.id)
        session_map[detail.id] = attendees
        leaders[detail.id] = [people[w] for w in who]
    laptops = {}
    for person in people:
        path = tmp / f"{person.username}.sqlite3"
        client.setup(path, server_url=server.url, username=person.username, password=TEST_PASSWORD)
        laptops[person.username] = path
    return World(server, admin, people, laptops, session_map, leaders)


def _act(db: Database, actor: Actor, world: World, rng: random.Random, tag: str) -> list[tuple]:
    """One random documenting action as ``actor`` on ``db``; the (field, value) writes
    that succeeded, in order (a refusal here writes nothing and records nothing)."""
    mine = [sid for sid, who in world.leaders.items() if actor in who]
    sid = rng.choice(mine)
    attendee = rng.choice(world.sessions[sid])
    kind = rng.random()
    done: list[tuple] = []
    try:
        if kind < 0.4:
            status = rng.choice(STATUSES)
            sessions.record_attendance(db, actor, sid, client_id=attendee, status=status)
            done.append((("att", sid, attendee), status))
        elif kind < 0.7:
            text = f"{tag} note {uuid.uuid4().hex[:8]}"
            sessions.set_individual_note(db, actor, sid, client_id=attendee, text=text)
            done.append((("note", sid, attendee), text))
        elif kind < 0.92:
            text = f"{tag} group {uuid.uuid4().hex[:8]}"
            sessions.set_group_note(db, actor, sid, text=text)
            done.append((("group", sid), text))
        else:
            for cid in world.sessions[sid]:
                sessions.record_attendance(db, actor, sid, client_id=cid, status="present")
                done.append((("att", sid, cid), "present"))
            sessions.sign_session(db, actor, sid, password=TEST_PASSWORD)
            done.append((("sig", sid, actor.staff_id), True))
    except ClinicDeskError:
        pass  # refused here already (signed, locked…): nothing more recorded
    return done


def _capture(world: World, path: Path) -> None:
    """Remember every outbox action before a sync (a refresh replaces the file)."""
    db = Database(str(path))
    try:
        with db.read() as s:
            for row in s.execute(
                select(SyncOutbox.id, SyncOutbox.action, SyncOutbox.arguments)
            ).all():
                world.seen_actions.setdefault(row.id, {"action": row.action, "args": row.arguments})
    finally:
        db.dispose()


def _killed_sync(path: Path, username: str, rng: random.Random) -> bool:
    """A sync in a subprocess, SIGKILLed after a random moment; True when it was killed."""
    env = dict(os.environ, CLINICDESK_PASSWORD=TEST_PASSWORD)
    proc = subprocess.Popen(
        [sys.executable, "-m", "clinicdesk", "--db", str(path), "--user", username, "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(rng.uniform(0.3, 2.5))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True
    return False


def run(
    world: World, rng: random.Random, *, rounds: int, actions: int, kill_rate: float
) -> Figures:
    figures = Figures()
    started = time.perf_counter()
    for round_no in range(rounds):
        figures.rounds += 1
        for person in world.therapists:
            path = world.laptops[person.username]
            db = Database(str(path))
            me = auth.login(db, person.username, TEST_PASSWORD)
            for _ in range(actions):
                _act(db, me, world, rng, f"r{round_no} {person.username} laptop")
            db.dispose()
            # Meanwhile at the clinic (same sessions, some co-led).
            for _ in range(max(1, actions // 3)):
                done = _act(world.server, person, world, rng, f"r{round_no} clinic")
                with world.server.read() as s:
                    seq = s.scalar(select(func.max(AuditEntry.seq)))
                for key, value in done:  # in the order the server accepted them
                    figures.clinic_actions += 1
                    world.clinic_writes.append((key, value, seq))
        order = list(world.therapists)
        rng.shuffle(order)
        for person in order:
            path = world.laptops[person.username]
            _capture(world, path)
            figures.syncs += 1
            killed = rng.random() < kill_rate and _killed_sync(path, person.username, rng)
            if killed:
                figures.interrupted += 1
                _capture(world, path)  # (a killed refresh leaves the previous copy whole)
            report = client.sync(path, password=TEST_PASSWORD)
            if killed:
                figures.resumed += report.already
    for person in world.therapists:  # everyone ends synced
        _capture(world, world.laptops[person.username])
        client.sync(world.laptops[person.username], password=TEST_PASSWORD)
    figures.seconds = round(time.perf_counter() - started, 1)
    return figures


def check(world: World, figures: Figures) -> Figures:
    server = world.server
    with server.read() as s:
        applied = set(s.scalars(select(SyncApplied.action_id)))
        conflicted = set(s.scalars(select(SyncConflict.action_id)))
        replays = Counter(
            json.loads(d)["action_id"]
            for d in s.scalars(select(AuditEntry.details).where(AuditEntry.action == "sync_replay"))
        )
        replay_seq = {
            json.loads(d)["action_id"]: seq
            for seq, d in s.execute(
                select(AuditEntry.seq, AuditEntry.details).where(AuditEntry.action == "sync_replay")
            )
        }
    ids = set(world.seen_actions)
    figures.offline_actions = len(ids)
    figures.applied = len(ids & applied)
    figures.conflicts = len(ids & (conflicted - applied))
    figures.lost = len(ids - applied - conflicted)
    figures.doubled = sum(1 for n in replays.values() if n > 1) + len(
        (applied & conflicted) - _resolved(server)
    )
    assert figures.lost == 0, "an offline action was lost"
    assert figures.doubled == 0, "an offline action was applied twice"
    assert applied <= ids | set(), "the server applied an action no laptop made"

    admin = world.admin
    assert maintenance.verify_audit_log(server, admin).ok
    for sid in world.sessions:
        detail = sessions.get_session(server, admin, sid)
        if detail.signatures:
            assert sessions.verify_session_integrity(server, admin, sid)

    # No laptop holds a client its user cannot reach (the one rule, asked on the server).
    for person in world.therapists:
        db = Database(str(world.laptops[person.username]))
        with db.read() as s:
            held = set(s.scalars(select(Client.id)))
        db.dispose()
        with server.read() as s:
            staff = authz.acting_staff(s, person)
            reach = authz.reach(s, staff, Purpose.DIRECTORY)
            reachable = set(s.scalars(reach.narrow(select(Client.id), Client.id)))
        assert held <= reachable, f"{person.username}'s laptop holds unreachable clients"

    # The server's documented state equals a serial replay of the accepted writes.
    writes: list[tuple[tuple, object, int]] = list(world.clinic_writes)
    for action_id, info in world.seen_actions.items():
        if action_id not in applied:
            continue
        a = info["args"]
        sid, cid = uuid.UUID(a["session_id"]), a.get("client_id")
        seq = replay_seq[str(action_id)]
        if info["action"] == "record_attendance":
            writes.append((("att", sid, uuid.UUID(cid)), a["status"], seq))
        elif info["action"] == "set_individual_note":
            writes.append((("note", sid, uuid.UUID(cid)), a["text"], seq))
        elif info["action"] == "set_group_note":
            writes.append((("group", sid), a["text"], seq))
    expected: dict[tuple, object] = {}
    for key, value, _seq in sorted(writes, key=lambda w: w[2]):
        expected[key] = value
    for sid in world.sessions:
        detail = sessions.get_session(server, admin, sid)
        if ("group", sid) in expected:
            assert detail.group_note == expected[("group", sid)]
        for row in detail.roster:
            if ("att", sid, row.client_id) in expected:
                value = row.attendance.value if row.attendance else None
                assert value == expected[("att", sid, row.client_id)]
            if ("note", sid, row.client_id) in expected:
                assert row.individual_note == expected[("note", sid, row.client_id)]
    return figures


def _resolved(server: Database) -> set[uuid.UUID]:
    with server.read() as s:
        return set(
            s.scalars(select(SyncConflict.action_id).where(SyncConflict.resolution.is_not(None)))
        )


def record_figures(figures: Figures, backend: str, label: str) -> None:
    """Append the run's figures where ``make reliability`` collects them."""
    line = json.dumps({"test": label, "backend": backend, **figures.as_dict()})
    target = Path(__file__).resolve().parents[2] / ".reliability-figures.jsonl"
    with target.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
