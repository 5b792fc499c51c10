"""`clinicdesk settings list|set` and `clinicdesk access explain`."""

from __future__ import annotations

import argparse

from clinicdesk.cli.context import CommandContext
from clinicdesk.cli.lookup import staff_id_by_username
from clinicdesk.i18n import _
from clinicdesk.services import access, settings


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("settings", help=_("clinic-wide settings"))
    sub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    q = sub.add_parser("list", parents=[common], help=_("show every clinic setting"))
    q.set_defaults(handler=list_settings)
    q = sub.add_parser("set", parents=[common], help=_("change one clinic setting"))
    q.add_argument("key")
    q.add_argument("value")
    q.set_defaults(handler=set_setting)

    p = commands.add_parser("access", help=_("who can reach which client files"))
    sub = p.add_subparsers(dest="access_command", metavar="ACTION", required=True)
    q = sub.add_parser(
        "explain", parents=[common], help=_("what a staff member can reach, and why")
    )
    q.add_argument("--staff", required=True, metavar="USERNAME")
    q.set_defaults(handler=explain)


def list_settings(ctx: CommandContext, args: argparse.Namespace) -> int:
    ctx.login()
    rows = [
        {"key": r.key, "value": r.value, "default": r.default, "label": r.label}
        for r in settings.list_settings(ctx.db)
    ]
    ctx.emit(rows, ["key", "value", "default", "label"])
    return 0


def set_setting(ctx: CommandContext, args: argparse.Namespace) -> int:
    record = settings.update_setting(ctx.db, ctx.login(), args.key, args.value)
    ctx.say(f"{record.key} = {record.value}")
    return 0


def explain(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    report = access.explain_access(ctx.db, actor, staff_id_by_username(ctx.db, actor, args.staff))
    rows = [
        {
            "kind": kind,
            "id": c.client_id,
            "name": f"{c.first_name} {c.last_name}",
            "routes": [r.label for r in c.routes],
        }
        for kind, listed in (("client", report.clients), ("limited", report.limited))
        for c in listed
    ]
    rows += [
        {
            "kind": "practitioner",
            "id": p.staff_id,
            "name": p.full_name,
            "routes": [f"{p.route.value}: {', '.join(p.via)}"],
        }
        for p in report.practitioners
    ]
    ctx.say(f"{report.staff.full_name} ({report.mode.value}): {report.summary}")
    ctx.say(
        _("Directory: {directory_summary} ({directory_count} clients)").format(
            directory_summary=report.directory_summary, directory_count=report.directory_count
        )
    )
    ctx.emit(rows, ["kind", "id", "name", "routes"])
    return 0
