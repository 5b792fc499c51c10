"""Regenerate the initial migration from the models (only until the first release).

After 0.1.0 ships, schema changes get new revisions instead: `alembic revision
--autogenerate` against a database at head.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

from clinicdesk import paths
from clinicdesk.db.engine import Database

versions = paths.migrations_dir() / "versions"
for old in versions.glob("0001_*.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    db = Database(str(Path(tmp) / "empty.sqlite3"), create=True)
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(
            cfg, message="initial schema", autogenerate=True, rev_id="0001", head="base"
        )
APPEND_ONLY = """
    # Append-only tables: the audit log and signatures can be inserted, never changed.
    for table in ("audit_entry", "signature", "addendum"):
        if op.get_bind().dialect.name == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
        else:
            op.execute(
                f"CREATE FUNCTION {table}_append_only() RETURNS trigger AS $$ BEGIN "
                f"RAISE EXCEPTION '{table} is append-only'; END $$ LANGUAGE plpgsql"
            )
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
            )
    op.execute("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '" + "0" * 64 + "')")
"""
for new in versions.glob("0001_*.py"):
    text = new.read_text()
    marker = "    # ### end Alembic commands ###"
    first = text.index(marker)
    text = text[:first] + marker + "\n" + APPEND_ONLY + text[first + len(marker) :]
    text = text.replace(
        "def downgrade() -> None:\n",
        "def downgrade() -> None:\n    # The first revision is never downgraded in practice.\n",
        1,
    )
    new.write_text(text)
    print(new, file=sys.stderr)
