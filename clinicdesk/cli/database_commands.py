"""`clinicdesk db upgrade|backup|restore` and `clinicdesk audit verify`."""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.cli.context import CommandContext, open_existing
from clinicdesk.db import migrate
from clinicdesk.domain.errors import DatabaseError
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import maintenance


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", help=_("upgrade, back up or restore the database"))
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = sub.add_parser("upgrade", parents=[common], help=_("migrate the schema to this version"))
    p.set_defaults(handler=upgrade)
    p = sub.add_parser("backup", parents=[common], help=_("online backup to a file"))
    p.add_argument("dest", type=Path)
    p.set_defaults(handler=backup)
    p = sub.add_parser("restore", parents=[common], help=_("replace the database with a backup"))
    p.add_argument("src", type=Path)
    p.set_defaults(handler=restore)

    audit = commands.add_parser("audit", help=_("check the audit log and signed notes"))
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "verify",
        parents=[common],
        help=_("detect edited, deleted or cut-off audit entries and altered signed notes"),
    )
    p.set_defaults(handler=verify)
    p = sub.add_parser(
        "reset-checkpoint",
        parents=[common],
        help=_(
            "retire this workstation's checkpoint of the log (after investigating a "
            "reported mismatch; the reset is audited)"
        ),
    )
    p.set_defaults(handler=reset_checkpoint)


def upgrade(ctx: CommandContext, args: argparse.Namespace) -> int:
    database = open_existing(args.db)
    try:
        result = migrate.upgrade(database)
    finally:
        database.dispose()
    if not result.changed:
        ctx.say(
            _("The database is up to date (schema {to_revision}).").format(
                to_revision=result.to_revision
            )
        )
    else:
        ctx.say(
            _("Upgraded the database from {value} to {to_revision}.").format(
                value=result.from_revision or _("empty"), to_revision=result.to_revision
            )
        )
        if result.backup:
            ctx.say(_("A backup of the old database is at {backup}.").format(backup=result.backup))
    return 0


def backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    dest = maintenance.backup_database(ctx.db, ctx.login(), args.dest)
    ctx.say(_("Backed up to {dest}.").format(dest=dest))
    return 0


def restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    safety = maintenance.restore_database(ctx.db, ctx.login(), args.src)
    ctx.say(
        _("Restored from {src}. The replaced database was kept at {safety}.").format(
            src=args.src, safety=safety
        )
    )
    return 0


def verify(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Exit 0 only when the chain, its checkpoints and every signed session's seal hold;
    otherwise one line saying what failed (entry numbers and session ids, no names)."""
    report = maintenance.verify_audit_log(ctx.db, ctx.login())
    if args.json:
        ctx.emit(
            [
                {
                    "entries": report.entries,
                    "ok": report.ok,
                    "first_bad_seq": report.first_bad_seq,
                    "problem": report.problem,
                    "problems": list(report.problems),
                    "checkpoints": report.checkpoints,
                    "keyed_from": report.keyed_from,
                    "sessions_checked": report.sessions_checked,
                    "broken_sessions": [str(i) for i in report.broken_sessions],
                }
            ],
            [
                "entries",
                "ok",
                "first_bad_seq",
                "problem",
                "problems",
                "checkpoints",
                "keyed_from",
                "sessions_checked",
                "broken_sessions",
            ],
        )
    if report.key_missing:
        raise DatabaseError(report.problem or _("The audit key is missing."))
    if not report.ok:
        parts = []
        if not report.chain_ok:
            chain = [p for p in report.problems if not p.startswith("signed session ")]
            parts.append(
                _("the audit log was tampered with: {problems}").format(problems="; ".join(chain))
            )
        if report.broken_sessions:
            ids = ", ".join(str(i) for i in report.broken_sessions)
            parts.append(
                ngettext(
                    "{n} signed session no longer matches what was signed: {ids}",
                    "{n} signed sessions no longer match what was signed: {ids}",
                    len(report.broken_sessions),
                ).format(n=len(report.broken_sessions), ids=ids)
            )
        raise DatabaseError(
            _("Integrity check failed: {problems}.").format(problems=" — ".join(parts))
        )
    ctx.say(
        _(
            "The audit log is intact ({entries} entries, checked against "
            "{checkpoints} checkpoint(s)); all {sessions_checked} signed "
            "sessions match their seals."
        ).format(
            entries=report.entries,
            checkpoints=report.checkpoints,
            sessions_checked=report.sessions_checked,
        )
    )
    return 0


def reset_checkpoint(ctx: CommandContext, args: argparse.Namespace) -> int:
    retired = maintenance.reset_audit_checkpoint(ctx.db, ctx.login())
    if retired is None:
        ctx.say(_("This workstation held no checkpoint of this database."))
    else:
        ctx.say(
            _(
                "Retired this workstation's checkpoint (entry {seq}, {at}); "
                "it is kept in its history file and recorded in the audit "
                "log."
            ).format(seq=retired.seq, at=retired.at)
        )
    return 0
