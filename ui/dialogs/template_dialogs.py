"""Create or edit a session template (name, duration, location, places, group)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from clinicdesk.services import groups, templates
from clinicdesk.services.templates import SessionTemplateRecord
from ui.context import AppContext
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.widgets.choice_combo import ChoiceCombo


class SessionTemplateDialog(ServiceFormDialog):
    """Creates or updates the template; accepts with ``result`` the saved template."""

    def __init__(
        self,
        ctx: AppContext,
        record: SessionTemplateRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", "", parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Edit session template") if record else self.tr("New session template")
        )
        self.save_button = self.ok_button  # the name the tests know it by
        self.save_button.setText(self.tr("Save"))
        self._busy = False
        self.name = QLineEdit(record.name if record else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.duration = QSpinBox(minimum=templates.MIN_DURATION, maximum=templates.MAX_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSingleStep(15)
        self.duration.setValue(record.duration_minutes if record else 60)
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.location = QLineEdit(record.location if record else "")
        self.location.setAccessibleName(self.tr("Location"))
        self.capacity = QSpinBox(minimum=0, maximum=500)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue((record.capacity or 0) if record else 0)
        self.capacity.setAccessibleName(self.tr("Places"))
        self.group: ChoiceCombo[uuid.UUID | None] = ChoiceCombo()
        self.group.setAccessibleName(self.tr("Group"))
        self.group.add_choice(self.tr("No group"), None)
        self.description = QPlainTextEdit(record.description if record else "")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)

        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Duration"), self.duration)
        self.form.addRow(self.tr("&Location"), self.location)
        self.form.addRow(self.tr("&Places"), self.capacity)
        self.form.addRow(self.tr("&Group"), self.group)
        self.form.addRow(self.tr("D&escription"), self.description)
        self.name.textChanged.connect(lambda _t: self._update())
        self._update()
        ctx.run(groups.list_groups, on_done=self._groups_loaded)

    def _groups_loaded(self, records: list[groups.GroupRecord]) -> None:
        for g in records:
            self.group.add_choice(g.name, g.id)
        if self.record and self.record.group_id:
            if self.record.group_id not in self.group.values():
                # An archived group: keep it selectable as it is.
                self.group.add_choice(self.record.group_name or "", self.record.group_id)
            self.group.set_value(self.record.group_id)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()) and not self._busy)

    def submit(self) -> None:
        name, duration, location = self.name.text(), self.duration.value(), self.location.text()
        capacity, group_id = self.capacity.value() or None, self.group.value()
        description, record = self.description.toPlainText(), self.record
        if record is None:
            self.call(
                lambda db, actor: templates.create_session_template(
                    db,
                    actor,
                    name=name,
                    duration_minutes=duration,
                    location=location,
                    capacity=capacity,
                    group_id=group_id,
                    description=description,
                )
            )
            return
        self.call(
            lambda db, actor: templates.update_session_template(
                db,
                actor,
                record.id,
                expected_version=record.version,
                name=name,
                duration_minutes=duration,
                location=location,
                capacity=capacity,
                group_id=group_id,
                description=description,
            )
        )
