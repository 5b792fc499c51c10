"""Create or edit a client: inline per-field messages, duplicate warning, stale edits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.domain import clients as rules
from clinicdesk.domain.enums import ClientStatus
from clinicdesk.domain.errors import ClinicDeskError, StaleEdit, ValidationError
from clinicdesk.services import clients
from clinicdesk.services.clients import ClientRecord, PossibleDuplicate
from ui import errors, labels
from ui.context import AppContext
from ui.dialogs.field_form import FieldErrors, make_default


class ClientDialog(QDialog):
    """Accepts with ``self.record`` set to the saved client.

    The domain's field checks run here first so every wrong field is marked at once;
    the service checks again (it is the authority) and its ``ValidationError.field``
    lands under the same field. A possible duplicate is a question, not an error:
    the panel offers "Save anyway". A stale edit offers "Reload" to show the current
    version before the user decides again.
    """

    def __init__(
        self, ctx: AppContext, record: ClientRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setObjectName("ClientDialog")
        self.setWindowTitle(self.tr("Edit client") if record else self.tr("New client"))
        self.setMinimumWidth(460)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.date_of_birth = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        self.record_number = QLineEdit()
        self.status = QComboBox()
        for status in ClientStatus:
            self.status.addItem(labels.client_status(status), status)
        names = {
            self.first_name: self.tr("First name"),
            self.last_name: self.tr("Last name"),
            self.preferred_name: self.tr("Preferred name"),
            self.date_of_birth: self.tr("Date of birth"),
            self.record_number: self.tr("Record number"),
            self.status: self.tr("Status"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

        self.fields = FieldErrors()
        form = QVBoxLayout()
        form.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(12)
        for name, widget, label in (
            ("first_name", self.first_name, self.tr("&First name")),
            ("last_name", self.last_name, self.tr("&Last name")),
        ):
            column = QVBoxLayout()
            column.setSpacing(4)
            self.fields.add(name, widget, column, label)
            column.addStretch()
            row.addLayout(column, 1)
        form.addLayout(row)
        for name, widget, label in (
            ("preferred_name", self.preferred_name, self.tr("&Preferred name (optional)")),
            ("date_of_birth", self.date_of_birth, self.tr("&Date of birth (optional)")),
            ("record_number", self.record_number, self.tr("&Record number (optional)")),
            ("status", self.status, self.tr("&Status")),
        ):
            form.addSpacing(4)
            self.fields.add(name, widget, form, label)

        self.banner = QLabel(wordWrap=True, objectName="ClientDialogError")
        self.banner.setProperty("role", "error")
        self.banner.hide()
        self.reload_button = QPushButton(self.tr("&Reload current version"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload)

        # The duplicate question: a card with the service's sentence and two ways on.
        self.duplicate_panel = QFrame(objectName="DuplicatePanel")
        self.duplicate_panel.setProperty("role", "card")
        self.duplicate_text = QLabel(wordWrap=True)
        self.duplicate_text.setAccessibleName(self.tr("Possible duplicate"))
        self.save_anyway = QPushButton(self.tr("Save &anyway"))
        self.save_anyway.setAccessibleName(self.tr("Save anyway, this is a different person"))
        self.save_anyway.clicked.connect(lambda: self._save(allow_duplicate=True))
        panel = QVBoxLayout(self.duplicate_panel)
        title = QLabel(self.tr("Possible duplicate"))
        title.setProperty("role", "subtitle")
        panel.addWidget(title)
        panel.addWidget(self.duplicate_text)
        panel.addWidget(self.save_anyway, 0)
        self.duplicate_panel.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        heading = QLabel(self.windowTitle())
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.duplicate_panel)
        layout.addWidget(self.buttons)
        if record is not None:
            self._fill(record)
        make_default(self, self.save_button)
        self.first_name.setFocus()

    # ------------------------------------------------------------- filling

    def _fill(self, record: ClientRecord) -> None:
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.preferred_name.setText(record.preferred_name or "")
        dob = record.date_of_birth
        self.date_of_birth.setText(dob.isoformat() if dob else "")
        self.record_number.setText(record.record_number or "")
        self.status.setCurrentIndex(self.status.findData(record.status))

    def _local_problems(self) -> dict[str, str]:
        """Every field's problem at once (the domain's own checks; no database)."""
        checks = {
            "first_name": lambda: rules.check_first_name(self.first_name.text()),
            "last_name": lambda: rules.check_last_name(self.last_name.text()),
            "preferred_name": lambda: rules.check_preferred_name(self.preferred_name.text()),
            "date_of_birth": lambda: rules.check_date_of_birth(
                rules.parse_date(self.date_of_birth.text(), "Date of birth", field="dob"),
                clock.today(),
            ),
            "record_number": lambda: rules.check_record_number(self.record_number.text()),
        }
        problems: dict[str, str] = {}
        for name, check in checks.items():
            try:
                check()
            except ValidationError as exc:
                problems[name] = exc.message
        return problems

    # -------------------------------------------------------------- saving

    def _reset_messages(self) -> None:
        self.fields.clear()
        self.banner.hide()
        self.reload_button.hide()
        self.duplicate_panel.hide()

    def _save(self, allow_duplicate: bool = False) -> None:
        self._reset_messages()
        problems = self._local_problems()
        if problems:
            for name, message in reversed(problems.items()):  # focus ends on the first
                self.fields.show(name, message)
            return
        values = {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "preferred_name": self.preferred_name.text() or None,
            "date_of_birth": rules.parse_date(
                self.date_of_birth.text(), "Date of birth", field="date_of_birth"
            ),
            "record_number": self.record_number.text() or None,
            "status": self.status.currentData(),
            "allow_duplicate": allow_duplicate,
        }
        self._set_busy(True)
        if self.record is None:
            started = self.ctx.run_service(
                clients.create_client,
                **values,
                on_done=self._saved,
                on_error=self._failed,
                key=("client.save", id(self)),
            )
        else:
            started = self.ctx.run_service(
                clients.update_client,
                self.record.id,
                expected_version=self.record.version,
                **values,
                on_done=self._saved,
                on_error=self._failed,
                key=("client.save", id(self)),
            )
        if not started:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_anyway.setEnabled(not busy)

    def _saved(self, record: ClientRecord) -> None:
        created = self.record is None
        self.record = record
        self.ctx.hub.clients_changed.emit()
        message = self.tr("Client {name} created.") if created else self.tr("Client {name} saved.")
        self.ctx.hub.status_message.emit(message.format(name=record.display_name))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, PossibleDuplicate):
            self.duplicate_text.setText(exc.message)
            self.duplicate_panel.show()
            self.save_anyway.setFocus()
        elif isinstance(exc, ValidationError) and self.fields.show(exc.field, exc.message):
            pass
        elif isinstance(exc, StaleEdit):
            self._show_banner(exc.message)
            self.reload_button.show()
            self.reload_button.setFocus()
        elif isinstance(exc, ClinicDeskError):
            self._show_banner(exc.message)
        else:
            errors.show_error(self, exc)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _reload(self) -> None:
        if self.record is None:
            return
        self.ctx.run_service(
            clients.get_client,
            self.record.id,
            on_done=self._reloaded,
            on_error=self._failed,
            key=("client.reload", id(self)),
        )

    def _reloaded(self, record: ClientRecord) -> None:
        self.record = record
        self._fill(record)
        self._reset_messages()
        self._show_banner(self.tr("This is the current version. Make your changes again and save."))
        self.first_name.setFocus()
