"""Session templates: list, create, edit, archive (seed 004 "Create Group Session Templates").

Who may change templates is the service's answer: a refusal is shown as it comes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import templates
from ui import errors
from ui.context import AppContext
from ui.dialogs.template_dialogs import SessionTemplateDialog
from ui.models.columns import RecordRole
from ui.models.sessions_models import SessionTemplatesModel
from ui.views.page_parts import accepted, button, setup_table, title_row
from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState

LIST_KEY = "templates.sessions"


class TemplatesPage(QWidget):
    """The Session templates page of the Sessions tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("TemplatesPage")
        self.model = SessionTemplatesModel(parent=self)
        self.view = setup_table(
            QTableView(), "sessions.templates.table", self.model, stretch_column=0
        )
        self.view.setAccessibleName(self.tr("Session templates"))
        self.new_button = button(self.tr("&New template…"), "add", role="primary")
        self.edit_button = button(self.tr("Ed&it…"))
        self.archive_button = button(self.tr("&Archive"))
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))
        self.empty = EmptyState(
            "document",
            self.tr("No session templates yet"),
            self.tr(
                "A template names a session and sets its length and place; schedules "
                "are built from templates."
            ),
            action_text=self.tr("New template…"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.show_archived)
        row.addStretch()
        row.addWidget(self.edit_button)
        row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            title_row(
                self.tr("Session templates"),
                self.tr("What a session is: its name, length, place and number of places."),
                [self.new_button],
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        BusyOverlay(self.stack).track(ctx.executor, LIST_KEY)

        self.new_button.clicked.connect(self.create)
        self.empty.action_triggered.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _i: self.edit())
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def reload(self) -> None:
        self.ctx.run_service(
            templates.list_session_templates,
            include_archived=self.show_archived.isChecked(),
            on_done=self._show,
            on_error=self._refused,
            key=LIST_KEY,
            supersede=True,
        )

    def _show(self, records: list) -> None:
        self.model.set_records(records)
        self.stack.setCurrentIndex(0 if records else 1)
        self._selection_changed()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ClinicDeskError):
            raise exc
        self.empty.set_content("lock", self.tr("Not available"), exc.message)
        self.stack.setCurrentIndex(1)

    def selected(self):
        index = self.view.currentIndex()
        has = self.view.selectionModel().hasSelection()
        return index.data(RecordRole) if index.isValid() and has else None

    def _selection_changed(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.archive_button.setEnabled(record is not None)
        self.archive_button.setText(
            self.tr("&Restore") if record is not None and record.archived else self.tr("&Archive")
        )

    def create(self) -> None:
        dialog = SessionTemplateDialog(self.ctx, None, self)
        if accepted(dialog):
            self.ctx.run_service(
                templates.create_session_template, **dialog.values(), on_done=self._saved
            )

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = SessionTemplateDialog(self.ctx, record, self)
        if accepted(dialog):
            self.ctx.run_service(
                templates.update_session_template,
                record.id,
                expected_version=record.version,
                **dialog.values(),
                on_done=self._saved,
                on_error=partial(self._stale, record.id),
            )

    def toggle_archived(self) -> None:
        record = self.selected()
        if record is None:
            return
        self.ctx.run_service(
            templates.archive_session_template,
            record.id,
            archived=not record.archived,
            expected_version=record.version,
            on_done=self._saved,
            on_error=partial(self._stale, record.id),
        )

    def _saved(self, record) -> None:
        self.ctx.hub.status_message.emit(
            self.tr("Template “{name}” saved.").format(name=record.name)
        )
        self.ctx.hub.sessions_changed.emit()
        self.reload()

    def _stale(self, _record_id, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.reload()  # a stale edit: show what is there now
