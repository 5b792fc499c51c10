"""Ask the logged-in person for their password again (to sign, to unlock, …)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dialog import Dialog

if TYPE_CHECKING:
    from ui.context import AppContext, ServiceCall

T = TypeVar("T")


class PasswordDialog(Dialog):
    """A small modal dialog: why it is asked, a password field, OK / Cancel.

    It only collects the password; the caller passes it to the service that checks
    it (``auth.confirm_password``, ``sessions.sign_session`` …) and shows that
    service's error, so the rule lives in one place.
    """

    def __init__(self, reason: str, parent: QWidget | None = None, *, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm with your password"))
        self.setModal(True)
        self.setMinimumWidth(380)
        self.reason = QLabel(reason, wordWrap=True)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Your password"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("Confirm"))
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.reason)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.password.setFocus()


def ask_password(parent: QWidget | None, reason: str, *, ok_text: str = "") -> str | None:
    """The typed password, or None if the user cancelled."""
    dialog = PasswordDialog(reason, parent, ok_text=ok_text)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.password.text():
            return dialog.password.text()
        return None
    finally:
        dialog.deleteLater()


class ServicePasswordDialog(PasswordDialog):
    """A password dialog that runs the action itself and stays open on a wrong password.

    OK calls ``fn(db, actor, *args, password=…, **kwargs)`` on the executor; while it
    runs the dialog waits. A wrong password (``AuthenticationError``) is said under the
    field and the dialog stays open to try again; a locked account or any other error
    closes it with ``error`` set for the caller to show; success closes it with
    ``result`` set.
    """

    def __init__(
        self,
        ctx: AppContext,
        reason: str,
        call: Callable[[str], ServiceCall[object]],
        *,
        parent: QWidget | None = None,
        ok_text: str = "",
    ) -> None:
        super().__init__(reason, parent, ok_text=ok_text)
        self.ctx = ctx
        self._call = call  # password -> the service call to run with it
        self.result_value: object = None
        self.error: BaseException | None = None
        self.problem = QLabel(wordWrap=True)
        self.problem.setProperty("role", "error")
        self.problem.setAccessibleName(self.tr("Password problem"))
        self.problem.hide()
        self.layout().insertWidget(2, self.problem)

    def accept(self) -> None:
        password = self.password.text()
        if not password:
            return
        self.ok_button.setEnabled(False)
        self.password.setEnabled(False)
        self.problem.setText(self.tr("Checking…"))
        self.problem.show()
        self.ctx.run(self._call(password), on_done=self._done, on_error=self._failed)

    def _done(self, result: object) -> None:
        self.result_value = result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        from clinicdesk.domain.accounts import AccountLocked
        from clinicdesk.domain.errors import AuthenticationError

        self.password.setEnabled(True)
        if isinstance(exc, AuthenticationError) and not isinstance(exc, AccountLocked):
            self.problem.setText(
                self.tr("That password is not right. Nothing was signed; try again.")
            )
            self.password.clear()
            self.password.setFocus()
            return
        self.error = exc
        self.reject()


def run_with_password(
    parent: QWidget,
    ctx: AppContext,
    reason: str,
    call: Callable[[str], ServiceCall[T]],
    *,
    ok_text: str = "",
    on_done: Callable[[T], object],
    on_error: Callable[[BaseException], object],
) -> None:
    """Ask for the password and run ``call(password)`` with it (see
    ``ServicePasswordDialog``)::

        run_with_password(view, ctx, text, lambda password: lambda db, actor:
            sessions.sign_session(db, actor, session_id, password=password), ...)

    ``on_done(result)`` after success, ``on_error(exc)`` for anything but a wrong
    password. Cancel does nothing."""
    dialog = ServicePasswordDialog(
        ctx,
        reason,
        cast("Callable[[str], ServiceCall[object]]", call),
        parent=parent,
        ok_text=ok_text,
    )
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            on_done(cast("T", dialog.result_value))
        elif dialog.error is not None:
            on_error(dialog.error)
    finally:
        dialog.deleteLater()
