"""One dialog for every group action: share a document, assign a program, add an
activity, create an objective, add a note — written into each current member's file."""

from __future__ import annotations

import mimetypes
import os
import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.db.engine import Database
from clinicdesk.domain import clients as rules
from clinicdesk.domain.enums import GroupActionKind
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import group_actions
from clinicdesk.services.group_actions import GroupActionResult, RecipientPreview
from clinicdesk.services.groups import GroupRecord
from clinicdesk.services.records import Actor
from ui import labels
from ui.context import AppContext
from ui.dialogs import files
from ui.dialogs.field_form import make_default
from ui.dialogs.service_dialog import ServiceFormDialog
from ui.widgets.choice_combo import ChoiceCombo

PREVIEW_NAMES = 8

_SIMPLE = {
    GroupActionKind.PROGRAM: group_actions.assign_program,
    GroupActionKind.ACTIVITY: group_actions.add_activity,
    GroupActionKind.OBJECTIVE: group_actions.create_objective,
}


def perform_group_action(
    db: Database,
    actor: Actor,
    group_id: uuid.UUID,
    *,
    kind: GroupActionKind,
    title: str,
    body: str,
    path: str | None = None,
) -> GroupActionResult:
    """Run on the worker: read the chosen file (if any) and call the matching service."""
    if kind is GroupActionKind.DOCUMENT:
        if not path:
            raise ValidationError("Choose the file to share.", field="content")
        content = Path(path).read_bytes()
        return group_actions.share_document(
            db,
            actor,
            group_id,
            filename=os.path.basename(path),
            content=content,
            mime_type=mimetypes.guess_type(path)[0],
            title=title or None,
            note=body,
        )
    if kind is GroupActionKind.NOTE:
        return group_actions.add_note(db, actor, group_id, title=title, body=body)
    return _SIMPLE[kind](db, actor, group_id, title=title, description=body)


def done_message(result: GroupActionResult) -> str:
    """ "Shared with 23 members" — what the status bar says afterwards."""
    n = result.recipients
    match result.kind:
        case GroupActionKind.DOCUMENT:
            return GroupActionDialog.tr("Shared with %n member(s)", "", n)
        case GroupActionKind.PROGRAM:
            return GroupActionDialog.tr("Program assigned to %n member(s)", "", n)
        case GroupActionKind.ACTIVITY:
            return GroupActionDialog.tr("Activity added for %n member(s)", "", n)
        case GroupActionKind.OBJECTIVE:
            return GroupActionDialog.tr("Objective set for %n member(s)", "", n)
        case GroupActionKind.NOTE:
            return GroupActionDialog.tr("Note added to %n member(s)' file(s)", "", n)
    raise AssertionError(result.kind)


