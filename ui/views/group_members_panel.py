"""The Members section of a group page: who is in the group, since when, and changes."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import groups
from clinicdesk.services.groups import GroupRecord, MembershipRecord
from ui.context import AppContext, RecordKind
from ui.dialogs.add_members_dialog import AddMembersDialog
from ui.models.columns import RecordRole
from ui.models.members_model import MembershipsModel
from ui.views.member_consent import ConsentControls
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import fit_columns_once, make_table, view_shortcut


class MembersPanel(QWidget):
    """Members with join/leave dates; add one (type-ahead), add many, remove, past stays.

    ``changed`` fires after a membership change so the page refreshes its counts.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupRecord | None = None
        self.dialog: AddMembersDialog | None = None

        self.add_one = QPushButton(self.tr("&Add member…"))
        self.add_one.setToolTip(self.tr("Type a client's name to add them"))
        self.add_many = QPushButton(self.tr("Add &several…"))
        self.add_many.setToolTip(self.tr("Choose several clients from the directory"))
        self.remove = QPushButton(self.tr("&Remove from group…"))
        self.remove.setProperty("role", "danger")
        self.remove.setEnabled(False)
        self.open_file = QPushButton(self.tr("Open &file"))
        self.open_file.setEnabled(False)
        self.show_past = QCheckBox(self.tr("Show &past members"))
        self.count = QLabel()
        self.count.setProperty("role", "muted")

        self.model = MembershipsModel(self)
        self.view = make_table(
            "group.members", self.model, accessible_name=self.tr("Group members"), sortable=True
        )
        self.empty = EmptyState(
            "member",
            self.tr("No members yet"),
            self.tr("Add clients one at a time by name, or choose several at once."),
            action_text=self.tr("Add member…"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        for button in (self.add_one, self.add_many, self.remove, self.open_file):
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.show_past)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()  # issue 17: consent and the members CSV, under the list
        bottom.addWidget(self.count, 1)
        self.consent = ConsentControls(self, bottom)
        layout.addLayout(bottom)

        self.add_one.clicked.connect(lambda: self._open_picker(multi=False))
        self.add_many.clicked.connect(lambda: self._open_picker(multi=True))
        self.empty.action_triggered.connect(lambda: self._open_picker(multi=False))
        self.remove.clicked.connect(self._ask_remove)
        self.open_file.clicked.connect(self._open_file)
        self.view.doubleClicked.connect(lambda _i: self._open_file())
        self.show_past.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        view_shortcut(self.view, QKeySequence.StandardKey.Delete, self._ask_remove)

    # ------------------------------------------------------------- loading

    def set_group(self, group: GroupRecord | None) -> None:
        self.group = group
        if group is None:
            self.model.set_records([])
            return
        self.reload()

    def reload(self) -> None:
        if self.group is None:
            return
        group_id = self.group.id
        include_past = self.show_past.isChecked()
        self.ctx.run(
            lambda db, actor: groups.list_members(db, actor, group_id, include_past=include_past),
            on_done=partial(self._members_arrived, self.group.id),
            key=("group.members", id(self)),
            supersede=True,
        )

    def _members_arrived(self, group_id, members: list[MembershipRecord]) -> None:
        if self.group is None or group_id != self.group.id:
            return
        self.model.set_records(members)
        fit_columns_once(self.view)
        current = sum(1 for m in members if m.left_on is None)
        self.stack.setCurrentIndex(0 if members else 1)
        text = self.tr("%n current member(s)", "", current)
        if self.show_past.isChecked():
            text += self.tr(" · %n past stay(s)", "", len(members) - current)
        self.count.setText(text)
        self._selection_changed()
        self.consent.refresh()

    # ------------------------------------------------------------- actions

    def selected(self) -> MembershipRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _selection_changed(self, *_args) -> None:
        member = self.selected()
        self.remove.setEnabled(member is not None and member.left_on is None)
        self.open_file.setEnabled(member is not None)
        if hasattr(self, "consent"):
            self.consent.selection_changed()

    def _open_picker(self, *, multi: bool) -> None:
        if self.group is None:
            return
        self.dialog = AddMembersDialog(self.ctx, self.group, multi=multi, parent=self)
        self.dialog.accepted.connect(self._after_change)
        self.dialog.open()

    def _ask_remove(self) -> None:
        member = self.selected()
        if self.group is None or member is None or member.left_on is not None:
            return
        from ui.dialogs.end_membership_dialog import EndMembershipDialog

        # The leaving date (today, past or planned) is chosen in the dialog.
        self.end_dialog = EndMembershipDialog(self.ctx, self.group, member, self)
        self.end_dialog.accepted.connect(lambda: self._removed(self.end_dialog.result))
        self.end_dialog.open()

    def _removed(self, member: MembershipRecord) -> None:
        name = f"{member.first_name} {member.last_name}"
        group = self.group.name if self.group else ""
        self.ctx.hub.status_message.emit(
            self.tr("{name} left {group}.").format(name=name, group=group)
        )
        self.ctx.hub.groups_changed.emit()
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _open_file(self) -> None:
        member = self.selected()
        if member is not None:
            self.ctx.hub.open_requested.emit(RecordKind.CLIENT, member.client_id)
