"""First run: name the clinic and create its first super admin, who is then logged in."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.db.engine import Database
from clinicdesk.domain.accounts import MIN_PASSWORD_LENGTH
from clinicdesk.domain.errors import ClinicDeskError, ValidationError
from clinicdesk.domain.settings import SettingKey, parse_value
from clinicdesk.services import settings, staff
from clinicdesk.services.records import Actor
from ui import errors
from ui.dialogs.form import field_label, header, hint
from ui.executor import Executor
from ui.widgets.dialog import Dialog

log = logging.getLogger(__name__)


def create_clinic(
    db: Database, *, clinic_name: str, username: str, full_name: str, password: str
) -> Actor:
    """Worker: the first admin, then the clinic name (runs off the GUI thread).

    The name is validated before the account exists, so a bad name cannot leave a
    half-set-up clinic behind. Two transactions, because they are two services.
    """
    parse_value(SettingKey.CLINIC_NAME, clinic_name)
    actor = staff.create_first_admin(db, username=username, full_name=full_name, password=password)
    try:
        settings.update_setting(db, actor, key=SettingKey.CLINIC_NAME, value=clinic_name)
    except ClinicDeskError:  # the admin exists; the name can be set in Settings later
        log.warning("clinic name not saved during first run")
    return actor


class FirstRunDialog(Dialog):
    """Shown while the database has no staff. Accepts with ``self.actor`` logged in."""

    def __init__(self, db: Database, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._executor = executor
        self.actor: Actor | None = None
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("Set up ClinicDesk"))
        self.setModal(True)
        self.setFixedWidth(560)

        self.clinic_name = self._field(self.tr("Clinic name"))
        self.full_name = self._field(self.tr("Your full name"))
        self.username = self._field(self.tr("Username"))
        self.password = self._field(self.tr("Password"), password=True)
        self.confirm = self._field(self.tr("Password again"), password=True)
        self._by_field = {
            "clinic_name": self.clinic_name,
            "value": self.clinic_name,
            "full_name": self.full_name,
            "username": self.username,
            "password": self.password,
        }

        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Set-up error"))
        self.error.hide()
        self.create_button = QPushButton(self.tr("Create clinic"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Quit"))
        self.cancel_button.setAutoDefault(False)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        rows = [
            (self.tr("&Clinic name"), self.clinic_name, 0, 0, 2),
            (self.tr("Your &full name"), self.full_name, 2, 0, 1),
            (self.tr("&Username"), self.username, 2, 1, 1),
            (self.tr("&Password"), self.password, 4, 0, 1),
            (self.tr("Password &again"), self.confirm, 4, 1, 1),
        ]
        for text, edit, row, col, span in rows:
            grid.addWidget(field_label(text, edit), row, col, 1, span)
            grid.addWidget(edit, row + 1, col, 1, span)
        grid.setRowMinimumHeight(2, 34)
        grid.setRowMinimumHeight(4, 34)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(8)
        layout.addLayout(
            header(
                self.tr("Welcome to ClinicDesk"),
                self.tr(
                    "Name your clinic and create the first administrator account. "
                    "You can add the rest of the staff afterwards."
                ),
            )
        )
        layout.addSpacing(14)
        layout.addLayout(grid)
        layout.addWidget(
            hint(
                self.tr(
                    "The password needs at least {n} characters. This account can do "
                    "everything, so keep it to yourself."
                ).format(n=MIN_PASSWORD_LENGTH)
            )
        )
        layout.addSpacing(4)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addLayout(buttons)

        self.create_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.clinic_name.setFocus()

    def _field(self, name: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def show_error(self, message: str, field: QLineEdit | None = None) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.error.show()
        (field or self.clinic_name).setFocus()
        (field or self.clinic_name).selectAll()

    def _set_busy(self, busy: bool) -> None:
        for edit in self._by_field.values():
            edit.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create clinic"))

    def _submit(self) -> None:
        # Only what the service cannot know: the form's own completeness and the
        # second password. Every other rule is the service's.
        for edit in (self.clinic_name, self.full_name, self.username, self.password):
            if not edit.text().strip():
                self.show_error(
                    self.tr("Please fill in “{field}”.").format(field=edit.accessibleName()), edit
                )
                return
        if self.password.text() != self.confirm.text():
            self.confirm.clear()
            self.show_error(self.tr("The two passwords are not the same."), self.password)
            return
        self.error.hide()
        self._set_busy(True)
        self._executor.run_in_background(
            create_clinic,
            self._db,
            clinic_name=self.clinic_name.text().strip(),
            username=self.username.text().strip(),
            full_name=self.full_name.text().strip(),
            password=self.password.text(),
            on_done=self._created,
            on_error=self._failed,
            key="first_run",
        )

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_error(exc.message, self._by_field.get(exc.field or ""))
        elif isinstance(exc, ClinicDeskError):
            self.show_error(exc.message)
        else:
            self._set_busy(False)
            errors.show_error(self, exc)
