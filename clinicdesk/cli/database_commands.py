"""`clinicdesk db upgrade|backup|restore` and `clinicdesk audit verify`."""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.cli.context import CommandContext, open_existing
from clinicdesk.db import migrate
from clinicdesk.domain.errors import DatabaseError
from clinicdesk.services import maintenance


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", help="upgrade, back up or restore the database")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = sub.add_parser("upgrade", parents=[common], help="migrate the schema to this version")
    p.set_defaults(handler=upgrade)
    p = sub.add_parser("backup", parents=[common], help="online backup to a file")
    p.add_argument("dest", type=Path)
    p.set_defaults(handler=backup)
    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    p.add_argument("src", type=Path)
    p.set_defaults(handler=restore)

    audit = commands.add_parser("audit", help="check the audit log")
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = sub.add_parser("verify", parents=[common], help="detect edited or deleted entries")
    p.set_defaults(handler=verify)


def upgrade(ctx: CommandContext, args: argparse.Namespace) -> int:
    database = open_existing(args.db)
    try:
        result = migrate.upgrade(database)
    finally:
        database.dispose()
    if not result.changed:
        ctx.say(f"The database is up to date (schema {result.to_revision}).")
    else:
        ctx.say(
            f"Upgraded the database from {result.from_revision or 'empty'} to {result.to_revision}."
        )
        if result.backup:
            ctx.say(f"A backup of the old database is at {result.backup}.")
    return 0


def backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    dest = maintenance.backup_database(ctx.db, ctx.login(), args.dest)
    ctx.say(f"Backed up to {dest}.")
    return 0


def restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    safety = maintenance.restore_database(ctx.db, ctx.login(), args.src)
    ctx.say(f"Restored from {args.src}. The replaced database was kept at {safety}.")
    return 0


def verify(ctx: CommandContext, args: argparse.Namespace) -> int:
    report = maintenance.verify_audit_log(ctx.db, ctx.login())
    if args.json:
        ctx.emit(
            [
                {
                    "entries": report.entries,
                    "ok": report.ok,
                    "first_bad_seq": report.first_bad_seq,
                    "problem": report.problem,
                }
            ],
            ["entries", "ok", "first_bad_seq", "problem"],
        )
    if not report.ok:
        raise DatabaseError(f"The audit log was tampered with: {report.problem}.")
    ctx.say(f"The audit log is intact ({report.entries} entries).")
    return 0
