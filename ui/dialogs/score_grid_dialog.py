"""Quick entry of one measure for a whole group session: every attendee in one grid.

Opened from the session documentation screen ("Outcome scores…"). The measure is
chosen once; each row takes that measure's items (standard measures: the total is
computed) or its total (clinic measures). Type a number and press Tab to move on;
Delete clears a cell. Rows left empty are skipped; a half-filled row must be finished
or cleared before saving. Everything is saved in one call
(``outcomes.record_session_scores``, one transaction: one bad row saves nothing).
Clients this user may not record for are greyed out and cannot be edited - the
service decided that (``SheetRow.reachable``).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.db.engine import Database
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import outcomes
from clinicdesk.services.outcomes import (
    MeasureRecord,
    ScoreEntry,
    ScoreRecord,
    SessionScoreSheet,
)
from clinicdesk.services.records import Actor
from ui import errors
from ui.context import AppContext
from ui.dialogs.form import field_label
from ui.models.formatting import display_text
from ui.models.outcome_models import ScoreGridModel
from ui.outcome_items import answer_scale
from ui.qt_dates import py_date
from ui.widgets.busy import BusyOverlay
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog import Dialog
from ui.widgets.page_parts import button, muted

LOAD_KEY = "outcomes.grid.load"
SAVE_KEY = "outcomes.grid.save"


def load_sheet(
    db: Database, actor: Actor, session_id: uuid.UUID
) -> tuple[SessionScoreSheet, list[MeasureRecord]]:
    """Worker: the session's roster for entry, and the measures to choose from."""
    sheet = outcomes.session_score_sheet(db, actor, session_id)
    return sheet, outcomes.list_measures(db, actor)


