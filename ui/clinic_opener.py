"""Open the clinic database in the background while the login window is on screen.

What the login window does not need — SQLAlchemy and the models (most of a second to
import), opening the database, the migration check, the main window's modules — runs
on a worker thread from the moment the window is shown, while the user types. The
results come back on the GUI thread as signals:

* ``ready(db, facts)``: the database is open and at the current schema; ``facts`` says
  whether the clinic still needs its first-run set-up, its name, the demo accounts;
* ``failed(exc)``: it could not be opened (the caller shows why and quits).

An encrypted file without ``CLINICDESK_DB_KEY`` is detected on the worker; the key is
then asked for on the GUI thread (over the login window) and the worker tries again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from clinicdesk import i18n
from clinicdesk.domain.errors import DatabaseError
from ui.executor import Executor
from ui.workstation import WorkstationSettings

if TYPE_CHECKING:
    from clinicdesk.db.engine import Database
    from clinicdesk.demo.accounts import DemoAccount

log = logging.getLogger(__name__)

KEY_ATTEMPTS = 5
_NEEDS_KEY = object()  # the worker's answer for an encrypted file and no key yet


@dataclass(frozen=True)
class ClinicFacts:
    """What the login (or first-run) window needs to know about the clinic."""

    needs_first_run: bool
    clinic_name: str = ""
    demo_accounts: tuple[DemoAccount, ...] = ()


def clinic_facts(db: Database) -> ClinicFacts:
    from clinicdesk.demo.accounts import DEMO_ACCOUNTS, is_demo_clinic
    from clinicdesk.services import staff
    from ui.dialogs.login import login_clinic_name

    if staff.needs_first_run(db):
        return ClinicFacts(needs_first_run=True)
    return ClinicFacts(
        needs_first_run=False,
        clinic_name=login_clinic_name(db),
        demo_accounts=DEMO_ACCOUNTS if is_demo_clinic(db) else (),
    )


def migrated(db: Database, *, create: bool = False) -> Database:
    """``migrate.upgrade`` (an older database is backed up first); closes ``db`` on error.

    A database holding no clinic raises ``MissingDatabase`` unless ``create`` (the user
    asked for a new clinic there): an empty schema is never migrated into silently.
    """
    from clinicdesk.db import migrate
    from clinicdesk.db.engine import MissingDatabase

    try:
        if not create and not migrate.has_schema(db):
            raise MissingDatabase(db.location, empty=True)
        result = migrate.upgrade(db)
    except BaseException:
        db.dispose()
        raise
    if result.changed:
        log.info("database migrated to %s (backup: %s)", result.to_revision, bool(result.backup))
    return db


def _open(
    url: str | None, key: str | None, workstation: WorkstationSettings
) -> object | tuple[Database, ClinicFacts]:
    """Worker: open, migrate, read the facts, then import the main window's modules."""
    from clinicdesk.db.engine import Database, needs_key

    if key is None and needs_key(url):
        return _NEEDS_KEY
    db = migrated(Database(url, key=key))
    try:
        facts = clinic_facts(db)
    except BaseException:
        db.dispose()
        raise
    if not facts.needs_first_run:
        from ui import main_window

        main_window.preload(workstation)
    return db, facts


class ClinicOpener(QObject):
    ready = Signal(object, object)  # (Database, ClinicFacts)
    failed = Signal(object)  # the exception

    def __init__(
        self,
        url: str | None,
        executor: Executor,
        workstation: WorkstationSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._executor = executor
        self._workstation = workstation
        self._window = parent
        self._attempts = 0
        self._prompt = ""

    def start(self, key: str | None = None) -> None:
        self._executor.run_in_background(
            _open,
            self._url,
            key,
            self._workstation,
            on_done=self._done,
            on_error=partial(self._error, key is not None),
            key="open_clinic",
        )

    def _done(self, result: object) -> None:
        if result is _NEEDS_KEY:
            self._ask_key(
                QCoreApplication.translate(
                    "OpenDatabase", "This clinic database is encrypted. Enter its key:"
                )
            )
            return
        db, facts = result  # type: ignore[misc]
        self.ready.emit(db, facts)

    def _error(self, with_key: bool, exc: BaseException) -> None:
        if with_key and isinstance(exc, DatabaseError) and self._attempts < KEY_ATTEMPTS:
            self._ask_key(
                exc.message
                + "\n\n"
                + QCoreApplication.translate("OpenDatabase", "Enter the key again:")
            )
            return
        self.failed.emit(exc)

    def _ask_key(self, prompt: str) -> None:
        from clinicdesk.db.engine import NO_KEY

        self._attempts += 1
        key, ok = QInputDialog.getText(
            self._window,
            QCoreApplication.translate("OpenDatabase", "Encrypted database"),
            prompt,
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            self.failed.emit(DatabaseError(i18n._(NO_KEY)))
            return
        self.start(key)
