"""Offline laptops against a clinic server: the ``db`` fixture is the server (SQLite, and
PostgreSQL when CLINICDESK_TEST_PG_URL is set); laptops are SQLite files in tmp_path."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import Role
from clinicdesk.services import auth, clients, practitioner_groups, sessions
from clinicdesk.services.records import Actor
from clinicdesk.sync import client
from tests.fixtures.people import TEST_PASSWORD, insert_staff
from tests.fixtures.sessions import SessionKit


@dataclass
class Clinic:
    """A small clinic on the server: a therapist leading a session of three clients."""

    server: Database
    admin: Actor
    kit: SessionKit
    tmp: Path
    therapist: Actor
    colleague: Actor
    client_ids: list[uuid.UUID]
    session_id: uuid.UUID
    stranger: uuid.UUID
    laptops: dict[str, Path] = field(default_factory=dict)

    def laptop(self, who: Actor, name: str | None = None, days: int = 14) -> Path:
        path = self.tmp / f"{name or who.username}.sqlite3"
        client.setup(
            path,
            server_url=self.server.url,
            username=who.username,
            password=TEST_PASSWORD,
            days=days,
        )
        self.laptops[who.username] = path
        return path

    def open(self, path: Path) -> tuple[Database, Actor]:
        db = Database(str(path))
        return db, auth.login(db, client.read_state(db).username, TEST_PASSWORD)

    def sync(self, path: Path) -> client.SyncReport:
        return client.sync(path, password=TEST_PASSWORD)

    def new_session(self, leader: Actor | None, client_ids, *, days_ahead: int = 1) -> uuid.UUID:
        at = datetime.combine(date.today() + timedelta(days=days_ahead), time(10, 0))
        detail = self.kit.session(at)
        self.kit.enrol(detail.id, *client_ids)
        if leader is not None:
            sessions.start_session(self.server, leader, detail.id)
        return detail.id


@pytest.fixture
def clinic(db: Database, admin: Actor, tmp_path: Path) -> Clinic:
    kit = SessionKit(db, admin)
    therapist = insert_staff(db, Role.THERAPIST, username="ana", full_name="Ana Therapist")
    colleague = insert_staff(db, Role.THERAPIST, username="ben", full_name="Ben Colleague")
    ids = [
        clients.create_client(
            db, admin, first_name=f"Client{i}", last_name="Offline", allow_duplicate=True
        ).id
        for i in range(3)
    ]
    # Restricted access: Ana reaches her care-team clients; a stranger has no route.
    practitioner_groups.create_practitioner_group(
        db, admin, name="Team A", member_ids=[therapist.staff_id]
    )
    practitioner_groups.create_practitioner_group(
        db, admin, name="Team B", member_ids=[colleague.staff_id]
    )
    for cid in ids:
        clients.set_care_team(
            db, admin, cid, primary_therapist_id=therapist.staff_id, case_manager_id=None
        )
    stranger = clients.create_client(
        db, admin, first_name="Zed", last_name="Stranger", allow_duplicate=True
    ).id
    at = datetime.combine(date.today(), time(9, 0)) + timedelta(days=1)
    detail = kit.session(at)
    kit.enrol(detail.id, *ids)
    sessions.start_session(db, therapist, detail.id)
    return Clinic(db, admin, kit, tmp_path, therapist, colleague, ids, detail.id, stranger)
