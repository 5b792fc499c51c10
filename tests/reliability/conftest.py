"""The slow suite (``make reliability``): crashes, two workstations, backup under load.

Knobs (environment):
- ``CLINICDESK_CRASH_TRIALS`` — SIGKILL trials per backend (default 50)
- ``CLINICDESK_HAMMER_SECONDS`` — how long two workstations hammer (default 30)
- ``CLINICDESK_TEST_PG_URL`` — also run on PostgreSQL
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk.db.engine import Database
from clinicdesk.domain.enums import Role
from tests.fixtures import people
from tests.reliability import support


def _backends() -> list:
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="pg",
            marks=[
                pytest.mark.pg,
                pytest.mark.skipif(not support.PG_URL, reason="needs CLINICDESK_TEST_PG_URL"),
            ],
        ),
    ]


@pytest.fixture(params=_backends())
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(kind, url) of a fresh migrated database on each backend."""
    with support.backend_url(request.param, tmp_path) as url:
        yield request.param, url


@pytest.fixture
def rel_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture(autouse=True)
def _fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLINICDESK_FAST_HASH", "1")


def open_db(url: str) -> Database:
    return Database(url)


def actor_args(actor) -> dict:
    return {
        "staff_id": str(actor.staff_id),
        "username": actor.username,
        "full_name": actor.full_name,
        "role": Role(actor.role).value,
    }


@pytest.fixture(autouse=True)
def _production_staff_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff rows made by ``insert_staff`` carry hashes with the production Argon2id
    parameters: the figures here include their password checks (logins, signatures)."""
    monkeypatch.setattr(people, "STAFF_HASH", "production")
