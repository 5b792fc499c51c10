"""A client's file in its own window: overview, file entries, completed sessions.

Opening it asks ``client_file.open_client_file``; the service decides whether this
user may read the file (and audits both the read and a refusal). A refusal becomes
the "no access" panel with the service's reason and a "Why not?" that lists the
user's routes to the file (``access.access_for_client``).
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import private_files
from clinicdesk.db.engine import Database
from clinicdesk.domain.errors import ClinicDeskError, PermissionDenied
from clinicdesk.services import access, client_file
from clinicdesk.services.client_file import ClientFile, FileEntryRecord
from clinicdesk.services.records import Actor
from ui import errors, labels
from ui.context import AppContext
from ui.dialogs import files
from ui.models.client_file_models import FileEntriesModel, SessionsInFileModel
from ui.models.columns import RecordRole
from ui.models.formatting import display_text
from ui.views.client_file_text import entry_html, overview_html, session_html
from ui.widgets.busy import BusyOverlay
from ui.widgets.dialog import Dialog
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import make_table


def save_document(
    db: Database, actor: Actor, client_id: uuid.UUID, document_id: uuid.UUID, path: str
) -> str:
    """Worker: fetch the document through the file's service (audited) and write it."""
    document = client_file.download_document(db, actor, client_id, document_id)
    # Owner-only, like every file ClinicDesk writes: it is part of a client's record.
    private_files.write_atomically(Path(path), document.content)
    return document.filename


