"""Write a letter to a group (issue 17): title, text, a preview per member, produce.

The preview is the very PDF the member will receive (``letters.letter_pdf`` for the
member chosen in "Preview for"), shown in the usual print preview. "Produce letters"
sends it (``letters.send_letter``): each copy is kept in the member's file and the batch
PDF (every member's copy) opens in the print preview to print or save. When the text
names group members, the privacy prompt shows where; the writer edits or goes ahead
with a reason. "Language" sets the letters' own wording (greeting, dates, headings) -
English, Français or Nederlands, the screen's at first; the writer writes the text in
the same language.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import i18n as core_i18n
from clinicdesk.domain.enums import Visibility
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.name_check import TextKind
from clinicdesk.services import groups, letters
from clinicdesk.services.groups import GroupRecord, MembershipRecord
from ui import errors
from ui.context import AppContext
from ui.dialogs.privacy_prompt import ask_to_go_ahead
from ui.widgets.dialog import Dialog
from ui.widgets.language_choice import DocumentLanguageCombo


def _in_language(code: str | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` with the core's wording and dates in ``code`` (on the
    worker that runs it: the screen keeps its own language)."""
    with core_i18n.language(code):
        return fn(*args, **kwargs)


class LetterDialog(Dialog):
    """One letter to a group's current members."""

    def __init__(self, ctx: AppContext, group: GroupRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.members: list[MembershipRecord] = []
        self.preview = None
        self.batch_preview = None
        self.result: letters.LetterResult | None = None
        self.setObjectName("LetterDialog")
        self.setWindowTitle(self.tr("Letter to {group}").format(group=group.name))
        self.resize(620, 540)

        self.rule = QLabel(self._rule_text(group.visibility))
        self.rule.setWordWrap(True)
        self.rule.setProperty("role", "muted")
        self.title = QLineEdit()
        self.title.setMaxLength(letters.TITLE_MAX)
        self.title.setPlaceholderText(
            self.tr("A neutral title, e.g. “About your appointments”")
            if group.visibility == Visibility.HIDDEN
            else self.tr("e.g. “Summer break”")
        )
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(
            self.tr("The text every member receives. Each copy adds the greeting, "
                    "the clinic's letterhead and the member's own next sessions.")
        )  # fmt: skip
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Preview for"))
        self.language = DocumentLanguageCombo(self.tr("Language of the letters"))
        self.preview_button = QPushButton(self.tr("&Preview…"))
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Te&xt:"), self.body)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.tr("Preview &for:"), self.member)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("Produce &letters"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setProperty("role", "primary")
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(lambda: self.send())
        self.preview_button.clicked.connect(self.show_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        group_id = group.id
        self.ctx.run(
            lambda db, actor: groups.list_members(db, actor, group_id),
            on_done=self._members,
            key=("letter.members", id(self)),
        )

    def _rule_text(self, visibility: Visibility) -> str:
        if visibility == Visibility.HIDDEN:
            return self.tr(
                "This group is hidden from its members: the letters never name the group, "
                "its sessions (they read “Appointment”) or its staff, and are signed by "
                "the clinic."
            )
        if visibility == Visibility.MEMBERS_SEE_GROUP:
            return self.tr(
                "Members see the group: the letters name the group, its sessions and its "
                "staff, but no other member."
            )
        return self.tr(
            "Members see each other: the letters also list the other members — only "
            "those who agreed to be named."
        )

    def _members(self, members: list[MembershipRecord]) -> None:
        self.members = members
        self.member.clear()
        for m in members:
            self.member.addItem(f"{m.first_name} {m.last_name}", m.client_id)

    def _values(self) -> dict:
        return {"title": self.title.text(), "body": self.body.toPlainText()}

    def _show_error(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        if isinstance(exc, letters.NamesInLetter):
            self._ask_privacy(exc)
            return
        if isinstance(exc, ClinicDeskError):
            self.error.setText(exc.message)
            self.error.show()
            return
        errors.show_error(self, exc)

    def show_preview(self) -> None:
        from ui.print_preview import show_pdf_preview

        client_id: uuid.UUID | None = self.member.currentData()
        if client_id is None:
            return
        self.error.hide()
        build = partial(
            _in_language,
            self.language.value(),
            letters.letter_pdf,
            self.ctx.db,
            self.ctx.actor,
            self.group.id,
            client_id=client_id,
            **self._values(),
        )
        self.preview = show_pdf_preview(
            self,
            self.ctx,
            self.tr("Letter for {name}").format(name=self.member.currentText()),
            build,
            suggested_name="letter.pdf",
        )

    def send(self, reason: str | None = None) -> None:
        self.error.hide()
        self.send_button.setEnabled(False)
        group_id = self.group.id
        values = self._values()
        code = self.language.value()
        started = self.ctx.run(
            lambda db, actor: _in_language(
                code,
                letters.send_letter,
                db,
                actor,
                group_id,
                privacy_override_reason=reason,
                **values,
            ),
            on_done=self._sent,
            on_error=self._show_error,
            key=("letter.send", id(self)),
        )
        if not started:
            self.send_button.setEnabled(True)

    def _ask_privacy(self, exc: letters.NamesInLetter) -> None:
        v = self._values()
        texts = {(TextKind.LETTER, ""): letters.letter_text(v["title"], v["body"])}
        names = {str(m.client_id): f"{m.first_name} {m.last_name}" for m in self.members}
        self.privacy_prompt = ask_to_go_ahead(
            self,
            exc.hits,
            texts,
            names,
            anyway_text=self.tr("&Produce anyway"),
            on_reason=lambda reason: self.send(reason),
        )

    def _sent(self, result: letters.LetterResult) -> None:
        from ui.print_preview import show_pdf_preview

        self.result = result
        self.ctx.hub.groups_changed.emit()
        self.ctx.hub.status_message.emit(
            self.tr(
                "%n letter(s) produced; each copy is kept in the member's file.",
                "",
                result.recipients,
            )
        )
        pdf = result.pdf
        self.batch_preview = show_pdf_preview(
            self.parentWidget(),
            self.ctx,
            self.tr("Letters to {group}").format(group=self.group.name),
            lambda: pdf,
            suggested_name="letters.pdf",
        )
        self.accept()
