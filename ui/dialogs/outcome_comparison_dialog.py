"""Groups compared on an outcome measure: the table, the change plot, the trajectories.

Opened from the Groups tab ("Compare outcomes…"), as its own window. Pick a measure,
tick the groups (in the order they should be listed), optionally a period, and
Compare: ``outcomes.compare_groups`` answers - over the clients this user reaches,
with every figure about fewer clients than the clinic's minimum withheld ("hidden",
"< 5"). Print… previews the PDF report; Export table… writes the table as CSV (the
same withheld cells); Export scores… writes the scores behind it, one row each.
"""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.services import groups, outcomes
from clinicdesk.services.groups import GroupRecord
from clinicdesk.services.outcomes import GroupComparison, MeasureRecord
from clinicdesk.services.records import Actor
from ui.context import AppContext
from ui.dialogs import files
from ui.dialogs.form import field_label
from ui.models.formatting import display_text
from ui.models.outcome_models import ComparisonModel, ComparisonRow, GroupChecklistModel
from ui.qt_dates import py_date
from ui.widgets.busy import BusyOverlay
from ui.widgets.comparison_charts import ChangeChart, TrajectoryChart
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog import Dialog
from ui.widgets.page_parts import button, muted
from ui.widgets.search_field import SearchField
from ui.widgets.tables import make_table

LOAD_KEY = "outcomes.compare.load"
RUN_KEY = "outcomes.compare.run"
ANY_DATE = QDate(2000, 1, 1)


def load_choices(db: Database, actor: Actor) -> tuple[list[GroupRecord], list[MeasureRecord]]:
    """Worker: every group (archived too: comparisons look back) and every measure."""
    return (
        groups.list_groups(db, actor, include_archived=True),
        outcomes.list_measures(db, actor, include_archived=True),
    )


def export_scores_to(db: Database, actor: Actor, path: str, **kwargs) -> int:
    """Worker: the scores behind a comparison as CSV at ``path``; returns the row count."""
    text = outcomes.export_scores_csv(db, actor, **kwargs)
    Path(path).write_text(text, encoding="utf-8")
    return max(0, text.count("\n") - 1)


def write_text(path: str, text: str) -> str:
    Path(path).write_text(text, encoding="utf-8")
    return path


