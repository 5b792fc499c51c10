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
from clinicdesk.services import letters

MAX_BODY_BYTES = 200_000


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = commands.add_parser("letters", help="write a letter to a group's members")
    sub = top.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "send",
        parents=[common],
        help="produce a letter for every current member (batch PDF) and keep each copy",
    )
    p.add_argument("--group", metavar="NAME", required=True, help="the group's name")
    p.add_argument("--title", required=True, help="the letter's title (neutral for a hidden group)")
    p.add_argument(
        "--body-file", type=Path, metavar="FILE.txt", required=True, help="the text (UTF-8)"
    )
    p.add_argument(
        "--privacy-reason",
        metavar="TEXT",
        help="send although the text names group members, for this reason",
    )
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True, help="the batch PDF")
    p.set_defaults(handler=send)


def _body(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError(f"Cannot read {path}.") from None
    if len(data) > MAX_BODY_BYTES:
        raise ValidationError(f"{path} is too long for a letter.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text.") from None


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
        where = ", ".join(f"characters {h.start}-{h.end}" for h in exc.hits)
        raise ValidationError(f"{exc.message} Found at {where}.") from None
    write_atomically(out, result.pdf)
    ctx.say(f"Wrote {result.recipients} letters to {out}; each copy is kept in the member's file.")
    return 0
