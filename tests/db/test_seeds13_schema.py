"""Issue 13's tables: the models and revision 0005 describe the same schema."""

from __future__ import annotations

from clinicdesk.db.engine import Database


def test_models_and_migration_agree(db: Database):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from clinicdesk.db.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    ours = [d for d in diff if "care_team_period" in repr(d) or "must_change_password" in repr(d)]
    assert ours == []
