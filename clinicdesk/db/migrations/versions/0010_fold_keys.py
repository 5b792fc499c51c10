"""fold keys: recompute search and name keys that an older ``fold`` left with capitals

Revision ID: 0010_fold_keys
Revises: 0009_addendum_requests

``domain.text.fold`` casefolded before decomposing, so a compatibility letter that
decomposes to a capital ("ᴬ", "𝐀") stayed a capital in the stored keys, and a search
for the same name typed plainly did not find it. ``fold`` now casefolds after
decomposing too; this revision recomputes the keys of the rows that have a capital in
one (a folded key has none otherwise), through the same domain functions the services
use. No data a user wrote changes; the keys are derived.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clinicdesk.domain.clients import name_key, search_text
from clinicdesk.domain.text import fold

revision = "0010_fold_keys"
down_revision = "0009_addendum_requests"
branch_labels = None
depends_on = None


def _capital(*columns: str) -> str:
    return " OR ".join(f"lower({c}) <> {c}" for c in columns)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, first_name, last_name, preferred_name, record_number FROM client "
            "WHERE " + _capital("search_text", "name_key", "first_name_key", "last_name_key")
        )
    ).all()
    for r in rows:
        bind.execute(
            sa.text(
                "UPDATE client SET search_text = :s, name_key = :n, first_name_key = :f, "
                "last_name_key = :l WHERE id = :id"
            ),
            {
                "s": search_text(r.first_name, r.last_name, r.preferred_name, r.record_number),
                "n": name_key(r.first_name, r.last_name),
                "f": fold(r.first_name),
                "l": fold(r.last_name),
                "id": r.id,
            },
        )
    for table in ("client_group", "practitioner_group", "outcome_measure"):
        for r in bind.execute(
            sa.text(f"SELECT id, name FROM {table} WHERE " + _capital("name_key"))
        ).all():
            bind.execute(
                sa.text(f"UPDATE {table} SET name_key = :k WHERE id = :id"),
                {"k": fold(r.name), "id": r.id},
            )


def downgrade() -> None:
    """Nothing to undo: the recomputed keys are what the older ``fold`` meant."""
