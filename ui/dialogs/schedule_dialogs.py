"""Create or edit a schedule template: weekly occurrences (day, time, session template)
repeated for a number of weeks."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import templates
from clinicdesk.services.templates import OccurrenceSpec, ScheduleTemplateRecord
from ui.context import AppContext
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.columns import RecordRole
from ui.models.sessions_models import OccurrenceRow, OccurrencesModel, weekday_name
from ui.qt_dates import py_time
from ui.widgets.page_parts import button, muted, subtitle
from ui.widgets.tables import make_table

MAX_WEEKS = 104


class ScheduleTemplateDialog(ServiceFormDialog):
    """Creates or updates the schedule; accepts with ``result`` the saved schedule."""

    def __init__(
        self,
        ctx: AppContext,
        record: ScheduleTemplateRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", "", parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Edit schedule template") if record else self.tr("New schedule template")
        )
        self.save_button = self.ok_button  # the name the tests know it by
        self.save_button.setText(self.tr("Save"))
        self._busy = False
        self.resize(620, 560)
        self.name = QLineEdit(record.name if record else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.weeks = QSpinBox(minimum=1, maximum=MAX_WEEKS)
        self.weeks.setValue(record.weeks if record else 8)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Weeks"))
        self.description = QPlainTextEdit(record.description if record else "")
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))

        self.occurrences = OccurrencesModel(
            [
                OccurrenceRow(
                    o.id, o.weekday, o.start_time, o.session_template_id, o.session_template_name
                )
                for o in (record.occurrences if record else ())
            ],
            parent=self,
        )
        self.occurrences.sort(OccurrencesModel.Column.COL_DAY)
        self.view = make_table(
            "schedule_editor.occurrences",
            self.occurrences,
            stretch_column=2,
            sortable=True,
            sorted_by=0,
        )
        self.view.setAccessibleName(self.tr("Weekly sessions"))
        self.day = QComboBox()
        self.day.setAccessibleName(self.tr("Day"))
        for weekday in range(7):
            self.day.addItem(weekday_name(weekday), weekday)
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setAccessibleName(self.tr("Start time"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Session template"))
        # Sized by a fixed number of characters, not by its longest template name (or
        # its translated "no templates" line): the dialog stays within a small screen.
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(12)
        self.add_button = button(self.tr("&Add"), "add")
        self.add_button.setEnabled(False)  # until the session templates are loaded
        self.remove_button = button(self.tr("&Remove"), "remove")
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)

        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Repeat for"), self.weeks)
        self.form.addRow(self.tr("D&escription"), self.description)
        adder = QHBoxLayout()
        adder.addWidget(self.day)
        adder.addWidget(self.time)
        adder.addWidget(self.template, 1)
        adder.addWidget(self.add_button)
        self.summary = muted()
        weekly = QVBoxLayout()
        weekly.addWidget(subtitle(self.tr("Weekly sessions")))
        weekly.addLayout(adder)
        weekly.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.remove_button)
        weekly.addLayout(bottom)
        self.outer.insertLayout(1, weekly, 1)  # below the form, above the problem line

        self.add_button.clicked.connect(self.add_occurrence)
        self.remove_button.clicked.connect(self.remove_occurrence)
        self.name.textChanged.connect(self._update)
        self.weeks.valueChanged.connect(self._update)
        self.occurrences.rowsInserted.connect(self._update)
        self.occurrences.rowsRemoved.connect(self._update)
        self._update()
        ctx.run(templates.list_session_templates, on_done=self._templates_loaded)

    def _templates_loaded(self, records: list) -> None:
        for t in records:
            self.template.addItem(
                self.tr("{name} ({minutes} min)").format(name=t.name, minutes=t.duration_minutes),
                (t.id, t.name),
            )
        self.add_button.setEnabled(bool(records))
        if not records:
            self.template.addItem(self.tr("Create a session template first"), None)

    def add_occurrence(self) -> None:
        chosen = self.template.currentData()
        if chosen is None:
            return
        template_id, name = chosen
        self.occurrences.append_records(
            [
                OccurrenceRow(
                    uuid.uuid4(),
                    self.day.currentData(),
                    py_time(self.time.time()),
                    template_id,
                    name,
                )
            ]
        )
        self.occurrences.sort(OccurrencesModel.Column.COL_DAY)

    def remove_occurrence(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.occurrences.remove_ids([index.data(RecordRole).id])

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self, *_args) -> None:
        per_week = self.occurrences.rowCount()
        self.summary.setText(
            self.tr("{per_week} a week × {weeks} weeks = {total} sessions").format(
                per_week=per_week, weeks=self.weeks.value(), total=per_week * self.weeks.value()
            )
        )
        ready = bool(self.name.text().strip()) and per_week > 0
        self.save_button.setEnabled(ready and not self._busy)

    def submit(self) -> None:
        name, description, weeks = (
            self.name.text(),
            self.description.toPlainText(),
            self.weeks.value(),
        )
        occurrences = [
            OccurrenceSpec(r.weekday, r.start_time, r.session_template_id)
            for r in self.occurrences.records()
        ]
        record = self.record
        if record is None:
            self.call(
                lambda db, actor: templates.create_schedule_template(
                    db,
                    actor,
                    name=name,
                    description=description,
                    weeks=weeks,
                    occurrences=occurrences,
                )
            )
            return
        self.call(
            lambda db, actor: templates.update_schedule_template(
                db,
                actor,
                record.id,
                expected_version=record.version,
                name=name,
                description=description,
                weeks=weeks,
                occurrences=occurrences,
            )
        )
