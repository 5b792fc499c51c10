"""Benchmark set-up: large clinics per backend and scale, and the results file.

See ``tests/benchmarks/support.py`` for the knobs (``BENCH_SCALES``, ``BENCH_RUNS``,
``BENCH_PG_URL``) and docs/BENCHMARKS.md for the figures.
"""

from __future__ import annotations

import json
import os
import platform
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from clinicdesk.db import migrate
from clinicdesk.db.engine import Database
from clinicdesk.demo.large import LARGE_ADMIN, LARGE_PASSWORD, build_large_clinic
from clinicdesk.services import auth
from tests.benchmarks.support import (
    FULL_SCALE,
    PG_URL,
    RESULTS_FILE,
    SCALES,
    LargeClinic,
    record,
    results,
)
from tests.fixtures import people


def pytest_sessionfinish(session, exitstatus) -> None:
    if not results:
        return
    payload = {
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "results": results,
    }
    RESULTS_FILE.write_text(json.dumps(payload, indent=2, default=str) + "\n")


def _sizes(clients: int) -> dict[str, int]:
    factor = clients / FULL_SCALE
    return {
        "clients": clients,
        "groups": max(20, round(2_000 * factor)),
        "sessions": max(200, round(60_000 * factor)),
        "attendance_rows": max(2_000, round(1_000_000 * factor)),
    }


def _params() -> list:
    out = [pytest.param(("sqlite", n), id=f"sqlite-{n // 1000}k") for n in SCALES]
    if PG_URL:
        out += [pytest.param(("postgresql", n), id=f"pg-{n // 1000}k") for n in SCALES]
    return out


@pytest.fixture(scope="session", params=_params())
def large(request, tmp_path_factory) -> Iterator[LargeClinic]:
    """A large clinic, built once per backend and scale; the build itself is measured."""
    backend, clients = request.param
    # Built before the per-test fast-hash fixture applies: the admin password carries
    # production Argon2 parameters, so start-up measures a real login.
    admin_engine = None
    if backend == "sqlite":
        path = tmp_path_factory.mktemp(f"large{clients}") / "clinic.sqlite3"
        url = str(path)
        db = Database(url, create=True)
    else:
        name = f"clinicdesk_bench_{uuid.uuid4().hex[:8]}"
        admin_url = make_url(PG_URL).set(database="postgres")
        admin_engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        path = None
        db = Database(url)
    migrate.upgrade(db, backup=False)
    summary = build_large_clinic(db, **_sizes(clients))
    actor = auth.login(db, username=LARGE_ADMIN, password=LARGE_PASSWORD)
    record(
        "build large clinic",
        backend=backend,
        clients=clients,
        value=summary.seconds,
        unit="s",
        target="< 60 s" if backend == "sqlite" and clients >= FULL_SCALE else "report",
        met=summary.seconds < 60 or backend != "sqlite" or clients < FULL_SCALE,
        sessions=summary.sessions,
        enrolments=summary.enrolments,
        memberships=summary.memberships,
    )
    try:
        yield LargeClinic(db, backend, clients, summary, actor, path, url)
    finally:
        db.dispose()
        if admin_engine is not None:
            with admin_engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin_engine.dispose()


@pytest.fixture(autouse=True)
def _production_staff_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff rows made by ``insert_staff`` carry hashes with the production Argon2id
    parameters: the figures here include their password checks (logins, signatures)."""
    monkeypatch.setattr(people, "STAFF_HASH", "production")
