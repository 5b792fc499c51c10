"""`clinicdesk init` and `clinicdesk demo`."""

from __future__ import annotations

import argparse

from clinicdesk.cli.context import CommandContext, read_password, read_secret
from clinicdesk.db.engine import KEY_ENV, Database
from clinicdesk.demo import DEMO_PASSWORD, build_demo_clinic
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _
from clinicdesk.services import settings, staff


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "init", parents=[common], help=_("create a new, empty clinic with its first super admin")
    )
    p.add_argument("--admin", required=True, metavar="USERNAME")
    p.add_argument("--full-name", default=None, help=_("the admin's name (default: USERNAME)"))
    p.add_argument("--clinic-name", default=None)
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=_(
            "encrypt the database file (SQLCipher; key from CLINICDESK_DB_KEY "
            "or a prompt) — for laptops"
        ),
    )
    p.set_defaults(handler=init, creates_database=True)

    p = commands.add_parser(
        "demo", parents=[common], help=_("create a realistic demo clinic (safe to re-run)")
    )
    p.add_argument(
        "--clients",
        type=int,
        default=None,
        metavar="N",
        help=_("number of clients (default: the 40 named demo clients)"),
    )
    p.add_argument(
        "--scale",
        choices=("normal", "large"),
        default="normal",
        help=_("large: a set-based large clinic for benchmarks"),
    )
    p.set_defaults(handler=demo, creates_database=True)


def init(ctx: CommandContext, args: argparse.Namespace) -> int:
    if args.encrypt:
        ctx.use_database(Database(args.db, key=_new_key(), create=True))
    if not staff.needs_first_run(ctx.db):
        raise ValidationError(_("This database already holds a clinic; nothing was changed."))
    password = read_password(_("Password for {name}: ").format(name=args.admin), confirm=True)
    actor = staff.create_first_admin(
        ctx.db, username=args.admin, full_name=args.full_name or args.admin, password=password
    )
    if args.clinic_name:
        settings.update_setting(ctx.db, actor, "clinic_name", args.clinic_name)
    how = " " + _("(encrypted)") if ctx.db.encrypted else ""
    ctx.say(
        _("Created the clinic at {location}{how} with super admin {username}.").format(
            location=ctx.db.location, how=how, username=actor.username
        )
    )
    return 0


def demo(ctx: CommandContext, args: argparse.Namespace) -> int:
    if args.scale == "large":
        from clinicdesk.demo.large import build_large_clinic

        clients = args.clients or 100_000
        # The benchmark clinic's proportions (issue: 100k clients, 300 staff, 2,000
        # groups, 60,000 sessions, ~1M attendance rows), scaled to the size asked for.
        result = build_large_clinic(
            ctx.db,
            clients=clients,
            staff=max(20, clients * 3 // 1000),
            groups=max(10, clients // 50),
            sessions=max(100, clients * 6 // 10),
            attendance_rows=clients * 10,
            password=DEMO_PASSWORD,
        )
        ctx.say(
            _(
                "Built a large clinic at {location}: {clients} clients, "
                "{staff} staff, {groups} groups, {sessions} sessions, "
                "{attendance_marked} attendance rows. Log in as admin / "
                "{password}."
            ).format(
                location=ctx.db.location,
                clients=result.clients,
                staff=result.staff,
                groups=result.groups,
                sessions=result.sessions,
                attendance_marked=result.attendance_marked,
                password=DEMO_PASSWORD,
            )
        )
        return 0
    summary = build_demo_clinic(ctx.db, clients_count=args.clients)
    done = (
        _(
            "Created the demo clinic '{clinic_name}' at {location}: "
            "{clients} clients, {groups} groups, {sessions} sessions "
            "({completed_sessions} completed)."
        )
        if summary.created
        else _(
            "Found the demo clinic '{clinic_name}' at {location}: "
            "{clients} clients, {groups} groups, {sessions} sessions "
            "({completed_sessions} completed)."
        )
    )
    ctx.say(
        done.format(
            clinic_name=summary.clinic_name,
            location=ctx.db.location,
            clients=summary.clients,
            groups=summary.groups,
            sessions=summary.sessions,
            completed_sessions=summary.completed_sessions,
        )
    )
    ctx.emit(
        [
            {
                "username": a.username,
                "password": DEMO_PASSWORD,
                "name": a.full_name,
                "role": a.role.label,
                "notes": _(a.note),
            }
            for a in summary.accounts
        ],
        ["username", "password", "name", "role", "notes"],
    )
    return 0


def _new_key() -> str:
    key = read_secret(KEY_ENV, _("Encryption key for the new database: "), confirm=True)
    if len(key) < 12:
        raise ValidationError(_("Choose an encryption key of at least 12 characters."))
    return key
