"""The Outcomes section of a client's file: a chart per measure, the scores, entry.

Loads ``outcomes.client_outcomes`` (audited as a read of the client's scores) the first
time the section is shown, not when the file opens. The measure picker switches the
chart and the list; "Record a score…" opens the entry dialog; "Retract…" marks a wrong
score retracted with a reason (it stays in the list, greyed, and stops counting). The
buttons follow the service's ``can_record`` flag; the service decides anyway.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import outcomes
from clinicdesk.services.outcomes import ClientOutcomes, MeasureRecord, ScoreRecord
from ui.context import AppContext
from ui.models.columns import RecordRole
from ui.models.formatting import display_text
from ui.models.outcome_models import ScoresModel
from ui.widgets.busy import BusyOverlay
from ui.widgets.client_outcome_chart import ClientOutcomeChart
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_parts import accepted, button, muted
from ui.widgets.tables import make_table

LOAD_KEY = "client.outcomes"


class ClientOutcomesPanel(QWidget):
    """Chart + list + entry for one client's outcome scores."""

    changed = Signal()  # a score was recorded or retracted here

    def __init__(
        self, ctx: AppContext, client_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.client_name = ""
        self.data: ClientOutcomes | None = None
        self.loaded = False
        self.setObjectName("ClientOutcomesPanel")

        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure shown"))
        self.measure.setMinimumContentsLength(18)
        self.record_button = button(self.tr("&Record a score…"), role="primary")
        self.retract_button = button(self.tr("Re&tract…"))
        self.retract_button.setToolTip(
            self.tr("Mark the selected score as wrong, with a reason (it is kept)")
        )
        self.summary = muted()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Measure:")))
        top.addWidget(self.measure)
        top.addWidget(self.summary, 1)
        top.addWidget(self.retract_button)
        top.addWidget(self.record_button)

        self.chart = ClientOutcomeChart()
        self.model = ScoresModel(parent=self)
        self.view = make_table(
            "client.outcomes.scores", self.model, accessible_name=self.tr("Scores")
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="client.outcomes.splitter")
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.empty = EmptyState(
            "document",
            self.tr("No outcome scores yet"),
            self.tr(
                "Record a PHQ-9, GAD-7, K10 or one of the clinic's own measures to follow "
                "this client's progress over time."
            ),
            action_text=self.tr("Record a score…"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        BusyOverlay(self).track(ctx.executor, (LOAD_KEY, client_id), self.tr("Loading scores…"))

        self.measure.currentIndexChanged.connect(self._show_measure)
        self.record_button.clicked.connect(self.record)
        self.empty.action_triggered.connect(self.record)
        self.retract_button.clicked.connect(self.retract)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ data

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        client_id = self.client_id
        self.ctx.run(
            lambda db, actor: outcomes.client_outcomes(db, actor, client_id),
            on_done=self.show_outcomes,
            key=(LOAD_KEY, self.client_id),
            supersede=True,
        )

    def show_outcomes(self, data: ClientOutcomes) -> None:
        self.data = data
        wanted = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for m in data.measures:
            n = len(data.scores_for(m.key))
            self.measure.addItem(self.tr("{name} ({n})").format(name=m.name, n=n), m.key)
        self.measure.setCurrentIndex(max(0, self.measure.findData(wanted)))
        self.measure.blockSignals(False)
        self.stack.setCurrentIndex(0 if data.scores else 1)
        self.empty.button.setVisible(data.can_record)
        self._show_measure()

    def current_measure(self) -> MeasureRecord | None:
        if self.data is None:
            return None
        key = self.measure.currentData()
        return next((m for m in self.data.measures if m.key == key), None)

    def _show_measure(self, *_args) -> None:
        data, record = self.data, self.current_measure()
        if data is None or record is None:
            self.chart.set_series(None, [])
            self.model.set_records([])
            self.summary.setText("")
            self._update_buttons()
            return
        live = data.scores_for(record.key)
        self.chart.set_series(
            record.definition,
            [(s.taken_on, s.total) for s in live],
            data.memberships,
            data.sessions,
            today=data.today,
        )
        every = data.scores_for(record.key, include_retracted=True)
        self.model.set_records(
            sorted(every, key=lambda s: (s.taken_on, s.created_at), reverse=True)
        )
        retracted = len(every) - len(live)
        text = self.tr("{title}").format(title=record.definition.shown_title)
        if retracted:
            text += " · " + self.tr("%n retracted", "", retracted)
        self.summary.setText(text)
        self._update_buttons()

    def selected_score(self) -> ScoreRecord | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        can = self.data is not None and self.data.can_record
        self.record_button.setVisible(can)
        self.retract_button.setVisible(can)
        score = self.selected_score()
        self.retract_button.setEnabled(bool(score and not score.retracted))

    # ------------------------------------------------------------------ actions

    def record(self) -> None:
        self.ctx.run(
            outcomes.list_measures, on_done=self._open_dialog, key=("outcomes.measures", "record")
        )

    def _open_dialog(self, measures: list[MeasureRecord]) -> None:
        from ui.dialogs.record_score_dialog import RecordScoreDialog

        dialog = RecordScoreDialog(
            self.ctx,
            self.client_id,
            self.client_name,
            measures,
            measure_key=self.measure.currentData(),
            parent=self,
        )
        self.dialog = dialog
        if accepted(dialog) and dialog.saved is not None:
            self.ctx.hub.status_message.emit(
                self.tr("{measure} score recorded.").format(measure=dialog.saved.measure)
            )
            self._select_after_reload = dialog.saved.measure_key
            client_id = self.client_id
            self.ctx.run(
                lambda db, actor: outcomes.client_outcomes(db, actor, client_id),
                on_done=self._reloaded_after_save,
                key=(LOAD_KEY, self.client_id),
                supersede=True,
            )
            self.changed.emit()

    def _reloaded_after_save(self, data: ClientOutcomes) -> None:
        self.show_outcomes(data)
        self.measure.setCurrentIndex(max(0, self.measure.findData(self._select_after_reload)))

    def retract(self) -> None:
        from ui.dialogs.session_dialogs import ReasonDialog

        score = self.selected_score()
        if score is None or score.retracted:
            return
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Retract a score"),
            self.tr(
                "Retract the {measure} score of {total} taken on {day}? It stays in the "
                "file, marked as retracted, and no longer counts in charts or comparisons."
            ).format(measure=score.measure, total=score.total, day=display_text(score.taken_on)),
            self.tr("Retract score"),
            self,
            danger=True,
            call=lambda reason: (
                lambda db, actor: outcomes.retract_score(db, actor, score.id, reason=reason)
            ),
        )
        self.reason_dialog = dialog
        if accepted(dialog):
            self._retracted(dialog.result)

    def _retracted(self, _score: ScoreRecord) -> None:
        self.ctx.hub.status_message.emit(self.tr("Score retracted."))
        self.reload()
        self.changed.emit()
