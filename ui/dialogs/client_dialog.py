"""Create or edit a client: inline per-field messages, duplicate warning, stale edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
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
from ui import labels
from ui.context import AppContext
from ui.dialogs.field_form import make_default
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.date_edit import DateField


class ClientDialog(ServiceFormDialog):
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
        form = QVBoxLayout()
        form.setSpacing(4)
        super().__init__(ctx, "", "", parent, form=form)
        self.record = record
        self._allow_duplicate = False
        self.setObjectName("ClientDialog")
        self.setWindowTitle(self.tr("Edit client") if record else self.tr("New client"))
        self.setMinimumWidth(460)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.date_of_birth = DateField()
        self.record_number = QLineEdit()
        self.status: ChoiceCombo[ClientStatus] = ChoiceCombo(
            (labels.client_status(status), status) for status in ClientStatus
        )
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

        heading = QLabel(self.windowTitle())
        heading.setProperty("role", "title")
        form.addWidget(heading)
        form.addSpacing(4)
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

        # The names the tests and older callers know this dialog's parts by.
        self.banner = self.error
        self.banner.setObjectName("ClientDialogError")
        self.save_button = self.ok_button
        self.save_button.setText(self.tr("Save"))
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
        self.save_anyway.clicked.connect(self._save_anyway)
        panel = QVBoxLayout(self.duplicate_panel)
        title = QLabel(self.tr("Possible duplicate"))
        title.setProperty("role", "subtitle")
        panel.addWidget(title)
        panel.addWidget(self.duplicate_text)
        panel.addWidget(self.save_anyway, 0)
        self.duplicate_panel.hide()

        self.outer.setContentsMargins(20, 18, 20, 16)
        self.outer.setSpacing(8)
        self.add_below_problem(self.reload_button)
        self.add_below_problem(self.duplicate_panel)
        if record is not None:
            self._fill(record)
        make_default(self, self.save_button)
        self.first_name.setFocus()

    # ------------------------------------------------------------- filling

    def _fill(self, record: ClientRecord) -> None:
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.preferred_name.setText(record.preferred_name or "")
        self.date_of_birth.set_value(record.date_of_birth)
        self.record_number.setText(record.record_number or "")
        self.status.set_value(record.status)

    def _local_problems(self) -> dict[str, str]:
        """Every field's problem at once (the domain's own checks; no database)."""
        checks = {
            "first_name": lambda: rules.check_first_name(self.first_name.text()),
            "last_name": lambda: rules.check_last_name(self.last_name.text()),
            "preferred_name": lambda: rules.check_preferred_name(self.preferred_name.text()),
            "date_of_birth": lambda: rules.check_date_of_birth(
                self._date_of_birth(), clock.today()
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

    def _date_of_birth(self) -> date | None:
        if problem := self.date_of_birth.problem():
            raise ValidationError(problem, field="date_of_birth")
        return self.date_of_birth.value()

    # -------------------------------------------------------------- saving

    def clear_messages(self) -> None:
        super().clear_messages()
        self.reload_button.hide()
        self.duplicate_panel.hide()

    def _save_anyway(self) -> None:
        self._allow_duplicate = True  # this submit only: "a different person"
        self._submit()

    def submit(self) -> None:
        allow_duplicate, self._allow_duplicate = self._allow_duplicate, False
        problems = self._local_problems()
        if problems:
            for name, message in reversed(problems.items()):  # focus ends on the first
                self.fields.show(name, message)
            return
        first_name, last_name = self.first_name.text(), self.last_name.text()
        preferred_name = self.preferred_name.text() or None
        date_of_birth = self.date_of_birth.value()
        record_number = self.record_number.text() or None
        status = self.status.value() or ClientStatus.ACTIVE
        record = self.record
        if record is None:
            self.call(
                lambda db, actor: clients.create_client(
                    db,
                    actor,
                    first_name=first_name,
                    last_name=last_name,
                    preferred_name=preferred_name,
                    date_of_birth=date_of_birth,
                    record_number=record_number,
                    status=status,
                    allow_duplicate=allow_duplicate,
                )
            )
            return
        self.call(
            lambda db, actor: clients.update_client(
                db,
                actor,
                record.id,
                expected_version=record.version,
                first_name=first_name,
                last_name=last_name,
                preferred_name=preferred_name,
                date_of_birth=date_of_birth,
                record_number=record_number,
                status=status,
                allow_duplicate=allow_duplicate,
            )
        )

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.save_anyway.setEnabled(not busy)

    def succeeded(self, record: ClientRecord) -> None:
        created = self.record is None
        self.record = record
        self.ctx.hub.clients_changed.emit()
        message = self.tr("Client {name} created.") if created else self.tr("Client {name} saved.")
        self.ctx.hub.status_message.emit(message.format(name=record.display_name))

    def refused(self, exc: ClinicDeskError) -> bool:
        if isinstance(exc, PossibleDuplicate):
            self.duplicate_text.setText(exc.message)
            self.duplicate_panel.show()
            self.save_anyway.setFocus()
            return True
        if isinstance(exc, StaleEdit):
            self.show_problem(exc.message)
            self.reload_button.show()
            self.reload_button.setFocus()
            return True
        return False

    def _reload(self) -> None:
        if self.record is None:
            return
        client_id = self.record.id
        self.ctx.run(
            lambda db, actor: clients.get_client(db, actor, client_id),
            on_done=self._reloaded,
            on_error=self._failed,
            key=("client.reload", id(self)),
        )

    def _reloaded(self, record: ClientRecord) -> None:
        self.record = record
        self._fill(record)
        self.clear_messages()
        self.show_problem(self.tr("This is the current version. Make your changes again and save."))
        self.first_name.setFocus()
