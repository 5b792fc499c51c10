"""Settings ▸ Outcome measures: the catalogue, and the clinic's own measures.

The standard measures (PHQ-9, GAD-7, K10) are listed for reference and cannot be
changed. Managers and the super admin define clinic measures, edit them and archive
them (their scores stay; no new ones) - the service decides who may and says why not.
The smallest number of clients a comparison shows is a clinic setting (Clinic page).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from clinicdesk.services import outcomes
from clinicdesk.services.outcomes import MeasureRecord
from ui.context import AppContext, ServiceCall
from ui.models.outcome_models import MeasuresModel
from ui.views.base import ListPage
from ui.widgets.page_parts import accepted, button, muted, title_row

LIST_KEY = "settings.measures"


class OutcomeMeasuresPage(ListPage[MeasureRecord]):
    """The measures table with New / Edit / Archive (or Restore)."""

    list_key = LIST_KEY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, MeasuresModel(), "settings.measures.table", stretch_column=4, parent=parent
        )
        self.setObjectName("OutcomeMeasuresPage")
        self.view.setAccessibleName(self.tr("Outcome measures"))
        self.new_button = button(self.tr("&New measure…"), "add", role="primary")
        self.edit_button = button(self.tr("Ed&it…"))
        self.archive_button = button(self.tr("A&rchive"))
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))
        self.note = muted(
            self.tr(
                "Standard measures are entered item by item and cannot be changed. Clinic "
                "measures are entered as a total; archiving keeps their scores."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.show_archived)
        row.addStretch()
        row.addWidget(self.edit_button)
        row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Outcome measures"),
                self.tr("The questionnaires and ratings scores are recorded on."),
                [self.new_button],
            )
        )
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.list_stack(), 1)

        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _i: self.edit())
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.selection_changed()

    def list_call(self) -> ServiceCall[list[MeasureRecord]]:
        archived = self.show_archived.isChecked()
        return lambda db, actor: outcomes.list_measures(db, actor, include_archived=archived)

    def selection_changed(self) -> None:
        record = self.selected()
        clinic = record is not None and not record.standard
        self.edit_button.setEnabled(clinic)
        self.archive_button.setEnabled(clinic)
        self.archive_button.setText(
            self.tr("&Restore") if clinic and record.archived else self.tr("A&rchive")
        )

    def new(self) -> None:
        from ui.dialogs.measure_dialog import MeasureDialog

        self.dialog = MeasureDialog(self.ctx, None, self)
        if accepted(self.dialog):
            self._changed()

    def edit(self) -> None:
        from ui.dialogs.measure_dialog import MeasureDialog

        record = self.selected()
        if record is None or record.standard:
            return
        self.dialog = MeasureDialog(self.ctx, record, self)
        if accepted(self.dialog):
            self._changed()

    def toggle_archived(self) -> None:
        record = self.selected()
        if record is None or record.standard:
            return
        self.ctx.run(
            lambda db, actor: outcomes.set_clinic_measure_archived(
                db, actor, record.id, archived=not record.archived, expected_version=record.version
            ),
            on_done=self._archived,
            on_error=self.failed,
            key=(LIST_KEY, "archive"),
        )

    def _archived(self, _record: MeasureRecord) -> None:
        self._changed()

    def _changed(self) -> None:
        self.ctx.hub.settings_changed.emit()
        self.reload()
