"""Child processes of the reliability suite: ``python -m tests.reliability.workers CMD JSON``.

- ``crash``: performs one kind of action over and over until the parent SIGKILLs it,
  logging ``{"start": …}`` before each call and ``{"done": …}`` after it returns.
- ``hammer``: a second workstation for N seconds: edits shared sessions and groups the
  way a user does (load, edit with the loaded version, on StaleEdit reload and retry)
  and writes a JSON summary of every outcome.
- ``writer``: creates clients one by one (each an audited transaction) until killed.

Only the services are used, exactly as the GUI and CLI use them.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.domain.errors import ClinicDeskError, Conflict, DatabaseError, NotFound, StaleEdit
from clinicdesk.services import (
    clients,
    group_actions,
    groups,
    retraction,
    schedules,
    sessions,
)
from clinicdesk.services.records import Actor

PASSWORD = "correct horse battery"


class Log:
    """Append-only JSON lines, flushed and fsync'd per line (survives SIGKILL)."""

    def __init__(self, path: str) -> None:
        self._fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 (lives until killed)

    def __call__(self, **entry: object) -> None:
        self._fh.write(json.dumps(entry, default=str) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())


def _actor(data: dict) -> Actor:
    return Actor(
        uuid.UUID(data["staff_id"]),
        data["username"],
        data["full_name"],
        Role(data["role"]),
        frozenset(),
    )


def _ids(values: list[str]) -> list[uuid.UUID]:
    return [uuid.UUID(v) for v in values]


# --- crash ------------------------------------------------------------------------------


def crash(args: dict) -> None:
    db = Database(args["url"])
    actor = _actor(args["actor"])
    log = Log(args["log"])
    rng = random.Random(args["seed"])
    scenario = args["scenario"]
    log(ready=True)
    if scenario == "add_members":
        pool = _ids(args["clients"])
        schedule_id = uuid.UUID(args["schedule_id"])
        start = date.fromisoformat(args["start_date"])
        for k in range(10_000):
            group = groups.create_group(db, actor, name=f"Crash {uuid.uuid4().hex[:12]}")
            schedules.assign_schedule(db, actor, schedule_id, start_date=start, group_id=group.id)
            n = rng.randint(20, 80)
            chosen = pool[:n]
            pool = pool[n:]
            if not chosen:
                break
            log(start=str(group.id), clients=[str(c) for c in chosen])
            groups.add_members(db, actor, group.id, chosen, joined_on=start)
            log(done=str(group.id))
            del k
    elif scenario == "assign_schedule":
        pool = _ids(args["clients"])
        schedule_id = uuid.UUID(args["schedule_id"])
        start = date.fromisoformat(args["start_date"])
        while pool:
            n = rng.randint(5, 25)
            chosen, pool = pool[:n], pool[n:]
            key = uuid.uuid4().hex
            log(start=key, clients=[str(c) for c in chosen])
            schedules.assign_schedule(
                db,
                actor,
                schedule_id,
                start_date=start,
                client_ids=chosen,
                allow_double_booking=True,
            )
            log(done=key)
    elif scenario == "sign":
        for sid in _ids(args["sessions"]):
            log(start=str(sid))
            sessions.sign_session(db, actor, sid, password=PASSWORD)
            log(done=str(sid))
    elif scenario == "group_action":
        group_ids = _ids(args["groups"])
        while True:
            title = f"Crash {uuid.uuid4().hex}"
            group_id = rng.choice(group_ids)
            log(start=title, group=str(group_id))
            if rng.random() < 0.5:
                group_actions.add_note(db, actor, group_id, title=title, body="x" * 2000)
            else:
                group_actions.share_document(
                    db,
                    actor,
                    group_id,
                    filename=f"{title}.bin",
                    title=title,
                    content=os.urandom(rng.randint(1_000, 200_000)),
                )
            log(done=title)
    elif scenario == "retract":
        # Issue 18: perform a group action, then retract it; the kill lands in either.
        group_id = uuid.UUID(args["retract_group"])
        while True:
            action = group_actions.add_note(
                db, actor, group_id, title=f"Retract {uuid.uuid4().hex}", body="x" * 500
            )
            log(start=str(action.action_id))
            retraction.retract_group_action(db, actor, action.action_id, reason="Crash trial.")
            log(done=str(action.action_id))
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    log(finished=True)
    # Stay alive so the parent's SIGKILL always finds a process.
    time.sleep(60)


# --- hammer -----------------------------------------------------------------------------


