"""`clinicdesk print sign-in|session-note|attendance|handout … --out FILE.pdf`.

The same printouts as the GUI, through ``clinicdesk.services.printouts`` (so the same
permissions and audit). A group is named as people know it: ``--group NAME`` matches
one group's name exactly, ignoring case and accents. The PDF is written atomically (a
temporary file in the same folder, then renamed over the target), so a half-written
file never appears; a missing folder is refused before anything is printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.cli.context import CommandContext, parse_date, parse_uuid
from clinicdesk.cli.files import writable_target, write_atomically
from clinicdesk.cli.lookup import group_id_by_name
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import printouts


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser("print", help="write sign-in sheets, notes, reports as PDF")
    sub = printing.add_subparsers(dest="print_command", metavar="PRINTOUT", required=True)

    p = sub.add_parser(
        "sign-in",
        parents=[common],
        help="sign-in sheet of one session, or of every session on a day",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=parse_uuid, metavar="ID", help="one session")
    which.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="every session on this day"
    )
    p.add_argument("--group", metavar="NAME", help="with --date: only this group's sessions")
    _out(p)
    p.set_defaults(handler=sign_in)

    p = sub.add_parser("session-note", parents=[common], help="a session's signed note")
    p.add_argument("--session", type=parse_uuid, metavar="ID", required=True)
    _out(p)
    p.set_defaults(handler=session_note)

    p = sub.add_parser(
        "attendance",
        parents=[common],
        help="attendance of a group, or of one client across all groups, over a period",
    )
    whose = p.add_mutually_exclusive_group(required=True)
    whose.add_argument("--group", metavar="NAME", help="the group's name")
    whose.add_argument("--client", type=parse_uuid, metavar="ID", help="one client")
    p.add_argument("--from", dest="start", type=parse_date, metavar="YYYY-MM-DD", required=True)
    p.add_argument("--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", required=True)
    _out(p)
    p.set_defaults(handler=attendance)

    p = sub.add_parser("handout", parents=[common], help="a client's groups and sessions")
    p.add_argument("--client", type=parse_uuid, metavar="ID", required=True)
    _out(p)
    p.set_defaults(handler=handout)


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", type=Path, metavar="FILE.pdf", required=True, help="the PDF to write"
    )


def sign_in(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    if args.group is not None and args.date is None:
        raise ValidationError("--group goes with --date (a session already has its group).")
    actor = ctx.login()
    if args.session is not None:
        pdf = printouts.signin_sheet(ctx.db, actor, args.session)
    else:
        group_id = group_id_by_name(ctx.db, actor, args.group) if args.group is not None else None
        pdf = printouts.signin_sheets_for_day(ctx.db, actor, args.date, group_id=group_id)
    return _finish(ctx, out, pdf, "sign-in sheet")


def session_note(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    pdf = printouts.session_note(ctx.db, ctx.login(), args.session)
    return _finish(ctx, out, pdf, "session note")


def attendance(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    actor = ctx.login()
    if args.client is not None:
        pdf = printouts.client_attendance(
            ctx.db, actor, args.client, start=args.start, end=args.end
        )
    else:
        group_id = group_id_by_name(ctx.db, actor, args.group)
        pdf = printouts.group_attendance(ctx.db, actor, group_id, start=args.start, end=args.end)
    return _finish(ctx, out, pdf, "attendance report")


def handout(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    pdf = printouts.client_handout(ctx.db, ctx.login(), args.client)
    return _finish(ctx, out, pdf, "handout")


def _finish(ctx: CommandContext, out: Path, pdf: bytes, what: str) -> int:
    write_atomically(out, pdf)
    ctx.say(f"Wrote the {what} to {out}.")
    return 0
