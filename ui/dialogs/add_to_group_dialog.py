"""Members tab ▸ "Add to group…": choose a group for the selected clients (seed 002)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import groups, waitlist
from clinicdesk.services.groups import GroupRecord
from clinicdesk.services.waitlist import Placement
from ui import errors
from ui.context import AppContext
from ui.dialogs.field_form import make_default
from ui.dialogs.messages import bulk_add_message
from ui.models.columns import RecordRole
from ui.models.groups_model import GroupsModel
from ui.widgets.busy import BusyOverlay
from ui.widgets.dialog import Dialog
from ui.widgets.membership_date import MembershipDateEdit
from ui.widgets.search_field import SearchField


class AddToGroupDialog(Dialog):
    """Adds ``client_ids`` to the chosen group with one bulk service call.

    The call runs in the background under a busy cover (thousands of clients take a
    moment); afterwards ``self.message`` holds "Added 50 clients to X (3 were already
    members)" and ``self.result`` the service's record.
    """

    def __init__(
        self, ctx: AppContext, client_ids: Sequence[uuid.UUID], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_ids = list(client_ids)
        self.message = ""
        self.result: Placement | None = None
        self.setObjectName("AddToGroupDialog")
        n = len(self.client_ids)
        self.setWindowTitle(self.tr("Add %n client(s) to a group", "", n))
        self.resize(520, 440)

        self.search = SearchField(self.tr("Find a group"))
        self.model = GroupsModel(parent=self)
        self.view = QTableView(objectName="AddToGroupView")
        self.view.setAccessibleName(self.tr("Groups"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            GroupsModel.Column.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.view.doubleClicked.connect(lambda _i: self._add())
        self.banner = QLabel(wordWrap=True)
        self.banner.setProperty("role", "error")
        self.banner.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add to group"))
        self.add_button.setProperty("role", "primary")
        self.add_button.setDefault(True)
        self.add_button.setEnabled(False)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)

        # The join date (today, past or planned): the group's sessions follow it.
        self.joined_on = MembershipDateEdit()
        self.joined_on.setAccessibleName(self.tr("Joins on"))
        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Joins on"))
        date_label.setBuddy(self.joined_on)
        date_row.addWidget(date_label)
        date_row.addWidget(self.joined_on)
        date_row.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(date_row)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.busy = BusyOverlay(self)
        self.busy.track(ctx.executor, ("group.bulk_add", id(self)), self.tr("Adding clients…"))

        self.search.search_changed.connect(self._load)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.add_button.setEnabled(self.chosen() is not None)
        )
        self._load("")
        make_default(self, self.add_button)
        self.search.setFocus()

    def chosen(self) -> GroupRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _load(self, text: str) -> None:
        self.ctx.run(
            lambda db, actor: groups.list_groups(db, actor, text=text),
            on_done=self._groups_arrived,
            key=("group.picker", id(self)),
            supersede=True,
        )

    def _groups_arrived(self, records: list[GroupRecord]) -> None:
        self.model.set_records(records)
        if len(records) == 1:
            self.view.selectRow(0)

    def _add(self) -> None:
        group = self.chosen()
        if group is None:
            return
        self.banner.hide()
        self.add_button.setEnabled(False)
        client_ids = self.client_ids
        joined_on = self.joined_on.value()
        started = self.ctx.run(
            # Up to the capacity; the rest wait (issue 18), as in the group's own dialog.
            lambda db, actor: waitlist.place_clients(
                db, actor, group.id, client_ids, joined_on=joined_on
            ),
            on_done=partial(self._added, group),  # skipped if this dialog is gone
            on_error=self._failed,
            key=("group.bulk_add", id(self)),
        )
        if not started:
            self.add_button.setEnabled(True)

    def _added(self, group: GroupRecord, result: Placement) -> None:
        self.result = result
        self.message = bulk_add_message(result, group.name)
        self.ctx.hub.groups_changed.emit()
        self.ctx.hub.status_message.emit(self.message)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(self.chosen() is not None)
        if isinstance(exc, ClinicDeskError):
            self.banner.setText(exc.message)  # e.g. "Group X has room for 4 more"
            self.banner.show()
        else:
            errors.show_error(self, exc)
