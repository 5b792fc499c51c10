"""addendum requests: a reviewer asks a signed session's leaders for an addendum (issue 13)

Revision ID: 0009_addendum_requests
Revises: 0008_waitlist_retraction

- ``addendum_request``: who asked, when, why. Append-only; a request is answered by an
  addendum a leader signs after it (read by ``services.my_work``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_addendum_requests"
down_revision = "0008_waitlist_retraction"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "addendum_request",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["staff.id"],
            name=op.f("fk_addendum_request_requested_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_addendum_request_session_id_group_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addendum_request")),
    )
    op.create_index(
        "ix_addendum_request_session",
        "addendum_request",
        ["session_id", "requested_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_addendum_request_session", table_name="addendum_request")
    op.drop_table("addendum_request")