class GroupActionDialog(ServiceFormDialog):
    """Kind, title, text (and a file for a document), with who will receive it.

    The preview comes from ``preview_recipients`` — the same "current members" the
    action will write to — so the user knows before saving how many files change.
    Accepts with ``self.result`` and ``self.message`` set.
    """

    def __init__(
        self,
        ctx: AppContext,
        group: GroupRecord,
        kind: GroupActionKind = GroupActionKind.DOCUMENT,
        parent: QWidget | None = None,
    ) -> None:
        layout = QVBoxLayout()
        layout.setSpacing(4)
        super().__init__(ctx, "", "", parent, form=layout)
        self.group = group
        self.path: str | None = None
        self.preview: RecipientPreview | None = None
        self.message = ""
        self.setObjectName("GroupActionDialog")
        self.setWindowTitle(self.tr("Group action — {group}").format(group=group.name))
        self.setMinimumWidth(560)

        self.kind: ChoiceCombo[GroupActionKind] = ChoiceCombo(
            (labels.action_verb(k), k) for k in GroupActionKind
        )
        self.kind.setAccessibleName(self.tr("What to do"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(84)

        self.file_row = QWidget()
        self.choose_button = QPushButton(self.tr("C&hoose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to share"))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setProperty("role", "muted")
        file_layout = QHBoxLayout(self.file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.choose_button)
        file_layout.addWidget(self.file_label, 1)

        self.recipients = QLabel(self.tr("Checking who will receive it…"), wordWrap=True)
        self.recipients.setObjectName("RecipientPreview")
        self.recipients.setAccessibleName(self.tr("Who will receive it"))
        # Room for four wrapped lines, so the dialog does not jump when the names arrive.
        self.recipients.setMinimumHeight(self.recipients.fontMetrics().lineSpacing() * 4)
        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 10, 12, 10)
        card_layout.addWidget(self.recipients)

        self.banner = self.error  # the name the tests know it by
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.outer.setContentsMargins(20, 18, 20, 16)
        self.outer.setSpacing(4)
        heading = QLabel(self.tr("Do it once for the whole group"))
        heading.setProperty("role", "title")
        sub = QLabel(
            self.tr(
                "It is written into the file of every current member of {group}. "
                "Past members and later members do not receive it."
            ).format(group=group.name),
            wordWrap=True,
        )
        sub.setProperty("role", "muted")
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addSpacing(10)
        self.fields.add("kind", self.kind, layout, self.tr("&What to do"))
        layout.addSpacing(4)
        self.file_error = self.fields.add("content", self.file_row, layout, self.tr("&File"))
        self.file_caption = self.fields.caption("content")
        # The focus buddy of the file caption is the button, not the row around it.
        self.file_caption.setBuddy(self.choose_button)
        layout.addSpacing(4)
        self.fields.add("title", self.title, layout, "")
        self.title_caption = self.fields.caption("title")
        layout.addSpacing(4)
        self.fields.add("body", self.body, layout, "")
        self.body_caption = self.fields.caption("body")
        layout.addSpacing(10)
        layout.addWidget(card)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.choose_button.clicked.connect(self._choose_file)
        self.kind.set_value(kind)
        self._kind_changed()
        make_default(self, self.ok_button)
        ctx.run(
            lambda db, actor: group_actions.preview_recipients(db, actor, group.id),
            on_done=self._preview_arrived,
            on_error=self._failed,
            key=("group.preview", id(self)),
        )

    # ------------------------------------------------------------ state

    def current_kind(self) -> GroupActionKind:
        return self.kind.value() or GroupActionKind.NOTE

    def _kind_changed(self, *_args) -> None:
        kind = self.current_kind()
        is_document = kind is GroupActionKind.DOCUMENT
        for widget in (self.file_caption, self.file_row):
            widget.setVisible(is_document)
        if not is_document:
            self.file_error.hide()
        self.title_caption.setText(
            self.tr("&Title (optional: the file name)") if is_document else self.tr("&Title")
        )
        self.body_caption.setText(
            self.tr("&Note")
            if kind is GroupActionKind.NOTE
            else self.tr("&Message to members (optional)")
            if is_document
            else self.tr("&Description (optional)")
        )
        self._update_ok()

    def _choose_file(self) -> None:
        path = files.choose_open_file(self, self.tr("Choose the document to share"))
        if not path:
            return
        self.fields.clear()
        name = os.path.basename(path)
        size = os.path.getsize(path)
        self.file_label.setText(f"{name} · {rules.size_text(size)}")
        self.file_label.setToolTip(path)
        self.path = path
        limit = group_actions.MAX_DOCUMENT_BYTES
        if size > limit:
            # Said before anything is read or sent; the service checks again on save.
            self.fields.show(
                "content",
                self.tr("{name} is {size}; the limit is {limit} MB. Choose a smaller file.").format(
                    name=name, size=rules.size_text(size), limit=limit // (1024 * 1024)
                ),
            )
            self.path = None
        self._update_ok()

    def _preview_arrived(self, preview: RecipientPreview) -> None:
        self.preview = preview
        if preview.count == 0:
            self.recipients.setText(
                self.tr("{group} has no current members, so there is no one to send it to.").format(
                    group=self.group.name
                )
            )
        else:
            # A handful of names is enough to recognise the group; the count says the rest.
            shown = preview.sample_names[:PREVIEW_NAMES]
            names = ", ".join(shown)
            more = preview.count - len(shown)
            if more > 0:
                names += self.tr(" and %n more", "", more)
            text = self.tr(
                "Will be added to the file(s) of %n current member(s): {names}", "", preview.count
            ).format(names=names)
            if preview.outside_access:
                # The service refuses the action as a whole: say so before anything is typed.
                text += "\n" + self.tr(
                    "You cannot open the files of {n} of them, so you cannot share with this "
                    "group. Ask a manager to grant you access to it."
                ).format(n=preview.outside_access)
            self.recipients.setText(text)
        self._update_ok()

    def _update_ok(self) -> None:
        kind = self.current_kind()
        n = self.preview.count if self.preview else 0
        blocked = bool(self.preview and self.preview.outside_access)
        ready = (
            n > 0
            and not blocked
            and (kind is not GroupActionKind.DOCUMENT or self.path is not None)
        )
        self.ok_button.setEnabled(ready)
        verb = labels.action_verb(kind)
        self.ok_button.setText(
            (self.tr("Share with %n member(s)", "", n))
            if kind is GroupActionKind.DOCUMENT and n
            else verb
        )

    # ----------------------------------------------------------- submit

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.ok_button.setEnabled(False)
        else:
            self._update_ok()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        group_id, kind, path = self.group.id, self.current_kind(), self.path
        title, body = self.title.text(), self.body.toPlainText()
        self.call(
            lambda db, actor: perform_group_action(
                db, actor, group_id, kind=kind, title=title, body=body, path=path
            )
        )

    def succeeded(self, result: GroupActionResult) -> None:
        self.message = done_message(result)
        self.ctx.hub.clients_changed.emit()  # members' files have a new entry
        self.ctx.hub.status_message.emit(self.message)

    def problem_text(self, exc: BaseException) -> str | None:
        if isinstance(exc, OSError):
            return self.tr("The file could not be read. Check that it still exists and try again.")
        return None