def _table(name: str, model) -> QTableView:
    """The file's lists fit their contents (a dialog: no widths to remember)."""
    view = make_table(name, model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ClientFileDialog(Dialog):
    """One client's file (non-modal: several can be open side by side)."""

    def __init__(
        self, ctx: AppContext, client_id: uuid.UUID, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.file: ClientFile | None = None
        self.refusal: PermissionDenied | None = None
        self.saved_message = ""
        self.setObjectName("ClientFileDialog")
        self.setWindowTitle(self.tr("Client file — {name}").format(name=title) if title else "")
        self.resize(980, 660)

        self.heading = QLabel(title)
        self.heading.setProperty("role", "title")
        self.subheading = QLabel()
        self.subheading.setProperty("role", "muted")

        self.stack = QStackedWidget()
        self.loading = QWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self._build_file())
        self.stack.addWidget(self._build_denied())

        self.handout_button = QPushButton(self.tr("Print &handout"))
        self.handout_button.setToolTip(
            self.tr("The client's own groups and upcoming sessions, to take home")
        )
        self.attendance_button = QPushButton(self.tr("Print a&ttendance…"))
        for button in (self.handout_button, self.attendance_button):
            button.setEnabled(False)  # until the file is open (the service decided)
        self.handout_button.clicked.connect(self.print_handout)
        self.attendance_button.clicked.connect(self.print_attendance)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        head.addWidget(self.handout_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.attendance_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addWidget(self.stack, 1)
        self.busy = BusyOverlay(self.stack)
        self.busy.track(ctx.executor, ("client.file", client_id), self.tr("Opening the file…"))
        # A group action or an edit elsewhere changes what this file shows.
        ctx.hub.clients_changed.connect(self._changed_elsewhere)
        ctx.hub.settings_changed.connect(self._changed_elsewhere)
        self.reload()

    # ------------------------------------------------------------ layout

    def _build_file(self) -> QWidget:
        self.tabs = QTabWidget(objectName="ClientFileTabs")
        self.overview = QTextBrowser(objectName="ClientFileOverview")
        self.overview.setAccessibleName(self.tr("Overview"))
        self.overview.setOpenLinks(False)
        self.tabs.addTab(self.overview, self.tr("Overview"))

        self.entries_model = FileEntriesModel(parent=self)
        self.entries_view = _table("ClientFileEntries", self.entries_model)
        self.entries_view.setAccessibleName(self.tr("File entries"))
        self.entry_text = QTextBrowser()
        self.entry_text.setAccessibleName(self.tr("Selected entry"))
        self.save_button = QPushButton(self.tr("&Save document…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save_document)
        self.entries_empty = EmptyState(
            "document",
            self.tr("Nothing in this file yet"),
            self.tr(
                "Documents, programs, activities, objectives and notes shared with "
                "this client's groups appear here."
            ),
        )
        self.entries_view.selectionModel().currentRowChanged.connect(self._entry_selected)
        self.entries_stack = self._master_detail(
            self.entries_view, self.entry_text, self.entries_empty, self.save_button
        )
        self.tabs.addTab(self.entries_stack, self.tr("File entries"))

        self.sessions_model = SessionsInFileModel(parent=self)
        self.sessions_view = _table("ClientFileSessions", self.sessions_model)
        self.sessions_view.setAccessibleName(self.tr("Completed group sessions"))
        self.session_text = QTextBrowser()
        self.session_text.setAccessibleName(self.tr("Selected session (read-only)"))
        self.sessions_empty = EmptyState(
            "session",
            self.tr("No completed group sessions"),
            self.tr("Sessions appear here, read-only, once they are signed and completed."),
        )
        self.sessions_view.selectionModel().currentRowChanged.connect(self._session_selected)
        self.sessions_stack = self._master_detail(
            self.sessions_view, self.session_text, self.sessions_empty
        )
        self.tabs.addTab(self.sessions_stack, self.tr("Group sessions"))

        # Outcome scores: built and loaded (an audited read) when the tab is first shown.
        self.outcomes_page = QWidget(objectName="ClientOutcomesPage")
        QVBoxLayout(self.outcomes_page).setContentsMargins(0, 0, 0, 0)
        self.outcomes_panel = None
        self.tabs.addTab(self.outcomes_page, self.tr("Outcomes"))
        from ui.views.care_team_panel import CareTeamPanel

        self.care_team_panel = CareTeamPanel(self.ctx, self.client_id)
        self.tabs.addTab(self.care_team_panel, self.tr("Care team"))
        self.tabs.currentChanged.connect(self._tab_shown)
        return self.tabs

    def _master_detail(self, view, text, empty, button=None) -> QStackedWidget:
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(text, 1)
        if button is not None:
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(button)
            detail_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(view)
        splitter.addWidget(detail)
        splitter.setSizes([260, 300])
        stack = QStackedWidget()
        stack.addWidget(splitter)
        stack.addWidget(empty)
        return stack

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.outcomes_page:
            self.show_outcomes()

    def show_outcomes(self):
        """The Outcomes section (``ClientOutcomesPanel``), loading it on first use."""
        if self.outcomes_panel is None:
            from ui.views.client_outcomes_panel import ClientOutcomesPanel

            self.outcomes_panel = ClientOutcomesPanel(self.ctx, self.client_id)
            self.outcomes_page.layout().addWidget(self.outcomes_panel)
        self.outcomes_panel.client_name = self.heading.text()
        self.tabs.setCurrentWidget(self.outcomes_page)
        self.outcomes_panel.ensure_loaded()
        return self.outcomes_panel

    def _build_denied(self) -> QWidget:
        panel = QFrame(objectName="NoAccessPanel")
        panel.setProperty("role", "card")
        self.denied_title = QLabel(self.tr("You have no access to this client's file"))
        self.denied_title.setProperty("role", "subtitle")
        self.denied_text = QLabel(
            self.tr(
                "The clinic restricts who can open client files. Ask a manager if you "
                "need access to this client."
            ),
            wordWrap=True,
        )
        self.why_button = QPushButton(self.tr("&Why not?"))
        self.why_button.clicked.connect(self._explain)
        self.why_text = QLabel(wordWrap=True, objectName="WhyNotText")
        self.why_text.setProperty("role", "muted")
        self.why_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why_text.hide()
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(self.denied_title)
        inner.addWidget(self.denied_text)
        inner.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.why_text)
        inner.addStretch()
        panel.setAccessibleName(self.denied_title.text())
        return panel

    # ------------------------------------------------------------- loading

    def reload(self) -> None:
        client_id = self.client_id
        self.ctx.run(
            lambda db, actor: client_file.open_client_file(db, actor, client_id),
            on_done=self._opened,
            on_error=self._refused,
            key=("client.file", self.client_id),
        )

    def _changed_elsewhere(self) -> None:
        if self.refusal is None:
            self.reload()

    def _opened(self, file: ClientFile) -> None:
        self.file = file
        c = file.client
        self.heading.setText(c.display_name)
        self.setWindowTitle(self.tr("Client file — {name}").format(name=c.display_name))
        facts = [
            self.tr("Preferred name: {name}").format(name=c.preferred_name)
            if c.preferred_name
            else "",
            self.tr("Record no. {n}").format(n=c.record_number) if c.record_number else "",
            self.tr("Born {date}").format(date=display_text(c.date_of_birth))
            if c.date_of_birth
            else "",
            labels.client_status(c.status),
        ]
        self.subheading.setText(" · ".join(f for f in facts if f))
        self.overview.setHtml(overview_html(file))
        self.entries_model.set_records(file.entries)
        self.sessions_model.set_records(file.sessions)
        self.entries_stack.setCurrentIndex(0 if file.entries else 1)
        self.sessions_stack.setCurrentIndex(0 if file.sessions else 1)
        self.tabs.setTabText(1, self.tr("File entries ({n})").format(n=len(file.entries)))
        self.tabs.setTabText(2, self.tr("Group sessions ({n})").format(n=len(file.sessions)))
        # Group sessions switched off (clinic setting): the section is hidden, not
        # emptied — switched back on, every documented session is there again.
        self.tabs.setTabVisible(2, bool(self.ctx.clinic_settings().group_sessions_enabled))
        for view in (self.entries_view, self.sessions_view):
            if view.model().rowCount():
                view.selectRow(0)
        self.stack.setCurrentIndex(1)
        self.care_team_panel.client_name = c.display_name
        self.care_team_panel.reload()
        self.handout_button.setEnabled(True)
        self.attendance_button.setEnabled(True)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            self.refusal = exc
            self.stack.setCurrentIndex(2)
            self.why_button.setFocus()
            return
        errors.show_error(self, exc)
        if isinstance(exc, ClinicDeskError):
            self.reject()

    # ------------------------------------------------------------ why not

    def _explain(self) -> None:
        client_id = self.client_id
        self.ctx.run(
            lambda db, actor: access.access_for_client(db, actor, client_id),
            on_done=self._routes_arrived,
            key=("client.why", self.client_id),
        )

    def _routes_arrived(self, routes) -> None:
        reason = self.refusal.message if self.refusal else ""
        if routes:
            listed = "\n".join(f"• {r.label}" for r in routes)
            routes_text = self.tr("Your routes to this file:\n{routes}").format(routes=listed)
        else:
            routes_text = self.tr(
                "You have no route to this file: no care team place, no practitioner group "
                "shared with their care team, and no access granted through one of their groups."
            )
        self.why_text.setText(f"{reason}\n\n{routes_text}")
        self.why_text.show()

    # ------------------------------------------------------------ entries

    def _entry_selected(self, current, _previous) -> None:
        entry: FileEntryRecord | None = current.data(RecordRole) if current.isValid() else None
        self.entry_text.setHtml(entry_html(entry) if entry else "")
        self.save_button.setEnabled(bool(entry and entry.document_id))

    def _session_selected(self, current, _previous) -> None:
        session = current.data(RecordRole) if current.isValid() else None
        self.session_text.setHtml(session_html(session) if session else "")

    def selected_entry(self) -> FileEntryRecord | None:
        index = self.entries_view.selectionModel().currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _save_document(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.document_id is None:
            return
        path = files.choose_save_file(self, self.tr("Save document"), entry.filename or entry.title)
        if not path:
            return
        client_id = self.client_id
        self.ctx.run(
            lambda db, actor: save_document(db, actor, client_id, entry.document_id, path),
            on_done=self._document_saved,
            key=("client.save_document", entry.document_id),
        )

    def _document_saved(self, filename: str) -> None:
        self.saved_message = self.tr("Saved {name}.").format(name=filename)
        self.ctx.hub.status_message.emit(self.saved_message)

    # ------------------------------------------------------------ printouts

    def print_handout(self) -> None:
        from clinicdesk.services import printouts  # printing loads on first use
        from ui.print_preview import show_pdf_preview

        show_pdf_preview(
            self,
            self.ctx,
            self.tr("Handout — {name}").format(name=self.heading.text()),
            partial(printouts.client_handout, self.ctx.db, self.ctx.actor, self.client_id),
            suggested_name="handout.pdf",
            choose_language=True,  # the client's language may not be the screen's
        )

    def print_attendance(self) -> None:
        from clinicdesk.services import printouts
        from ui.dialogs.report_period import preview_attendance

        preview_attendance(
            self, self.ctx, self.heading.text(), printouts.client_attendance, self.client_id
        )
