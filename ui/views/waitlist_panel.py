"""The Waitlist section of a group page (issue 18).

Who is waiting, in line order, since when and for how long; the offer of a free place
to the first in line (the front desk notes the offer and confirms: the client joins
with the group's schedule following, as any new member); priorities set by managers
with a reason; the members-and-waitlist printout and CSV. Every decision is the
services': a refusal comes back as a sentence shown here.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import NotFound
from clinicdesk.services import waitlist
from clinicdesk.services.groups import GroupRecord, MembershipRecord
from clinicdesk.services.waitlist import WaitlistEntryRecord, WaitlistRecord
from ui import errors
from ui.context import AppContext
from ui.dialogs.add_members_dialog import AddMembersDialog
from ui.dialogs.confirm import confirm
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.columns import RecordRole
from ui.models.waitlist_model import WaitlistModel, waited_text
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.tables import fit_columns_once, make_table


def _name(e: WaitlistEntryRecord) -> str:
    return f"{e.first_name} {e.last_name}"


class PriorityDialog(ServiceFormDialog):
    """A waiting client's priority (0 = none, up to 9) and the reason for it."""

    def __init__(
        self,
        ctx: AppContext,
        group: GroupRecord,
        entry: WaitlistEntryRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Waitlist priority"), self.tr("Save"), parent)
        self.setObjectName("PriorityDialog")
        self.group, self.entry = group, entry
        self.priority = QSpinBox(objectName="PrioritySpin")
        self.priority.setRange(0, waitlist.MAX_PRIORITY)
        self.priority.setSpecialValueText(self.tr("None"))
        self.priority.setValue(entry.priority)
        self.reason = QLineEdit(entry.priority_reason or "", objectName="PriorityReason")
        self.reason.setPlaceholderText(self.tr("Why this client should be offered a place sooner"))
        help_text = QLabel(
            self.tr(
                "Higher priorities are offered a place first; clients with the same "
                "priority wait in the order they were added. A reason is required."
            ),
            wordWrap=True,
        )
        help_text.setProperty("role", "muted")
        self.form.addRow(self.tr("Client"), QLabel(_name(entry)))
        self.form.addRow(self.tr("&Priority"), self.priority)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(help_text)

    def submit(self) -> None:
        group_id, client_id = self.group.id, self.entry.client_id
        priority, reason = self.priority.value(), self.reason.text()
        self.call(
            lambda db, actor: waitlist.set_priority(
                db, actor, group_id, client_id, priority=priority, reason=reason
            )
        )


class WaitlistPanel(QWidget):
    """The waitlist, the offer of a free place, and the waitlist's actions.

    ``changed`` fires after someone joined the group from the waitlist.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupRecord | None = None
        self.record: WaitlistRecord | None = None
        self.dialog: QWidget | None = None

        # The offer: a place is free and someone waits.
        self.offer = QFrame(objectName="WaitlistOffer")
        self.offer.setProperty("role", "card")
        self.offer_text = QLabel(wordWrap=True, objectName="WaitlistOfferText")
        self.offered_button = QPushButton(self.tr("Mark as &offered"))
        self.offered_button.setToolTip(self.tr("Note that the client was told about the place"))
        self.confirm_button = QPushButton(self.tr("&Confirm place…"))
        self.confirm_button.setProperty("role", "primary")
        offer_row = QHBoxLayout(self.offer)
        offer_row.setContentsMargins(12, 8, 12, 8)
        offer_row.addWidget(self.offer_text, 1)
        offer_row.addWidget(self.offered_button)
        offer_row.addWidget(self.confirm_button)
        self.offer.hide()

        self.add_button = QPushButton(self.tr("&Put on waitlist…"))
        self.priority_button = QPushButton(self.tr("Set &priority…"))
        self.priority_button.setToolTip(self.tr("Managers set a priority, with a reason"))
        self.remove_button = QPushButton(self.tr("&Take off waitlist…"))
        self.remove_button.setProperty("role", "danger")
        self.print_button = QPushButton(self.tr("Print &members and waitlist…"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.priority_button.setEnabled(False)
        self.remove_button.setEnabled(False)

        self.model = WaitlistModel(parent=self)
        self.view = make_table("group.waitlist", self.model, accessible_name=self.tr("Waitlist"))
        self.empty = EmptyState(
            "member",
            self.tr("Nobody is waiting"),
            self.tr(
                "When the group is full, clients you add are offered a place on its "
                "waitlist; the first in line is offered the next free place."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.count = QLabel(objectName="WaitlistCount")
        self.count.setProperty("role", "muted")

        # Wraps onto a second line where the labels run longer (French, Dutch) or the
        # screen is small, rather than squeezing the buttons until their text is cut.
        bar = QWidget()
        flow = FlowLayout(bar)
        for button in (
            self.add_button,
            self.priority_button,
            self.remove_button,
            self.print_button,
            self.export_button,
        ):
            flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.offer)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)

        self.add_button.clicked.connect(self._open_add)
        self.priority_button.clicked.connect(self._open_priority)
        self.remove_button.clicked.connect(self._ask_remove)
        self.offered_button.clicked.connect(self._mark_offered)
        self.confirm_button.clicked.connect(self._ask_confirm)
        self.print_button.clicked.connect(self._print)
        self.export_button.clicked.connect(self._export)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # A member leaving or the capacity growing frees a place: show the offer then.
        ctx.hub.groups_changed.connect(self.reload)

    # ------------------------------------------------------------- loading

    def set_group(self, group: GroupRecord | None) -> None:
        self.group = group
        if group is None:
            self.model.set_records([])
            self.offer.hide()
            return
        self.add_button.setEnabled(not group.archived)
        self.reload()

    def reload(self) -> None:
        if self.group is None:
            return
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: waitlist.get_waitlist(db, actor, group_id),
            on_done=partial(self._arrived, self.group.id),
            on_error=self._load_failed,
            key=("group.waitlist", id(self)),
            supersede=True,
        )

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):  # the group was just removed: the page goes too
            self.group = None
            return
        errors.show_error(self, exc)

    def _arrived(self, group_id, record: WaitlistRecord) -> None:
        if self.group is None or self.group.id != group_id:
            return
        self.record = record
        self.model.set_records(list(record.entries))
        fit_columns_once(self.view)
        self.stack.setCurrentIndex(0 if record.entries else 1)
        waiting = len(record.entries) + record.hidden
        text = self.tr("%n client(s) waiting", "", waiting)
        if record.free_places is not None:
            text += self.tr(" · {free} of {cap} places free").format(
                free=record.free_places, cap=record.capacity
            )
        self.count.setText(text)
        self._show_offer(record.offer)
        self._selection_changed()

    def _show_offer(self, entry: WaitlistEntryRecord | None) -> None:
        if entry is None:
            self.offer.hide()
            return
        days = entry.days_waiting()
        waited = (
            self.tr("added today")
            if days == 0
            else self.tr("waiting {waited}").format(waited=waited_text(entry))
        )
        if entry.offered_at is not None:
            text = self.tr(
                "A place is free. It was offered to {name} (first in line, {waited}): "
                "confirm when they accept."
            )
        else:
            text = self.tr("A place is free: offer it to {name}, first in line ({waited}).")
        self.offer_text.setText(text.format(name=_name(entry), waited=waited))
        self.offered_button.setVisible(entry.offered_at is None)
        self.offer.show()

    # ------------------------------------------------------------- actions

    def selected(self) -> WaitlistEntryRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _selection_changed(self, *_args) -> None:
        entry = self.selected()
        self.priority_button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None)

    def _open_add(self) -> None:
        if self.group is None:
            return
        dialog = AddMembersDialog(self.ctx, self.group, multi=True, to_waitlist=True, parent=self)
        dialog.accepted.connect(self._after_change)
        self.dialog = dialog
        dialog.open()

    def _open_priority(self) -> None:
        entry = self.selected()
        if self.group is None or entry is None:
            return
        dialog = PriorityDialog(self.ctx, self.group, entry, parent=self)
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()

    def _ask_remove(self) -> None:
        entry = self.selected()
        if self.group is None or entry is None:
            return
        confirm(
            self,
            self.tr("Take off waitlist"),
            self.tr("Take {name} off the waitlist of {group}?").format(
                name=_name(entry), group=self.group.name
            ),
            informative=self.tr("They lose their place in line; the record of their wait stays."),
            yes_text=self.tr("Take off"),
            danger=True,
            on_yes=partial(self._run, waitlist.remove_from_waitlist, entry.client_id),
        )

    def _mark_offered(self) -> None:
        if self.group is not None:
            group_id = self.group.id
            self.ctx.run(
                lambda db, actor: waitlist.offer_place(db, actor, group_id),
                on_done=lambda _r: self.reload(),
                key=("group.waitlist.offer", self.group.id),
            )

    def _ask_confirm(self) -> None:
        entry = self.record.offer if self.record else None
        if self.group is None or entry is None:
            return
        confirm(
            self,
            self.tr("Confirm place"),
            self.tr("Add {name} to {group} now?").format(name=_name(entry), group=self.group.name),
            informative=self.tr(
                "They join today, leave the waitlist and are enrolled in the group's "
                "upcoming scheduled sessions, as any new member."
            ),
            yes_text=self.tr("Add to group"),
            on_yes=partial(self._confirm, entry),
        )

    def _confirm(self, entry: WaitlistEntryRecord) -> None:
        if self.group is None:
            return
        group_id = self.group.id
        client_id = entry.client_id
        self.ctx.run(
            lambda db, actor: waitlist.confirm_place(db, actor, group_id, client_id),
            on_done=self._joined,
            key=("group.waitlist.confirm", self.group.id),
        )

    def _joined(self, member: MembershipRecord) -> None:
        group = self.group.name if self.group else ""
        self.ctx.hub.status_message.emit(
            self.tr("{name} joined {group} from the waitlist.").format(
                name=f"{member.first_name} {member.last_name}", group=group
            )
        )
        self.ctx.hub.groups_changed.emit()
        self._after_change()

    def _run(self, fn, *args) -> None:
        if self.group is not None:
            group_id = self.group.id
            value = args
            self.ctx.run(
                lambda db, actor: fn(db, actor, group_id, *value),
                on_done=lambda _r: self.reload(),
                key=("group.wl", id(self)),
            )

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _print(self) -> None:
        from clinicdesk.services import group_roster  # printing loads on first use
        from ui.print_preview import show_pdf_preview

        if self.group is not None:
            show_pdf_preview(
                self,
                self.ctx,
                self.tr("Members and waitlist — {name}").format(name=self.group.name),
                partial(group_roster.print_members, self.ctx.db, self.ctx.actor, self.group.id),
                suggested_name="members-and-waitlist.pdf",
            )

    def _export(self) -> None:
        from clinicdesk.services import group_roster
        from ui.dialogs.files import choose_save_file

        if self.group is None:
            return
        path = choose_save_file(self, self.tr("Export members and waitlist"), "members.csv")
        if not path:
            return
        group_id = self.group.id
        self.ctx.run(
            lambda db, actor: group_roster.export_members_csv(db, actor, group_id),
            on_done=partial(self._write_csv, path),
            key=("group.export", self.group.id),
        )

    def _write_csv(self, path: str, text: str) -> None:
        from pathlib import Path

        from clinicdesk.private_files import write_atomically

        # Owner-only, like every file ClinicDesk writes with client names in it.
        write_atomically(Path(path), text.encode("utf-8"))
        self.ctx.hub.status_message.emit(self.tr("Saved {path}.").format(path=path))
