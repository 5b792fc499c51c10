"""The ``clinicdesk`` executable: a sub-command runs the CLI, none opens the GUI.

It lives in ``ui`` because ``clinicdesk`` (the core) never imports Qt.

Opening the GUI is the common case and its start-up is timed: the full command-line
parser imports every command's modules (and with them SQLAlchemy), so a launch with
no sub-command is recognised by a small parser first and the CLI is never imported.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

EXIT_REFUSED = 1  # the CLI's code for a refusal (clinicdesk.cli.EXIT_REFUSED)


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """``--db``/``--user``/``--json``/``--lang`` and nothing else → the GUI's arguments;
    else None."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--db")
    parser.add_argument("--user")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=("en", "fr", "nl"))  # clinicdesk.i18n.LANGUAGES
    try:
        args, rest = parser.parse_known_args(list(argv))
    except SystemExit:  # e.g. --db without a value: the full parser says why
        return None
    return None if rest else args


def _password(user: str) -> str | None:
    """CLINICDESK_PASSWORD, else typed at the terminal (as the CLI's ``read_password``)."""
    value = os.environ.get("CLINICDESK_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        print("clinicdesk: error: Set CLINICDESK_PASSWORD or run the command in a terminal.",
              file=sys.stderr)  # fmt: skip
        return None
    return getpass.getpass(f"Password for {user}: ")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _gui_arguments(argv)
    if args is None:
        from clinicdesk import cli

        cli.set_language_from(argv)
        args = cli.build_parser().parse_args(argv)
        if args.command is not None:
            return cli.run_command(args)
    from ui import display_check

    if display_check.refuse_if_unusable():  # before Qt loads (and aborts in) its plugin
        return 1
    password = None
    if args.user:
        password = _password(args.user)
        if password is None:
            return EXIT_REFUSED
    from ui.app import run  # Qt is only loaded when the GUI is wanted

    return run(args.db, user=args.user, password=password, language=args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
