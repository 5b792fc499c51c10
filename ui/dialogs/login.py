"""The login dialog: username, password, a calm inline error when they do not match.

It is the first window a user sees, so it shows before the database is open: the
start-up opens the clinic in the background (``ui.app``) and hands it over with
``set_clinic``. A password submitted before then is checked as soon as it arrives.
This module imports no database code for the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from ui import errors
from ui.dialogs.form import field_label, header
from ui.executor import Executor
from ui.widgets.dialog import Dialog

if TYPE_CHECKING:
    from clinicdesk.db.engine import Database
    from clinicdesk.demo.accounts import DemoAccount
    from clinicdesk.services.records import Actor

# The demo clinic's shared password (``clinicdesk.demo.accounts.DEMO_PASSWORD``, which
# a test keeps equal): importing that module would load the ORM before the window.
DEMO_PASSWORD = "demo"


class LoginDialog(Dialog):
    """Accepts with ``self.actor`` set once ``auth.login`` succeeds.

    The check runs on the executor (Argon2 is slow on purpose); the form is disabled
    meanwhile. Wrong credentials, lockouts and deactivated accounts are shown inline
    with the service's own sentence.
    """

    def __init__(
        self,
        db: Database | None,
        executor: Executor,
        *,
        clinic_name: str = "",
        username: str = "",
        error: str = "",
        demo_accounts: tuple[DemoAccount, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._executor = executor
        self._waiting_for_db = False
        self.actor: Actor | None = None
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Log in — ClinicDesk"))
        self.setFixedWidth(440)
        self.setModal(True)

        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Login error"))
        self.error.hide()
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setProperty("role", "primary")
        self.login_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(6)
        layout.addLayout(
            header(self.tr("Welcome back"), clinic_name or self.tr("Log in to continue."))
        )
        self.subtitle = self.findChild(QLabel, "HeaderSubtitle")
        layout.addSpacing(18)
        layout.addWidget(field_label(self.tr("&Username"), self.username))
        layout.addWidget(self.username)
        layout.addSpacing(8)
        layout.addWidget(field_label(self.tr("&Password"), self.password))
        layout.addWidget(self.password)
        layout.addSpacing(10)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.demo_panel: QLabel | None = None
        if demo_accounts:
            self._add_demo_panel(demo_accounts)

        self.login_button.clicked.connect(self._submit)
        self.quit_button.clicked.connect(self.reject)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)
        if error:
            self.show_error(error)

    def set_clinic(
        self, db: Database, clinic_name: str = "", demo_accounts: tuple[DemoAccount, ...] = ()
    ) -> None:
        """The clinic is open: show its name (and demo accounts); check a waiting login."""
        self._db = db
        if clinic_name:
            self.subtitle.setText(clinic_name)
        if demo_accounts and self.demo_panel is None:
            self._add_demo_panel(demo_accounts)
        if self._waiting_for_db:
            self._waiting_for_db = False
            self._check_password()

    def _add_demo_panel(self, accounts: tuple[DemoAccount, ...]) -> None:
        self._layout.addSpacing(14)
        self.demo_panel = self._demo_panel(accounts)
        self._layout.addWidget(self.demo_panel)

    def _demo_panel(self, accounts: tuple[DemoAccount, ...]) -> QLabel:
        """The demo clinic's accounts; clicking one fills in the login."""
        rows = "".join(
            f'<tr><td><a href="{a.username}">{a.username}</a></td>'
            f"<td>&nbsp;&nbsp;{a.role.label}</td></tr>"
            for a in accounts
        )
        panel = QLabel(
            self.tr("<b>Demo clinic</b> — every password is <code>{0}</code>").format(DEMO_PASSWORD)
            + f"<table>{rows}</table>"
        )
        panel.setObjectName("DemoAccounts")
        panel.setProperty("role", "hint")
        panel.setAccessibleName(self.tr("Demo accounts"))
        panel.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        panel.linkActivated.connect(self._use_demo_account)
        return panel

    def _use_demo_account(self, username: str) -> None:
        self.username.setText(username)
        self.password.setText(DEMO_PASSWORD)
        self.login_button.setFocus()

    def show_error(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not busy)
        self.login_button.setText(self.tr("Logging in…") if busy else self.tr("Log in"))

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Type your username."))
            self.username.setFocus()
            return
        if not self.password.text():
            self.show_error(self.tr("Type your password."))
            return
        self.error.hide()
        self._set_busy(True)
        if self._db is None:
            self._waiting_for_db = True  # checked by set_clinic()
            return
        self._check_password()

    def _check_password(self) -> None:
        from clinicdesk.services import auth

        self._executor.run_in_background(
            auth.login,
            self._db,
            username=self.username.text().strip(),
            password=self.password.text(),
            on_done=self._logged_in,
            on_error=self._failed,
            key="login",
        )

    def _choose_password(self, exc: BaseException) -> None:
        """First log-in of an invited account: the new person sets their own password."""
        from ui.dialogs.first_password import FirstPasswordDialog

        one_time = self.password.text()
        self.first_password = FirstPasswordDialog(
            self._db, self._executor, self.username.text().strip(), one_time, self
        )
        if self.first_password.exec() and self.first_password.actor is not None:
            self._logged_in(self.first_password.actor)
            return
        self.show_error(getattr(exc, "message", str(exc)))

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if type(exc).__name__ == "PasswordChangeRequired":  # a one-time password
            self._choose_password(exc)
            return
        if isinstance(exc, ClinicDeskError):
            self.show_error(exc.message)
        else:
            self._set_busy(False)
            errors.show_error(self, exc)


def login_clinic_name(db: Database) -> str:
    """The clinic name for the dialog header; a missing name must not block logging in."""
    try:
        from clinicdesk.services import settings

        return settings.get_settings(db).clinic_name
    except ClinicDeskError:
        return ""
