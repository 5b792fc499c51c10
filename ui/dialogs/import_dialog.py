"""Import clients from a CSV file — all or nothing, with every refused row listed."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.db.engine import Database
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import client_import, groups
from clinicdesk.services.client_import import ImportReport
from clinicdesk.services.records import Actor
from ui import errors
from ui.context import AppContext
from ui.dialogs import files
from ui.dialogs.field_form import make_default
from ui.dialogs.form import field_label, hint
from ui.models.import_errors_model import ImportErrorsModel
from ui.widgets.busy import BusyOverlay
from ui.widgets.dialog import Dialog


def import_file(
    db: Database, actor: Actor, path: str, *, group_id: uuid.UUID | None
) -> ImportReport:
    """Worker: read the file and hand it to the import service unchanged."""
    return client_import.import_clients_csv(db, actor, Path(path).read_bytes(), group_id=group_id)


class ImportDialog(Dialog):
    """Choose a CSV (and optionally a group to add everyone to), import, read the report.

    Nothing is written unless every row is right, so the report lists *every* refused
    row at once: the user fixes the file and imports it again.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: str | None = None
        self.report: ImportReport | None = None
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import clients from CSV"))
        self.resize(680, 500)

        self.choose_button = QPushButton(self.tr("C&hoose CSV file…"))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setProperty("role", "muted")
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Add the imported clients to a group"))
        self.group.addItem(self.tr("No group"), None)
        self.summary = QLabel(wordWrap=True, objectName="ImportSummary")
        self.summary.hide()
        self.model = ImportErrorsModel(parent=self)
        self.view = QTableView(objectName="ImportErrorsView")
        self.view.setAccessibleName(self.tr("Rows that need fixing"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(
            ImportErrorsModel.Column.COL_LINE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            ImportErrorsModel.Column.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            ImportErrorsModel.Column.COL_MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        self.view.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(6)
        heading = QLabel(self.windowTitle())
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        layout.addWidget(
            hint(
                self.tr(
                    "Columns: first_name, last_name (required), preferred_name, "
                    "date_of_birth (YYYY-MM-DD), record_number, and the care team's "
                    "primary_therapist, case_manager (staff logins). Save from Excel as "
                    "“CSV UTF-8”. If any row has a problem, nothing is imported and every "
                    "problem is listed."
                )
            )
        )
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(field_label(self.tr("Also add them to &group (optional)"), self.group))
        layout.addWidget(self.group)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addStretch()
        layout.addWidget(buttons)
        self.busy = BusyOverlay(self)
        self.busy.track(ctx.executor, ("clients.import", id(self)), self.tr("Checking every row…"))

        make_default(self, self.import_button)
        self.choose_button.clicked.connect(self._choose)
        self.import_button.clicked.connect(self._import)
        ctx.run(groups.list_groups, on_done=self._groups_arrived)

    def _groups_arrived(self, records) -> None:
        for g in records:
            self.group.addItem(g.name, g.id)

    def _choose(self) -> None:
        path = files.choose_open_file(
            self, self.tr("Choose the CSV file"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.path = path
            self.file_label.setText(os.path.basename(path))
            self.file_label.setToolTip(path)
            self.import_button.setEnabled(True)

    def _import(self) -> None:
        if not self.path:
            return
        self.import_button.setEnabled(False)
        path = self.path
        group_id = self.group.currentData()
        started = self.ctx.run(
            lambda db, actor: import_file(db, actor, path, group_id=group_id),
            on_done=self._reported,
            on_error=self._failed,
            key=("clients.import", id(self)),
        )
        if not started:
            self.import_button.setEnabled(True)

    def _reported(self, report: ImportReport) -> None:
        self.report = report
        self.model.set_records(report.rejected)
        self.view.setVisible(not report.ok)
        self.summary.setProperty("role", "muted" if report.ok else "error")
        if report.ok:
            text = self.tr("Imported %n client(s).", "", report.imported)
            if report.added_to_group:
                text += " " + self.tr("%n added to {group}.", "", report.added_to_group).format(
                    group=self.group.currentText()
                )
            self.ctx.hub.clients_changed.emit()
            if self.group.currentData() is not None:
                self.ctx.hub.groups_changed.emit()
            self.ctx.hub.status_message.emit(text)
            self.path = None
        else:
            lines = len({e.line for e in report.rejected})
            text = self.tr(
                "Nothing was imported. {n} line(s) need fixing; correct the file and "
                "import it again."
            ).format(n=lines)
            self.import_button.setEnabled(True)
        self.summary.setText(text)
        self.summary.show()
        self.style().unpolish(self.summary)
        self.style().polish(self.summary)

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, ClinicDeskError | OSError):
            message = (
                exc.message
                if isinstance(exc, ClinicDeskError)
                else self.tr(
                    "The file could not be read. Check that it still exists and try again."
                )
            )
            self.summary.setProperty("role", "error")
            self.summary.setText(message)
            self.summary.show()
            self.style().unpolish(self.summary)
            self.style().polish(self.summary)
        else:
            errors.show_error(self, exc)
