"""Lists, import and export: `clients`, `groups` (and a group's attendance), `sessions`,
`import`, `export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.cli import care_team_commands, outcome_commands
from clinicdesk.cli.context import CommandContext, parse_date
from clinicdesk.cli.files import writable_target, write_atomically
from clinicdesk.cli.lookup import group_id_by_name
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import attendance, client_import, clients, groups, sessions

CLIENT_FIELDS = [
    "id",
    "first_name",
    "last_name",
    "preferred_name",
    "date_of_birth",
    "record_number",
    "status",
]
GROUP_FIELDS = ["id", "name", "kind", "visibility", "member_count", "capacity", "archived"]
SESSION_FIELDS = [
    "id",
    "title",
    "group",
    "starts_at",
    "duration_minutes",
    "status",
    "enrolled_count",
    "leaders",
]


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("clients", help=_("the client directory"))
    sub = p.add_subparsers(dest="clients_command", metavar="ACTION", required=True)
    q = sub.add_parser("list", parents=[common], help=_("list or search clients"))
    q.add_argument("--search", default="", metavar="TEXT")
    q.add_argument("--limit", type=int, default=None, help=_("at most this many (default: all)"))
    q.set_defaults(handler=list_clients)
    care_team_commands.add_to_clients(sub, common)

    p = commands.add_parser("groups", help=_("client groups"))
    sub = p.add_subparsers(dest="groups_command", metavar="ACTION", required=True)
    q = sub.add_parser("list", parents=[common], help=_("list groups"))
    q.add_argument("--archived", action="store_true", help=_("include archived groups"))
    q.set_defaults(handler=list_groups)
    q = sub.add_parser(
        "attendance", parents=[common], help=_("each member's attendance in a group's sessions")
    )
    q.add_argument("group", metavar="NAME")
    q.add_argument("--from", dest="start", type=parse_date, required=True, metavar="D")
    q.add_argument("--to", dest="end", type=parse_date, required=True, metavar="D")
    q.set_defaults(handler=group_attendance)

    p = commands.add_parser("sessions", help=_("group sessions"))
    sub = p.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    q = sub.add_parser("list", parents=[common], help=_("list sessions"))
    q.add_argument("--date", type=parse_date, default=None, metavar="YYYY-MM-DD")
    q.add_argument("--group", default=None, metavar="NAME")
    q.set_defaults(handler=list_sessions)

    p = commands.add_parser("import", help=_("import data"))
    sub = p.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    q = sub.add_parser(
        "clients", parents=[common], help=_("import clients from CSV (all or nothing)")
    )
    q.add_argument("file", type=Path)
    q.add_argument("--group", default=None, metavar="NAME", help=_("also add them to this group"))
    q.set_defaults(handler=import_clients)
    outcome_commands.add_import(sub, common)

    p = commands.add_parser("export", help=_("export data"))
    sub = p.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    q = sub.add_parser("attendance", parents=[common], help=_("attendance as CSV"))
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--group", default=None, metavar="NAME")
    q.add_argument("--from", dest="start", type=parse_date, default=None, metavar="D")
    q.add_argument("--to", dest="end", type=parse_date, default=None, metavar="D")
    q.set_defaults(handler=export_attendance)
    outcome_commands.add_export(sub, common)


def list_clients(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    rows, after = [], None
    while True:
        page = clients.search_clients(ctx.db, actor, text=args.search, limit=500, after=after)
        rows.extend(page.rows)
        if page.next_after is None or (args.limit and len(rows) >= args.limit):
            break
        after = page.next_after
    if args.limit:
        rows = rows[: args.limit]
    ctx.emit([{f: getattr(r, f) for f in CLIENT_FIELDS} for r in rows], CLIENT_FIELDS)
    return 0


def list_groups(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    rows = groups.list_groups(ctx.db, actor, include_archived=args.archived)
    ctx.emit([{f: getattr(g, f) for f in GROUP_FIELDS} for g in rows], GROUP_FIELDS)
    return 0


ATTENDANCE_FIELDS = [
    "record_number",
    "first_name",
    "last_name",
    "present",
    "late",
    "left_early",
    "absent",
    "excused",
    "attended",
    "total",
    "rate",
]


def group_attendance(ctx: CommandContext, args: argparse.Namespace) -> int:
    """The table the printed attendance report shows, as text or JSON."""
    actor = ctx.login()
    group_id = group_id_by_name(ctx.db, actor, args.group)
    report = attendance.group_attendance(ctx.db, actor, group_id, start=args.start, end=args.end)
    ctx.emit(
        [{f: getattr(m, f) for f in ATTENDANCE_FIELDS} for m in report.members], ATTENDANCE_FIELDS
    )
    ctx.say(
        _("{group_name}: {sessions_held} signed sessions from {start} to {end}.").format(
            group_name=report.group_name,
            sessions_held=report.sessions_held,
            start=report.start,
            end=report.end,
        )
    )
    return 0


def list_sessions(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    group_id = group_id_by_name(ctx.db, actor, args.group) if args.group else None
    cards = sessions.list_sessions(ctx.db, actor, day=args.date, group_id=group_id)
    ctx.emit(
        [
            {
                "id": c.id,
                "title": c.title,
                "group": c.group_name,
                "starts_at": c.starts_at,
                "duration_minutes": c.duration_minutes,
                "status": c.status,
                "enrolled_count": c.enrolled_count,
                "leaders": c.leaders,
            }
            for c in cards
        ],
        SESSION_FIELDS,
    )
    return 0


def import_clients(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Cannot read {file}: {strerror}.").format(file=args.file, strerror=exc.strerror)
        ) from exc
    group_id = group_id_by_name(ctx.db, actor, args.group) if args.group else None
    report = client_import.import_clients_csv(ctx.db, actor, data, group_id=group_id)
    if not report.ok:
        rows = [{"line": e.line, "field": e.field, "message": e.message} for e in report.rejected]
        ctx.emit(rows, ["line", "field", "message"])
        raise ValidationError(
            ngettext(
                "{n} row was rejected; nothing was imported. Fix it and import the file again.",
                "{n} rows were rejected; nothing was imported. Fix them and import the file again.",
                len(report.rejected),
            ).format(n=len(report.rejected))
        )
    if args.group:
        done = ngettext(
            "Imported {n} client and added them to {group}.",
            "Imported {n} clients and added them to {group}.",
            report.imported,
        )
    else:
        done = ngettext("Imported {n} client.", "Imported {n} clients.", report.imported)
    ctx.say(done.format(n=report.imported, group=args.group))
    return 0


def export_attendance(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    group_id = group_id_by_name(ctx.db, actor, args.group) if args.group else None
    text = attendance.export_attendance_csv(
        ctx.db, actor, group_id=group_id, start=args.start, end=args.end
    )
    write_atomically(writable_target(args.out), text.encode("utf-8"))
    ctx.say(
        _("Wrote {count} attendance rows to {out}.").format(
            count=max(0, text.count(chr(10)) - 1), out=args.out
        )
    )
    return 0
