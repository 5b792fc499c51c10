"""The large-clinic generator at a tiny scale: counts, constraints, and that the services
read what it wrote (search keys, sealed sessions, schedules, the audit chain)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from clinicdesk.db.models import (
    Client,
    ClientGroup,
    Enrolment,
    GroupMembership,
    GroupSession,
    Signature,
    Staff,
)
from clinicdesk.demo.large import LARGE_ADMIN, LARGE_PASSWORD, build_large_clinic
from clinicdesk.domain import clients as rules
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.services import audit, auth, clients, groups, sessions

TODAY = date(2025, 3, 12)


@pytest.fixture
def built(db):
    summary = build_large_clinic(
        db,
        clients=500,
        staff=20,
        groups=20,
        avg_members=12,
        session_templates=5,
        sessions=400,
        attendance_rows=3_000,
        seed=11,
        today=TODAY,
    )
    return db, summary


def _count(db, model, *where) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)))


def test_counts_match_the_request_and_the_summary(built):
    db, summary = built
    assert (summary.clients, summary.staff, summary.groups) == (500, 20, 20)
    assert _count(db, Client) == 500
    assert _count(db, Staff) == 20
    assert _count(db, ClientGroup) == 20
    assert _count(db, GroupSession) == summary.sessions
    assert abs(summary.sessions - 400) <= 40
    assert _count(db, Enrolment) == summary.enrolments
    assert 2_400 <= summary.enrolments <= 3_000
    assert _count(db, Signature) == summary.signatures > 0
    assert summary.seconds < 5


def test_every_constraint_holds(built):
    db, _ = built
    with db.read() as s:
        if db.is_sqlite:
            assert s.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        # One current stay per client and group (the partial unique index exists again).
        dupes = s.execute(
            select(GroupMembership.group_id, GroupMembership.client_id)
            .where(GroupMembership.left_on.is_(None))
            .group_by(GroupMembership.group_id, GroupMembership.client_id)
            .having(func.count() > 1)
        ).all()
        assert dupes == []
        capacity_ok = s.scalar(
            select(func.count())
            .select_from(ClientGroup)
            .where(
                ClientGroup.capacity.is_not(None),
                ClientGroup.capacity
                < select(func.count())
                .where(
                    GroupMembership.group_id == ClientGroup.id,
                    GroupMembership.left_on.is_(None),
                )
                .scalar_subquery(),
            )
        )
        assert capacity_ok == 0
        assert audit.verify(s).ok


def test_search_keys_are_the_services_own(built):
    db, _ = built
    actor = auth.login(db, username=LARGE_ADMIN, password=LARGE_PASSWORD)
    with db.read() as s:
        rows = s.execute(select(Client).limit(60)).scalars().all()
        for row in rows:
            expected = rules.ClientDetails(
                row.first_name,
                row.last_name,
                row.preferred_name,
                row.date_of_birth,
                row.record_number,
            ).columns()
            got = {k: getattr(row, k) for k in expected}
            assert got == expected
    hits = clients.search_clients(db, actor, text="zoe smith")
    assert [(c.first_name, c.last_name) for c in hits.rows] == [("Zoë", "Smith-Jones")]


def test_search_index_covers_every_client(built):
    """The generator loads clients with the index triggers dropped, then rebuilds the
    index (SQLite ``client_fts``) or the GIN index (PostgreSQL) and restores the triggers."""
    db, _ = built
    actor = auth.login(db, username=LARGE_ADMIN, password=LARGE_PASSWORD)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql(
                "INSERT INTO client_fts(client_fts, rank) VALUES ('integrity-check', 1)"
            )
            triggers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'client'"
            ).all()
            assert {t[0] for t in triggers} >= {
                "client_fts_insert",
                "client_fts_delete",
                "client_fts_update",
            }
        else:
            assert conn.execute(
                text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_client_search_trgm'")
            ).all()
        names = conn.execute(select(Client.last_name_key).distinct().limit(40)).scalars().all()
        for key in [n for n in names if len(n) >= 3]:
            expected = conn.execute(
                select(func.count())
                .select_from(Client)
                .where(func.instr(Client.search_text, key) > 0)
                if db.is_sqlite
                else select(func.count())
                .select_from(Client)
                .where(func.strpos(Client.search_text, key) > 0)
            ).scalar_one()
            page = clients.search_clients(db, actor, text=key, limit=500, with_total=True)
            assert page.total == expected > 0
            assert len(page.rows) == min(expected, 500)
    # A client added after the build is indexed by the restored trigger.
    made = clients.create_client(db, actor, first_name="Quentin", last_name="Xylophone")
    assert [r.id for r in clients.search_clients(db, actor, text="xyloph").rows] == [made.id]


def test_sessions_are_sealed_and_on_the_board(built):
    db, summary = built
    actor = auth.login(db, username=LARGE_ADMIN, password=LARGE_PASSWORD)
    with db.read() as s:
        sealed = s.scalars(
            select(GroupSession.id).where(GroupSession.status == SessionStatus.COMPLETED).limit(5)
        ).all()
    assert sealed
    for session_id in sealed:
        assert sessions.verify_session_integrity(db, actor, session_id)
    cards = sessions.board(db, actor, day=summary.busiest_day)
    assert len(cards) == summary.busiest_day_sessions


def test_group_schedules_enrol_new_members(built):
    db, _ = built
    actor = auth.login(db, username=LARGE_ADMIN, password=LARGE_PASSWORD)
    with db.read() as s:
        group_id = s.scalar(
            select(GroupSession.group_id)
            .join(ClientGroup, ClientGroup.id == GroupSession.group_id)
            .where(
                GroupSession.starts_at > TODAY + timedelta(days=1),
                GroupSession.status == SessionStatus.UPCOMING,
                ClientGroup.archived.is_(False),
                ClientGroup.capacity.is_(None),
            )
            .limit(1)
        )
        members = select(GroupMembership.client_id).where(
            GroupMembership.group_id == group_id, GroupMembership.left_on.is_(None)
        )
        outsider = s.scalar(select(Client.id).where(Client.id.not_in(members)).limit(1))
    result = groups.add_members(db, actor, group_id, [outsider], joined_on=TODAY)
    assert result.added == 1 and result.sessions_enrolled > 0
