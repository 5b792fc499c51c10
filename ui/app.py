"""Start the GUI: application, look, database, sign-in, main window — and log out again.

``run()`` is the only entry point (``clinicdesk`` without a sub-command, or
``python -m ui``). It returns the process exit code.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from clinicdesk import __version__, paths
from clinicdesk.db import migrate
from clinicdesk.db.engine import NO_KEY, WRONG_KEY, Database, MissingDatabase, needs_key
from clinicdesk.domain.errors import AuthenticationError, ClinicDeskError, DatabaseError
from clinicdesk.services import auth, staff
from clinicdesk.services.records import Actor
from ui import errors, i18n, logfile, qt_messages, theme
from ui.context import AppContext
from ui.executor import Executor
from ui.gc_guard import GuiThreadCollector
from ui.workstation import DATABASE_URL, LANGUAGE, WorkstationSettings

# The dialogs, the main window and its tabs are imported where they are first needed:
# a direct login (``--user``) imports the window's modules while the password is
# checked, and never loads the login or first-run dialogs at all.

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one ``QApplication`` (reused when one exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("clinicdesk")
    return app  # type: ignore[return-value]


def database_url(db_url: str | None, workstation: WorkstationSettings) -> str | None:
    """``--db`` beats ``CLINICDESK_DB`` beats this workstation's choice beats the default."""
    if db_url or os.environ.get("CLINICDESK_DB", "").strip():
        return db_url
    return workstation.get(DATABASE_URL) or None


def open_database(url: str | None, *, create: bool = False) -> Database:
    """Open and migrate (``migrate.upgrade`` backs an older database up first).

    A database that does not exist, or holds no ClinicDesk clinic, raises
    ``MissingDatabase`` and nothing is created — unless ``create`` (the user asked for a
    new clinic there). An encrypted file opened without ``CLINICDESK_DB_KEY`` asks for
    its key.
    """
    db = _open_encrypted(url) if needs_key(url) else Database(url, create=create)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not create and not migrate.has_schema(db):
            raise MissingDatabase(db.location, empty=True)
        result = migrate.upgrade(db)
    except BaseException:
        db.dispose()
        raise
    finally:
        QApplication.restoreOverrideCursor()
    if result.changed:
        log.info("database migrated to %s (backup: %s)", result.to_revision, bool(result.backup))
    return db


