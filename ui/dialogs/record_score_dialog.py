"""“Record a score…” in a client's file: a measure, a date, and its items or its total.

Standard measures are entered item by item - one spin box per item, with the item's
wording and range - and the total is computed as you type; clinic-defined measures take
their total. A box shows "–" until it is answered, so an unanswered item is never
mistaken for a 0. Saving calls ``outcomes.record_score``: the service checks everything
again, decides whether this user may, and audits it.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import clock
from clinicdesk.services import outcomes
from clinicdesk.services.outcomes import MeasureRecord, ScoreRecord
from ui.context import AppContext
from ui.dialogs.form import field_label
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.outcome_items import RISK_ITEMS, answer_scale, item_text
from ui.qt_dates import py_date
from ui.widgets.date_edit import DateEdit
from ui.widgets.page_parts import muted


def answer_box(low: int, high: int, name: str) -> QSpinBox:
    """A spin box from ``low`` to ``high`` that starts unanswered ("–", one below low)."""
    box = QSpinBox()
    box.setRange(low - 1, high)
    box.setSpecialValueText("\u2013")
    box.setValue(low - 1)
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.setAccessibleName(name)
    box.setMinimumWidth(64)
    return box


def answered(box: QSpinBox) -> int | None:
    return None if box.value() == box.minimum() else box.value()


class RecordScoreDialog(ServiceFormDialog):
    """One score for one client. ``saved`` (the ScoreRecord) is set once it is recorded."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: uuid.UUID,
        client_name: str,
        measures: list[MeasureRecord],
        *,
        measure_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        form = QFormLayout()
        super().__init__(ctx, "", "", parent, form=form)
        self._busy = False
        self.client_id = client_id
        self.saved: ScoreRecord | None = None
        self.measures = [m for m in measures if not m.archived]
        self.setObjectName("RecordScoreDialog")
        self.setWindowTitle(self.tr("Record a score — {name}").format(name=client_name))
        self.setMinimumWidth(520)

        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure"))
        for m in self.measures:
            self.measure.addItem(f"{m.name} — {m.definition.shown_title}", m.key)
        self.date_edit = DateEdit(latest=clock.today())
        self.date_edit.setAccessibleName(self.tr("Date taken"))
        self.scale = muted()
        self.pages = QStackedWidget()
        self.item_boxes: list[QSpinBox] = []
        self.total_box: QSpinBox | None = None
        self.total_label = QLabel(objectName="ScoreTotal")
        self.total_label.setProperty("role", "subtitle")
        self.warning = QLabel(wordWrap=True, objectName="RiskWarning")
        self.warning.setProperty("role", "error")
        self.warning.hide()
        self.error.setObjectName("SaveError")
        self.save_button = self.ok_button  # the name the tests know it by
        self.save_button.setText(self.tr("&Save score"))

        form.addRow(field_label(self.tr("&Measure"), self.measure), self.measure)
        form.addRow(field_label(self.tr("&Date taken"), self.date_edit), self.date_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        layout = QVBoxLayout()  # below the form, above the problem line
        self.outer.insertLayout(1, layout, 1)
        layout.addWidget(self.scale)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.warning)

        self.measure.currentIndexChanged.connect(self._measure_changed)
        if measure_key is not None:
            self.measure.setCurrentIndex(max(0, self.measure.findData(measure_key)))
        self._measure_changed()

    # ------------------------------------------------------------------ layout

    def current(self) -> MeasureRecord | None:
        index = self.measure.currentIndex()
        return self.measures[index] if 0 <= index < len(self.measures) else None

    def _measure_changed(self, *_args) -> None:
        record = self.current()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.item_boxes, self.total_box = [], None
        if record is None:
            self._update()
            return
        d = record.definition
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setVerticalSpacing(6)
        if d.item_count:
            assert d.item_min is not None and d.item_max is not None
            for number in range(1, d.item_count + 1):
                text = item_text(d.name, number)
                box = answer_box(d.item_min, d.item_max, f"{d.name} {number}: {text}")
                label = QLabel(f"{number}. {text}", wordWrap=True)
                label.setBuddy(box)
                grid.addWidget(label, number - 1, 0)
                grid.addWidget(box, number - 1, 1)
                box.valueChanged.connect(self._update)
                self.item_boxes.append(box)
            grid.setColumnStretch(0, 1)
        else:
            self.total_box = answer_box(d.min_total, d.max_total, self.tr("Total"))
            grid.addWidget(field_label(self.tr("&Total"), self.total_box), 0, 0)
            grid.addWidget(self.total_box, 0, 1)
            grid.addWidget(
                muted(self.tr("From {low} to {high}").format(low=d.min_total, high=d.max_total)),
                1,
                0,
                1,
                2,
            )
            grid.setColumnStretch(2, 1)
            self.total_box.valueChanged.connect(self._update)
        grid.setRowStretch(grid.rowCount(), 1)
        self.pages.addWidget(page)
        self.scale.setText(answer_scale(d.name))
        self.scale.setVisible(bool(self.scale.text()))
        self._update()

    # ------------------------------------------------------------------ state

    def answers(self) -> list[int | None]:
        return [answered(b) for b in self.item_boxes]

    def total(self) -> int | None:
        """The total as it stands: the items' sum once all are answered, or the typed one."""
        if self.total_box is not None:
            return answered(self.total_box)
        values = self.answers()
        return sum(v for v in values if v is not None) if values and None not in values else None

    def _update(self, *_args) -> None:
        record = self.current()
        self.error.hide()
        if record is None:
            self.total_label.setText(self.tr("No measure to record."))
            self.save_button.setEnabled(False)
            return
        d = record.definition
        total = self.total()
        if d.item_count:
            done = sum(v is not None for v in self.answers())
            if total is None:
                self.total_label.setText(
                    self.tr("{done} of {n} items answered").format(done=done, n=d.item_count)
                )
            else:
                self.total_label.setText(self._total_text(record, total))
        else:
            self.total_label.setText(
                self._total_text(record, total) if total is not None else self.tr("No total yet")
            )
        risk = RISK_ITEMS.get(d.name)
        flagged = (
            risk is not None
            and len(self.item_boxes) >= risk
            and (answered(self.item_boxes[risk - 1]) or 0) > (d.item_min or 0)
        )
        self.warning.setText(
            self.tr(
                "Item {n} is above {low}: follow the clinic's risk procedure before the client "
                "leaves."
            ).format(n=risk, low=d.item_min or 0)
            if flagged
            else ""
        )
        self.warning.setVisible(flagged)
        self.save_button.setEnabled(total is not None and not self._busy)

    def _total_text(self, record: MeasureRecord, total: int) -> str:
        band = record.definition.band_for(total)
        text = self.tr("Total: {total}").format(total=total)
        return f"{text} — {band.label}" if band else text

    # ------------------------------------------------------------------ save

    def taken_on(self) -> date:
        return py_date(self.date_edit.date())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy and self.total() is not None)

    def submit(self) -> None:
        record = self.current()
        if record is None or self.total() is None:
            return
        client_id, taken_on = self.client_id, self.taken_on()
        # Item answers for a standard measure, a total for a clinic measure.
        items = tuple(v for v in self.answers() if v is not None)
        total = None if record.definition.item_count else self.total()
        self.call(
            lambda db, actor: outcomes.record_score(
                db,
                actor,
                client_id,
                measure=record.key,
                taken_on=taken_on,
                items=items if record.definition.item_count else None,
                total=total,
            )
        )

    def succeeded(self, score: ScoreRecord) -> None:
        self.saved = score
