"""seed behaviours (issue 13): care-team history, staff who must choose a password

Revision ID: 0006_care_team_history
Revises: 0005_sync

- ``care_team_period``: the care team's history — one row per person, care role and
  stretch (``started_at`` … ``ended_at``, who opened and who closed it). The current
  team stays in ``care_team_member`` (what the access rule reads); a change closes
  the old period and opens a new one, never deletes. Existing teams get an open
  period from the row's ``created_at`` (who set them is not known: NULL).
- ``staff.must_change_password``: an account created with a one-time password; the
  first log-in asks the person for their own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_care_team_history"
down_revision = "0005_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "care_team_period",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column(
            "care_role",
            sa.Enum(
                "primary_therapist",
                "case_manager",
                "other",
                name="care_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        sa.Column("ended_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "ended_at IS NULL OR ended_at >= started_at",
            name=op.f("ck_care_team_period_period_order"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_care_team_period_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_care_team_period_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"], ["staff.id"], name=op.f("fk_care_team_period_started_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"], ["staff.id"], name=op.f("fk_care_team_period_ended_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_team_period")),
    )
    with op.batch_alter_table("care_team_period", schema=None) as batch_op:
        batch_op.create_index("ix_care_team_period_client", ["client_id", "started_at"])
        batch_op.create_index(batch_op.f("ix_care_team_period_staff_id"), ["staff_id"])
    # In place, not a batch table copy: other tables reference staff (a copy would have
    # to drop it), and both databases add a column with a constant default directly.
    op.add_column(
        "staff",
        sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    # Existing teams: an open period each, from when the row was written. ``id`` must
    # be unique: reuse the member row's own id.
    op.execute(
        "INSERT INTO care_team_period (id, client_id, staff_id, care_role, started_at) "
        "SELECT id, client_id, staff_id, care_role, created_at FROM care_team_member"
    )


def downgrade() -> None:
    # Not a batch (table copy): other tables reference staff, and SQLite (3.35+) and
    # PostgreSQL both drop a plain column in place.
    op.drop_column("staff", "must_change_password")
    with op.batch_alter_table("care_team_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_team_period_staff_id"))
        batch_op.drop_index("ix_care_team_period_client")
    op.drop_table("care_team_period")
