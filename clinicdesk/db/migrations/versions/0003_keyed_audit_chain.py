"""keyed audit chain: key id and cut-over on the head, insert-only checkpoints

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00

Issue 11, item 6: anyone holding the database file could delete entries and recompute
the public SHA-256 chain, or cut the tail and wind the head back, and ``audit verify``
still passed. From this revision on:

- ``audit_head`` names the HMAC key that chains every entry from ``keyed_from`` on
  (``key_id``; the key itself is never in the database) and the log's identity
  (``chain_id``). All three stay NULL until the first write after the upgrade, which
  sets them (``services.audit``): entries written before keep their plain chain.
- ``audit_checkpoint`` keeps a signed checkpoint of the head per write transaction on
  PostgreSQL. It is insert-only: a trigger refuses UPDATE and DELETE (like
  ``audit_entry``), and UPDATE/DELETE/TRUNCATE are revoked from PUBLIC and from the
  role running the migration on both append-only audit tables. A superuser, or the
  tables' owner re-granting itself, can still get round that (docs/RELIABILITY.md).
  On SQLite the table exists for the same schema but is not written (it would sit in
  the file it guards; each workstation's checkpoint file does the job there).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
PRIVILEGES = "UPDATE, DELETE, TRUNCATE"
TABLES = "audit_entry, audit_checkpoint"


def upgrade() -> None:
    op.create_table(
        "audit_checkpoint",
        sa.Column("id", BIG, autoincrement=True, nullable=False),
        sa.Column("seq", BIG, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("chain_id", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("keyed_from", BIG, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoint")),
    )
    with op.batch_alter_table("audit_checkpoint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_checkpoint_seq"), ["seq"], unique=False)
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("keyed_from", BIG, nullable=True))

    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_checkpoint_no_{verb.lower()} BEFORE {verb} ON "
                "audit_checkpoint BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); "
                "END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_checkpoint_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit_checkpoint is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON "
            "audit_checkpoint FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_append_only()"
        )
        # The application's role may only insert into (and read) the audit tables.
        op.execute(f"REVOKE {PRIVILEGES} ON {TABLES} FROM PUBLIC, CURRENT_USER")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"GRANT {PRIVILEGES} ON {TABLES} TO CURRENT_USER")
        op.execute("DROP TRIGGER IF EXISTS audit_checkpoint_append_only ON audit_checkpoint")
        op.execute("DROP FUNCTION IF EXISTS audit_checkpoint_append_only()")
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.drop_column("keyed_from")
        batch_op.drop_column("key_id")
        batch_op.drop_column("chain_id")
    with op.batch_alter_table("audit_checkpoint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_checkpoint_seq"))
    op.drop_table("audit_checkpoint")
