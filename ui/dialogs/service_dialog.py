"""The one way to submit a dialog: a form that stays open until its service call succeeds.

The service's refusal (a ``ClinicDeskError``: "choose one of the two review
features", "that username is taken", a stale edit …) is shown in the dialog — under
the field it names (``ValidationError.field``) or above the buttons — so the user
corrects the form instead of retyping it. The call runs in the background under one
key, so a double-click on OK cannot submit twice.

A subclass::

    class SessionTemplateDialog(ServiceFormDialog):
        def __init__(self, ctx, record=None, parent=None):
            super().__init__(ctx, self.tr("New session template"), self.tr("Save"), parent)
            self.name = QLineEdit()
            self.form.addRow(self.tr("&Name"), self.name)

        def submit(self):                      # OK pressed: read the form, call
            name = self.name.text()
            self.call(lambda db, actor: templates.create_session_template(
                db, actor, name=name, duration_minutes=60))

        def succeeded(self, record):           # optional: before the dialog closes
            self.ctx.hub.sessions_changed.emit()

The page opens it and uses ``dialog.result`` (what the service returned) once accepted.
Never close a form first and call the service afterwards: a refusal would then arrive
after the user's input is gone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError, ValidationError
from ui import errors
from ui.context import AppContext, ServiceCall
from ui.dialogs.field_form import FieldErrors
from ui.widgets.dialog import Dialog


class ServiceFormDialog(Dialog):
    """Subclasses fill ``self.form`` and implement ``submit()`` with ``self.call(...)``.

    ``self.form`` is a ``QFormLayout`` unless the subclass passes its own layout
    (``form=``; fields added with ``self.fields.add(...)`` get their own error line).
    Hooks: ``succeeded(result)`` (before the dialog accepts), ``refused(exc)`` (return
    True when the subclass showed the refusal itself, e.g. a "Save anyway" panel),
    ``problem_text(exc)`` (a sentence for an expected non-service error, e.g. OSError),
    ``clear_messages()`` and ``set_busy(busy)`` (extend them for extra widgets).
    After acceptance ``self.result`` holds what the service returned.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        ok_text: str,
        parent: QWidget | None,
        *,
        form: QLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form: Any = form if form is not None else QFormLayout()
        self.fields = FieldErrors()
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("FormError")
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
        self.outer = QVBoxLayout(self)  # form, problem line, buttons
        self.outer.addLayout(self.form)
        self.outer.addWidget(self.error)
        self.outer.addWidget(self.buttons)

    # ------------------------------------------------------------ subclass API

    def submit(self) -> None:  # pragma: no cover - abstract
        """Read the form (on the GUI thread), check what can be checked here, then
        ``self.call(lambda db, actor: service(db, actor, …))``."""
        raise NotImplementedError

    def call(self, call: ServiceCall[Any]) -> None:
        """Run the service call; the dialog closes only when it succeeds."""
        started = self.ctx.run(
            call, on_done=self._done, on_error=self._failed, key=("form", id(self))
        )
        if started:
            self.set_busy(True)

    def succeeded(self, result: Any) -> None:
        """After the service succeeded, before the dialog accepts (hub signals, status)."""

    def refused(self, exc: ClinicDeskError) -> bool:
        """A refusal the subclass shows its own way; return True when it did."""
        return False

    def problem_text(self, exc: BaseException) -> str | None:
        """A sentence for an error that is not the service's refusal but that the
        dialog expects (e.g. a chosen file that cannot be read); None: report it."""
        return None

    def show_problem(self, text: str) -> None:
        """A sentence above the buttons (the refusal, or a check made in the form)."""
        self.error.setText(text)
        self.error.show()

    def clear_messages(self) -> None:
        self.fields.clear()
        self.error.hide()

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def add_below_problem(self, widget: QWidget) -> None:
        """Place a widget between the problem line and the buttons (e.g. "Reload")."""
        self.outer.insertWidget(self.outer.indexOf(self.buttons), widget)

    # ------------------------------------------------------------- machinery

    def _submit(self) -> None:
        self.clear_messages()
        self.submit()

    def _done(self, result: Any) -> None:
        self.result = result
        self.set_busy(False)
        self.succeeded(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, ValidationError) and self.fields.show(exc.field, exc.message):
            return
        if isinstance(exc, ClinicDeskError):
            if not self.refused(exc):
                self.show_problem(exc.message)
            return
        text = self.problem_text(exc)
        if text is not None:
            self.show_problem(text)
            return
        errors.show_error(self, exc)
