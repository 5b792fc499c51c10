"""Shared pieces of the reliability suite: databases on both backends, seeding, child processes.

The parent (pytest) makes a migrated database, seeds it through the services, and
starts child processes (``python -m tests.reliability.workers …``) that work on it the
way a second workstation or a crashing application would. Children report what they
did as JSON lines (fsync'd, so a SIGKILL loses nothing that was written).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from clinicdesk import clock
from clinicdesk.db import migrate
from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.ids import uuid7
from clinicdesk.db.models import Client, Staff
from clinicdesk.domain import clients as client_rules
from clinicdesk.domain.audit_vocabulary import AuditAction, AuditEntity
from clinicdesk.domain.enums import ClientStatus, Role
from clinicdesk.services import audit, auth
from clinicdesk.services.records import Actor
from clinicdesk.services.templates import (
    OccurrenceSpec,
    create_schedule_template,
    create_session_template,
)

REPO = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("CLINICDESK_TEST_PG_URL", "").strip()
PASSWORD = "correct horse battery"


def seconds(name: str, default: float) -> float:
    """A duration from the environment (``CLINICDESK_HAMMER_SECONDS=5 make reliability``)."""
    return float(os.environ.get(name, default))


@contextmanager
def backend_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database: a SQLite file in ``tmp_path`` or a new PostgreSQL db."""
    if kind == "sqlite":
        path = tmp_path / "clinic.sqlite3"
        db = Database(str(path), create=True)
        migrate.upgrade(db, backup=False)
        db.dispose()
        yield str(path)
        return
    name = f"clinicdesk_rel_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    migrate.upgrade(db, backup=False)
    db.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def add_staff(db: Database, role: Role, username: str, full_name: str) -> Actor:
    with db.write() as s:
        staff = Staff(
            username=username,
            username_key=username.casefold(),
            full_name=full_name,
            role=role,
            password_hash=auth.hash_password(PASSWORD),
        )
        s.add(staff)
        s.flush()
        audit.record(s, None, AuditAction.CREATE_STAFF, AuditEntity.STAFF, staff.id)
        return Actor(staff.id, staff.username, staff.full_name, staff.role, staff.features)


def add_clients(db: Database, n: int, prefix: str) -> list[uuid.UUID]:
    """``n`` clients in one executemany (the pool the children draw from)."""
    now = utcnow()
    rows = []
    for i in range(n):
        details = client_rules.ClientDetails(
            first_name=f"{prefix}{i:05d}",
            last_name=f"Pool{i:05d}",
            preferred_name=None,
            date_of_birth=None,
            record_number=f"{prefix}-{i:05d}",
        )
        rows.append(
            {
                "id": uuid7(),
                **details.columns(),
                "status": ClientStatus.ACTIVE,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    with db.write() as s:
        s.execute(insert(Client), rows)
    return [r["id"] for r in rows]


def weekly_schedule(db: Database, admin: Actor, name: str) -> uuid.UUID:
    """A 4-week schedule with two sessions a week (8 slots)."""
    template = create_session_template(db, admin, name=f"{name} session", duration_minutes=60)
    schedule = create_schedule_template(
        db,
        admin,
        name=name,
        weeks=4,
        occurrences=[
            OccurrenceSpec(0, time(10, 0), template.id),
            OccurrenceSpec(3, time(14, 0), template.id),
        ],
    )
    return schedule.id


def future_monday(weeks_ahead: int = 3) -> date:
    day = clock.today() + timedelta(weeks=weeks_ahead)
    return day - timedelta(days=day.weekday())


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CLINICDESK_HOME=str(home),
        CLINICDESK_FAST_HASH="1",
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
        PYTHONWARNINGS="ignore",
    )
    return env


def start_worker(command: str, args: dict, home: Path) -> subprocess.Popen:
    """``python -m tests.reliability.workers <command> <json args>`` in the repo root."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.workers", command, json.dumps(args)],
        cwd=REPO,
        env=child_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_log(path: Path) -> list[dict]:
    """Every complete JSON line a child wrote (a line cut by SIGKILL is ignored)."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


def integrity_ok(db: Database) -> bool:
    """``PRAGMA integrity_check`` on SQLite (PostgreSQL: always True; the server owns it)."""
    if not db.is_sqlite:
        return True
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def audit_chain_ok(db: Database) -> tuple[bool, int]:
    with db.read() as s:
        report = audit.verify(s)
    return report.ok, report.entries


@dataclass
class Figures:
    """Numbers a test reports into docs/RELIABILITY.md (printed with -s, kept in a file)."""

    name: str
    values: dict

    def write(self) -> None:
        line = json.dumps({"test": self.name, **self.values}, default=str)
        print(line)
        out = Path(os.environ.get("CLINICDESK_FIGURES", REPO / ".reliability-figures.jsonl"))
        with out.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def copy_file(src: Path, dest: Path) -> Path:
    shutil.copy2(src, dest)
    return dest
