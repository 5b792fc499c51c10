"""Create a group, or edit its details: name, description, kind, visibility, capacity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
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
from clinicdesk.domain.errors import ClinicDeskError, StaleEdit
from clinicdesk.services import consent, groups
from clinicdesk.services.consent import UnaskedChoice
from clinicdesk.services.groups import GroupRecord
from ui import labels
from ui.context import AppContext
from ui.dialogs.consent_prompt import ask_about_unasked
from ui.dialogs.field_form import make_default
from ui.dialogs.form import field_label, hint
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.widgets.choice_combo import ChoiceCombo


class GroupDialog(ServiceFormDialog):
    """Accepts with ``self.record`` set to the created or updated group."""

    def __init__(
        self, ctx: AppContext, record: GroupRecord | None = None, parent: QWidget | None = None
    ) -> None:
        layout = QVBoxLayout()
        layout.setSpacing(4)
        super().__init__(ctx, "", "", parent, form=layout)
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
        self.kind: ChoiceCombo[GroupKind] = ChoiceCombo(
            (labels.kind(kind), kind) for kind in GroupKind
        )
        self.kind.setAccessibleName(self.tr("Kind"))
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

        # The names the tests and older callers know this dialog's parts by.
        self.banner = self.error
        self.save_button = self.ok_button
        self.save_button.setText(self.tr("Save") if record else self.tr("Create group"))

        self.outer.setContentsMargins(20, 18, 20, 16)
        self.outer.setSpacing(4)
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
        self.kind.set_value(record.kind)
        self.capacity.setValue(record.capacity or 0)

    def chosen_visibility(self) -> Visibility:
        for level, button in self.visibility_buttons.items():
            if button.isChecked():
                return level
        return Visibility.HIDDEN

    def submit(self) -> None:
        # Issue 17: becoming "members see each other" asks about members not yet asked.
        self.unasked_choice: UnaskedChoice | None = None
        record = self.record
        if (
            record is not None
            and self.chosen_visibility() is Visibility.MEMBERS_SEE_EACH_OTHER
            and record.visibility != Visibility.MEMBERS_SEE_EACH_OTHER
        ):
            ask_about_unasked(self, self.ctx, record.id, self._submit_with)
            return
        self._submit_now()

    def _submit_with(self, choice: UnaskedChoice) -> None:
        self.unasked_choice = choice
        self._submit_now()

    def _submit_now(self) -> None:
        name, description = self.name.text(), self.description.toPlainText()
        kind = self.kind.value() or GroupKind.THERAPY
        visibility, capacity = self.chosen_visibility(), self.capacity.value() or None
        record = self.record
        if record is None:
            self.call(
                lambda db, actor: groups.create_group(
                    db,
                    actor,
                    name=name,
                    description=description,
                    kind=kind,
                    visibility=visibility,
                    capacity=capacity,
                )
            )
            return
        # One transaction, checked against the version the dialog opened with.
        self.call(
            lambda db, actor: groups.update_group(
                db,
                actor,
                record.id,
                expected_version=record.version,
                name=name,
                description=description,
                kind=kind,
                visibility=visibility,
                capacity=capacity,
            )
        )

    def succeeded(self, record: GroupRecord) -> None:
        if getattr(self, "unasked_choice", None) == UnaskedChoice.RECORD_DECLINED:
            choice = UnaskedChoice.RECORD_DECLINED
            self.ctx.run(
                lambda db, actor: consent.settle_unasked(db, actor, record.id, choice=choice)
            )
        created = self.record is None
        self.record = record
        self.ctx.hub.groups_changed.emit()
        text = self.tr("Group {name} created.") if created else self.tr("Group {name} saved.")
        self.ctx.hub.status_message.emit(text.format(name=record.name))

    def refused(self, exc: ClinicDeskError) -> bool:
        if not isinstance(exc, StaleEdit):
            return False
        self.show_problem(
            exc.message + " " + self.tr("Close this window and open the group again.")
        )
        return True
