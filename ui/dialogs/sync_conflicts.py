"""The conflicts screen: offline changes the clinic server refused, both sides, a choice.

Left: the conflicts waiting on this laptop (what each is about). Right: why it was
refused, the offline side ("Mine") and the server's side ("Theirs") next to each
other, and the choices that make sense for it (``sync_rules.resolutions_for``): apply
mine, edit and apply (the "Mine" text becomes editable), keep theirs, or — when the
session was signed meanwhile — add mine as an addendum. Signed content is never
merged. Deciding asks for the password (the server checks it) and runs on the executor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain import session_rules
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.domain.sync_rules import Resolution
from clinicdesk.i18n import _
from clinicdesk.sync import client
from ui import errors
from ui.context import AppContext
from ui.widgets.dialog import Dialog
from ui.widgets.password_dialog import ask_password


def _side_text(side: dict[str, Any], *, mine: bool) -> str:
    """One side in plain words (the text fields are shown as they are)."""
    lines = []
    if not mine and side.get("available") is False:
        return side.get("why", "")
    labels = {
        "text": "Text",
        "status": "Status",
        "attendance": "Attendance",
        "individual_note": "Individual note",
        "group_note": "Group note",
        "leaders": "Leaders",
        "signed": "Signed",
        "on_roster": "On the roster",
        "done_at": "Done offline at",
    }
    for key, label in labels.items():
        if key not in side:
            continue
        value = side[key]
        if key == "status" and value:
            value = _(session_rules.STATUS_LABELS[SessionStatus(value)])
        elif key == "done_at" and value:
            value = str(value).replace("T", " ")[:16] + " UTC"
        if isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        elif value is None:
            value = "—"
        lines.append(f"{label}: {value}")
    return "\n".join(lines)


class SyncConflictsDialog(Dialog):
    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SyncConflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 520)
        self.conflicts: list[client.ConflictView] = []

        self.list = QListWidget(objectName="ConflictList")
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)

        detail = QWidget(objectName="ConflictsPanel")
        grid = QGridLayout(detail)
        self.title = QLabel(objectName="ConflictTitle", wordWrap=True)
        self.title.setProperty("role", "title")
        self.reason = QLabel(objectName="ConflictReason", wordWrap=True)
        self.reason.setProperty("role", "error")
        self.mine = QPlainTextEdit(objectName="ConflictMine", readOnly=True)
        self.mine.setAccessibleName(self.tr("Mine (done offline)"))
        self.theirs = QPlainTextEdit(objectName="ConflictTheirs", readOnly=True)
        self.theirs.setAccessibleName(self.tr("Theirs (on the clinic server)"))
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.reason, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Mine (done offline)")), 2, 0)
        grid.addWidget(QLabel(self.tr("Theirs (on the clinic server)")), 2, 1)
        grid.addWidget(self.mine, 3, 0)
        grid.addWidget(self.theirs, 3, 1)
        self.choice_row = QHBoxLayout()
        self.buttons: dict[Resolution, QPushButton] = {}
        for choice in Resolution:
            button = QPushButton(self.tr(choice.label), objectName=f"choice_{choice.value}")
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            if choice in (Resolution.APPLY_MINE, Resolution.AS_ADDENDUM):
                button.setProperty("role", "primary")
            self.buttons[choice] = button
            self.choice_row.addWidget(button)
        self.choice_row.addStretch(1)
        grid.addLayout(self.choice_row, 4, 0, 1, 2)
        grid.setRowStretch(3, 1)

        self.empty = QLabel(
            self.tr("No conflicts are waiting. Everything done offline reached the clinic."),
            wordWrap=True,
            objectName="ConflictsEmpty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter(objectName="conflicts.splitter")
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        self.splitter = splitter
        self.editing = False
        self.reload()

    # ---------------------------------------------------------------- data

    def reload(self) -> None:
        self.conflicts = client.conflicts(self.ctx.db)
        self.list.clear()
        for c in self.conflicts:
            where = " · ".join(v for v in (c.session_title, c.client_name) if v)
            item = QListWidgetItem(f"{self.tr(c.label)}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, str(c.action_id))
            self.list.addItem(item)
        has_any = bool(self.conflicts)
        self.splitter.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.list.setCurrentRow(0)

    def current(self) -> client.ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        c = self.current()
        if c is None:
            return
        self.editing = False
        where = " · ".join(v for v in (c.session_title, c.client_name) if v)
        self.title.setText(f"{self.tr(c.label)} — {where}" if where else self.tr(c.label))
        self.reason.setText(c.reason)
        self.mine.setPlainText(_side_text(c.mine, mine=True))
        self.mine.setReadOnly(True)
        self.theirs.setPlainText(_side_text(c.theirs, mine=False))
        for choice, button in self.buttons.items():
            button.setVisible(choice in c.choices)
        self.buttons[Resolution.EDIT_AND_APPLY].setText(self.tr(Resolution.EDIT_AND_APPLY.label))

    # ---------------------------------------------------------------- deciding

    def _choose(self, choice: Resolution) -> None:
        c = self.current()
        if c is None:
            return
        text = None
        if choice is Resolution.EDIT_AND_APPLY and not self.editing:
            # First click: make "Mine" editable, starting from the offline text.
            self.editing = True
            self.mine.setReadOnly(False)
            self.mine.setPlainText(str(c.arguments.get("text", "")))
            self.mine.setFocus()
            self.buttons[choice].setText(self.tr("Apply the edited text"))
            return
        if choice is Resolution.EDIT_AND_APPLY:
            text = self.mine.toPlainText()
        password = ask_password(
            self, self.tr("Enter your password: the clinic server applies your choice.")
        )
        if password:
            self.decide(c, choice, password, text)

    def decide(
        self, c: client.ConflictView, choice: Resolution, password: str, text: str | None = None
    ) -> bool:
        path = self.ctx.db.sqlite_path
        return self.ctx.executor.run_in_background(
            _resolve,
            str(path),
            c.action_id,
            choice,
            password,
            text,
            self.ctx.db.key,
            on_done=self._decided,
            on_error=lambda exc: errors.show_error(self, exc),
            key=("sync.resolve", c.action_id),
        )

    def _decided(self, _choice: Resolution) -> None:
        self.reload()
        self.resolved.emit()


def _resolve(path, action_id, choice, password, text, key):
    return client.resolve(
        path, action_id=action_id, resolution=choice, password=password, text=text, key=key
    )
