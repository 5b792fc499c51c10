"""Add one client (type-ahead) or many (multi-select) to a group, from the directory."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError, GroupFull
from clinicdesk.services import groups, waitlist
from clinicdesk.services.groups import GroupRecord, MembershipRecord
from clinicdesk.services.waitlist import Placement, WaitlistAddResult
from ui import errors
from ui.context import AppContext, ServiceCall
from ui.dialogs.field_form import make_default
from ui.dialogs.messages import bulk_add_message
from ui.models.clients_model import ClientsModel
from ui.widgets.dialog import Dialog
from ui.widgets.membership_date import MembershipDateEdit
from ui.widgets.search_field import SearchField


class AddMembersDialog(Dialog):
    """A directory picker that adds the chosen client(s) to ``group`` when accepted.

    ``multi=False``: type a name, the best match is selected, Enter adds them (seed
    000: "type your client's name to select them"). ``multi=True``: Ctrl/Shift-click
    any number of clients and add them in one action (one bulk service call).
    ``self.message`` holds the result sentence after success.
    """

    def __init__(
        self,
        ctx: AppContext,
        group: GroupRecord,
        *,
        multi: bool = False,
        to_waitlist: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.multi = multi
        # Issue 18: put the chosen clients on the group's waitlist instead.
        self.to_waitlist = to_waitlist
        self.message = ""
        self.setObjectName("AddMembersDialog")
        title = self.tr("Add clients to {group}") if multi else self.tr("Add a client to {group}")
        if to_waitlist:
            title = self.tr("Put clients on the waitlist of {group}")
        self.setWindowTitle(title.format(group=group.name))
        self.resize(640, 480)

        self.search = SearchField(self.tr("Type a name or record number"))
        self.model = ClientsModel(ctx.run, self, page_size=100, include_inactive=False)
        self.view = QTableView(objectName="AddMembersView")
        self.view.setAccessibleName(self.tr("Matching clients"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(ClientsModel.Column.COL_STATUS, True)
        self.view.doubleClicked.connect(lambda _index: self._add())
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        # Join date: today by default; a past date (they started last week) or a planned
        # one. The group's scheduled sessions from that date on follow it.
        self.joined_on = MembershipDateEdit()
        self.joined_on.setAccessibleName(self.tr("Joins on"))
        self.joined_on.setToolTip(
            self.tr("They are enrolled in the group's upcoming sessions from this date on.")
        )
        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Joins on"))
        date_label.setBuddy(self.joined_on)
        date_row.addWidget(date_label)
        date_row.addWidget(self.joined_on)
        date_row.addStretch()
        self.banner = QLabel(wordWrap=True)
        self.banner.setProperty("role", "error")
        self.banner.hide()
        # Shown when the group is full: the refusal becomes an offer (issue 18).
        self.waitlist_button = QPushButton(self.tr("Put on the &waitlist"))
        self.waitlist_button.setObjectName("OfferWaitlist")
        self.waitlist_button.hide()
        self.waitlist_button.clicked.connect(self._put_on_waitlist)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setProperty("role", "primary")
        self.add_button.setDefault(True)
        self.add_button.setEnabled(False)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        hint = QLabel(
            self.tr("Hold Ctrl or Shift to choose several clients.")
            if multi
            else self.tr("Type the client's name, then press Enter to add them.")
        )
        hint.setProperty("role", "muted")
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(date_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.waitlist_button)
        layout.addWidget(buttons)

        self.search.search_changed.connect(self.model.search)
        self.model.search_finished.connect(self._results_arrived)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        self._enter_pending = False
        self.model.search("")
        make_default(self, self.add_button)
        self.search.setFocus()

    def selected_ids(self) -> list:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r.id for r in self.model.records(rows)]

    def _results_arrived(self, _text: str) -> None:
        if not self.multi and self.model.rowCount():
            # Type-ahead: the best match is already chosen, Enter adds them.
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_button()
        if self._enter_pending:
            self._enter_pending = False
            self._add()

    def _update_button(self, *_args) -> None:
        n = len(self.view.selectionModel().selectedRows())
        self.add_button.setEnabled(n > 0)
        if self.multi:
            self.add_button.setText(self.tr("Add %n client(s)", "", n))
        else:
            self.add_button.setText(self.tr("Add to group"))
        total = self.model.total_count()
        self.count.setText(
            self.tr("{n} selected of {total} matching").format(n=n, total=total)
            if self.multi
            else self.tr("{total} matching").format(total=total)
        )

    def _add(self) -> None:
        if self.model.loading:
            # Enter pressed before the search for what was just typed answered (the
            # search box's Enter searches at once): add when the results are in.
            self._enter_pending = True
            return
        ids = self.selected_ids()
        if not ids:
            return
        self.banner.hide()
        self.waitlist_button.hide()
        self.add_button.setEnabled(False)
        group_id = self.group.id
        joined_on = self.joined_on.value()
        call: ServiceCall[Placement | WaitlistAddResult | MembershipRecord]
        if self.to_waitlist:
            call = lambda db, actor: waitlist.add_to_waitlist(db, actor, group_id, ids)  # noqa: E731
        elif self.multi:
            # Up to the capacity; the rest wait (issue 18).
            call = lambda db, actor: waitlist.place_clients(  # noqa: E731
                db, actor, group_id, ids, joined_on=joined_on
            )
        else:
            call = lambda db, actor: groups.add_member(  # noqa: E731
                db, actor, group_id, ids[0], joined_on=joined_on
            )
        started = self.ctx.run(
            call, on_done=self._added, on_error=self._failed, key=("group.add", group_id)
        )
        if not started:
            self.add_button.setEnabled(True)

    def _put_on_waitlist(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.waitlist_button.setEnabled(False)
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: waitlist.add_to_waitlist(db, actor, group_id, ids),
            on_done=self._added,
            on_error=self._failed,
            key=("group.add", self.group.id),
        )

    def _added(self, result) -> None:
        if isinstance(result, waitlist.Placement):
            self.message = bulk_add_message(result, self.group.name)
        elif isinstance(result, waitlist.WaitlistAddResult):
            self.message = self.tr("%n put on the waitlist of {group}", "", result.added).format(
                group=self.group.name
            )
        elif isinstance(result, groups.BulkAddResult):
            self.message = bulk_add_message(result, self.group.name)
        else:
            name = f"{result.first_name} {result.last_name}"
            self.message = self.tr("Added {name} to {group}").format(
                name=name, group=self.group.name
            )
        self.ctx.hub.groups_changed.emit()
        self.ctx.hub.status_message.emit(self.message)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._update_button()
        if isinstance(exc, GroupFull) and not self.to_waitlist:
            self.banner.setText(
                exc.message
                + " "
                + self.tr("The client can wait for a place: a place is offered when one frees up.")
            )
            self.banner.show()
            self.waitlist_button.setEnabled(True)
            self.waitlist_button.show()
        elif isinstance(exc, ClinicDeskError):
            self.banner.setText(exc.message)
            self.banner.show()
        else:
            errors.show_error(self, exc)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        # Down from the search box moves into the results, like any type-ahead list.
        if key == Qt.Key.Key_Down and self.search.hasFocus():
            self.view.setFocus()
            return
        # Enter adds even while the Add button is still disabled because the search
        # for what was just typed has not answered yet (``_add`` waits for it).
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add()
            return
        super().keyPressEvent(event)
