"""The Members tab: the client directory — search, create, edit, import, add to groups."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.add_to_group_dialog import AddToGroupDialog
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.client_file_dialog import ClientFileDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.models.clients_model import ClientsModel
from ui.views.base import TabPage
from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.search_field import SearchField
from ui.widgets.tables import make_table, selected_rows, view_shortcut


class MembersTab(TabPage):
    """The directory of every client, paged (100,000 clients open at once and scroll).

    Search as you type over names, preferred name and record number (the service
    folds accents, so "zoe" finds "Zoë"); each keystroke supersedes the search still
    running. Select many and "Add to group…" adds them in one service call.
    """

    icon_name = "member"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("MembersTab")
        self.dialog = None  # the open modal dialog, if any (tests and screenshots look)
        self.files: dict[uuid.UUID, ClientFileDialog] = {}
        self._reselect: list[uuid.UUID] = []

        self.search = SearchField(self.tr("Search by name, preferred name or record number"))
        # Every keystroke searches at once: the directory answers in a millisecond or two
        # (trigram index) and a newer keystroke supersedes a search still running, so the
        # list follows the typing without the usual pause (docs/BENCHMARKS.md: ≤ 16 ms).
        self.search.set_debounce_ms(0)
        self.new_button = QPushButton(self.tr("+ &New client"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Create a client (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.file_button = QPushButton(self.tr("&Open file"))
        self.add_to_group_button = QPushButton(self.tr("Add to &group…"))

        self.model = ClientsModel(ctx.run, self)
        self.view = make_table(
            "members.list", self.model, accessible_name=self.tr("Clients"), multi=True
        )
        # Always there: a filter that shrinks the list to a screenful would otherwise
        # take the scroll bar away and make the table lay itself out again (≈50 ms).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ClientsModel.Column.COL_LAST_NAME, 200),
            (ClientsModel.Column.COL_FIRST_NAME, 180),
            (ClientsModel.Column.COL_PREFERRED, 160),
            (ClientsModel.Column.COL_DOB, 130),
            (ClientsModel.Column.COL_RECORD, 140),
        ):
            header.resizeSection(column, width)
        self.empty = EmptyState("member", "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.count = QLabel(objectName="MembersCount")
        self.count.setProperty("role", "muted")
        self.selection_label = QLabel(objectName="MembersSelection")
        self.selection_label.setProperty("role", "muted")

        top = QHBoxLayout()
        title = QLabel(self.tr("Clients"))
        title.setProperty("role", "title")
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.file_button, self.edit_button, self.add_to_group_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.selection_label)
        actions.addStretch()
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        self.busy = BusyOverlay(self.stack)

        self.search.search_changed.connect(self._search)
        # A search's count arrives with its first page (``_results_arrived`` shows both);
        # later pages only change how many are loaded.
        self.model.search_finished.connect(self._results_arrived)
        self.model.page_loaded.connect(lambda _n: self._update_count())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # Enter and double-click do the same thing: edit the client (the Enter shortcut
        # below; "Open file" has its own button). They used to differ.
        self.view.doubleClicked.connect(lambda _i: self.edit_client())
        self.search.set_results(self.view)
        self.new_button.clicked.connect(self.new_client)
        self.empty.action_triggered.connect(self.new_client)
        self.import_button.clicked.connect(self.import_csv)
        self.edit_button.clicked.connect(self.edit_client)
        self.file_button.clicked.connect(self.open_file)
        self.add_to_group_button.clicked.connect(self.add_to_group)
        # Window context: Ctrl+N works wherever the focus is in the window, and only
        # for the tab on show (Qt ignores shortcuts of hidden widgets).
        QShortcut(QKeySequence.StandardKey.New, self, self.new_client)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            view_shortcut(self.view, key, self.edit_client)
        ctx.hub.clients_changed.connect(self._clients_changed)
        self._selection_changed()

    # ---------------------------------------------------------- TabPage hooks

    def activated(self) -> None:
        if not self.loaded:
            self._search(self.search.query())
        super().activated()

    def refresh(self) -> None:
        self._search(self.search.query())

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def open_record(self, record_id: object) -> None:
        """Another tab asked for a client: open their file."""
        self.open_file_of(record_id)  # type: ignore[arg-type]

    # --------------------------------------------------------------- search

    def _search(self, text: str) -> None:
        if not self.model.searched:
            self.busy.show_busy(self.tr("Loading clients…"))
        self.model.search(text)

    def _results_arrived(self, text: str) -> None:
        self.busy.hide_busy()
        if self.model.rowCount():
            self.stack.setCurrentIndex(0)
        elif text:
            self.empty.set_content(
                "search",
                self.tr("No clients match '{text}'").format(text=text),
                self.tr("Check the spelling, search by record number, or create the client."),
                action_text=self.tr("New client"),
            )
            self.stack.setCurrentIndex(1)
        else:
            self.empty.set_content(
                "member",
                self.tr("No clients yet"),
                self.tr("Create your first client, or import a list from a CSV file."),
                action_text=self.tr("New client"),
            )
            self.stack.setCurrentIndex(1)
        self._restore_selection()
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        locale = QLocale()
        total, shown = self.model.total_count(), self.model.rowCount()
        if total and shown < total:
            text = self.tr("{shown} of {total} clients loaded — scroll for more").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        else:
            text = self.tr("{total} client(s)", "", total).format(total=locale.toString(total))
        self.count.setText(text)

    def _clients_changed(self) -> None:
        if self.loaded:
            self._reselect = self.selected_ids()  # picked again when the rows are back
            self.model.refresh()

    def _restore_selection(self) -> None:
        ids, self._reselect = self._reselect, []
        selection = self.view.selectionModel()
        for client_id in ids:
            row = self.model.row_of(client_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.model.records(selected_rows(self.view))]

    def _selection_changed(self, *_args) -> None:
        n = len(selected_rows(self.view))
        self.edit_button.setEnabled(n == 1)
        self.file_button.setEnabled(n == 1)
        self.add_to_group_button.setEnabled(n > 0)
        self.selection_label.setText("" if n < 2 else self.tr("{n} selected").format(n=n))

    # -------------------------------------------------------------- actions

    def new_client(self) -> None:
        self._open_dialog(ClientDialog(self.ctx, parent=self))

    def edit_client(self) -> None:
        rows = selected_rows(self.view)
        if len(rows) == 1:
            self._open_dialog(ClientDialog(self.ctx, self.model.record_at(rows[0]), parent=self))

    def import_csv(self) -> None:
        self._open_dialog(ImportDialog(self.ctx, parent=self))

    def add_to_group(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open_dialog(AddToGroupDialog(self.ctx, ids, parent=self))

    def _open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_file(self) -> None:
        rows = selected_rows(self.view)
        if len(rows) == 1:
            record = self.model.record_at(rows[0])
            self.open_file_of(record.id, record.display_name)

    def open_file_of(self, client_id: uuid.UUID, name: str = "") -> ClientFileDialog:
        """Open (or bring forward) the client's file window."""
        window = self.files.get(client_id)
        if window is None:
            window = ClientFileDialog(self.ctx, client_id, name, parent=self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _=None, cid=client_id: self.files.pop(cid, None))
            self.files[client_id] = window
            window.show()
        window.raise_()
        window.activateWindow()
        return window
