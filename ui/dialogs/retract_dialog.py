"""Retract a group action (issue 18): what it was, what retracting does, and why.

The reason is required (the service says so if it is empty); the entries stay in every
member's file, struck through with who, when and why — nothing is deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from clinicdesk.services import retraction
from clinicdesk.services.group_actions import GroupActionRecord
from ui import labels
from ui.context import AppContext
from ui.dialogs.form import hint
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.models.formatting import display_text


class RetractDialog(ServiceFormDialog):
    """``self.result`` is the ``RetractionResult`` after acceptance."""

    def __init__(
        self, ctx: AppContext, action: GroupActionRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Retract group action"), self.tr("Retract"), parent)
        self.setObjectName("RetractDialog")
        self.action = action
        self.ok_button.setProperty("role", "danger")
        what = QLabel(
            self.tr(
                "{kind} “{title}”, shared by {name} on {when} with %n member(s).",
                "",
                action.recipient_count,
            ).format(
                kind=labels.action_kind(action.kind),
                title=action.title,
                name=action.created_by_name,
                when=display_text(action.created_at),
            ),
            wordWrap=True,
        )
        self.reason = QPlainTextEdit(objectName="RetractReason")
        self.reason.setPlaceholderText(self.tr("For example: shared with the wrong group."))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        reason_label = QLabel(self.tr("&Reason (required)"))
        reason_label.setBuddy(self.reason)
        self.form.addRow(what)
        self.form.addRow(
            hint(
                self.tr(
                    "Every entry it wrote is marked retracted in each member's file — shown "
                    "struck through with your name, the date and this reason. Nothing is "
                    "deleted, and the action stays in the group's history. A retracted "
                    "document can no longer be opened or printed on a handout."
                )
            )
        )
        self.form.addRow(reason_label)
        self.form.addRow(self.reason)

    def submit(self) -> None:
        action_id, reason = self.action.id, self.reason.toPlainText()
        self.call(
            lambda db, actor: retraction.retract_group_action(db, actor, action_id, reason=reason)
        )
