"""`staff create` (with practitioner groups and a one-time password) and `first-login`
(the new person chooses their own password)."""

from __future__ import annotations

import argparse

from clinicdesk.cli.context import CommandContext, read_password, read_secret
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.text import fold
from clinicdesk.i18n import _
from clinicdesk.services import auth, practitioner_groups, staff

NEW_PASSWORD_ENV = "CLINICDESK_NEW_PASSWORD"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("staff", help=_("staff accounts"))
    sub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    q = sub.add_parser(
        "create",
        parents=[common],
        help=_("create an account (its password from {variable} or a prompt)").format(
            variable=NEW_PASSWORD_ENV
        ),
    )
    q.add_argument("username")
    q.add_argument("--full-name", required=True)
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument(
        "--practitioner-group",
        action="append",
        default=[],
        metavar="NAME",
        help=_("put the new person in this practitioner group (repeat it)"),
    )
    q.add_argument(
        "--one-time-password",
        action="store_true",
        help=_("the password is for the first log-in only: they then choose their own"),
    )
    q.set_defaults(handler=create)

    p = commands.add_parser(
        "first-login",
        parents=[common],
        help=_(
            "first log-in with a one-time password: choose your own "
            "(one-time from CLINICDESK_PASSWORD, new from "
            "{variable}, or prompts)"
        ).format(variable=NEW_PASSWORD_ENV),
    )
    p.set_defaults(handler=first_login)


def create(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    wanted = {fold(n): n for n in args.practitioner_group}
    groups = {
        fold(g.name): g.id for g in practitioner_groups.list_practitioner_groups(ctx.db, actor)
    }
    missing = [name for key, name in wanted.items() if key not in groups]
    if missing:
        raise NotFound(_("There is no practitioner group called “{name}”.").format(name=missing[0]))
    password = read_secret(NEW_PASSWORD_ENV, _("Password for the new account: "), confirm=True)
    record = staff.create_staff(
        ctx.db,
        actor,
        username=args.username,
        full_name=args.full_name,
        role=Role(args.role),
        password=password,
        practitioner_group_ids=[groups[k] for k in wanted],
        one_time_password=args.one_time_password,
    )
    extra = (
        " " + _("They choose their own password at first log-in.") if args.one_time_password else ""
    )
    ctx.say(
        _("Created {username} ({label}).{extra}").format(
            username=record.username, label=record.role.label, extra=extra
        )
    )
    return 0


def first_login(ctx: CommandContext, args: argparse.Namespace) -> int:
    username = args.user
    if not username:
        raise NotFound(_("This command needs --user NAME (your login)."))
    one_time = read_password(_("One-time password: "))
    new = read_secret(NEW_PASSWORD_ENV, _("Your new password: "), confirm=True)
    actor = auth.set_first_password(ctx.db, username, one_time, new)
    ctx.say(_("Welcome, {full_name}: your password is set.").format(full_name=actor.full_name))
    return 0
