"""Create or edit a session template (name, duration, location, places, group)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import groups, templates
from clinicdesk.services.templates import SessionTemplateRecord
from ui.context import AppContext


class SessionTemplateDialog(QDialog):
    """The form; ``values()`` gives the keyword arguments for the templates service."""

    def __init__(
        self,
        ctx: AppContext,
        record: SessionTemplateRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Edit session template") if record else self.tr("New session template")
        )
        self.setMinimumWidth(460)
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
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.group.addItem(self.tr("No group"), None)
        self.description = QPlainTextEdit(record.description if record else "")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Duration"), self.duration)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Places"), self.capacity)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("D&escription"), self.description)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(bool(self.name.text().strip()))
        self.name.textChanged.connect(lambda t: self.save_button.setEnabled(bool(t.strip())))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        ctx.run_service(groups.list_groups, on_done=self._groups_loaded)

    def _groups_loaded(self, records: list) -> None:
        for g in records:
            self.group.addItem(g.name, g.id)
        if self.record and self.record.group_id:
            # findData() cannot compare UUIDs (Python objects): look by hand.
            wanted = self.record.group_id
            index = next(
                (i for i in range(self.group.count()) if self.group.itemData(i) == wanted), -1
            )
            if index < 0:  # archived group: keep it selectable as it is
                self.group.addItem(self.record.group_name or "", self.record.group_id)
                index = self.group.count() - 1
            self.group.setCurrentIndex(index)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "duration_minutes": self.duration.value(),
            "location": self.location.text(),
            "capacity": self.capacity.value() or None,
            "group_id": self.group.currentData(),
            "description": self.description.toPlainText(),
        }
