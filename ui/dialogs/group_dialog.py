"""Create a group, or edit its details: name, description, kind, visibility, capacity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import GroupKind, Visibility
from clinicdesk.domain.errors import ClinicDeskError, StaleEdit, ValidationError
from clinicdesk.services import consent, groups
from clinicdesk.services.consent import UnaskedChoice
from clinicdesk.services.groups import GroupRecord
from ui import errors, labels
from ui.context import AppContext
from ui.dialogs.consent_prompt import ask_about_unasked
from ui.dialogs.field_form import FieldErrors, make_default
from ui.dialogs.form import field_label, hint


class GroupDialog(QDialog):
    """Accepts with ``self.record`` set to the created or updated group."""

    def __init__(
        self, ctx: AppContext, record: GroupRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setObjectName("GroupDialog")
        self.setWindowTitle(self.tr("Edit group") if record else self.tr("New group"))
        self.setMinimumWidth(500)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Group name"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in GroupKind:
            self.kind.addItem(labels.kind(kind), kind)
        self.capacity = QSpinBox(minimum=0, maximum=10_000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setAccessibleName(self.tr("Capacity"))
        self.capacity.setToolTip(self.tr("The most current members the group may have"))

        self.visibility = QButtonGroup(self)
        self.visibility_buttons: dict[Visibility, QRadioButton] = {}
        visibility_box = QVBoxLayout()
        visibility_box.setSpacing(2)
        for level in Visibility:
            button = QRadioButton(labels.visibility(level))
            button.setAccessibleDescription(labels.visibility_help(level))
            self.visibility.addButton(button)
            self.visibility_buttons[level] = button
            visibility_box.addWidget(button)
            explain = hint(labels.visibility_help(level))
            explain.setContentsMargins(24, 0, 0, 6)
            visibility_box.addWidget(explain)

        self.fields = FieldErrors()
        self.banner = QLabel(wordWrap=True)
        self.banner.setProperty("role", "error")
        self.banner.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save") if record else self.tr("Create group"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(4)
        heading = QLabel(self.windowTitle())
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        layout.addSpacing(8)
        self.fields.add("name", self.name, layout, self.tr("&Name"))
        layout.addSpacing(4)
        self.fields.add("description", self.description, layout, self.tr("&Description"))
        row = QHBoxLayout()
        row.setSpacing(12)
        for name, widget, label in (
            ("kind", self.kind, self.tr("&Kind")),
            ("capacity", self.capacity, self.tr("&Capacity")),
        ):
            column = QVBoxLayout()
            column.setSpacing(4)
            self.fields.add(name, widget, column, label)
            row.addLayout(column, 1)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addSpacing(8)
        visibility_label = field_label(
            self.tr("&What members see"), self.visibility_buttons[Visibility.HIDDEN]
        )
        layout.addWidget(visibility_label)
        layout.addLayout(visibility_box)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._fill(record)
        make_default(self, self.save_button)
        self.name.setFocus()

    def _fill(self, record: GroupRecord | None) -> None:
        level = record.visibility if record else Visibility.HIDDEN  # the safe default
        self.visibility_buttons[level].setChecked(True)
        if record is None:
            return
        self.name.setText(record.name)
        self.description.setPlainText(record.description)
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.capacity.setValue(record.capacity or 0)

    def chosen_visibility(self) -> Visibility:
        for level, button in self.visibility_buttons.items():
            if button.isChecked():
                return level
        return Visibility.HIDDEN

    def _save(self) -> None:
        # Issue 17: becoming "members see each other" asks about members not yet asked.
        self.unasked_choice = None
        becomes = self.chosen_visibility() is Visibility.MEMBERS_SEE_EACH_OTHER
        if (
            self.record is not None
            and becomes
            and self.record.visibility != Visibility.MEMBERS_SEE_EACH_OTHER
        ):
            ask_about_unasked(self, self.ctx, self.record.id, self._save_with)
            return
        self._save_now()

    def _save_with(self, choice) -> None:
        self.unasked_choice = choice
        self._save_now()

    def _save_now(self) -> None:
        self.fields.clear()
        self.banner.hide()
        values = {
            "name": self.name.text(),
            "description": self.description.toPlainText(),
            "kind": self.kind.currentData(),
            "visibility": self.chosen_visibility(),
            "capacity": self.capacity.value() or None,
        }
        if self.record is None:
            job: tuple = (groups.create_group,)
        else:  # one transaction, checked against the version the dialog opened with
            job = (groups.update_group, self.record.id)
            values["expected_version"] = self.record.version
        self.save_button.setEnabled(False)
        started = self.ctx.run_service(
            *job,
            **values,
            on_done=self._saved,
            on_error=self._failed,
            key=("group.save", id(self)),
        )
        if not started:
            self.save_button.setEnabled(True)

    def _saved(self, record: GroupRecord) -> None:
        if getattr(self, "unasked_choice", None) == UnaskedChoice.RECORD_DECLINED:
            self.ctx.run_service(consent.settle_unasked, record.id, choice=self.unasked_choice)
        created = self.record is None
        self.record = record
        self.ctx.hub.groups_changed.emit()
        text = self.tr("Group {name} created.") if created else self.tr("Group {name} saved.")
        self.ctx.hub.status_message.emit(text.format(name=record.name))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.fields.show(exc.field, exc.message):
            return
        if isinstance(exc, ClinicDeskError):
            text = exc.message
            if isinstance(exc, StaleEdit):
                text += " " + self.tr("Close this window and open the group again.")
            self.banner.setText(text)
            self.banner.show()
            return
        errors.show_error(self, exc)