class ScoreDelegate(QStyledItemDelegate):
    """A number box limited to the measure's item (or total) range; empty = not entered."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        low, high = index.model().value_range()
        editor.setValidator(QIntValidator(low, high, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setAccessibleName(self.tr("Answer, {low} to {high}").format(low=low, high=high))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        text = editor.text().strip()  # type: ignore[attr-defined]
        model.setData(index, text or None)


class ScoreGridDialog(Dialog):
    """The entry grid of one session (modal-less window; saving keeps it open)."""

    def __init__(
        self, ctx: AppContext, session_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.sheet: SessionScoreSheet | None = None
        self.measures: list[MeasureRecord] = []
        self.saved: list[ScoreRecord] = []
        self.last_error = ""
        self.setObjectName("ScoreGridDialog")
        self.setWindowTitle(self.tr("Outcome scores"))
        self.resize(1000, 560)

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.subtitle = muted()
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure"))
        self.date_edit = DateEdit(latest=clock.today())
        self.date_edit.setAccessibleName(self.tr("Date taken"))
        self.scale = muted()
        self.model = ScoreGridModel(self)
        self.view = QTableView(objectName="outcomes.grid")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ScoreDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setAccessibleName(self.tr("Scores by attendee"))
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setAlternatingRowColors(True)
        self.status = muted()
        self.error = QLabel(wordWrap=True, objectName="GridError")
        self.error.setProperty("role", "error")
        self.error.hide()
        self.save_button = button(self.tr("&Save scores"), role="primary")
        self.close_button = button(self.tr("&Close"))

        controls = QHBoxLayout()
        controls.addWidget(field_label(self.tr("&Measure"), self.measure))
        controls.addWidget(self.measure, 1)
        controls.addSpacing(12)
        controls.addWidget(field_label(self.tr("&Date taken"), self.date_edit))
        controls.addWidget(self.date_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addLayout(controls)
        layout.addWidget(self.scale)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.busy = BusyOverlay(self)
        self.busy.track(ctx.executor, (LOAD_KEY, session_id), self.tr("Loading the roster…"))

        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.model.entries_changed.connect(self._update)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.clear_cell)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._update()
        self.reload()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        session_id = self.session_id
        self.ctx.run(
            lambda db, actor: load_sheet(db, actor, session_id),
            on_done=self._loaded,
            on_error=self._load_failed,
            key=(LOAD_KEY, self.session_id),
        )

    def _loaded(self, result: tuple[SessionScoreSheet, list[MeasureRecord]]) -> None:
        sheet, measures = result
        self.sheet = sheet
        self.measures = [m for m in measures if not m.archived]
        self.title.setText(self.tr("Outcome scores — {title}").format(title=sheet.title))
        parts = [display_text(sheet.on)]
        if sheet.group_name:
            parts.insert(0, sheet.group_name)
        parts.append(self.tr("%n attendee(s)", "", len(sheet.rows)))
        self.subtitle.setText(" · ".join(parts))
        self.date_edit.setDate(QDate(sheet.on))
        wanted = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for m in self.measures:
            self.measure.addItem(m.name, m.key)
        self.measure.setCurrentIndex(max(0, self.measure.findData(wanted)))
        self.measure.blockSignals(False)
        self._measure_changed()

    def _load_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.close()

    def current(self) -> MeasureRecord | None:
        index = self.measure.currentIndex()
        return self.measures[index] if 0 <= index < len(self.measures) else None

    def _measure_changed(self, *_args) -> None:
        record = self.current()
        if self.sheet is None or record is None:
            return
        # Another measure has another scale: its grid starts empty.
        self.model.set_sheet(self.sheet.rows, record.definition, record.key)
        self.scale.setText(answer_scale(record.name))
        self.scale.setVisible(bool(self.scale.text()))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        entry = self.model.entry_columns()
        for column in range(2, 2 + entry):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.view.setColumnWidth(column, 44 if record.definition.item_count else 80)
        header.setSectionResizeMode(2 + entry, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        first = next((r for r, row in enumerate(self.sheet.rows) if row.reachable), None)
        if first is not None:
            self.view.setCurrentIndex(self.model.index(first, 2))
        self._update()

    # ------------------------------------------------------------------ state

    def clear_cell(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.setData(index, None)

    def entries(self) -> list[ScoreEntry]:
        out = []
        itemised = bool(self.model.measure and self.model.measure.item_count)
        for row in self.model.complete_rows():
            values = tuple(v for v in self.model.values[row] if v is not None)
            client = self.model.rows[row].client_id
            out.append(
                ScoreEntry(client, items=values)
                if itemised
                else ScoreEntry(client, total=values[0])
            )
        return out

    def _update(self, *_args) -> None:
        complete = len(self.model.complete_rows())
        partial = self.model.partial_rows()
        text = self.tr("%n row(s) ready", "", complete)
        if partial:
            names = ", ".join(self.model.rows[r].display_name for r in partial[:3])
            text += " · " + self.tr("finish or clear: {names}").format(names=names)
        else:
            text += " · " + self.tr("rows left empty are skipped")
        self.status.setText(text)
        self.save_button.setEnabled(bool(complete) and not partial)
        self.error.hide()

    # ------------------------------------------------------------------ save

    def save(self) -> None:
        record = self.current()
        entries = self.entries()
        if record is None or not entries or self.model.partial_rows():
            return
        self.save_button.setEnabled(False)
        session_id = self.session_id
        taken_on = py_date(self.date_edit.date())
        self.ctx.run(
            lambda db, actor: outcomes.record_session_scores(
                db, actor, session_id, measure=record.key, entries=entries, taken_on=taken_on
            ),
            on_done=self._saved,
            on_error=self._failed,
            key=(SAVE_KEY, self.session_id),
        )

    def _saved(self, scores: list[ScoreRecord]) -> None:
        self.saved.extend(scores)
        self.ctx.hub.status_message.emit(self.tr("%n score(s) recorded.", "", len(scores)))
        self.ctx.hub.clients_changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ClinicDeskError):
            self.last_error = exc.message
            self.error.setText(exc.message)
            self.error.show()
        else:
            errors.show_error(self, exc)
