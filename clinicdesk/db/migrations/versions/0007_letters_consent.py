"""letters and consent: what group members are told (issue 17)

Revision ID: 0007_letters_consent
Revises: 0006_care_team_history
Create Date: 2026-12-06 04:00:00

- ``membership_consent``: one membership's consent to be named to the other members
  (given / declined / not asked; when; who recorded it). No row means "not asked".
- ``group_letter``: a letter written to a group; each member's personalised copy is a
  ``client_file_entry`` linked through ``group_action_id``.
- ``privacy_override``: a leader who signed although the privacy check found other
  attendees' names, with the reason (kept here, never in the audit log).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0007_letters_consent"
down_revision = "0006_care_team_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "group_letter",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("group_action_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum(
                "hidden",
                "members_see_group",
                "members_see_each_other",
                name="letter_visibility",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("recipient_count", sa.Integer(), nullable=False),
        sa.Column("privacy_override_reason", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_group_letter_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["group_action_id"],
            ["group_action.id"],
            name=op.f("fk_group_letter_group_action_id_group_action"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["client_group.id"], name=op.f("fk_group_letter_group_id_client_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_letter")),
        sa.UniqueConstraint("group_action_id", name=op.f("uq_group_letter_group_action_id")),
    )
    op.create_index(op.f("ix_group_letter_group_id"), "group_letter", ["group_id"], unique=False)
    op.create_table(
        "membership_consent",
        sa.Column("membership_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "given",
                "declined",
                "not_asked",
                name="consent_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["group_membership.id"],
            name=op.f("fk_membership_consent_membership_id_group_membership"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff.id"],
            name=op.f("fk_membership_consent_recorded_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["staff.id"], name=op.f("fk_membership_consent_updated_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_consent")),
        sa.UniqueConstraint("membership_id", name=op.f("uq_membership_consent_membership_id")),
    )
    op.create_table(
        "privacy_override",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("hit_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_privacy_override_session_id_group_session"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_privacy_override_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_override")),
    )
    op.create_index(
        op.f("ix_privacy_override_session_id"), "privacy_override", ["session_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_privacy_override_session_id"), table_name="privacy_override")
    op.drop_table("privacy_override")
    op.drop_table("membership_consent")
    op.drop_index(op.f("ix_group_letter_group_id"), table_name="group_letter")
    op.drop_table("group_letter")
