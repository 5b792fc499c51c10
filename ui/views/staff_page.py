"""Users and roles: staff accounts, their roles and feature flags.

``staff.list_staff`` answers whether the user may see this page at all (a refusal is
shown in the empty state) and, per account, whether they may manage it
(``can_manage``), which enables the buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import staff
from clinicdesk.services.staff import StaffRecord
from ui.context import AppContext, ServiceCall
from ui.dialogs.staff_dialogs import ResetPasswordDialog, StaffDialog
from ui.models.staff_model import StaffModel
from ui.views.base import ListPage
from ui.widgets.page_parts import accepted, button, title_row

LIST_KEY = "settings.staff"


class StaffPage(ListPage[StaffRecord]):
    """The staff list with New, Edit, Reset password, Unlock, Deactivate/Reactivate."""

    list_key = LIST_KEY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, StaffModel(), "settings.staff.table", stretch_column=3, parent=parent)
        self.setObjectName("StaffPage")
        self.view.setAccessibleName(self.tr("Staff accounts"))
        self.new_button = button(self.tr("&New account…"), "add", role="primary")
        self.edit_button = button(self.tr("Ed&it…"))
        self.password_button = button(self.tr("&Reset password…"), "lock")
        self.unlock_button = button(self.tr("Un&lock"))
        self.active_button = button(self.tr("Deac&tivate"), role="danger")
        self.show_inactive = QCheckBox(self.tr("&Show deactivated"))
        self.empty.set_content("member", "", "")
        row = QHBoxLayout()
        row.addWidget(self.show_inactive)
        row.addStretch()
        for b in (self.edit_button, self.password_button, self.unlock_button, self.active_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Users and roles"),
                self.tr("Who can sign in, in which role, and with which group-session features."),
                [self.new_button],
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.list_stack(), 1)

        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _i: self.edit())
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        ctx.hub.staff_changed.connect(self.reload)
        self.selection_changed()

    def list_call(self) -> ServiceCall[list[StaffRecord]]:
        inactive = self.show_inactive.isChecked()
        return lambda db, actor: staff.list_staff(db, actor, include_inactive=inactive)

    def show_records(self, records) -> None:
        super().show_records(records)
        self.stack.setCurrentIndex(0)  # the list always has the user's own account
        self.new_button.setEnabled(True)

    def show_refusal(self, exc: ClinicDeskError) -> None:
        super().show_refusal(exc)
        self.new_button.setEnabled(False)

    def refused_title(self) -> str:
        return self.tr("Staff accounts are not available")

    def selection_changed(self) -> None:
        record = self.selected()
        manage = record is not None and record.can_manage
        for b in (self.edit_button, self.password_button, self.unlock_button, self.active_button):
            b.setEnabled(manage)
        self.unlock_button.setEnabled(manage and record.locked_until is not None)
        self.active_button.setText(
            self.tr("Reac&tivate")
            if record is not None and not record.active
            else self.tr("Deac&tivate")
        )

    # --------------------------------------------------------------- actions

    def _changed(self, _result=None) -> None:
        self.ctx.hub.staff_changed.emit()  # reloads this page too

    def create(self) -> None:
        dialog = StaffDialog(self.ctx, None, self)
        if accepted(dialog):
            self.ctx.hub.status_message.emit(
                self.tr("Account {name} created.").format(name=dialog.result.username)
            )
            self._changed()

    def edit(self) -> None:
        record = self.selected()
        if record is None or not record.can_manage:
            return
        dialog = StaffDialog(self.ctx, record, self)
        if accepted(dialog):
            self._changed()

    def reset_password(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = ResetPasswordDialog(self.ctx, record, self)
        if accepted(dialog):
            self.ctx.hub.status_message.emit(self.tr("Password changed."))
            self._changed()

    def unlock(self) -> None:
        record = self.selected()
        if record is not None:
            self.ctx.run(
                lambda db, actor: staff.unlock_staff(db, actor, record.id),
                on_done=self._changed,
                on_error=self.failed,
            )

    def toggle_active(self) -> None:
        record = self.selected()
        if record is None:
            return
        if record.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate account"),
                self.tr(
                    "{name} will no longer be able to sign in. Their records and "
                    "signatures stay. Deactivate?"
                ).format(name=record.full_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.run(
            lambda db, actor: staff.update_staff(
                db, actor, record.id, expected_version=record.version, active=not record.active
            ),
            on_done=self._changed,
            on_error=self.failed,
        )
