"""Assign a schedule to clients or to a whole group, from a start date.

Two steps (issue 13): **Preview** asks ``schedule_assignment.preview_assignment`` which
sessions, of which group, would gain whom, and how many places each would then use;
**Confirm** applies exactly that (``confirm_assignment`` refuses if anything changed
meanwhile). Sessions of another group are named as such; a session that would go past
its capacity blocks the confirmation. No group is pre-selected, and "a new series of
sessions for this group" is its own explicit choice.

The assignment runs on a worker (it may create dozens of sessions and enrol hundreds of
clients) under one executor key, so it cannot be started twice; the dialog shows a
progress bar and cannot be closed meanwhile. Double bookings found by the preview are
listed with "Enrol anyway".
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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
from clinicdesk.services import groups, schedule_assignment, templates
from clinicdesk.services.schedule_assignment import AssignmentPreview
from clinicdesk.services.schedules import AssignmentResult, DoubleBookingConflict
from clinicdesk.services.templates import ScheduleTemplateRecord
from ui import errors, theme
from ui.context import AppContext
from ui.dialogs.pick_clients import ClientPicker
from ui.models.assignment_preview_model import AssignmentPreviewModel
from ui.models.sessions_models import ConflictsModel
from ui.qt_dates import py_date
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog import Dialog
from ui.widgets.page_parts import button, muted
from ui.widgets.tables import make_table

ASSIGN_KEY = "schedules.assign"
QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum" (not exported by PySide6)


def next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


class AssignScheduleDialog(Dialog):
    """Choose who and from when; ``result`` holds the ``AssignmentResult`` when done."""

    def __init__(
        self, ctx: AppContext, schedule: ScheduleTemplateRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schedule = schedule
        self.result: AssignmentResult | None = None
        self.plan: AssignmentPreview | None = None
        self.running = False
        self.setWindowTitle(self.tr("Assign “{name}”").format(name=schedule.name))
        self.resize(900, 560)

        first_day = min((o.weekday for o in schedule.occurrences), default=0)
        self.start = DateEdit(next_weekday(clock.today(), first_day))
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
        self.group.addItem(self.tr("— choose a group —"), None)  # nothing pre-selected
        self.join_existing = QRadioButton(self.tr("Enrol the members in the schedule's &sessions"))
        self.new_series = QRadioButton(
            self.tr("Start a &new series of sessions for this group (its own sessions)")
        )
        self.join_existing.setChecked(True)
        series = QButtonGroup(self)
        series.addButton(self.join_existing)
        series.addButton(self.new_series)
        group_page = QWidget()
        group_layout = QVBoxLayout(group_page)
        group_layout.setContentsMargins(0, 0, 0, 0)
        group_layout.addWidget(self.group)
        group_layout.addWidget(self.join_existing)
        group_layout.addWidget(self.new_series)
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
        self.changes = AssignmentPreviewModel(parent=self)
        self.changes_view = make_table("assign.preview", self.changes, stretch_column=3)
        self.changes_view.setAccessibleName(self.tr("Sessions that gain clients"))
        self.changes_summary = QLabel(wordWrap=True, objectName="AssignPreviewSummary")
        self.changes_panel = QWidget()
        changes_layout = QVBoxLayout(self.changes_panel)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addWidget(self.changes_summary)
        changes_layout.addWidget(self.changes_view, 1)
        self.changes_panel.hide()

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = button(self.tr("&Preview changes"))
        self.assign_button = button(self.tr("&Confirm"), role="primary")
        self.assign_button.setToolTip(self.tr("Preview the changes first."))
        box.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
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
        layout.addWidget(self.changes_panel, 1)
        layout.addWidget(self.conflicts_panel)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(box)
        self.conflicts_panel.hide()
        self.progress.hide()
        self.progress_label.hide()

        self.to_group.toggled.connect(lambda on: self.who.setCurrentIndex(1 if on else 0))
        # A group is one line: give the room to the preview, not to an empty page.
        self.to_group.toggled.connect(
            lambda on: self.who.setMaximumHeight(
                group_page.sizeHint().height() if on else QWIDGETSIZE_MAX
            )
        )
        self.to_group.toggled.connect(self._update)
        self.picker.changed.connect(self._update)
        self.group.currentIndexChanged.connect(self._update)
        self.new_series.toggled.connect(self._update)
        self.start.dateChanged.connect(self._load_preview)
        self.start.dateChanged.connect(self._update)
        self.preview_button.clicked.connect(self.look)
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
                self.tr("{name} (%n member(s))", "", g.member_count).format(name=g.name), g.id
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
            (
                self.tr("1 session, on {first}.")
                if len(slots) == 1
                else self.tr("%n session(s), from {first} to {last}.", "", len(slots))
            ).format(
                first=locale.toString(QDate(slots[0].day), fmt),
                last=locale.toString(QDate(slots[-1].day), fmt),
            )
        )

    def _chosen(self) -> tuple[list, object, bool]:
        """(clients, group id, new series) as the form stands."""
        if self.to_group.isChecked():
            return [], self.group.currentData(), self.new_series.isChecked()
        return self.picker.chosen_ids(), None, False

    def _update(self, *_args) -> None:
        # Any change to the form makes the previewed change stale: look again first.
        clients, group_id, _new = self._chosen()
        ready = group_id is not None if self.to_group.isChecked() else bool(clients)
        self.plan = None
        self.changes_panel.hide()
        self.preview_button.setEnabled(ready and not self.running)
        self.assign_button.setEnabled(False)
        self.conflicts_panel.hide()

    # --------------------------------------------------------------- preview

    def look(self) -> None:
        clients, group_id, new_series = self._chosen()
        schedule_id, start_date = self.schedule.id, py_date(self.start.date())
        self.ctx.run(
            lambda db, actor: schedule_assignment.preview_assignment(
                db,
                actor,
                schedule_id,
                start_date=start_date,
                client_ids=clients,
                group_id=group_id,
                new_series=new_series,
            ),
            on_done=self.show_plan,
            key=("assign.plan", id(self)),
            supersede=True,
        )

    def show_plan(self, plan: AssignmentPreview) -> None:
        self.plan = plan
        gaining = [p for p in plan.sessions if p.gains]
        self.changes.set_records(gaining)
        self.changes_view.resizeColumnsToContents()
        if gaining:
            sessions_text = self.tr("%n session(s) gain clients", "", len(gaining))
            enrolments = self.tr("%n enrolment(s)", "", plan.enrolments)
            lines = [f"{sessions_text} ({enrolments})."]
        else:
            lines = [self.tr("Nobody new joins any session: everyone is already enrolled.")]
        if plan.sessions_created:
            lines.append(self.tr("%n new session(s) will be created.", "", plan.sessions_created))
        if plan.other_groups:
            lines.append(
                self.tr("⚠ These are sessions of another group: {names}.").format(
                    names=", ".join(plan.other_groups)
                )
            )
        over = plan.over_capacity
        if over:
            lines.append(
                self.tr(
                    "⚠ %n session(s) would go past capacity, so this cannot be "
                    "confirmed. Choose fewer clients, raise the capacity, or start a "
                    "new series for the group.",
                    "",
                    len(over),
                )
            )
        self.changes_summary.setText("\n".join(lines))
        self.changes_summary.setProperty("role", "error" if over else "")
        theme.repolish(self.changes_summary)
        self.changes_panel.show()
        if plan.conflicts:
            self._show_conflicts(plan.conflicts)
        ok = bool(gaining) and not over and not plan.conflicts and not self.running
        self.assign_button.setEnabled(ok)
        self.assign_button.setToolTip("" if ok else self.tr("Nothing to confirm as it stands."))
        self.enrol_anyway.setEnabled(not over)
        if ok:
            self.assign_button.setFocus()

    def _set_running(self, running: bool) -> None:
        self.running = running
        for w in (
            self.start,
            self.to_clients,
            self.to_group,
            self.who,
            self.enrol_anyway,
            self.cancel_button,
            self.preview_button,
        ):
            w.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        self.assign_button.setEnabled(False)

    # ----------------------------------------------------------------- assign

    def assign(self, *, allow_double_booking: bool) -> None:
        if self.plan is None:
            return  # confirm only what was previewed
        plan = self.plan
        started = self.ctx.run(
            lambda db, actor: schedule_assignment.confirm_assignment(
                db, actor, plan, allow_double_booking=allow_double_booking
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

    def _show_conflicts(self, conflicts) -> None:
        self.conflicts.set_records(conflicts)
        self.conflicts_view.resizeColumnsToContents()
        self.conflicts_text.setText(
            self.tr(
                "Double bookings: {n}. These clients are already in another session at "
                "that time. Nothing was assigned. Change the start date or the clients, "
                "or enrol them anyway."
            ).format(n=len(conflicts))
        )
        self.conflicts_panel.show()
        self.enrol_anyway.setFocus()

    def _refused(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, DoubleBookingConflict):
            self._show_conflicts(exc.conflicts)
            return
        errors.show_error(self, exc)
        # The database moved on (or a capacity was reached): show the change as it is now.
        self.look()

    def reject(self) -> None:
        if self.running:
            return  # the assignment finishes first; closing now would hide its outcome
        super().reject()
