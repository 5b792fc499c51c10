"""`clinicdesk sync …`: offline laptops (docs/SYNC.md).

- ``clinicdesk --db LAPTOP.sqlite3 sync setup --server URL --user NAME [--days N]``
- ``clinicdesk --db LAPTOP.sqlite3 --user NAME sync`` — exit 0 all applied, 3 when
  conflicts wait for a person, 1 on an error (one line; nothing lost)
- ``clinicdesk --db LAPTOP.sqlite3 --user NAME sync status [--json]``
- ``sync conflicts`` / ``sync resolve ACTION_ID --choice …`` on a laptop;
  ``sync devices`` / ``sync revoke DEVICE_ID`` on the clinic server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from sqlalchemy.exc import SQLAlchemyError

from clinicdesk.cli.context import CommandContext, parse_uuid, read_password, read_secret
from clinicdesk.db.engine import KEY_ENV, needs_key
from clinicdesk.domain import sync_rules
from clinicdesk.domain.errors import AuthenticationError
from clinicdesk.i18n import _, ngettext
from clinicdesk.sync import client, devices

EXIT_CONFLICTS = 3


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "sync",
        parents=[common],
        help=_("offline laptop: send what was done offline, then refresh the copy"),
    )
    p.set_defaults(handler=run_sync, skips_copy_check=True)
    sub = p.add_subparsers(dest="sync_command", metavar="ACTION")

    q = sub.add_parser("setup", parents=[common], help=_("make or refresh this laptop's copy"))
    q.add_argument("--server", required=True, metavar="URL", help=_("the clinic's database URL"))
    q.add_argument(
        "--days",
        type=int,
        default=sync_rules.DEFAULT_DAYS,
        metavar="N",
        help=_("days of sessions to take (default {days})").format(days=sync_rules.DEFAULT_DAYS),
    )
    q.add_argument(
        "--plain",
        action="store_true",
        help=_(
            "do not encrypt the copy (default: SQLCipher, key from CLINICDESK_DB_KEY or a prompt)"
        ),
    )
    q.add_argument("--device-name", default=None, help=_("how the clinic sees this laptop"))
    q.set_defaults(handler=setup, skips_copy_check=True)

    q = sub.add_parser("status", parents=[common], help=_("pending actions, conflicts, last sync"))
    q.set_defaults(handler=status, skips_copy_check=True)

    q = sub.add_parser("conflicts", parents=[common], help=_("conflicts waiting for a person"))
    q.set_defaults(handler=list_conflicts, skips_copy_check=True)

    q = sub.add_parser("resolve", parents=[common], help=_("decide one conflict"))
    q.add_argument("action_id", type=parse_uuid)
    q.add_argument("--choice", required=True, choices=[r.value for r in sync_rules.Resolution])
    q.add_argument("--text", default=None, help=_("the edited text (edit and apply, addendum)"))
    q.set_defaults(handler=resolve, skips_copy_check=True)

    q = sub.add_parser("devices", parents=[common], help=_("(clinic server) registered laptops"))
    q.set_defaults(handler=list_devices)

    q = sub.add_parser("revoke", parents=[common], help=_("(clinic server) revoke a laptop"))
    q.add_argument("device_id", type=parse_uuid)
    q.set_defaults(handler=revoke)


def _laptop(args: argparse.Namespace) -> str:
    path = args.db or os.environ.get("CLINICDESK_DB")
    if not path:
        raise AuthenticationError(_("Name the laptop copy with --db LAPTOP.sqlite3."))
    return path


def _key(path: str) -> str | None:
    """The copy's key: CLINICDESK_DB_KEY (Database reads it) or a prompt when encrypted."""
    if needs_key(path):
        return read_secret(KEY_ENV, _("Key of the offline copy: "))
    return None


def _user(args: argparse.Namespace) -> str:
    username = args.user or os.environ.get("CLINICDESK_USER")
    if not username:
        raise AuthenticationError(_("This command needs --user NAME (a staff login)."))
    return username


def _offline_errors(fn):
    """A dropped connection mid-sync is one line and exit 1: the outbox keeps everything."""

    def run(ctx: CommandContext, args: argparse.Namespace) -> int:
        try:
            return fn(ctx, args)
        except (SQLAlchemyError, OSError) as exc:
            raise client.SyncError(
                _(
                    "The connection to the clinic server was lost; nothing was "
                    "lost — run sync again ({error})."
                ).format(error=type(exc).__name__)
            ) from exc

    return run


@_offline_errors
def setup(ctx: CommandContext, args: argparse.Namespace) -> int:
    path = _laptop(args)
    username = _user(args)
    key = None
    if not args.plain and not os.environ.get(KEY_ENV):
        key = (
            _key(path)
            if os.path.exists(path)
            else read_secret(KEY_ENV, _("Encryption key for the offline copy: "), confirm=True)
        )
    password = read_password(_("Password for {name}: ").format(name=username))
    result = client.setup(
        path,
        server_url=args.server,
        username=username,
        password=password,
        days=args.days,
        key=key,
        device_name=args.device_name,
    )
    ctx.say(
        _(
            "Offline copy for {username} at {path}: {sessions} sessions, "
            "{clients} clients ({seconds:.1f} s)."
        ).format(
            username=username,
            path=result.path,
            sessions=result.sessions,
            clients=result.clients,
            seconds=result.seconds,
        )
    )
    return 0


