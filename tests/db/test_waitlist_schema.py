"""Revision 0005 (issue 18): the models and the migration agree; the CHECKs hold."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError

from clinicdesk.db.base import utcnow
from clinicdesk.db.engine import Database
from clinicdesk.db.models import WaitlistEntry

OURS = ("waitlist", "retract", "minutes_attended")


def test_models_and_migration_agree(db: Database):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from clinicdesk.db.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert [d for d in diff if any(word in repr(d) for word in OURS)] == []


@pytest.mark.parametrize(
    "values",
    [
        {"priority": 3, "priority_reason": None},  # a priority needs its reason
        {"priority": 12, "priority_reason": "urgent"},  # out of range
        {"closed_at": utcnow()},  # closed without an outcome
    ],
)
def test_waitlist_checks(db: Database, make_group, bulk_clients, values):
    group = make_group()
    (cid,) = bulk_clients(1)
    row = {
        "id": uuid.uuid4(),
        "group_id": group.id,
        "client_id": cid,
        "added_at": utcnow(),
        "priority": 0,
        "created_at": utcnow(),
        "updated_at": utcnow(),
    }
    row.update(values)
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(insert(WaitlistEntry.__table__).values(**row))
    # And a plain row passes.
    with db.engine.begin() as conn:
        conn.execute(
            insert(WaitlistEntry.__table__).values(
                **{**row, "priority": 0, "priority_reason": None, "closed_at": None}
            )
        )
        conn.execute(update(WaitlistEntry.__table__).values(priority=1, priority_reason="x"))
