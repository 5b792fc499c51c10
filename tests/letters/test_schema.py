"""Revision 0007_letters_consent creates exactly what the models describe."""

from __future__ import annotations

from clinicdesk.db.engine import Database

TABLES = ("membership_consent", "group_letter", "privacy_override")


def test_models_and_migration_agree(db: Database):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from clinicdesk.db.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    ours = [d for d in diff if any(t in repr(d) for t in TABLES)]
    assert ours == []
