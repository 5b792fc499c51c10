"""The right-hand side of the Groups tab: one group's details, members, staff, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.groups import GroupRecord
from ui import labels
from ui.context import AppContext
from ui.views.group_actions_panel import ActionsPanel
from ui.views.group_members_panel import MembersPanel
from ui.views.group_staff_panels import ActorsPanel, GrantsPanel
from ui.views.waitlist_panel import WaitlistPanel


class DetailsPanel(QWidget):
    """Description, kind, visibility (explained in plain words) and capacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = QLabel(wordWrap=True, objectName="GroupDescription")
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.visibility = QLabel(objectName="GroupVisibility")
        self.visibility_help = QLabel(wordWrap=True)
        self.visibility_help.setProperty("role", "muted")
        self.capacity = QLabel()
        self.edit_button = QPushButton(self.tr("Edit de&tails…"))
        self.attendance_button = QPushButton(self.tr("Print attendance re&port…"))

        card = QFrame()
        card.setProperty("role", "card")
        form = QFormLayout(card)
        form.setContentsMargins(16, 14, 16, 14)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self._caption(self.tr("Description")), self.description)
        form.addRow(self._caption(self.tr("Kind")), self.kind)
        visibility = QVBoxLayout()
        visibility.setSpacing(2)
        visibility.addWidget(self.visibility)
        visibility.addWidget(self.visibility_help)
        form.addRow(self._caption(self.tr("What members see")), visibility)
        form.addRow(self._caption(self.tr("Capacity")), self.capacity)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch()
        row.addWidget(self.attendance_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(card)
        layout.addLayout(row)
        layout.addStretch()

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "muted")
        return label

    def show_group(self, group: GroupRecord) -> None:
        self.description.setText(group.description or self.tr("No description."))
        self.kind.setText(labels.kind(group.kind))
        self.visibility.setText(labels.visibility(group.visibility))
        self.visibility_help.setText(labels.visibility_help(group.visibility))
        if group.capacity is None:
            self.capacity.setText(
                self.tr("No limit · %n current member(s)", "", group.member_count)
            )
        else:
            self.capacity.setText(
                self.tr("{cap} places · {n} taken · {room} free").format(
                    cap=group.capacity, n=group.member_count, room=group.room
                )
            )


class GroupPage(QWidget):
    """Everything about one group, in sections (tabs) under a heading.

    ``edit_requested`` asks the Groups tab to open the details dialog (it owns the
    create/rename/archive/remove actions, so editing lives in one place).
    """

    edit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupRecord | None = None
        self.title = QLabel(objectName="GroupTitle")
        self.title.setProperty("role", "title")
        self.subtitle = QLabel(objectName="GroupSubtitle")
        self.subtitle.setProperty("role", "muted")
        self.archived_note = QLabel(
            self.tr("Archived: no new members or group actions until it is unarchived."),
            wordWrap=True,
        )
        self.archived_note.setProperty("role", "error")
        self.archived_note.hide()

        self.details = DetailsPanel()
        self.members = MembersPanel(ctx)
        self.waitlist = WaitlistPanel(ctx)  # issue 18
        self.actors = ActorsPanel(ctx)
        self.grants = GrantsPanel(ctx)
        self.actions = ActionsPanel(ctx)
        self.sections = QTabWidget(objectName="GroupSections")
        self.sections.setAccessibleName(self.tr("Group sections"))
        self.sections.addTab(self.details, self.tr("Details"))
        self.sections.addTab(self.members, self.tr("Members"))
        self.sections.addTab(self.waitlist, self.tr("Waitlist"))
        self.sections.addTab(self.actors, self.tr("Actors"))
        self.sections.addTab(self.grants, self.tr("Access"))
        self.sections.addTab(self.actions, self.tr("Group actions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.archived_note)
        layout.addWidget(self.sections, 1)
        self.details.edit_button.clicked.connect(self.edit_requested)
        self.details.attendance_button.clicked.connect(self.print_attendance)

    def show_group(self, group: GroupRecord, *, reload: bool = True) -> None:
        """Show ``group``; ``reload`` also re-asks the sections' services."""
        same = self.group is not None and self.group.id == group.id
        self.group = group
        self.title.setText(group.name)
        members = self.tr("%n current member(s)", "", group.member_count)
        self.subtitle.setText(
            f"{labels.kind(group.kind)} · {labels.visibility(group.visibility)} · {members}"
        )
        self.archived_note.setVisible(group.archived)
        self.details.show_group(group)
        if reload or not same:
            for panel in (self.members, self.waitlist, self.actors, self.grants, self.actions):
                panel.set_group(group)

    def print_attendance(self) -> None:
        """The group's attendance over a chosen period, in the print preview."""
        from clinicdesk.services import printouts  # printing loads on first use
        from ui.dialogs.report_period import preview_attendance

        if self.group is not None:
            preview_attendance(
                self, self.ctx, self.group.name, printouts.group_attendance, self.group.id
            )
