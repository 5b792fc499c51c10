"""Choose clients from the directory: search on the left, chosen ones on the right.

Used to assign a schedule to clients and to add an attendee to one session. The
directory search runs in the background and only the latest query's answer is shown.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import clients
from ui.context import AppContext
from ui.models.columns import RecordRole
from ui.models.picker_models import ClientChoiceModel
from ui.widgets.dialog import Dialog
from ui.widgets.page_parts import button, muted
from ui.widgets.search_field import SearchField
from ui.widgets.tables import make_table

SEARCH_LIMIT = 50


class ClientPicker(QWidget):
    """Search results + chosen list. ``chosen_ids()``; ``changed`` when the choice changes.

    With ``single=True`` there is no chosen list: the selected search result is the choice.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, *, single: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.single = single
        self._key = ("clients.pick", id(self))
        self.search = SearchField(self.tr("Find clients by name or record number"))
        self.results = ClientChoiceModel(parent=self)
        self.results_view = make_table(
            "pick_clients.results", self.results, stretch_column=0, sortable=True, sorted_by=0
        )
        self.results_view.setAccessibleName(self.tr("Clients found"))
        self.hint = muted()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 0, 0)
        layout.addWidget(self.results_view, 1, 0)
        layout.addWidget(self.hint, 2, 0)
        if single:
            self.results_view.selectionModel().selectionChanged.connect(
                lambda *_: self.changed.emit()
            )
        else:
            self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.chosen = ClientChoiceModel(parent=self)
            self.chosen_view = make_table(
                "pick_clients.chosen", self.chosen, stretch_column=0, sortable=True, sorted_by=0
            )
            self.chosen_view.setAccessibleName(self.tr("Chosen clients"))
            self.add_button = button(self.tr("&Add →"), tip=self.tr("Add the selected clients"))
            self.remove_button = button(self.tr("← &Remove"))
            self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
            self.chosen_label = muted()
            layout.addWidget(self.chosen_label, 0, 2)
            layout.addWidget(self.chosen_view, 1, 2)
            buttons = QVBoxLayout()
            buttons.addStretch()
            buttons.addWidget(self.add_button)
            buttons.addWidget(self.remove_button)
            buttons.addStretch()
            layout.addLayout(buttons, 1, 1)
            layout.setColumnStretch(0, 3)
            layout.setColumnStretch(2, 2)
            self.add_button.clicked.connect(self.add_selected)
            self.remove_button.clicked.connect(self.remove_selected)
            self.results_view.doubleClicked.connect(lambda _i: self.add_selected())
            self._update_chosen_label()
        self.search.search_changed.connect(self.run_search)
        self.run_search("")

    def run_search(self, text: str) -> None:
        self.ctx.run(
            lambda db, actor: clients.search_clients(
                db, actor, text=text, limit=SEARCH_LIMIT, include_inactive=False
            ),
            on_done=self._found,
            key=self._key,
            supersede=True,
        )

    def _found(self, page) -> None:
        self.results.set_records(page.rows)
        more = page.next_after is not None
        self.hint.setText(
            self.tr("Showing the first {n}; type more of the name to narrow it down.").format(
                n=len(page.rows)
            )
            if more
            else ""
        )
        if self.single and page.rows:
            self.results_view.selectRow(0)

    def add_selected(self) -> None:
        rows = self.results_view.selectionModel().selectedRows()
        new = [i.data(RecordRole) for i in rows]
        new = [c for c in new if self.chosen.row_of(c.id) is None]
        self.chosen.append_records(new)
        self._update_chosen_label()
        self.changed.emit()

    def remove_selected(self) -> None:
        ids = [i.data(RecordRole).id for i in self.chosen_view.selectionModel().selectedRows()]
        self.chosen.remove_ids(ids)
        self._update_chosen_label()
        self.changed.emit()

    def _update_chosen_label(self) -> None:
        self.chosen_label.setText(self.tr("%n client(s) chosen", "", self.chosen.rowCount()))

    def chosen_ids(self) -> list[uuid.UUID]:
        if self.single:
            rows = self.results_view.selectionModel().selectedRows()
            return [rows[0].data(RecordRole).id] if rows else []
        return [c.id for c in self.chosen.records()]


class PickClientDialog(Dialog):
    """Pick one client (an ad-hoc attendee)."""

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 480)
        self.picker = ClientPicker(ctx, single=True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setEnabled(False)
        self.picker.changed.connect(
            lambda: self.ok_button.setEnabled(bool(self.picker.chosen_ids()))
        )
        self.picker.results_view.doubleClicked.connect(lambda _i: self.accept())
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(box)
        self.picker.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_id(self) -> uuid.UUID | None:
        ids = self.picker.chosen_ids()
        return ids[0] if ids else None
