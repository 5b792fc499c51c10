"""The Actions section of a group page: do something for every member, and the history."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import GroupActionKind
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.services import group_actions
from clinicdesk.services.group_actions import GroupActionRecord
from clinicdesk.services.groups import GroupRecord
from ui import errors, labels
from ui.context import AppContext
from ui.dialogs.group_action_dialog import GroupActionDialog
from ui.dialogs.retract_dialog import RetractDialog
from ui.models.columns import RecordRole
from ui.models.group_actions_model import GroupActionsModel
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.tables import fit_columns_once, make_table


class ActionsPanel(QWidget):
    """One button per kind of group action, and every action done so far (newest first)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupRecord | None = None
        self.dialog: GroupActionDialog | None = None
        self.retract_dialog: RetractDialog | None = None
        self.buttons: dict[GroupActionKind, QPushButton] = {}
        # Wraps onto a second line where the labels run longer (French, Dutch) or the
        # screen is small, rather than squeezing the buttons until their text is cut.
        bar = QWidget()
        flow = FlowLayout(bar)
        for kind in GroupActionKind:
            button = QPushButton(labels.action_verb(kind) + "…")
            button.clicked.connect(partial(self.open_dialog, kind))
            self.buttons[kind] = button
            flow.addWidget(button)
        # Issue 17: a letter to every member (ui/dialogs/letter_dialog.py), on its own row.
        self.letter_button = QPushButton(self.tr("Write a &letter…"))
        self.letter_button.clicked.connect(self.open_letter)
        letter_hint = QLabel(self.tr("One personalised letter per member, to print or save."))
        letter_hint.setProperty("role", "muted")
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.letter_button)
        letter_row.addWidget(letter_hint, 1)
        self.buttons[GroupActionKind.DOCUMENT].setProperty("role", "primary")
        # Issue 18: take an action back (its author or a manager), and see the history.
        self.retract_button = QPushButton(self.tr("&Retract…"))
        self.retract_button.setEnabled(False)
        self.show_retracted = QCheckBox(self.tr("Show retracted"))

        self.model = GroupActionsModel(parent=self)
        self.view = make_table(
            "group.actions", self.model, accessible_name=self.tr("Group actions so far")
        )
        self.empty = EmptyState(
            "document",
            self.tr("Nothing shared with this group yet"),
            self.tr(
                "Share a document, assign a program or add a note once, and it is written "
                "into every current member's file."
            ),
        )
        self.refused = QLabel(wordWrap=True)
        self.refused.setProperty("role", "muted")
        self.stack = QStackedWidget()
        for widget in (self.view, self.empty, self.refused):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(bar)
        layout.addLayout(letter_row)
        history = QLabel(self.tr("History"))
        history.setProperty("role", "subtitle")
        layout.addSpacing(4)
        history_bar = QHBoxLayout()
        history_bar.addWidget(history)
        history_bar.addStretch()
        history_bar.addWidget(self.show_retracted)
        history_bar.addWidget(self.retract_button)
        layout.addLayout(history_bar)
        layout.addWidget(self.stack, 1)
        self.retract_button.clicked.connect(self.open_retract)
        self.show_retracted.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    def set_group(self, group: GroupRecord | None) -> None:
        self.group = group
        for button in [*self.buttons.values(), self.letter_button]:
            button.setEnabled(group is not None and not group.archived)
        if group is None:
            self.model.set_records([])
            return
        self.reload()

    def reload(self) -> None:
        if self.group is None:
            return
        group_id = self.group.id
        include_retracted = self.show_retracted.isChecked()
        self.ctx.run(
            lambda db, actor: group_actions.list_group_actions(
                db, actor, group_id, include_retracted=include_retracted
            ),
            on_done=partial(self._listed, self.group.id),
            on_error=self._list_failed,
            key=("group.actions", id(self)),
            supersede=True,
        )

    def _listed(self, group_id, records) -> None:
        if self.group is None or self.group.id != group_id:
            return
        self.model.set_records(records)
        fit_columns_once(self.view)
        self.stack.setCurrentIndex(0 if records else 1)
        self._selection_changed()

    def _list_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):  # e.g. front desk: said in place, calmly
            self.refused.setText(exc.message)
            self.stack.setCurrentIndex(2)
            return
        errors.show_error(self, exc)

    def open_dialog(self, kind: GroupActionKind = GroupActionKind.DOCUMENT) -> None:
        if self.group is None:
            return
        self.dialog = GroupActionDialog(self.ctx, self.group, kind, parent=self)
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()

    def open_letter(self) -> None:
        from ui.dialogs.letter_dialog import LetterDialog

        if self.group is None:
            return
        self.letter = LetterDialog(self.ctx, self.group, parent=self)
        self.letter.accepted.connect(self.reload)
        self.letter.open()

    def selected(self) -> GroupActionRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _selection_changed(self, *_args) -> None:
        action = self.selected()
        self.retract_button.setEnabled(action is not None and action.retracted_at is None)

    def open_retract(self) -> None:
        """Ask for the reason, then retract (the service decides who may)."""
        action = self.selected()
        if self.group is None or action is None or action.retracted_at is not None:
            return
        self.retract_dialog = RetractDialog(self.ctx, action, parent=self)
        self.retract_dialog.accepted.connect(self._retracted)
        self.retract_dialog.open()

    def _retracted(self) -> None:
        result = self.retract_dialog.result if self.retract_dialog else None
        if result is not None:
            self.ctx.hub.status_message.emit(
                self.tr("Retracted from %n member(s)' files.", "", result.entries_retracted)
            )
        self.ctx.hub.groups_changed.emit()
        self.reload()