def ask_to_create_clinic(missing: MissingDatabase) -> bool:
    """Ask before creating a clinic: a mistyped or unmounted location must not quietly
    become a new, empty clinic whose login then refuses every known password."""
    tr = partial(QCoreApplication.translate, "OpenDatabase")
    if missing.empty:
        text = tr("The database {location} holds no ClinicDesk clinic.")
    else:
        text = tr("There is no clinic database at {location}.")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("No clinic here"),
        text.format(location=missing.location)
        + "\n\n"
        + tr(
            "Create a new, empty clinic there? If your clinic should be there, quit and "
            "check the location (an unplugged drive, a renamed folder) instead."
        ),
    )
    create = box.addButton(tr("Create a new clinic"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.buttons()[-1])
    box.exec()
    return box.clickedButton() is create


def open_or_create(url: str | None) -> Database | None:
    """The database at ``url``; a new clinic only when the user asks for one (None: quit)."""
    try:
        return open_database(url)
    except MissingDatabase as missing:
        if not ask_to_create_clinic(missing):
            return None
    return open_database(url, create=True)


KEY_ATTEMPTS = 5


def _open_encrypted(url: str | None) -> Database:
    """Ask for the key until it opens the file (or the user gives up)."""
    tr = partial(QCoreApplication.translate, "OpenDatabase")
    prompt = tr("This clinic database is encrypted. Enter its key:")
    for _ in range(KEY_ATTEMPTS):
        key, ok = QInputDialog.getText(
            None, tr("Encrypted database"), prompt, QLineEdit.EchoMode.Password
        )
        if not ok:
            raise DatabaseError(NO_KEY)
        try:
            return Database(url, key=key)
        except DatabaseError as exc:
            prompt = exc.message + "\n\n" + tr("Enter the key again:")
    raise DatabaseError(WRONG_KEY)


def sign_in(
    db: Database,
    executor: Executor,
    user: str | None = None,
    password: str | None = None,
    *,
    meanwhile: Callable[[], object] | None = None,
) -> Actor | None:
    """First-run set-up, a direct login (``user`` + ``password``) or the login dialog.

    ``meanwhile`` runs on this thread while a direct login checks the password.
    """
    if staff.needs_first_run(db):
        from ui.dialogs.first_run import FirstRunDialog

        dialog: QDialog = FirstRunDialog(db, executor)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
    error = ""
    if user and password:
        try:
            return _direct_login(db, user, password, meanwhile)
        except AuthenticationError as exc:
            error = exc.message
    from clinicdesk.demo.accounts import DEMO_ACCOUNTS, is_demo_clinic
    from ui.dialogs.login import LoginDialog, login_clinic_name

    dialog = LoginDialog(
        db,
        executor,
        clinic_name=login_clinic_name(db),
        username=user or "",
        error=error,
        demo_accounts=DEMO_ACCOUNTS if is_demo_clinic(db) else (),
    )
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def _direct_login(
    db: Database, user: str, password: str, meanwhile: Callable[[], object] | None
) -> Actor:
    """``auth.login`` on a helper thread while this thread runs ``meanwhile``.

    Argon2 is slow on purpose (about half a second) and releases the GIL, so the GUI
    thread can import the main window's modules in the meantime. The login has its
    own unit of work, like any service run by the executor.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="login") as pool:
        login = pool.submit(auth.login, db, username=user, password=password)
        if meanwhile is not None:
            meanwhile()
        return login.result()


def _prepare_main_window(workstation: WorkstationSettings) -> None:
    """Import the main window and the tab it will open on (see ``_direct_login``)."""
    from ui import main_window

    main_window.preload(workstation)


# Test hook (start-up benchmark): quit as soon as the main window is shown and its
# first tab's data has arrived, i.e. the moment a user could start working.
EXIT_AFTER_SHOW = "CLINICDESK_EXIT_AFTER_SHOW"


def _quit_when_ready(app: QApplication, executor: Executor) -> None:
    def check() -> None:
        if executor.busy:
            QTimer.singleShot(5, check)
        else:
            app.quit()

    # The first tab starts loading on the first event-loop turn after show().
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, check))


def _keep_start_up_objects() -> None:
    """Exempt everything alive now from garbage collection (``gc.freeze``).

    The imports create a few hundred thousand objects that live as long as the process
    (modules, classes, functions: SQLAlchemy, Qt, the models). Left in the collector's
    oldest generation, every full collection would walk them all again — the GUI
    thread's periodic ones (``GuiThreadCollector``), the last one on quitting and the
    interpreter's at exit (about a quarter of a second together). Objects created
    later are collected as usual.
    """
    gc.freeze()


def run(db_url: str | None, user: str | None = None, password: str | None = None) -> int:
    """Run ClinicDesk until the user quits; returns the exit code."""
    app = application()
    logfile.configure()
    errors.install_excepthook()
    qt_messages.install()
    workstation = WorkstationSettings()
    i18n.install(app, workstation.get(LANGUAGE))
    theme.apply(app)
    executor = Executor(app, error_handler=lambda exc: errors.show_error(None, exc))
    collector = GuiThreadCollector(app)
    _keep_start_up_objects()  # the modules imported so far
    log.info("ClinicDesk %s starting", __version__)

    try:
        db = open_or_create(database_url(db_url, workstation))
    except ClinicDeskError as exc:
        errors.show_error(None, exc)
        return 1
    except Exception as exc:
        errors.report_unexpected(exc)
        return 1
    if db is None:
        log.info("no clinic database; the user chose not to create one")
        return 0

    code = 0
    try:
        while True:
            actor = sign_in(
                db, executor, user, password, meanwhile=lambda: _prepare_main_window(workstation)
            )
            user = password = None  # a direct login happens once, not after log-out
            if actor is None:
                break
            from ui.main_window import MainWindow

            window = MainWindow(AppContext(db, actor, executor, workstation=workstation))
            window.show()
            if os.environ.get(EXIT_AFTER_SHOW) == "1":
                _quit_when_ready(app, executor)
            code = app.exec()
            logged_out = window.logout_requested
            window.deleteLater()
            if not logged_out:
                break
            log.info("logged out")
    finally:
        executor.shutdown()
        collector.stop()
        db.dispose()
    return code
