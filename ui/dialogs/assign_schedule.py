"""Assign a schedule to clients or to a whole group, from a start date.

The assignment runs on a worker (it may create dozens of sessions and enrol hundreds of
clients) under one executor key, so it cannot be started twice; the dialog shows a
progress bar and cannot be closed meanwhile. A double booking comes back as
``DoubleBookingConflict``: the dialog lists the conflicts and offers "Enrol anyway".
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.services import groups, schedules, templates
from clinicdesk.services.schedules import AssignmentResult, DoubleBookingConflict
from clinicdesk.services.templates import ScheduleTemplateRecord
from ui import errors, theme
from ui.context import AppContext
from ui.dialogs.pick_clients import ClientPicker
from ui.models.sessions_models import ConflictsModel
from ui.qt_dates import py_date
from ui.widgets.page_parts import button, muted, plural
from ui.widgets.tables import make_table

ASSIGN_KEY = "schedules.assign"


def next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


class AssignScheduleDialog(QDialog):
    """Choose who and from when; ``result`` holds the ``AssignmentResult`` when done."""

    def __init__(
        self, ctx: AppContext, schedule: ScheduleTemplateRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schedule = schedule
        self.result: AssignmentResult | None = None
        self.running = False
        self.setWindowTitle(self.tr("Assign “{name}”").format(name=schedule.name))
        self.resize(880, 640)

        first_day = min((o.weekday for o in schedule.occurrences), default=0)
        self.start = QDateEdit(QDate(next_weekday(clock.today(), first_day)), calendarPopup=True)
        self.start.setAccessibleName(self.tr("Start date"))
        self.to_clients = QRadioButton(self.tr("&Clients"))
        self.to_group = QRadioButton(self.tr("A whole &group (members who join later too)"))
        self.to_clients.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.to_clients)
        choice.addButton(self.to_group)
        self.picker = ClientPicker(ctx)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        group_page = QWidget()
        group_layout = QVBoxLayout(group_page)
        group_layout.addWidget(self.group)
        group_layout.addStretch()
        self.who = QStackedWidget()
        self.who.addWidget(self.picker)
        self.who.addWidget(group_page)
        self.preview = muted()

        self.progress = QProgressBar(textVisible=False)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Assigning"))
        self.progress_label = muted(self.tr("Creating sessions and enrolling clients…"))
        self.conflicts = ConflictsModel(parent=self)
        self.conflicts_panel = self._conflicts_panel()

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button = button(self.tr("&Assign"), role="primary")
        box.addButton(self.assign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        box.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Start on"), self.start)
        who_row = QHBoxLayout()
        who_row.addWidget(self.to_clients)
        who_row.addWidget(self.to_group)
        who_row.addStretch()
        form.addRow(self.tr("Assign to"), who_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.who, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.conflicts_panel)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(box)
        self.conflicts_panel.hide()
        self.progress.hide()
        self.progress_label.hide()

        self.to_group.toggled.connect(lambda on: self.who.setCurrentIndex(1 if on else 0))
        self.to_group.toggled.connect(self._update)
        self.picker.changed.connect(self._update)
        self.group.currentIndexChanged.connect(self._update)
        self.start.dateChanged.connect(self._load_preview)
        self.assign_button.clicked.connect(lambda: self.assign(allow_double_booking=False))
        ctx.run(groups.list_groups, on_done=self._groups_loaded)
        self._load_preview()
        self._update()

    def _conflicts_panel(self) -> QFrame:
        panel = QFrame(objectName="ConflictsPanel")  # styled in app.qss
        icon = QLabel()
        icon.setPixmap(theme.icon("warning").pixmap(22, 22))
        self.conflicts_text = QLabel(wordWrap=True)
        self.conflicts_view = make_table(
            "assign.conflicts", self.conflicts, stretch_column=2, sortable=True, sorted_by=0
        )
        self.conflicts_view.setAccessibleName(self.tr("Double bookings"))
        self.conflicts_view.setMaximumHeight(150)
        self.enrol_anyway = button(self.tr("&Enrol anyway"), role="danger")
        self.enrol_anyway.clicked.connect(lambda: self.assign(allow_double_booking=True))
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.conflicts_text, 1)
        top.addWidget(self.enrol_anyway)
        layout = QVBoxLayout(panel)
        layout.addLayout(top)
        layout.addWidget(self.conflicts_view)
        return panel

    # ------------------------------------------------------------------ state

    def _groups_loaded(self, records: list) -> None:
        for g in records:
            self.group.addItem(
                self.tr("{name} ({n} members)").format(name=g.name, n=g.member_count), g.id
            )
        self._update()

    def _load_preview(self) -> None:
        schedule_id = self.schedule.id
        start_date = py_date(self.start.date())
        self.ctx.run(
            lambda db, actor: templates.preview_schedule(
                db, actor, schedule_id, start_date=start_date
            ),
            on_done=self._preview_loaded,
            key=("assign.preview", id(self)),
            supersede=True,
        )
        self.conflicts_panel.hide()

    def _preview_loaded(self, slots: list) -> None:
        if not slots:
            self.preview.setText(self.tr("This schedule has no weekly sessions yet."))
            return
        locale = QLocale()
        fmt = QLocale.FormatType.ShortFormat
        self.preview.setText(
            plural(
                len(slots),
                self.tr("{n} session, on {first}."),
                self.tr("{n} sessions, from {first} to {last}."),
                first=locale.toString(QDate(slots[0].day), fmt),
                last=locale.toString(QDate(slots[-1].day), fmt),
            )
        )

    def _update(self, *_args) -> None:
        ready = (
            self.group.currentData() is not None
            if self.to_group.isChecked()
            else bool(self.picker.chosen_ids())
        )
        self.assign_button.setEnabled(ready and not self.running)
        self.conflicts_panel.hide()

    def _set_running(self, running: bool) -> None:
        self.running = running
        for w in (
            self.start,
            self.to_clients,
            self.to_group,
            self.who,
            self.enrol_anyway,
            self.cancel_button,
        ):
            w.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        self._update()

    # ----------------------------------------------------------------- assign

    def assign(self, *, allow_double_booking: bool) -> None:
        group_id = self.group.currentData() if self.to_group.isChecked() else None
        client_ids = [] if self.to_group.isChecked() else self.picker.chosen_ids()
        schedule_id = self.schedule.id
        start_date = py_date(self.start.date())
        started = self.ctx.run(
            lambda db, actor: schedules.assign_schedule(
                db,
                actor,
                schedule_id,
                start_date=start_date,
                client_ids=client_ids,
                group_id=group_id,
                allow_double_booking=allow_double_booking,
            ),
            on_done=self._assigned,
            on_error=self._refused,
            key=ASSIGN_KEY,
        )
        if started:
            self._set_running(True)

    def _assigned(self, result: AssignmentResult) -> None:
        self._set_running(False)
        self.result = result
        message = self.tr("Schedule assigned: {sessions} sessions, {enrolled} enrolments.").format(
            sessions=result.sessions_total, enrolled=result.enrolled
        )
        if result.conflicts:
            message += " " + self.tr("Double bookings kept: {n}.").format(n=len(result.conflicts))
        self.ctx.hub.status_message.emit(message)
        self.ctx.hub.sessions_changed.emit()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, DoubleBookingConflict):
            self.conflicts.set_records(exc.conflicts)
            self.conflicts_view.resizeColumnsToContents()
            self.conflicts_text.setText(
                self.tr(
                    "Double bookings: {n}. These clients are already in another session at "
                    "that time. Nothing was assigned. Change the start date or the clients, "
                    "or enrol them anyway."
                ).format(n=len(exc.conflicts))
            )
            self.conflicts_panel.show()
            self.enrol_anyway.setFocus()
            return
        errors.show_error(self, exc)

    def reject(self) -> None:
        if self.running:
            return  # the assignment finishes first; closing now would hide its outcome
        super().reject()