def hammer(args: dict) -> None:
    """Two workstations editing the same records; every outcome is counted."""
    db = Database(args["url"])
    actor = _actor(args["actor"])
    rng = random.Random(args["seed"])
    session_ids = _ids(args["sessions"])
    group_ids = _ids(args["groups"])
    pool = _ids(args["clients"])
    deadline = time.monotonic() + float(args["seconds"])
    counts: dict[str, int] = {
        "operations": 0,
        "attendance_saved": 0,
        "group_note_saved": 0,
        "group_renamed": 0,
        "member_added": 0,
        "member_removed": 0,
        "stale_edits": 0,
        "stale_edits_named": 0,
        "reloaded_and_saved": 0,
        "conflicts": 0,
        "database_errors": 0,
        "other_errors": 0,
    }
    saved_attendance: dict[str, int] = {}
    saved_notes: dict[str, int] = {}
    renames: dict[str, int] = {}
    adds: dict[str, int] = {}
    removes: dict[str, int] = {}
    errors: list[str] = []
    other = args["other_name"]

    def stale(exc: StaleEdit) -> None:
        counts["stale_edits"] += 1
        if exc.changed_by == other and exc.changed_at is not None:
            counts["stale_edits_named"] += 1

    def with_reload(load, save) -> bool:
        """Load, save with the loaded version; on StaleEdit reload once and save again."""
        version = load()
        time.sleep(rng.uniform(0, 0.02))  # the user reads before saving
        try:
            save(version)
            return True
        except StaleEdit as exc:
            stale(exc)
        version = load()
        try:
            save(version)
            counts["reloaded_and_saved"] += 1
            return True
        except StaleEdit as exc:
            stale(exc)
            return False

    while time.monotonic() < deadline:
        counts["operations"] += 1
        op = rng.random()
        try:
            if op < 0.35:
                sid = rng.choice(session_ids)
                detail = sessions.get_session(db, actor, sid)
                row = rng.choice(detail.roster)

                current: dict[str, object] = {}

                def load_row(sid=sid, client=row.client_id, current=current) -> int:
                    d = sessions.get_session(db, actor, sid)
                    mine = next(r for r in d.roster if r.client_id == client)
                    current["status"] = mine.attendance
                    return mine.version

                def save_row(version: int, sid=sid, client=row.client_id, current=current) -> None:
                    # Always a real change, so every save is exactly one version step.
                    choices = [a for a in AttendanceStatus if a != current.get("status")]
                    sessions.record_attendance(
                        db,
                        actor,
                        sid,
                        client_id=client,
                        status=rng.choice(choices),
                        expected_version=version,
                    )

                if with_reload(load_row, save_row):
                    counts["attendance_saved"] += 1
                    key = f"{sid}:{row.client_id}"
                    saved_attendance[key] = saved_attendance.get(key, 0) + 1
            elif op < 0.55:
                sid = rng.choice(session_ids)

                def load_session(sid=sid) -> int:
                    return sessions.get_session(db, actor, sid).version

                def save_note(version: int, sid=sid) -> None:
                    sessions.set_group_note(
                        db,
                        actor,
                        sid,
                        text=f"{actor.username} {time.time()}",
                        expected_version=version,
                    )

                if with_reload(load_session, save_note):
                    counts["group_note_saved"] += 1
                    saved_notes[str(sid)] = saved_notes.get(str(sid), 0) + 1
            elif op < 0.65:
                gid = rng.choice(group_ids)

                def load_group(gid=gid) -> int:
                    return groups.get_group(db, actor, gid).version

                def rename(version: int, gid=gid) -> None:
                    groups.update_group(
                        db,
                        actor,
                        gid,
                        name=f"Shared {gid.hex[:6]} {uuid.uuid4().hex[:6]}",
                        expected_version=version,
                    )

                if with_reload(load_group, rename):
                    counts["group_renamed"] += 1
                    renames[str(gid)] = renames.get(str(gid), 0) + 1
            elif op < 0.85:
                gid = rng.choice(group_ids)
                client = rng.choice(pool)
                groups.add_member(db, actor, gid, client)
                counts["member_added"] += 1
                adds[str(gid)] = adds.get(str(gid), 0) + 1
            else:
                gid = rng.choice(group_ids)
                members = groups.list_members(db, actor, gid)
                if members:
                    client = rng.choice(members).client_id
                    groups.remove_member(db, actor, gid, client)
                    counts["member_removed"] += 1
                    removes[str(gid)] = removes.get(str(gid), 0) + 1
        except StaleEdit as exc:
            stale(exc)
        except NotFound:
            counts["conflicts"] += 1  # the other workstation removed that member first
        except Conflict as exc:
            # "already a member", or the mapper's version check caught a save race:
            # refused either way, nothing overwritten.
            counts["conflicts"] += 1
            if "at the same moment" in str(exc):
                counts["save_races"] = counts.get("save_races", 0) + 1
        except DatabaseError as exc:
            counts["database_errors"] += 1
            errors.append(f"DatabaseError: {exc}")
        except ClinicDeskError as exc:
            counts["other_errors"] += 1
            errors.append(f"{type(exc).__name__}: {exc}")
    Path(args["result"]).write_text(
        json.dumps(
            {
                "counts": counts,
                "attendance": saved_attendance,
                "notes": saved_notes,
                "renames": renames,
                "adds": adds,
                "removes": removes,
                "errors": errors[:50],
            }
        ),
        encoding="utf-8",
    )


# --- writer -----------------------------------------------------------------------------


def writer(args: dict) -> None:
    db = Database(args["url"])
    actor = _actor(args["actor"])
    log = Log(args["log"])
    log(ready=True)
    i = 0
    while True:
        i += 1
        record = clients.create_client(
            db, actor, first_name=f"Writer{i}", last_name="Backup", allow_duplicate=True
        )
        log(done=str(record.id))


def main() -> None:
    command, payload = sys.argv[1], json.loads(sys.argv[2])
    {"crash": crash, "hammer": hammer, "writer": writer}[command](payload)


if __name__ == "__main__":
    main()
