"""Two workstations edit the same sessions and groups at once: no lock error, no lost update.

Two processes (each its own ``Database``, like two PCs on one SQLite file in WAL mode
or one PostgreSQL server) run for ``CLINICDESK_HAMMER_SECONDS`` (default 30). Each
loads a record, edits it with the version it loaded, and on ``StaleEdit`` (which must
name the other workstation's user and a time) reloads and saves again. Afterwards:

- no ``DatabaseError`` ("database is busy") ever reached a user;
- every row's version counter equals 1 + the saves both workers report for it, so
  no save overwrote another unseen (a lost update would leave fewer versions than saves);
- group membership rows add up exactly to the adds and removes both workers report;
- the audit chain verifies, with one entry per reported save.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from clinicdesk.db.models import AuditEntry, ClientGroup, Enrolment, GroupMembership, GroupSession
from clinicdesk.domain.enums import Role
from clinicdesk.services import groups, schedules, sessions, templates
from tests.reliability import support
from tests.reliability.conftest import actor_args, open_db


def _count(s, model, *where) -> int:
    return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def _versions(s, session_ids, group_ids) -> Counter:
    out: Counter = Counter()
    for gs in s.scalars(select(GroupSession).where(GroupSession.id.in_(session_ids))):
        out[("session", gs.id)] = gs.version
    for e in s.scalars(select(Enrolment).where(Enrolment.session_id.in_(session_ids))):
        out[("enrolment", e.session_id, e.client_id)] = e.version
    for g in s.scalars(select(ClientGroup).where(ClientGroup.id.in_(group_ids))):
        out[("group", g.id)] = g.version
    return out


def _audit_counts(s) -> Counter:
    rows = s.execute(select(AuditEntry.action, func.count()).group_by(AuditEntry.action))
    return Counter(dict(rows.all()))


def test_two_workstations_hammer_the_same_records(backend, rel_home: Path):
    kind, url = backend
    seconds = support.seconds("CLINICDESK_HAMMER_SECONDS", 30)
    db = open_db(url)
    try:
        admin = support.add_staff(db, Role.SUPER_ADMIN, "setup", "Setup Admin")
        a = support.add_staff(db, Role.SUPER_ADMIN, "ws_a", "Workstation Anna")
        b = support.add_staff(db, Role.SUPER_ADMIN, "ws_b", "Workstation Bruno")
        pool = support.add_clients(db, 80, "Hammer")
        template = templates.create_session_template(db, admin, name="Hammer", duration_minutes=60)
        session_ids = []
        for hour in (9, 11, 13, 15):
            detail = sessions.create_session(
                db,
                admin,
                session_template_id=template.id,
                starts_at=datetime(2025, 3, 3, hour, 0),
            )
            for c in pool[hour : hour + 6]:
                schedules.add_attendee(db, admin, detail.id, client_id=c)
            sessions.start_session(db, admin, detail.id)
            session_ids.append(detail.id)
        group_ids = []
        initial: dict[uuid.UUID, int] = {}
        for i in range(3):
            g = groups.create_group(db, admin, name=f"Shared {i}")
            groups.add_members(db, admin, g.id, pool[40 + i * 5 : 45 + i * 5])
            group_ids.append(g.id)
            initial[g.id] = 5
        with db.read() as s:
            audit_before = _audit_counts(s)
            before = _versions(s, session_ids, group_ids)
    finally:
        db.dispose()

    workers = []
    for me, other, seed in ((a, b, 1), (b, a, 2)):
        result = rel_home / f"{me.username}.json"
        args = {
            "url": url,
            "actor": actor_args(me),
            "other_name": other.full_name,
            "seed": seed,
            "seconds": seconds,
            "sessions": [str(x) for x in session_ids],
            "groups": [str(x) for x in group_ids],
            "clients": [str(x) for x in pool[40:70]],
            "result": str(result),
        }
        workers.append((support.start_worker("hammer", args, rel_home), result))
    results = []
    for proc, result in workers:
        _, err = proc.communicate(timeout=seconds + 120)
        assert proc.returncode == 0, err
        results.append(json.loads(result.read_text()))

    counts = Counter()
    for r in results:
        counts.update(r["counts"])
        assert r["counts"]["database_errors"] == 0, r["errors"]
        assert r["counts"]["other_errors"] == 0, r["errors"]
        assert r["counts"]["stale_edits"] == r["counts"]["stale_edits_named"], (
            "a StaleEdit did not say who changed the record and when"
        )

    def summed(key: str) -> Counter:
        total: Counter = Counter()
        for r in results:
            total.update(r[key])
        return total

    attendance, notes = summed("attendance"), summed("notes")
    renames, adds, removes = summed("renames"), summed("adds"), summed("removes")
    db = open_db(url)
    try:
        with db.read() as s:
            for gid in group_ids:
                rows = _count(s, GroupMembership, GroupMembership.group_id == gid)
                current = _count(
                    s,
                    GroupMembership,
                    GroupMembership.group_id == gid,
                    GroupMembership.left_on.is_(None),
                )
                assert rows == initial[gid] + adds[str(gid)]
                assert current == initial[gid] + adds[str(gid)] - removes[str(gid)]
            audit_after = _audit_counts(s)
            after = _versions(s, session_ids, group_ids)
        ok, entries = support.audit_chain_ok(db)
        assert ok
    finally:
        db.dispose()
    # Every save is exactly one version step of its row: fewer steps than saves = lost.
    saves = Counter()
    for sid in session_ids:
        saves[("session", sid)] = notes[str(sid)]
    for key, n in attendance.items():
        sid, client = key.split(":")
        saves[("enrolment", uuid.UUID(sid), uuid.UUID(client))] = n
    for gid in group_ids:
        saves[("group", gid)] = renames[str(gid)]
    lost = sum(abs(after[k] - before[k] - saves[k]) for k in after)
    delta = audit_after - audit_before
    assert delta["record_attendance"] == counts["attendance_saved"]
    assert delta["set_group_note"] == counts["group_note_saved"]
    assert delta["update_group"] == counts["group_renamed"]
    assert delta["add_group_member"] == counts["member_added"]
    assert delta["remove_group_member"] == counts["member_removed"]
    assert lost == 0, f"{lost} updates lost"
    # A collision is always a StaleEdit naming who and when, never an anonymous failure.
    assert counts.get("save_races", 0) == 0
    support.Figures(
        f"two_workstations[{kind}]",
        {
            "seconds": seconds,
            "operations": counts["operations"],
            "saves": counts["attendance_saved"]
            + counts["group_note_saved"]
            + counts["group_renamed"]
            + counts["member_added"]
            + counts["member_removed"],
            "stale_edits_detected": counts["stale_edits"],
            "reloaded_and_saved": counts["reloaded_and_saved"],
            "conflicts_refused": counts["conflicts"],
            "save_races_refused": counts.get("save_races", 0),
            "database_errors": counts["database_errors"],
            "lost": lost,
            "audit_entries": entries,
        },
    ).write()
    assert counts["stale_edits"] > 0, "the workers never collided; the test proved nothing"
