"""Start the GUI: application, look, database, sign-in, main window — and log out again.

``run()`` is the only entry point (``clinicdesk`` without a sub-command, or
``python -m ui``). It returns the process exit code.

The login window comes first and fast: this module imports Qt and a few small modules
only. The database is opened, migrated and the main window's modules imported on a
worker while the user types (``ui.clinic_opener``). Only a direct login (``--user``)
and a clinic file that does not exist yet (first run) open the database before any
window, as there is nothing to show until it is open.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from clinicdesk import __version__, paths
from clinicdesk import i18n as core_i18n
from clinicdesk.domain.errors import AuthenticationError, ClinicDeskError, DatabaseError
from ui import crash_log, errors, i18n, logfile, qt_messages, startup_probe, theme
from ui.clinic_opener import ClinicFacts, ClinicOpener, clinic_facts, migrated
from ui.executor import Executor
from ui.gc_guard import GuiThreadCollector
from ui.single_instance import SingleInstance
from ui.workstation import DATABASE_URL, LANGUAGE, WorkstationSettings

if TYPE_CHECKING:
    from clinicdesk.db.engine import Database, MissingDatabase
    from clinicdesk.services.records import Actor

# The database code, the dialogs, the main window and its tabs are imported where they
# are first needed (see the module docstring): a direct login (``--user``) imports the
# window's modules while the password is checked, and never loads the login dialog.

log = logging.getLogger(__name__)

# The freedesktop application id (installer/linux/<id>.desktop, AppStream metainfo).
DESKTOP_ID = "org.clinicdesk.ClinicDesk"


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
    app.setDesktopFileName(DESKTOP_ID)  # the .desktop file's name: taskbar icon, Wayland
    return app  # type: ignore[return-value]


def database_url(db_url: str | None, workstation: WorkstationSettings) -> str | None:
    """``--db`` beats ``CLINICDESK_DB`` beats this workstation's choice beats the default."""
    if db_url or os.environ.get("CLINICDESK_DB", "").strip():
        return db_url
    return workstation.get(DATABASE_URL) or None


def open_database(url: str | None, *, create: bool = False) -> Database:
    """Open and migrate, on this thread (``migrate.upgrade`` backs an older database up).

    A database that does not exist, or holds no ClinicDesk clinic, raises
    ``MissingDatabase`` and nothing is created — unless ``create`` (the user asked for a
    new clinic there). An encrypted file opened without ``CLINICDESK_DB_KEY`` asks for
    its key.
    """
    from clinicdesk.db.engine import Database, needs_key

    db = _open_encrypted(url) if needs_key(url) else Database(url, create=create)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return migrated(db, create=create)
    finally:
        QApplication.restoreOverrideCursor()


