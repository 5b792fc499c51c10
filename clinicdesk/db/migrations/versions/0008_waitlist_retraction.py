"""waitlists, retractable group actions, minutes attended (issue 18)

Revision ID: 0008_waitlist_retraction
Revises: 0007_letters_consent
Create Date: 2026-12-06 04:00:00

- ``waitlist_entry``: a client waiting for a place in a group, ordered by a manual
  priority (0-9, a reason required above 0) then the time added. Leaving the list
  closes the row (``closed_at`` + ``outcome``); one open row per group and client.
- ``group_action`` gains ``retracted_at`` / ``retracted_by_id`` / ``retraction_reason``;
  ``client_file_entry`` (whose ``retracted_at`` existed since 0001, unused) gains the
  other two, with a CHECK that a retraction records all three or none.
- ``enrolment.minutes_attended``: minutes a late or early-leaving client attended
  (NULL otherwise; a CHECK holds it to 0-1440 and to those two statuses).

Columns are added in place (ALTER TABLE ADD COLUMN on both backends, column-level
CHECKs and REFERENCES on SQLite) so no table — nor the triggers and data on it — is
rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_waitlist_retraction"
down_revision = "0007_letters_consent"
branch_labels = None
depends_on = None

FILE_ENTRY_CHECK = (
    "(retracted_at IS NULL AND retracted_by_id IS NULL AND retraction_reason IS NULL)"
    " OR (retracted_at IS NOT NULL AND retracted_by_id IS NOT NULL"
    " AND retraction_reason IS NOT NULL AND retraction_reason <> '')"
)
MINUTES_CHECK = (
    "minutes_attended IS NULL OR (minutes_attended >= 0 AND minutes_attended <= 1440"
    " AND attendance IN ('late', 'left_early'))"
)


def upgrade() -> None:
    op.create_table(
        "waitlist_entry",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Uuid(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("priority_reason", sa.Text(), nullable=True),
        sa.Column("priority_set_by_id", sa.Uuid(), nullable=True),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "joined",
                "removed",
                name="waitlist_outcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(closed_at IS NULL AND outcome IS NULL) OR "
            "(closed_at IS NOT NULL AND outcome IS NOT NULL)",
            name=op.f("ck_waitlist_entry_closed_pair"),
        ),
        sa.CheckConstraint(
            "priority >= 0 AND priority <= 9", name=op.f("ck_waitlist_entry_priority_range")
        ),
        sa.CheckConstraint(
            "priority = 0 OR (priority_reason IS NOT NULL AND priority_reason <> '')",
            name=op.f("ck_waitlist_entry_priority_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["staff.id"], name=op.f("fk_waitlist_entry_added_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_waitlist_entry_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["staff.id"], name=op.f("fk_waitlist_entry_closed_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["client_group.id"],
            name=op.f("fk_waitlist_entry_group_id_client_group"),
        ),
        sa.ForeignKeyConstraint(
            ["priority_set_by_id"],
            ["staff.id"],
            name=op.f("fk_waitlist_entry_priority_set_by_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist_entry")),
    )
    op.create_index(
        op.f("ix_waitlist_entry_client_id"), "waitlist_entry", ["client_id"], unique=False
    )
    op.create_index(
        "ix_waitlist_entry_order",
        "waitlist_entry",
        ["group_id", "closed_at", "priority", "added_at"],
        unique=False,
    )
    op.create_index(
        "uq_waitlist_entry_waiting",
        "waitlist_entry",
        ["group_id", "client_id"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
        postgresql_where=sa.text("closed_at IS NULL"),
    )

    if op.get_bind().dialect.name == "sqlite":
        for sql in (
            "ALTER TABLE group_action ADD COLUMN retracted_at DATETIME",
            "ALTER TABLE group_action ADD COLUMN retracted_by_id CHAR(32) "
            "CONSTRAINT fk_group_action_retracted_by_id_staff REFERENCES staff (id)",
            "ALTER TABLE group_action ADD COLUMN retraction_reason TEXT",
            "ALTER TABLE client_file_entry ADD COLUMN retracted_by_id CHAR(32) "
            "CONSTRAINT fk_client_file_entry_retracted_by_id_staff REFERENCES staff (id)",
            # Column-level, checked against the rows already there (none are retracted).
            "ALTER TABLE client_file_entry ADD COLUMN retraction_reason TEXT "
            f"CONSTRAINT ck_client_file_entry_retraction_complete CHECK ({FILE_ENTRY_CHECK})",
            "ALTER TABLE enrolment ADD COLUMN minutes_attended INTEGER "
            f"CONSTRAINT ck_enrolment_minutes_attended_valid CHECK ({MINUTES_CHECK})",
        ):
            op.execute(sql)
        return
    op.add_column("group_action", sa.Column("retracted_at", sa.DateTime(timezone=True)))
    op.add_column("group_action", sa.Column("retracted_by_id", sa.Uuid()))
    op.add_column("group_action", sa.Column("retraction_reason", sa.Text()))
    op.create_foreign_key(
        op.f("fk_group_action_retracted_by_id_staff"),
        "group_action",
        "staff",
        ["retracted_by_id"],
        ["id"],
    )
    op.add_column("client_file_entry", sa.Column("retracted_by_id", sa.Uuid()))
    op.add_column("client_file_entry", sa.Column("retraction_reason", sa.Text()))
    op.create_foreign_key(
        op.f("fk_client_file_entry_retracted_by_id_staff"),
        "client_file_entry",
        "staff",
        ["retracted_by_id"],
        ["id"],
    )
    op.create_check_constraint(
        op.f("ck_client_file_entry_retraction_complete"), "client_file_entry", FILE_ENTRY_CHECK
    )
    op.add_column("enrolment", sa.Column("minutes_attended", sa.Integer()))
    op.create_check_constraint(
        op.f("ck_enrolment_minutes_attended_valid"), "enrolment", MINUTES_CHECK
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("enrolment") as batch_op:
        batch_op.drop_constraint(op.f("ck_enrolment_minutes_attended_valid"), type_="check")
        batch_op.drop_column("minutes_attended")
    with op.batch_alter_table("client_file_entry") as batch_op:
        batch_op.drop_constraint(op.f("ck_client_file_entry_retraction_complete"), type_="check")
        if not sqlite:  # SQLite keeps column-level REFERENCES unnamed; the rebuild drops it
            batch_op.drop_constraint(
                op.f("fk_client_file_entry_retracted_by_id_staff"), type_="foreignkey"
            )
        batch_op.drop_column("retraction_reason")
        batch_op.drop_column("retracted_by_id")
    with op.batch_alter_table("group_action") as batch_op:
        if not sqlite:
            batch_op.drop_constraint(
                op.f("fk_group_action_retracted_by_id_staff"), type_="foreignkey"
            )
        batch_op.drop_column("retraction_reason")
        batch_op.drop_column("retracted_by_id")
        batch_op.drop_column("retracted_at")
    op.drop_index("uq_waitlist_entry_waiting", table_name="waitlist_entry")
    op.drop_index("ix_waitlist_entry_order", table_name="waitlist_entry")
    op.drop_index(op.f("ix_waitlist_entry_client_id"), table_name="waitlist_entry")
    op.drop_table("waitlist_entry")
