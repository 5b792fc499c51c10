"""First log-in with a one-time password: the new person chooses their own.

Opened by the login window when ``auth.login`` answers ``PasswordChangeRequired``.
``auth.set_first_password`` checks the one-time password again, applies the password
policy and logs in; its refusals are shown inline and the form stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services.records import Actor
from ui import errors
from ui.widgets.dialog import Dialog


class FirstPasswordDialog(Dialog):
    """Accepts with ``self.actor`` once the new password is set."""

    def __init__(
        self, db, executor, username: str, one_time_password: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FirstPasswordDialog")
        self.setWindowTitle(self.tr("Choose your password — ClinicDesk"))
        self.setMinimumWidth(440)
        self._db, self._executor = db, executor
        self.username, self._one_time = username, one_time_password
        self.actor: Actor | None = None
        intro = QLabel(
            self.tr(
                "Welcome, {name}. Your account was created with a one-time password. "
                "Choose your own password now; nobody else will know it."
            ).format(name=username),
            wordWrap=True,
        )
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("New password"))
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat new password"))
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set password and log in"))
        self.ok_button.setProperty("role", "primary")
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&New password"), self.password)
        form.addRow(self.tr("Re&peat"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.ok_button.setEnabled(True)

    def _submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self._show(self.tr("The two passwords are not the same."))
            return
        from clinicdesk.services import auth

        self.ok_button.setEnabled(False)
        self._executor.run_in_background(
            auth.set_first_password,
            self._db,
            self.username,
            self._one_time,
            self.password.text(),
            on_done=self._done,
            on_error=self._failed,
            key="login.first_password",
        )

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ClinicDeskError):
            self._show(exc.message)
            return
        self.ok_button.setEnabled(True)
        errors.show_error(self, exc)