def ask_to_create_clinic(missing: MissingDatabase) -> bool:
    """Ask before creating a clinic: a mistyped or unmounted location must not quietly
    become a new, empty clinic whose login then refuses every known password."""
    if missing.empty:
        text = QCoreApplication.translate(
            "OpenDatabase", "The database {location} holds no ClinicDesk clinic."
        )
    else:
        text = QCoreApplication.translate(
            "OpenDatabase", "There is no clinic database at {location}."
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("OpenDatabase", "No clinic here"),
        text.format(location=missing.location)
        + "\n\n"
        + QCoreApplication.translate(
            "OpenDatabase",
            "Create a new, empty clinic there? If your clinic should be there, quit and "
            "check the location (an unplugged drive, a renamed folder) instead.",
        ),
    )
    create = box.addButton(
        QCoreApplication.translate("OpenDatabase", "Create a new clinic"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("OpenDatabase", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(box.buttons()[-1])
    box.exec()
    return box.clickedButton() is create


def open_or_create(url: str | None) -> Database | None:
    """The database at ``url``; a new clinic only when the user asks for one (None: quit)."""
    from clinicdesk.db.engine import MissingDatabase

    try:
        return open_database(url)
    except MissingDatabase as missing:
        if not ask_to_create_clinic(missing):
            return None
    return open_database(url, create=True)


KEY_ATTEMPTS = 5


def _open_encrypted(url: str | None) -> Database:
    """Ask for the key until it opens the file (or the user gives up)."""
    from clinicdesk.db.engine import NO_KEY, WRONG_KEY, Database

    prompt = QCoreApplication.translate(
        "OpenDatabase", "This clinic database is encrypted. Enter its key:"
    )
    for _ in range(KEY_ATTEMPTS):
        key, ok = QInputDialog.getText(
            None,
            QCoreApplication.translate("OpenDatabase", "Encrypted database"),
            prompt,
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            raise DatabaseError(core_i18n._(NO_KEY))
        try:
            return Database(url, key=key)
        except DatabaseError as exc:
            prompt = (
                exc.message
                + "\n\n"
                + QCoreApplication.translate("OpenDatabase", "Enter the key again:")
            )
    raise DatabaseError(core_i18n._(WRONG_KEY))


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
    facts = clinic_facts(db)
    if facts.needs_first_run:
        return _first_run(db, executor)
    error = ""
    if user and password:
        try:
            return _direct_login(db, user, password, meanwhile)
        except AuthenticationError as exc:
            error = exc.message
    from ui.dialogs.login import LoginDialog

    dialog = LoginDialog(
        db,
        executor,
        clinic_name=facts.clinic_name,
        username=user or "",
        error=error,
        demo_accounts=facts.demo_accounts,
    )
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def _first_run(db: Database, executor: Executor) -> Actor | None:
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(db, executor)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


# How the login window ended, besides Accepted / Rejected.
_FIRST_RUN = 2
_FAILED = 3


@dataclass
class Opened:
    """How ``open_and_sign_in`` ended: ``db`` None if it could not be opened (``failed``:
    the reason was shown) or the user quit first; ``actor`` None if no one logged in."""

    db: Database | None = None
    actor: Actor | None = None
    failed: bool = False


def open_and_sign_in(
    url: str | None, executor: Executor, workstation: WorkstationSettings, user: str = ""
) -> Opened:
    """The login window at once; the clinic opens behind it (``ClinicOpener``)."""
    from ui.dialogs.login import LoginDialog

    dialog = LoginDialog(None, executor, username=user)
    opened = Opened()
    failure: list[BaseException] = []

    def ready(db: Database, facts: ClinicFacts) -> None:
        opened.db = db
        if facts.needs_first_run:
            dialog.done(_FIRST_RUN)
        else:
            dialog.set_clinic(db, facts.clinic_name, facts.demo_accounts)

    def failed(exc: BaseException) -> None:
        failure.append(exc)
        dialog.done(_FAILED)

    opener = ClinicOpener(url, executor, workstation, parent=dialog)
    opener.ready.connect(ready)
    opener.failed.connect(failed)
    startup_probe.watch_login(dialog)
    dialog.show()
    opener.start()
    result = dialog.exec()
    if result == _FAILED:
        from clinicdesk.db.engine import MissingDatabase

        if not isinstance(failure[0], MissingDatabase):
            _show_open_error(failure[0])
            return Opened(failed=True)
        if not ask_to_create_clinic(failure[0]):
            return Opened()
        try:
            opened.db = open_database(url, create=True)
        except Exception as exc:
            _show_open_error(exc)
            return Opened(failed=True)
        result = _FIRST_RUN
    if result == _FIRST_RUN and opened.db is not None:
        opened.actor = _first_run(opened.db, executor)
    elif result == QDialog.DialogCode.Accepted:
        opened.actor = dialog.actor
    return opened


def _show_open_error(exc: BaseException) -> None:
    if isinstance(exc, ClinicDeskError):
        errors.show_error(None, exc)
    else:
        errors.report_unexpected(exc)


def _direct_login(
    db: Database, user: str, password: str, meanwhile: Callable[[], object] | None
) -> Actor:
    """``auth.login`` on a helper thread while this thread runs ``meanwhile``.

    Argon2 is slow on purpose (about half a second) and releases the GIL, so the GUI
    thread can import the main window's modules in the meantime. The login has its
    own unit of work, like any service run by the executor.
    """
    from clinicdesk.services import auth

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="login") as pool:
        login = pool.submit(auth.login, db, username=user, password=password)
        if meanwhile is not None:
            meanwhile()
        return login.result()


def _prepare_main_window(workstation: WorkstationSettings) -> None:
    """Import the main window and the tab it will open on (see ``_direct_login``)."""
    from ui import main_window

    main_window.preload(workstation)


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


def _is_new_sqlite_file(url: str | None) -> bool:
    """True when ``url`` names a SQLite file that does not exist yet (a first run)."""
    from ui.single_instance import database_identity

    if url and "://" in url and not url.startswith("sqlite"):
        return False
    return not os.path.exists(database_identity(url))


def _show_windows() -> None:
    """Another launch for this database: bring this instance's window to the front."""
    window = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()), None
    )
    if window is None:
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def _already_running() -> None:
    QMessageBox.information(
        None,
        "ClinicDesk",
        QCoreApplication.translate(
            "Startup",
            "ClinicDesk is already open on this database, but it does not respond. "
            "Wait a moment and try again, or close the other window first.",
        ),
    )


def run(
    db_url: str | None,
    user: str | None = None,
    password: str | None = None,
    language: str | None = None,
) -> int:
    """Run ClinicDesk until the user quits; returns the exit code. ``language``:
    ``--lang`` (else ``CLINICDESK_LANG``, the workstation's choice, the system's)."""
    app = application()
    logfile.configure()
    crash_log.enable()
    errors.install_excepthook()
    qt_messages.install()
    workstation = WorkstationSettings()
    url = database_url(db_url, workstation)
    instance = SingleInstance(url, app)
    if not instance.claim():
        log.info("ClinicDesk already runs on this database; asked it to show itself")
        if not instance.answered:
            _already_running()
        return 0
    instance.activated.connect(_show_windows)
    try:
        return _run(app, url, user, password, workstation, language)
    finally:
        instance.release()


def _run(
    app: QApplication,
    url: str | None,
    user: str | None,
    password: str | None,
    workstation: WorkstationSettings,
    language: str | None = None,
) -> int:
    i18n.install(app, workstation.get(LANGUAGE), language)
    theme.apply(app)
    executor = Executor(app, error_handler=lambda exc: errors.show_error(None, exc))
    collector = GuiThreadCollector(app)
    _keep_start_up_objects()  # the modules imported so far
    log.info("ClinicDesk %s starting", __version__)

    db: Database | None = None
    actor: Actor | None = None
    if (user and password) or _is_new_sqlite_file(url):
        try:
            db = open_or_create(url)
        except ClinicDeskError as exc:
            errors.show_error(None, exc)
            return 1
        except Exception as exc:
            errors.report_unexpected(exc)
            return 1
        if db is None:
            log.info("no clinic database; the user chose not to create one")
            executor.shutdown()
            collector.stop()
            return 0
    else:
        opened = open_and_sign_in(url, executor, workstation, user or "")
        db, actor = opened.db, opened.actor
        if actor is None:  # could not open, or quit at the login window
            executor.shutdown()  # a database still opening finishes first
            collector.stop()
            if db is not None:
                db.dispose()
            return 1 if opened.failed else 0

    code = 0
    try:
        while True:
            if actor is None:
                actor = sign_in(
                    db,
                    executor,
                    user,
                    password,
                    meanwhile=lambda: _prepare_main_window(workstation),
                )
            user = password = None  # a direct login happens once, not after log-out
            if actor is None:
                break
            startup_probe.mark("login_accepted")
            _keep_start_up_objects()  # the modules the background start-up imported
            from ui import main_window
            from ui.context import AppContext

            ctx = AppContext(db, actor, executor, workstation=workstation)
            main_window.prefetch_first_tab(ctx)  # its query runs while the window is built
            window = main_window.MainWindow(ctx)
            startup_probe.mark("main_built")
            window.show()
            startup_probe.watch_main_window(app, window, executor)
            code = app.exec()
            logged_out = window.logout_requested
            window.deleteLater()
            actor = None
            if not logged_out:
                break
            log.info("logged out")
    finally:
        executor.shutdown()
        collector.stop()
        db.dispose()
    return code
