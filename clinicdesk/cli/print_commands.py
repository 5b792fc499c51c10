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

from clinicdesk import i18n
from clinicdesk.cli.context import CommandContext, parse_date, parse_uuid
from clinicdesk.cli.files import writable_target, write_atomically
from clinicdesk.cli.lookup import group_id_by_name
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _
from clinicdesk.services import printouts


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser("print", help=_("write sign-in sheets, notes, reports as PDF"))
    sub = printing.add_subparsers(dest="print_command", metavar="PRINTOUT", required=True)

    p = sub.add_parser(
        "sign-in",
        parents=[common],
        help=_("sign-in sheet of one session, or of every session on a day"),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=parse_uuid, metavar="ID", help=_("one session"))
    which.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help=_("every session on this day")
    )
    p.add_argument("--group", metavar="NAME", help=_("with --date: only this group's sessions"))
    _out(p)
    p.set_defaults(handler=sign_in)

    p = sub.add_parser("session-note", parents=[common], help=_("a session's signed note"))
    p.add_argument("--session", type=parse_uuid, metavar="ID", required=True)
    _out(p)
    p.set_defaults(handler=session_note)

    p = sub.add_parser(
        "attendance",
        parents=[common],
        help=_("attendance of a group, or of one client across all groups, over a period"),
    )
    whose = p.add_mutually_exclusive_group(required=True)
    whose.add_argument("--group", metavar="NAME", help=_("the group's name"))
    whose.add_argument("--client", type=parse_uuid, metavar="ID", help=_("one client"))
    p.add_argument("--from", dest="start", type=parse_date, metavar="YYYY-MM-DD", required=True)
    p.add_argument("--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", required=True)
    _out(p)
    p.set_defaults(handler=attendance)

    p = sub.add_parser("handout", parents=[common], help=_("a client's groups and sessions"))
    p.add_argument("--client", type=parse_uuid, metavar="ID", required=True)
    _language(p)
    _out(p)
    p.set_defaults(handler=handout)


def _language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=sorted(i18n.LANGUAGES),
        metavar="LANG",
        help=_(
            "the printout's language, e.g. the client's: en, fr or nl (default: the "
            "language of the messages)"
        ),
    )


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", type=Path, metavar="FILE.pdf", required=True, help=_("the PDF to write")
    )


def sign_in(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    if args.group is not None and args.date is None:
        raise ValidationError(_("--group goes with --date (a session already has its group)."))
    actor = ctx.login()
    if args.session is not None:
        pdf = printouts.signin_sheet(ctx.db, actor, args.session)
    else:
        group_id = group_id_by_name(ctx.db, actor, args.group) if args.group is not None else None
        pdf = printouts.signin_sheets_for_day(ctx.db, actor, args.date, group_id=group_id)
    return _finish(ctx, out, pdf, _("Wrote the sign-in sheet to {out}."))


def session_note(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    pdf = printouts.session_note(ctx.db, ctx.login(), args.session)
    return _finish(ctx, out, pdf, _("Wrote the session note to {out}."))


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
    return _finish(ctx, out, pdf, _("Wrote the attendance report to {out}."))


def handout(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    actor = ctx.login()
    with i18n.language(args.language):
        pdf = printouts.client_handout(ctx.db, actor, args.client)
    return _finish(ctx, out, pdf, _("Wrote the handout to {out}."))


def _finish(ctx: CommandContext, out: Path, pdf: bytes, done: str) -> int:
    """Write ``pdf`` to ``out`` and say ``done`` (a sentence with ``{out}``)."""
    write_atomically(out, pdf)
    ctx.say(done.format(out=out))
    return 0
