"""`clients care-team show|set`: a client's care team and its history."""

from __future__ import annotations

import argparse
import uuid

from clinicdesk.cli.context import CommandContext
from clinicdesk.cli.lookup import staff_id_by_username
from clinicdesk.db.engine import Database
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.i18n import _, ngettext
from clinicdesk.services import care_team, clients
from clinicdesk.services.records import Actor

HISTORY_FIELDS = ["care_role", "staff", "from", "until", "set_by", "ended_by"]


def add_to_clients(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("care-team", help=_("a client's care team (show or set)"))
    actions = p.add_subparsers(dest="care_team_command", metavar="ACTION", required=True)
    q = actions.add_parser("show", parents=[common], help=_("the care team and its history"))
    q.add_argument("client", metavar="CLIENT", help=_("record number or client id"))
    q.set_defaults(handler=show_care_team)
    q = actions.add_parser(
        "set",
        parents=[common],
        help=_("set the care team (options left out keep their current person)"),
    )
    q.add_argument("client", metavar="CLIENT", help=_("record number or client id"))
    q.add_argument("--primary-therapist", metavar="LOGIN", help=_("login, or '' for nobody"))
    q.add_argument("--case-manager", metavar="LOGIN", help=_("login, or '' for nobody"))
    q.add_argument(
        "--other",
        metavar="LOGIN",
        action="append",
        default=None,
        help=_("another member (repeat it; --other '' empties the list)"),
    )
    q.set_defaults(handler=set_care_team)


def client_id_by_reference(db: Database, actor: Actor, reference: str) -> uuid.UUID:
    """A client by record number (exactly) or by id."""
    text = reference.strip()
    if not text:
        raise ValidationError(_("Give the client's record number or id."))
    try:
        return clients.get_client(db, actor, uuid.UUID(text)).id
    except ValueError:
        pass
    page = clients.search_clients(db, actor, text=text, limit=50)
    found = [r.id for r in page.rows if (r.record_number or "").casefold() == text.casefold()]
    if not found:
        raise NotFound(_("There is no client with the record number {number}.").format(number=text))
    return found[0]


def show_care_team(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    client_id = client_id_by_reference(ctx.db, actor, args.client)
    history = care_team.care_team_history(ctx.db, actor, client_id)
    ctx.emit(
        [
            {
                "care_role": p.care_role,
                "staff": p.staff_name,
                "from": p.started_at.date(),
                "until": p.ended_at.date() if p.ended_at else "",
                "set_by": p.started_by or "",
                "ended_by": p.ended_by or "",
            }
            for p in history.periods
        ],
        HISTORY_FIELDS,
    )
    return 0


def _person(ctx: CommandContext, actor: Actor, login: str) -> uuid.UUID | None:
    return staff_id_by_username(ctx.db, actor, login) if login.strip() else None


def set_care_team(ctx: CommandContext, args: argparse.Namespace) -> int:
    actor = ctx.login()
    client_id = client_id_by_reference(ctx.db, actor, args.client)
    team = clients.get_care_team(ctx.db, actor, client_id)
    primary = team.primary_therapist.id if team.primary_therapist else None
    manager = team.case_manager.id if team.case_manager else None
    others = [o.id for o in team.others]
    if args.primary_therapist is not None:
        primary = _person(ctx, actor, args.primary_therapist)
    if args.case_manager is not None:
        manager = _person(ctx, actor, args.case_manager)
    if args.other is not None:
        others = [i for i in (_person(ctx, actor, o) for o in args.other) if i is not None]
    team = clients.set_care_team(
        ctx.db,
        actor,
        client_id,
        primary_therapist_id=primary,
        case_manager_id=manager,
        others=others,
    )
    n = len(team.staff_ids)
    ctx.say(
        ngettext(
            "The care team now has {n} member.", "The care team now has {n} members.", n
        ).format(n=n)
    )
    return 0
