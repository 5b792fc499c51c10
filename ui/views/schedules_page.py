"""Schedule templates: list, edit, preview the dates they create, assign them.

Left: the schedules. Right: the chosen one's weekly sessions and a recurrence preview
from a start date (``templates.preview_schedule``), with Assign….
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import templates
from clinicdesk.services.templates import ScheduleTemplateRecord, SlotPreview
from ui.context import AppContext, ServiceCall
from ui.dialogs.assign_schedule import AssignScheduleDialog
from ui.dialogs.schedule_dialogs import ScheduleTemplateDialog
from ui.models.sessions_models import (
    OccurrenceRow,
    OccurrencesModel,
    ScheduleTemplatesModel,
    SlotPreviewModel,
)
from ui.qt_dates import py_date
from ui.views.base import ListPage
from ui.widgets.date_edit import DateEdit
from ui.widgets.page_parts import accepted, button, card, muted, subtitle, title_row
from ui.widgets.tables import make_table

LIST_KEY = "templates.schedules"


class SchedulesPage(ListPage[ScheduleTemplateRecord]):
    """The Schedules page of the Sessions tab."""

    list_key = LIST_KEY
    fit_columns = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            ScheduleTemplatesModel(),
            "sessions.schedules.table",
            stretch_column=0,
            parent=parent,
        )
        self.setObjectName("SchedulesPage")
        self.assign_dialog: AssignScheduleDialog | None = None
        self.view.setAccessibleName(self.tr("Schedule templates"))
        self.new_button = button(self.tr("&New schedule…"), "add", role="primary")
        self.edit_button = button(self.tr("Ed&it…"))
        self.archive_button = button(self.tr("Arc&hive"))
        self.assign_button = button(self.tr("&Assign…"), "member", role="primary")
        self.show_archived = QCheckBox(self.tr("Show archi&ved"))
        self.empty.set_content(
            "session",
            self.tr("No schedules yet"),
            self.tr(
                "A schedule repeats weekly sessions for a number of weeks; assign it to "
                "clients or a group to enrol them in every session."
            ),
            action_text=self.tr("New schedule…"),
        )

        # Right: details of the selected schedule
        self.occurrences = OccurrencesModel(parent=self)
        self.occurrences_view = make_table(
            "sessions.schedules.weekly",
            self.occurrences,
            stretch_column=2,
            sortable=True,
            sorted_by=0,
        )
        self.occurrences_view.setAccessibleName(self.tr("Weekly sessions"))
        self.preview_start = DateEdit()
        self.preview_start.setAccessibleName(self.tr("Preview from"))
        self.slots = SlotPreviewModel(parent=self)
        self.slots_view = make_table("sessions.schedules.preview", self.slots, stretch_column=3)
        self.slots_view.setAccessibleName(self.tr("Dates the schedule creates"))
        self.summary = muted()
        details = card()
        right = QVBoxLayout(details)
        right.addWidget(subtitle(self.tr("Weekly sessions")))
        right.addWidget(self.occurrences_view, 2)
        preview_row = QHBoxLayout()
        preview_row.addWidget(subtitle(self.tr("Dates from")))
        preview_row.addWidget(self.preview_start)
        preview_row.addStretch()
        right.addLayout(preview_row)
        right.addWidget(self.slots_view, 3)
        right.addWidget(self.summary)
        assign_row = QHBoxLayout()
        assign_row.addStretch()
        assign_row.addWidget(self.assign_button)
        right.addLayout(assign_row)

        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left_row = QHBoxLayout()
        left_row.addWidget(self.show_archived)
        left_row.addStretch()
        left_row.addWidget(self.edit_button)
        left_row.addWidget(self.archive_button)
        left.addLayout(left_row)
        left.addWidget(self.view, 1)
        self.splitter = QSplitter(
            Qt.Orientation.Horizontal, objectName="sessions.schedules.splitter"
        )
        self.splitter.addWidget(left_box)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Schedules"),
                self.tr(
                    "Weekly sessions repeated for some weeks; assigning one enrols "
                    "clients in every session from a start date."
                ),
                [self.new_button],
            )
        )
        layout.addWidget(self.list_stack(self.splitter), 1)

        self.new_button.clicked.connect(self.create)
        self.empty.action_triggered.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _i: self.edit())
        self.archive_button.clicked.connect(self.toggle_archived)
        self.assign_button.clicked.connect(self.assign)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.preview_start.dateChanged.connect(lambda _d: self._load_preview())
        self.selection_changed()

    # ------------------------------------------------------------------ data

    def list_call(self) -> ServiceCall[list[ScheduleTemplateRecord]]:
        archived = self.show_archived.isChecked()
        return lambda db, actor: templates.list_schedule_templates(
            db, actor, include_archived=archived
        )

    def show_records(self, records) -> None:
        super().show_records(records)
        if records and self.selected() is None:
            self.view.selectRow(0)  # the details panel always shows a schedule

    def selection_changed(self) -> None:
        record = self.selected()
        for b in (self.edit_button, self.archive_button):
            b.setEnabled(record is not None)
        self.assign_button.setEnabled(record is not None and not record.archived)
        self.archive_button.setText(
            self.tr("Rest&ore") if record is not None and record.archived else self.tr("Arc&hive")
        )
        self.occurrences.set_records(
            OccurrenceRow(
                o.id, o.weekday, o.start_time, o.session_template_id, o.session_template_name
            )
            for o in (record.occurrences if record else ())
        )
        self.occurrences.sort(OccurrencesModel.Column.COL_DAY)
        self._load_preview()

    def _load_preview(self) -> None:
        record = self.selected()
        if record is None:
            self.slots.set_records([])
            self.summary.setText("")
            return
        start = py_date(self.preview_start.date())
        self.ctx.run(
            lambda db, actor: templates.preview_schedule(db, actor, record.id, start_date=start),
            on_done=self._preview_loaded,
            key="schedules.preview",
            supersede=True,
        )

    def _preview_loaded(self, slots: list[SlotPreview]) -> None:
        self.slots.set_records(slots)
        self.summary.setText(self.tr("%n session(s) in all.", "", len(slots)))

    # --------------------------------------------------------------- actions

    def create(self) -> None:
        dialog = ScheduleTemplateDialog(self.ctx, None, self)
        if accepted(dialog):
            self._saved(dialog.result)

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = ScheduleTemplateDialog(self.ctx, record, self)
        if accepted(dialog):
            self._saved(dialog.result)

    def toggle_archived(self) -> None:
        record = self.selected()
        if record is None:
            return
        self.ctx.run(
            lambda db, actor: templates.archive_schedule_template(
                db, actor, record.id, archived=not record.archived, expected_version=record.version
            ),
            on_done=self._saved,
            on_error=self.failed,
        )

    def assign(self) -> AssignScheduleDialog | None:
        record = self.selected()
        if record is None or record.archived:
            return None
        if self.assign_dialog is not None and not self.assign_dialog.running:
            self.assign_dialog.deleteLater()  # keep one finished dialog (and its result) at most
        dialog = AssignScheduleDialog(self.ctx, record, self)
        self.assign_dialog = dialog
        dialog.open()  # window-modal, returns at once: the assignment runs in the background
        return dialog

    def _saved(self, record: ScheduleTemplateRecord) -> None:
        self.ctx.hub.status_message.emit(
            self.tr("Schedule “{name}” saved.").format(name=record.name)
        )
        self.reload()
