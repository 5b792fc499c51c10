"""The ``clinicdesk`` command line: the same services as the GUI, for scripts.

Contract (scripts rely on it): errors are one line on stderr with a non-zero exit
(1 = refused or invalid, 2 = usage, 70 = unexpected); ``--json`` prints a JSON array
of objects for list commands.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from clinicdesk import __version__
from clinicdesk.cli import (
    admin_commands,
    data_commands,
    database_commands,
    letter_commands,
    outcome_commands,
    print_commands,
    setup_commands,
    staff_commands,
    sync_commands,
)
from clinicdesk.cli.context import CommandContext
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.logs import configure_logging

log = logging.getLogger(__name__)

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 70

_MODULES = (
    setup_commands,
    database_commands,
    data_commands,
    admin_commands,
    print_commands,
    outcome_commands,
    sync_commands,
    staff_commands,
    letter_commands,
)


def _common_options(*, top_level: bool) -> argparse.ArgumentParser:
    """--db/--user/--json, accepted before or after the command.

    Below the top level the defaults are SUPPRESS, so a sub-command does not reset a
    value given before it (``clinicdesk --db X clients list``).
    """
    default = {} if top_level else {"default": argparse.SUPPRESS}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file or URL (postgresql+psycopg://…)", **default)
    common.add_argument(
        "--user",
        help="log in as this staff member (password from CLINICDESK_PASSWORD or a prompt)",
        **default,
    )
    common.add_argument(
        "--json", action="store_true", help="print lists as a JSON array", **default
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(top_level=False)
    parser = argparse.ArgumentParser(
        prog="clinicdesk",
        parents=[_common_options(top_level=True)],
        description="ClinicDesk: client groups and group sessions. Without a command, "
        "opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES:
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        print(
            "clinicdesk: no command given; run `clinicdesk --help` (the desktop "
            "application starts from the `clinicdesk` launcher).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command with the CLI's error contract."""
    log_file = configure_logging()
    ctx = CommandContext(args)
    try:
        return args.handler(ctx, args) or 0
    except ClinicDeskError as exc:
        print(f"clinicdesk: error: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`clinicdesk … | head`); nothing left to say to it.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("clinicdesk: interrupted", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(f"clinicdesk: unexpected error; details were written to {log_file}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        ctx.close()