class OutcomeComparisonDialog(Dialog):
    """The comparison screen (a window of its own; several may be open)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        preselect: list[uuid.UUID] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preselect = list(preselect or [])
        self.result: GroupComparison | None = None
        self.measures: list[MeasureRecord] = []
        self.setObjectName("OutcomeComparisonDialog")
        self.setWindowTitle(self.tr("Outcomes — groups compared"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1180, 720)

        # -- the groups
        self.search = SearchField(self.tr("Filter groups"))
        self.search.set_debounce_ms(0)
        self.groups_model = GroupChecklistModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.groups_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.groups_view = make_table(
            "outcomes.compare.groups", self.proxy, accessible_name=self.tr("Groups to compare")
        )
        self.groups_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups_view.horizontalHeader().setStretchLastSection(False)
        self.chosen = muted()
        left = QWidget(objectName="CompareGroupsPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(QLabel(self.tr("Groups"), objectName="FieldLabel"))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.groups_view, 1)
        left_layout.addWidget(self.chosen)

        # -- the question
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure"))
        self.start = self._date_edit(self.tr("From"))
        self.end = self._date_edit(self.tr("To"))
        self.compare_button = button(self.tr("&Compare"), role="primary")
        controls = QHBoxLayout()
        controls.addWidget(field_label(self.tr("&Measure"), self.measure))
        controls.addWidget(self.measure, 1)
        controls.addSpacing(8)
        controls.addWidget(field_label(self.tr("&From"), self.start))
        controls.addWidget(self.start)
        controls.addSpacing(4)
        controls.addWidget(field_label(self.tr("&To"), self.end))
        controls.addWidget(self.end)
        controls.addSpacing(8)
        controls.addWidget(self.compare_button)

        # -- the answer
        self.heading = QLabel(objectName="ComparisonHeading")
        self.heading.setProperty("role", "subtitle")
        self.notes = muted()
        self.notes.setObjectName("ComparisonNotes")
        self.model = ComparisonModel(parent=self)
        self.table = make_table(
            "outcomes.compare.table", self.model, accessible_name=self.tr("Groups compared")
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.change_chart = ChangeChart()
        self.trajectory_chart = TrajectoryChart()
        self.charts = QTabWidget(objectName="ComparisonCharts")
        self.charts.addTab(self.change_chart, self.tr("Mean change"))
        self.charts.addTab(self.trajectory_chart, self.tr("Over time"))
        self.results = results = QSplitter(
            Qt.Orientation.Vertical, objectName="outcomes.compare.results"
        )
        results.addWidget(self.table)
        results.addWidget(self.charts)
        results.setStretchFactor(0, 2)
        results.setStretchFactor(1, 3)
        results.setChildrenCollapsible(False)

        self.print_button = button(self.tr("&Print…"), "print")
        self.export_table_button = button(self.tr("Export &table…"))
        self.export_table_button.setToolTip(self.tr("This table as CSV, hidden cells marked"))
        self.export_scores_button = button(self.tr("Export &scores…"))
        self.export_scores_button.setToolTip(
            self.tr("Every score behind this comparison as CSV, one row each")
        )
        self.close_button = button(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_table_button)
        bottom.addWidget(self.export_scores_button)
        bottom.addStretch()
        bottom.addWidget(self.close_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.notes)
        right_layout.addWidget(results, 1)
        right_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="outcomes.compare.splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        left.setMaximumWidth(320)
        self.splitter.setSizes([240, 940])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.splitter)
        self.busy = BusyOverlay(right)
        self.busy.track(ctx.executor, RUN_KEY, self.tr("Comparing…"))
        BusyOverlay(left).track(ctx.executor, LOAD_KEY, self.tr("Loading groups…"))

        self.search.search_changed.connect(self.proxy.setFilterFixedString)
        self.groups_model.checks_changed.connect(self._update_buttons)
        self.measure.currentIndexChanged.connect(self._update_buttons)
        self.compare_button.clicked.connect(self.compare)
        self.print_button.clicked.connect(self.print_report)
        self.export_table_button.clicked.connect(self.export_table)
        self.export_scores_button.clicked.connect(self.export_scores)
        self.close_button.clicked.connect(self.close)
        self._show_result(None)
        self.reload()

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(py_date(ANY_DATE), earliest=py_date(ANY_DATE), latest=clock.today())
        edit.setSpecialValueText(self.tr("Any date"))
        edit.setAccessibleName(name)
        return edit

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.ctx.run(load_choices, on_done=self._choices_arrived, key=LOAD_KEY)

    def _choices_arrived(self, choices: tuple[list[GroupRecord], list[MeasureRecord]]) -> None:
        group_list, measures = choices
        self.groups_model.set_records(group_list)
        self.groups_model.sort(0)
        self.groups_model.set_checked(self.preselect)
        self.measures = measures
        self.measure.clear()
        for m in measures:
            label = m.name if not m.archived else self.tr("{name} (archived)").format(name=m.name)
            self.measure.addItem(label, m.key)
        self._update_buttons()

    # ------------------------------------------------------------------ the question

    def period(self) -> tuple[date | None, date | None]:
        start = None if self.start.date() == ANY_DATE else py_date(self.start.date())
        end = None if self.end.date() == ANY_DATE else py_date(self.end.date())
        return start, end

    def question(self) -> dict:
        start, end = self.period()
        return {
            "measure": self.measure.currentData(),
            "group_ids": self.groups_model.checked_ids(),
            "start": start,
            "end": end,
        }

    def _update_buttons(self, *_args) -> None:
        ticked = self.groups_model.checked_ids()
        self.chosen.setText(self.tr("%n group(s) chosen", "", len(ticked)))
        ready = bool(ticked) and self.measure.currentData() is not None
        self.compare_button.setEnabled(ready)
        done = self.result is not None
        for b in (self.print_button, self.export_table_button, self.export_scores_button):
            b.setEnabled(done)

    def compare(self) -> None:
        question = self.question()
        if not question["group_ids"] or question["measure"] is None:
            return
        self.asked = question
        self.ctx.run(
            lambda db, actor: outcomes.compare_groups(db, actor, **question),
            on_done=self._show_result,
            key=RUN_KEY,
            supersede=True,
        )

    # ------------------------------------------------------------------ the answer

    def _show_result(self, result: GroupComparison | None) -> None:
        self.result = result
        if result is None:
            self.heading.setText(self.tr("Choose a measure and groups, then Compare."))
            self.notes.setText("")
            self.model.set_records([])
            self.change_chart.set_outcomes(None, [], 5)
            self.trajectory_chart.set_trajectories(None, [], 5)
            self._update_buttons()
            return
        definition = result.measure.definition
        rows = [
            ComparisonRow(
                index,
                outcome,
                definition,
                result.min_cell,
                result.latest_bands[index] if result.latest_bands else (),
            )
            for index, outcome in enumerate(result.outcomes)
        ]
        self.model.set_records(rows)
        start, end = result.start, result.end
        if start and end:
            period = self.tr("{start} to {end}").format(
                start=display_text(start), end=display_text(end)
            )
        elif start:
            period = self.tr("from {start}").format(start=display_text(start))
        elif end:
            period = self.tr("up to {end}").format(end=display_text(end))
        else:
            period = self.tr("all recorded scores")
        self.heading.setText(
            self.tr("{measure} by group · {period}").format(measure=definition.name, period=period)
        )
        notes = [
            self.tr(
                "Baseline is each client's first score in the period, latest their last; "
                "change = latest − baseline ({direction})."
            ).format(direction=definition.direction.label.lower()),
        ]
        if result.min_cell > 1:
            notes.append(
                self.tr(
                    "No figure describes fewer than {n} clients: such groups show “< {n}”, "
                    "such counts “hidden”."
                ).format(n=result.min_cell)
            )
        if definition.has_rci:
            notes.append(
                self.tr("Reliable change: {n} points or more.").format(
                    n=definition.reliable_change_points
                )
            )
        if result.restricted:
            notes.append(self.tr("Only clients whose files you can open are counted."))
        self.notes.setText(" ".join(notes))
        self.change_chart.set_outcomes(definition, result.outcomes, result.min_cell)
        self.trajectory_chart.set_trajectories(definition, result.trajectories, result.min_cell)
        # The table as tall as its rows (up to six), the charts take the rest.
        self.table.resizeColumnsToContents()
        scroll = self.table.horizontalScrollBar()
        wanted = (
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * min(len(rows), 6)
            + 2 * self.table.frameWidth()
            + scroll.sizeHint().height()  # room for it when the columns are wider
            + 4
        )
        total = sum(self.results.sizes())
        if total > wanted:
            self.results.setSizes([wanted, total - wanted])
        self._update_buttons()

    # ------------------------------------------------------------------ output

    def print_report(self) -> None:
        if self.result is None:
            return
        from ui.print_preview import show_pdf_preview  # printing loads on first use

        question = self.asked
        name = self.result.measure.name
        self.preview = show_pdf_preview(
            self,
            self.ctx,
            self.tr("Outcome report — {measure}").format(measure=name),
            partial(outcomes.comparison_report_pdf, self.ctx.db, self.ctx.actor, **question),
            suggested_name=f"outcomes-{name}.pdf",
        )

    def export_table(self) -> None:
        if self.result is None:
            return
        path = files.choose_save_file(
            self, self.tr("Export the table"), f"outcomes-{self.result.measure.name}.csv"
        )
        if not path:
            return
        self.ctx.executor.run_in_background(
            write_text,
            path,
            outcomes.comparison_summary_csv(self.result),
            on_done=self._table_exported,
            key=("outcomes.export.table", path),
        )

    def _table_exported(self, path: str) -> None:
        self.exported = path
        self.ctx.hub.status_message.emit(self.tr("Table exported."))

    def export_scores(self) -> None:
        if self.result is None:
            return
        path = files.choose_save_file(
            self, self.tr("Export the scores"), f"scores-{self.result.measure.name}.csv"
        )
        if not path:
            return
        asked = self.asked
        self.ctx.run(
            lambda db, actor: export_scores_to(db, actor, path, **asked),
            on_done=self._scores_exported,
            key=("outcomes.export.scores", path),
        )

    def _scores_exported(self, count: int) -> None:
        self.exported = count
        self.ctx.hub.status_message.emit(self.tr("%n score(s) exported.", "", count))
