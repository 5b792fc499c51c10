"""Define or edit a clinic measure: name, score range, direction, bands, cut-off, RCI.

Clinic-defined measures are entered as a total. Bands are optional (label, from, to;
gaps allowed, no overlaps); the cut-off is optional; reliability and the normative SD
together give reliable-change figures. The dialog collects; ``outcomes.define_clinic_
measure`` / ``update_clinic_measure`` check every rule and answer with a sentence shown
under the form (a ``ServiceFormDialog``: the form stays open until the service accepts).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.outcomes import Direction
from clinicdesk.services import outcomes
from clinicdesk.services.outcomes import MeasureRecord
from ui.context import AppContext
from ui.dialogs.form import field_label
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.outcome_models import BandsEditModel
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.page_parts import button, muted


def _spin(low: int = -10_000, high: int = 10_000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setMaximumWidth(max(120, box.sizeHint().width()))  # the widest value fits
    return box


class MeasureDialog(ServiceFormDialog):
    """New (``record`` None) or edit an existing clinic measure. ``saved`` is the result."""

    def __init__(
        self, ctx: AppContext, record: MeasureRecord | None, parent: QWidget | None = None
    ) -> None:
        form = QFormLayout()
        super().__init__(ctx, "", "", parent, form=form)
        self.record = record
        self.saved: MeasureRecord | None = None
        self.setObjectName("MeasureDialog")
        self.setWindowTitle(
            self.tr("New clinic measure")
            if record is None
            else self.tr("Edit {name}").format(name=record.name)
        )
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setAccessibleName(self.tr("Name"))
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("Full title"))
        self.min_total = _spin()
        self.min_total.setAccessibleName(self.tr("Lowest possible score"))
        self.max_total = _spin()
        self.max_total.setAccessibleName(self.tr("Highest possible score"))
        self.max_total.setValue(10)
        self.direction: ChoiceCombo[Direction] = ChoiceCombo((d.label, d) for d in Direction)
        self.direction.setAccessibleName(self.tr("Which way is better"))
        self.bands = BandsEditModel(parent=self)
        self.bands_view = QTableView(objectName="measure.bands")
        self.bands_view.setModel(self.bands)
        self.bands_view.setAccessibleName(self.tr("Severity bands"))
        self.bands_view.verticalHeader().hide()
        self.bands_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bands_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.bands_view.setMinimumHeight(72)  # three bands; the dialog fits 1024×600
        self.add_band_button = button(self.tr("Add &band"))
        self.remove_band_button = button(self.tr("Remove band"))
        self.has_cutoff = QCheckBox(self.tr("Clinical &cut-off"))
        self.cutoff = _spin()
        self.cutoff.setAccessibleName(self.tr("Clinical cut-off"))
        self.has_rci = QCheckBox(self.tr("Reliable change from published &reliability"))
        self.reliability = QDoubleSpinBox()
        self.reliability.setRange(0.01, 0.99)
        self.reliability.setDecimals(2)
        self.reliability.setSingleStep(0.01)
        self.reliability.setValue(0.80)
        self.reliability.setAccessibleName(self.tr("Reliability (test-retest r)"))
        self.sd = QDoubleSpinBox()
        self.sd.setRange(0.01, 10_000)
        self.sd.setDecimals(2)
        self.sd.setValue(5.0)
        self.sd.setAccessibleName(self.tr("Normative standard deviation"))
        self.error.setObjectName("MeasureError")
        self.save_button = self.ok_button  # the name the tests know it by
        self.save_button.setText(self.tr("Save"))

        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Full &title"), self.title)
        scores = QHBoxLayout()
        scores.addWidget(self.min_total)
        scores.addWidget(QLabel(self.tr("to")))
        scores.addWidget(self.max_total)
        scores.addStretch()
        form.addRow(self.tr("Scores from"), scores)
        form.addRow(self.tr("&Better is"), self.direction)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(self.add_band_button)
        band_buttons.addWidget(self.remove_band_button)
        band_buttons.addStretch()
        cutoff_row = QHBoxLayout()
        cutoff_row.addWidget(self.has_cutoff)
        cutoff_row.addWidget(self.cutoff)
        cutoff_row.addStretch()
        rci = QHBoxLayout()  # one row: the dialog fits a 1024×600 screen in Dutch too
        rci.setContentsMargins(0, 0, 0, 0)
        rci.addWidget(field_label(self.tr("Reliability r"), self.reliability))
        rci.addWidget(self.reliability)
        rci.addSpacing(12)
        rci.addWidget(field_label(self.tr("Normative SD"), self.sd))
        rci.addWidget(self.sd)
        rci.addStretch()
        self.rci_box = QWidget()
        self.rci_box.setLayout(rci)
        layout = QVBoxLayout()  # below the form, above the problem line
        self.outer.insertLayout(1, layout)
        layout.addWidget(QLabel(self.tr("Severity bands (optional)"), objectName="FieldLabel"))
        layout.addWidget(self.bands_view)
        layout.addLayout(band_buttons)
        layout.addLayout(cutoff_row)
        layout.addWidget(self.has_rci)
        layout.addWidget(self.rci_box)
        layout.addWidget(
            muted(
                self.tr(
                    "Clinic measures are entered as a total. Without reliability figures "
                    "comparisons show no reliable-change or recovery counts."
                )
            )
        )

        self.add_band_button.clicked.connect(self.add_band)
        self.remove_band_button.clicked.connect(self.remove_band)
        self.has_cutoff.toggled.connect(self.cutoff.setEnabled)
        self.has_rci.toggled.connect(self.rci_box.setEnabled)
        if record is not None:
            self._fill(record)
        self.cutoff.setEnabled(self.has_cutoff.isChecked())
        self.rci_box.setEnabled(self.has_rci.isChecked())

    def _fill(self, record: MeasureRecord) -> None:
        d = record.definition
        self.name.setText(d.name)
        self.title.setText(d.title if d.title != d.name else "")
        self.min_total.setValue(d.min_total)
        self.max_total.setValue(d.max_total)
        self.direction.set_value(d.direction)
        for band in d.bands:
            self.bands.add_band(band.label, band.low, band.high)
        if d.cutoff is not None:
            self.has_cutoff.setChecked(True)
            self.cutoff.setValue(d.cutoff)
        if d.reliability is not None and d.normative_sd is not None:
            self.has_rci.setChecked(True)
            self.reliability.setValue(d.reliability)
            self.sd.setValue(d.normative_sd)

    def add_band(self) -> None:
        values = self.bands.values()
        low = values[-1][2] + 1 if values else self.min_total.value()
        self.bands.add_band(self.tr("Band {n}").format(n=len(values) + 1), low, low)
        self.bands_view.setCurrentIndex(self.bands.index(len(values), 0))

    def remove_band(self) -> None:
        self.bands.remove_band(self.bands_view.currentIndex().row())

    def measure_values(self) -> dict:
        return {
            "name": self.name.text(),
            "title": self.title.text() or None,
            "min_total": self.min_total.value(),
            "max_total": self.max_total.value(),
            "direction": self.direction.value(),
            "bands": self.bands.values(),
            "cutoff": self.cutoff.value() if self.has_cutoff.isChecked() else None,
            "reliability": self.reliability.value() if self.has_rci.isChecked() else None,
            "normative_sd": self.sd.value() if self.has_rci.isChecked() else None,
        }

    def submit(self) -> None:
        fields, record = self.measure_values(), self.record
        if record is None:
            self.call(lambda db, actor: outcomes.define_clinic_measure(db, actor, **fields))
            return
        self.call(
            lambda db, actor: outcomes.update_clinic_measure(
                db, actor, record.id, expected_version=record.version, **fields
            )
        )

    def succeeded(self, record: MeasureRecord) -> None:
        self.saved = record
