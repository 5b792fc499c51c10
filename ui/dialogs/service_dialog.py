"""A form dialog that stays open until its service call succeeds.

The service's refusal (a ``ClinicDeskError``: "choose one of the two review
features", "that username is taken", a stale edit …) is shown inline above the
buttons, so the user corrects the form instead of retyping it. The call runs in the
background under one key, so a double-click on OK cannot submit twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from ui import errors
from ui.context import AppContext


class ServiceFormDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``submit()`` with ``self.call(...)``.

    After acceptance ``self.result`` holds what the service returned.
    """

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def submit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _submit(self) -> None:
        self.error.hide()
        self.submit()

    def call(self, fn, *args, **kwargs) -> None:
        started = self.ctx.run_service(
            fn,
            *args,
            on_done=self._done,
            on_error=self._failed,
            key=("form", id(self)),
            **kwargs,
        )
        if started:
            self.ok_button.setEnabled(False)

    def _done(self, result: Any) -> None:
        self.result = result
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ClinicDeskError):
            self.error.setText(exc.message)
            self.error.show()
            return
        errors.show_error(self, exc)
