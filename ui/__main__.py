"""``python -m ui [--db URL_OR_FILE] [--user NAME]`` — start the GUI.

The password for ``--user`` comes from ``CLINICDESK_PASSWORD`` (never the command
line, where other users of the machine could read it).
"""

from __future__ import annotations

import argparse
import os

from ui import display_check


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m ui", description="ClinicDesk")
    parser.add_argument("--db", help="SQLite file or postgresql+psycopg:// URL")
    parser.add_argument("--user", help="log straight in (password from CLINICDESK_PASSWORD)")
    args = parser.parse_args()
    if display_check.refuse_if_unusable():  # before Qt loads (and aborts in) its plugin
        return 1
    from ui.app import run

    return run(args.db, args.user, os.environ.get("CLINICDESK_PASSWORD") or None)


raise SystemExit(main())
