"""A server connection that sat idle is checked before use; a fresh one is not.

``pool_pre_ping`` cost a round trip on every checkout (every keystroke of a Members
search); now only a connection idle for ``PING_AFTER_IDLE_S`` is pinged, and one the
server closed meanwhile is replaced without the user seeing an error.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from clinicdesk.db import engine as engine_module
from clinicdesk.db.engine import Database


def _statements(db: Database) -> list[str]:
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_connection_used_a_moment_ago_is_not_pinged(db: Database):
    if db.is_sqlite:
        pytest.skip("a SQLite file has no server connection to lose")
    with db.read() as s:
        s.execute(text("SELECT 1 AS warm"))
    seen = _statements(db)
    with db.read() as s:
        s.execute(text("SELECT 2 AS work"))
    assert seen == ["SELECT 2 AS work"]


def test_a_connection_the_server_closed_while_idle_is_replaced(db: Database, monkeypatch):
    if db.is_sqlite:
        pytest.skip("a SQLite file has no server connection to lose")
    with db.read() as s:
        backend = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
    admin = Database(db.url)
    try:
        with admin.write() as s:
            s.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
    finally:
        admin.dispose()
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)
    with db.read() as s:  # the dead connection is pinged, discarded and replaced
        assert s.execute(text("SELECT pg_backend_pid()")).scalar_one() != backend
