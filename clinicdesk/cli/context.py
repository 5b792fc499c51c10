"""What every command needs: the database, the logged-in actor, and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from uuid import UUID

from clinicdesk.db import migrate
from clinicdesk.db.engine import Database, MissingDatabase
from clinicdesk.domain.errors import AuthenticationError, ValidationError
from clinicdesk.i18n import _
from clinicdesk.services.records import Actor


class CommandContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """The selected database, migrated to the current schema (backup first).

        Only the commands that create a clinic (``init``, ``demo``: ``creates_database``
        in their parser defaults) may create the file; every other command refuses a
        database that does not exist, or holds no clinic, and creates nothing.
        """
        if self._db is None:
            if getattr(self.args, "creates_database", False):
                database = Database(self.args.db, create=True)
            else:
                database = open_existing(self.args.db)
            migrate.upgrade(database)
            if database.is_sqlite and not getattr(self.args, "skips_copy_check", False):
                # A laptop's offline copy: refused once revoked, asks to sync when stale.
                from clinicdesk.sync.client import check_open

                try:
                    check_open(database)
                except BaseException:
                    database.dispose()
                    raise
            self._db = database
        return self._db

    def use_database(self, db: Database) -> None:
        """Work on an already opened database (``init --encrypt`` opens it with a key)."""
        migrate.upgrade(db)
        self._db = db

    def login(self) -> Actor:
        """Log in with ``--user`` and CLINICDESK_PASSWORD (or a prompt on a terminal)."""
        from clinicdesk.services import auth

        username = self.args.user or os.environ.get("CLINICDESK_USER")
        if not username:
            raise AuthenticationError(_("This command needs --user NAME (a staff login)."))
        return auth.login(
            self.db, username, read_password(_("Password for {name}: ").format(name=username))
        )

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def emit(self, rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> None:
        """Print rows as a JSON array (``--json``) or as an aligned text table."""
        if self.args.json:
            json.dump(
                [{c: _plain(r.get(c)) for c in columns} for r in rows],
                sys.stdout,
                ensure_ascii=False,
                indent=2,
            )
            sys.stdout.write("\n")
            return
        print_table(rows, columns)

    def say(self, message: str) -> None:
        """A human status line (suppressed in --json mode, which prints data only)."""
        if not self.args.json:
            print(message)


def open_existing(url: str | None) -> Database:
    """An existing ClinicDesk database (``MissingDatabase`` otherwise; nothing created)."""
    database = Database(url)
    try:
        if not migrate.has_schema(database):
            raise MissingDatabase(database.location, empty=True)
    except BaseException:
        database.dispose()
        raise
    return database


def read_password(prompt: str, *, confirm: bool = False) -> str:
    return read_secret("CLINICDESK_PASSWORD", prompt, confirm=confirm)


def read_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from ``env``, else typed (twice with ``confirm``) at a terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise AuthenticationError(_("Set {env} or run the command in a terminal.").format(env=env))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Repeat it: ")) != value:
        raise ValidationError(_("The two entries differ."))
    return value


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        return [_plain(v) for v in value]
    return value


def print_table(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> None:
    texts = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(t[i]) for t in texts]) for i, c in enumerate(columns)]
    print("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for t in texts:
        print("  ".join(v.ljust(w) for v, w in zip(t, widths, strict=True)).rstrip())
    if not texts:
        print(_("(none)"))


def _cell(value: object) -> str:
    plain = _plain(value)
    if plain is None:
        return ""
    if isinstance(plain, list):
        return ", ".join(str(v) for v in plain)
    return str(plain)


def parse_date(text: str) -> date:
    """argparse type: YYYY-MM-DD with a readable error."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date (use YYYY-MM-DD)").format(text=text)
        ) from exc


def parse_uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(_("{text!r} is not a valid id").format(text=text)) from exc
