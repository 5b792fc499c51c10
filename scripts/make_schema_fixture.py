"""Make the migration fixture for a released schema revision: a small clinic, frozen.

    .venv/bin/python scripts/make_schema_fixture.py            # the current head (0001)

Writes ``tests/db/fixtures/schema-<rev>.sqlite3`` and ``schema-<rev>.json`` (what the
file holds: row counts and a few values to find again). ``tests/db/test_migration_fixture.py``
copies every fixture, upgrades it to head and checks that nothing was lost.

Run it ONCE per released revision, from a checkout of the release that made that
revision (``git worktree add /tmp/rel <tag>``), then commit both files. Never regenerate
an old fixture with newer code: it must be what that release really wrote. The data
goes in through the services, so it is exactly what the application stores.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from clinicdesk.db import migrate  # noqa: E402
from clinicdesk.db.base import Base  # noqa: E402
from clinicdesk.db.engine import Database  # noqa: E402
from clinicdesk.domain.enums import AttendanceStatus, Feature, Role  # noqa: E402
from clinicdesk.services import (  # noqa: E402
    auth,
    clients,
    group_actions,
    groups,
    practitioner_groups,
    schedules,
    sessions,
    settings,
    staff,
    templates,
)
from clinicdesk.services.templates import OccurrenceSpec  # noqa: E402

PASSWORD = "Fixture passphrase 2025"
OUT = REPO / "tests" / "db" / "fixtures"


def build(db: Database) -> dict:
    boss = staff.create_first_admin(db, username="boss", full_name="Dana Boss", password=PASSWORD)
    ther = staff.create_staff(
        db,
        boss,
        username="theo",
        full_name="Théo Nguyễn",
        role=Role.THERAPIST,
        password=PASSWORD,
        features=[Feature.MANAGE_GROUP_SESSIONS],
    )
    ther = auth.login(db, "theo", PASSWORD)
    staff.create_staff(
        db, boss, username="desk", full_name="Front Desk", role=Role.FRONT_DESK, password=PASSWORD
    )
    people = [
        ("Zoë", "Ørsted-Łukasiewicz", "Zo", date(1990, 2, 28)),
        ("محمد", "الأحمد", None, date(1985, 12, 31)),
        ("Jean-Luc", "de la Tour", "JL", None),
        ("Ana", "O'Neil", None, date(2000, 2, 29)),
        ("李", "小龍", None, date(1970, 1, 1)),
    ]
    client_ids = [
        clients.create_client(
            db,
            boss,
            first_name=f,
            last_name=last,
            preferred_name=p,
            date_of_birth=dob,
            record_number=f"F-{i:03d}",
        ).id
        for i, (f, last, p, dob) in enumerate(people, 1)
    ]
    clients.set_care_team(
        db, boss, client_ids[0], primary_therapist_id=ther.staff_id, case_manager_id=None
    )
    group = groups.create_group(db, boss, name="Tuesday DBT", description="Skills group")
    groups.add_members(db, boss, group.id, client_ids[:4], joined_on=date(2025, 1, 6))
    groups.remove_member(db, boss, group.id, client_ids[3], left_on=date(2025, 2, 3))
    group_actions.add_note(db, boss, group.id, title="Welcome", body="First session notes")
    group_actions.share_document(
        db, boss, group.id, filename="handout.txt", content=b"Breathing exercise\n"
    )
    practitioner_groups.create_practitioner_group(
        db, boss, name="North team", member_ids=[ther.staff_id]
    )
    tmpl = templates.create_session_template(db, boss, name="DBT skills", duration_minutes=90)
    sched = templates.create_schedule_template(
        db,
        boss,
        name="Tuesdays",
        weeks=4,
        occurrences=[OccurrenceSpec(1, time(18, 0), tmpl.id)],
    )
    monday = date.today() + timedelta(days=14)
    monday -= timedelta(days=monday.weekday())
    schedules.assign_schedule(db, boss, sched.id, start_date=monday, group_id=group.id)
    # One signed session with notes and an addendum.
    past = sessions.create_session(
        db, boss, session_template_id=tmpl.id, starts_at=datetime(2025, 1, 7, 18, 0)
    )
    for c in client_ids[:2]:
        schedules.add_attendee(db, boss, past.id, client_id=c)
    sessions.start_session(db, ther, past.id)
    for c in client_ids[:2]:
        sessions.record_attendance(db, ther, past.id, client_id=c, status=AttendanceStatus.PRESENT)
        sessions.set_individual_note(db, ther, past.id, client_id=c, text="Engaged; «bien»")
    sessions.set_group_note(db, ther, past.id, text="Group note\nline 2")
    signed = sessions.sign_session(db, ther, past.id, password=PASSWORD)
    sessions.add_addendum(db, ther, past.id, text="Late addendum", password=PASSWORD)
    settings.update_setting(db, boss, "signin_preferred_name", True)
    return {
        "password": PASSWORD,
        "signed_session": str(past.id),
        "content_hash": signed.content_hash,
        "client_names": {str(i): f"{p[0]} {p[1]}" for i, p in zip(client_ids, people, strict=True)},
        "group": str(group.id),
    }


def main() -> int:
    revision = migrate.head_revision()
    os.environ.setdefault("CLINICDESK_HOME", tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"schema-{revision}.sqlite3"
    if target.exists():
        print(f"{target} exists; a released fixture is never regenerated.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "fixture.sqlite3"
        db = Database(str(work), create=True)
        migrate.upgrade(db, backup=False)
        manifest = build(db)
        with db.engine.connect() as conn:
            manifest["revision"] = revision
            manifest["counts"] = {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables
            }
        db.dispose()
        # One self-contained, compact file.
        raw = sqlite3.connect(work)
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute("VACUUM")
        raw.close()
        target.write_bytes(work.read_bytes())
    (OUT / f"schema-{revision}.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
