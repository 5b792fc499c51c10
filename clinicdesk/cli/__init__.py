"""The ``clinicdesk`` command line: the same services as the GUI, for scripts.

Contract (scripts rely on it): errors are one line on stderr with a non-zero exit
(1 = refused or invalid, 2 = usage, 70 = unexpected); ``--json`` prints a JSON array
of objects for list commands. Messages and printouts are in the language of ``--lang``,
else ``CLINICDESK_LANG``, else the system's (``clinicdesk.i18n``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from clinicdesk import __version__, i18n
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
from clinicdesk.i18n import N_, _
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


# argparse's own messages ("usage:", "unrecognized arguments: …"), which it looks up
# through its module's ``_``/``ngettext`` (stdlib gettext, no catalogue of its own):
# marked here for the core catalogue and translated by pointing those names at ours.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("options"),
    N_("positional arguments"),
)
argparse._ = i18n._  # type: ignore[attr-defined]
argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def set_language_from(argv: Sequence[str]) -> str:
    """Set the process's language from ``--lang`` in ``argv`` (read before parsing, so
    the parser's help and errors are in it), else ``CLINICDESK_LANG``, else the system's."""
    explicit = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            explicit = argv[i + 1]
        elif arg.startswith("--lang="):
            explicit = arg.partition("=")[2]
    return i18n.set_language(i18n.choose_language(explicit))


def _common_options(*, top_level: bool) -> argparse.ArgumentParser:
    """--db/--user/--json/--lang, accepted before or after the command.

    Below the top level the defaults are SUPPRESS, so a sub-command does not reset a
    value given before it (``clinicdesk --db X clients list``).
    """
    default = {} if top_level else {"default": argparse.SUPPRESS}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help=_("database file or URL (postgresql+psycopg://…)"), **default)
    common.add_argument(
        "--user",
        help=_("log in as this staff member (password from CLINICDESK_PASSWORD or a prompt)"),
        **default,
    )
    common.add_argument(
        "--json", action="store_true", help=_("print lists as a JSON array"), **default
    )
    common.add_argument(
        "--lang",
        choices=sorted(i18n.LANGUAGES),
        help=_("language of messages and printouts (default: CLINICDESK_LANG, else the system's)"),
        **default,
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(top_level=False)
    parser = argparse.ArgumentParser(
        prog="clinicdesk",
        parents=[_common_options(top_level=True)],
        description=_(
            "ClinicDesk: client groups and group sessions. Without a command, "
            "opens the desktop application."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES:
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    set_language_from(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        print(
            _(
                "clinicdesk: no command given; run `clinicdesk --help` (the desktop "
                "application starts from the `clinicdesk` launcher)."
            ),
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
        print(_("clinicdesk: error: {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`clinicdesk … | head`); nothing left to say to it.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(_("clinicdesk: interrupted"), file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        message = _("clinicdesk: unexpected error; details were written to {path}")
        print(message.format(path=log_file), file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        ctx.close()