@_offline_errors
def run_sync(ctx: CommandContext, args: argparse.Namespace) -> int:
    path = _laptop(args)
    username = _user(args)
    key = _key(path)
    password = read_password(_("Password for {name}: ").format(name=username))
    report = client.sync(path, password=password, username=username, key=key)
    if args.json:
        json.dump(
            {
                "applied": report.applied,
                "already_applied": report.already,
                "new_conflicts": report.conflicts,
                "conflicts_waiting": report.waiting,
                "audit_entries_sent": report.audit_sent,
            },
            sys.stdout,
        )
        sys.stdout.write("\n")
    else:
        ctx.say(
            _(
                "Synced: {applied} applied, {conflicts} new conflicts, "
                "{waiting} waiting for you, {audit_sent} audit entries sent."
            ).format(
                applied=report.applied,
                conflicts=report.conflicts,
                waiting=report.waiting,
                audit_sent=report.audit_sent,
            )
        )
    return EXIT_CONFLICTS if report.waiting else 0


def _open(path: str):
    from clinicdesk.db.engine import Database

    return Database(path, key=_key(path))


def status(ctx: CommandContext, args: argparse.Namespace) -> int:
    laptop = _open(_laptop(args))
    try:
        st = client.status(laptop)
    finally:
        laptop.dispose()
    conflicts = [
        {
            "action_id": str(c.action_id),
            "about": c.label,
            "session": c.session_title,
            "client": c.client_name,
            "reason": c.reason,
            "done_at": c.done_at.isoformat(timespec="seconds"),
            "choices": [r.value for r in c.choices],
        }
        for c in st.conflicts
    ]
    data = {
        "user": st.state.username,
        "server": _safe_url(st.state.server),
        "device": str(st.state.device_id),
        "pending": st.pending,
        "conflicts": conflicts,
        "last_sync": st.state.last_sync_at.isoformat(timespec="seconds")
        if st.state.last_sync_at
        else None,
        "age": st.age,
        "stale": st.stale,
        "revoked": st.state.revoked,
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(
        _("Offline copy of {user} ({server}), last synced {age} ago.").format(
            user=data["user"], server=data["server"], age=st.age
        )
    )
    print(
        ngettext(
            "{n} action waiting to be sent;", "{n} actions waiting to be sent;", st.pending
        ).format(n=st.pending)
        + " "
        + ngettext("{n} conflict needs you.", "{n} conflicts need you.", len(conflicts)).format(
            n=len(conflicts)
        )
    )
    if st.state.revoked:
        print(_("This laptop was revoked by the clinic."))
    elif st.stale:
        print(
            _("Older than {stale_days} days: sync before clinical data is shown again.").format(
                stale_days=st.stale_days
            )
        )
    for c in conflicts:
        where = " · ".join(v for v in (c["session"], c["client"]) if v)
        print(f"- {c['action_id']}  {c['about']} ({where}): {c['reason']}")
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def list_conflicts(ctx: CommandContext, args: argparse.Namespace) -> int:
    laptop = _open(_laptop(args))
    try:
        rows = client.conflicts(laptop)
    finally:
        laptop.dispose()
    ctx.emit(
        [
            {
                "action_id": c.action_id,
                "about": c.label,
                "session": c.session_title,
                "client": c.client_name,
                "reason": c.reason,
                "choices": [r.value for r in c.choices],
            }
            for c in rows
        ],
        ["action_id", "about", "session", "client", "reason", "choices"],
    )
    return 0


@_offline_errors
def resolve(ctx: CommandContext, args: argparse.Namespace) -> int:
    path = _laptop(args)
    username = _user(args)
    key = _key(path)
    password = read_password(_("Password for {name}: ").format(name=username))
    choice = client.resolve(
        path,
        action_id=args.action_id,
        resolution=args.choice,
        password=password,
        text=args.text,
        key=key,
    )
    ctx.say(_("Resolved: {label}.").format(label=choice.label.lower()))
    return 0


def list_devices(ctx: CommandContext, args: argparse.Namespace) -> int:
    rows = devices.list_devices(ctx.db, ctx.login())
    ctx.emit(
        [
            {
                "id": d.id,
                "user": d.username,
                "name": d.name,
                "registered": d.registered_at,
                "last_sync": d.last_sync_at,
                "revoked": d.revoked_at,
            }
            for d in rows
        ],
        ["id", "user", "name", "registered", "last_sync", "revoked"],
    )
    return 0


def revoke(ctx: CommandContext, args: argparse.Namespace) -> int:
    record = devices.revoke_device(ctx.db, ctx.login(), args.device_id)
    ctx.say(
        _("Revoked {name} ({username}); it can no longer sync.").format(
            name=record.name, username=record.username
        )
    )
    return 0
