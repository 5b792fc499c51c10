"""The ``clinicdesk`` executable: a sub-command runs the CLI, none opens the GUI.

It lives in ``ui`` because ``clinicdesk`` (the core) never imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from clinicdesk import cli
from clinicdesk.cli.context import read_password
from clinicdesk.domain.errors import ClinicDeskError


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run_command(args)
    from ui import display_check

    if display_check.refuse_if_unusable():  # before Qt loads (and aborts in) its plugin
        return 1
    from ui.app import run  # Qt is only loaded when the GUI is wanted

    password = None
    if args.user:
        try:
            password = read_password(f"Password for {args.user}: ")
        except ClinicDeskError as exc:
            print(f"clinicdesk: error: {exc}", file=sys.stderr)
            return cli.EXIT_REFUSED
    return run(args.db, user=args.user, password=password)


if __name__ == "__main__":
    raise SystemExit(main())
