"""`clinicdesk letters send --group NAME --title TITLE --body-file FILE --out FILE.pdf`.

Writes one letter to a group's current members through ``clinicdesk.services.letters``
(same permissions, privacy check and audit as the GUI): every copy is kept in the
member's file and the batch PDF (every member's copy) is written atomically. When the
text names group members the command stops and lists where (never the names), unless
``--privacy-reason`` says why it goes out anyway.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.cli.context import CommandContext
from clinicdesk.cli.files import writable_target, write_atomically
from clinicdesk.cli.lookup import group_id_by_name
from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _
from clinicdesk.services import letters

MAX_BODY_BYTES = 200_000


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = commands.add_parser("letters", help=_("write a letter to a group's members"))
    sub = top.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "send",
        parents=[common],
        help=_("produce a letter for every current member (batch PDF) and keep each copy"),
    )
    p.add_argument("--group", metavar="NAME", required=True, help=_("the group's name"))
    p.add_argument(
        "--title", required=True, help=_("the letter's title (neutral for a hidden group)")
    )
    p.add_argument(
        "--body-file", type=Path, metavar="FILE.txt", required=True, help=_("the text (UTF-8)")
    )
    p.add_argument(
        "--privacy-reason",
        metavar="TEXT",
        help=_("send although the text names group members, for this reason"),
    )
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True, help=_("the batch PDF"))
    p.set_defaults(handler=send)


def _body(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError(_("Cannot read {path}.").format(path=path)) from None
    if len(data) > MAX_BODY_BYTES:
        raise ValidationError(_("{path} is too long for a letter.").format(path=path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("{path} is not UTF-8 text.").format(path=path)) from None


def send(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = writable_target(args.out)
    body = _body(args.body_file)
    actor = ctx.login()
    group_id = group_id_by_name(ctx.db, actor, args.group)
    try:
        result = letters.send_letter(
            ctx.db,
            actor,
            group_id,
            title=args.title,
            body=body,
            privacy_override_reason=args.privacy_reason,
        )
    except letters.NamesInLetter as exc:
        # Where, not who: positions in the text (title, blank line, body).
        where = ", ".join(
            _("characters {start}-{end}").format(start=h.start, end=h.end) for h in exc.hits
        )
        raise ValidationError(
            _("{message} Found at {where}.").format(message=exc.message, where=where)
        ) from None
    write_atomically(out, result.pdf)
    ctx.say(
        _("Wrote {recipients} letters to {out}; each copy is kept in the member's file.").format(
            recipients=result.recipients, out=out
        )
    )
    return 0
