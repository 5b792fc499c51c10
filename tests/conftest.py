"""Shared test set-up: a real, migrated database per test, on SQLite and PostgreSQL.

SQLite: the schema is migrated once per run into a template file, copied per test.
PostgreSQL (when CLINICDESK_TEST_PG_URL is set): one database per run, created and
dropped here, migrated once and emptied before each test (``_empty_pg``).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every test clinic's audit log is keyed with this key (not in any database), so a
# database shared between tests (the PostgreSQL one, the CLI's demo clinic) verifies in
# each test's own data dir; child processes (reliability workers) inherit it. Tests of
# the key store itself unset it.
os.environ.setdefault("CLINICDESK_AUDIT_KEY", "5e" * 32)

from clinicdesk.db import migrate
from clinicdesk.db.engine import Database

pytest_plugins = [
    "tests.fixtures.people",
    "tests.fixtures.staff_admin",
    "tests.fixtures.clinic",
    "tests.fixtures.sessions",
    "tests.fixtures.demo",
]

PG_URL = os.environ.get("CLINICDESK_TEST_PG_URL", "").strip()
PG_SKIP_REASON = "PostgreSQL tests need CLINICDESK_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres)"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test ever touches the real user data/config dirs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLINICDESK_HOME", str(home))
    monkeypatch.delenv("CLINICDESK_DB", raising=False)
    monkeypatch.delenv("CLINICDESK_PASSWORD", raising=False)
    monkeypatch.delenv("CLINICDESK_TIME_ZONE", raising=False)  # "today" is the local day
    # English whatever the machine's locale (tests that need another language set it).
    monkeypatch.setenv("CLINICDESK_LANG", "en")
    return home


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(str(path), create=True)
    migrate.upgrade(db, backup=False)
    db.dispose()
    return path


def _pg_admin_url() -> str:
    return make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _pg_database() -> Iterator[str]:
    name = f"clinicdesk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
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


def _empty_pg(db: Database) -> None:
    """Every table emptied (but ``alembic_version``), the audit chain reset.

    As a superuser (CI's ``postgres``): ``DELETE`` from each table with triggers and
    foreign-key checks off for this transaction (``session_replication_role``), some
    10 ms where ``TRUNCATE`` of every table takes 0.2-0.5 s (it replaces each table's
    and index's files) — once per PostgreSQL test, minutes over the suite. Otherwise
    ``TRUNCATE … CASCADE``.
    """
    with db.engine.begin() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            )
        ]
        if conn.execute(text("SELECT current_setting('is_superuser')")).scalar_one() == "on":
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            for table in tables:
                conn.execute(text(f'DELETE FROM "{table}"'))
        else:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE"))
        conn.execute(
            text("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, :h)"),
            {"h": "0" * 64},
        )


def _backends() -> list:
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="pg",
            marks=[
                pytest.mark.pg,
                pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON),
            ],
        ),
    ]


@pytest.fixture(params=_backends())
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty clinic database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "clinic.sqlite3"
        shutil.copy(request.getfixturevalue("_sqlite_template"), path)
        database = Database(str(path))
    else:
        database = Database(request.getfixturevalue("_pg_database"))
        _empty_pg(database)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: for file-level behaviour (backup, restore, pragmas)."""
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(_sqlite_template, path)
    database = Database(str(path))
    try:
        yield database
    finally:
        database.dispose()
