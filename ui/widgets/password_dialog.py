"""Ask the logged-in person for their password again (to sign, to unlock, …)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
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
