"""Session templates: list, create, edit, archive (seed 004 "Create Group Session Templates").

Who may change templates is the service's answer: a refusal is shown as it comes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from clinicdesk.services import templates
from clinicdesk.services.templates import SessionTemplateRecord
from ui.context import AppContext, ServiceCall
from ui.dialogs.template_dialogs import SessionTemplateDialog
from ui.models.sessions_models import SessionTemplatesModel
from ui.views.base import ListPage
from ui.widgets.page_parts import accepted, button, title_row

LIST_KEY = "templates.sessions"


class TemplatesPage(ListPage[SessionTemplateRecord]):
    """The Session templates page of the Sessions tab."""

    list_key = LIST_KEY
    fit_columns = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            SessionTemplatesModel(),
            "sessions.templates.table",
            stretch_column=0,
            parent=parent,
        )
        self.view.setAccessibleName(self.tr("Session templates"))
        self.setObjectName("TemplatesPage")
        self.new_button = button(self.tr("&New template…"), "add", role="primary")
        self.edit_button = button(self.tr("Ed&it…"))
        self.archive_button = button(self.tr("&Archive"))
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))
        self.empty.set_content(
            "document",
            self.tr("No session templates yet"),
            self.tr(
                "A template names a session and sets its length and place; schedules "
                "are built from templates."
            ),
            action_text=self.tr("New template…"),
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
                self.tr("Session templates"),
                self.tr("What a session is: its name, length, place and number of places."),
                [self.new_button],
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.list_stack(), 1)

        self.new_button.clicked.connect(self.create)
        self.empty.action_triggered.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _i: self.edit())
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.selection_changed()

    def list_call(self) -> ServiceCall[list[SessionTemplateRecord]]:
        archived = self.show_archived.isChecked()
        return lambda db, actor: templates.list_session_templates(
            db, actor, include_archived=archived
        )

    def selection_changed(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.archive_button.setEnabled(record is not None)
        self.archive_button.setText(
            self.tr("&Restore") if record is not None and record.archived else self.tr("&Archive")
        )

    def create(self) -> None:
        dialog = SessionTemplateDialog(self.ctx, None, self)
        if accepted(dialog):
            self._saved(dialog.result)

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = SessionTemplateDialog(self.ctx, record, self)
        if accepted(dialog):
            self._saved(dialog.result)

    def toggle_archived(self) -> None:
        record = self.selected()
        if record is None:
            return
        self.ctx.run(
            lambda db, actor: templates.archive_session_template(
                db, actor, record.id, archived=not record.archived, expected_version=record.version
            ),
            on_done=self._saved,
            on_error=self.failed,
        )

    def _saved(self, record: SessionTemplateRecord) -> None:
        self.ctx.hub.status_message.emit(
            self.tr("Template “{name}” saved.").format(name=record.name)
        )
        self.ctx.hub.sessions_changed.emit()
        self.reload()
