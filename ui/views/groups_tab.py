"""The Groups tab: the clinic's client groups on the left, the chosen one on the right."""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import GroupKind, Visibility
from clinicdesk.services import groups
from clinicdesk.services.groups import GroupRecord, RemoveResult
from ui import labels
from ui.context import AppContext, ServiceCall
from ui.dialogs.confirm import confirm
from ui.dialogs.group_dialog import GroupDialog
from ui.models.columns import RecordRole
from ui.models.groups_model import GroupsModel
from ui.views.base import TabPage
from ui.widgets.busy import BusyOverlay
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.empty_state import EmptyState
from ui.widgets.search_field import SearchField
from ui.widgets.tables import make_table, view_shortcut

if TYPE_CHECKING:
    from ui.views.group_page import GroupPage

LIST_KEY = "groups.list"
FITTED_COLUMNS = (GroupsModel.Column.COL_KIND, GroupsModel.Column.COL_MEMBERS)


class GroupsTab(TabPage):
    """Groups: filter, create (Ctrl+N), rename, archive and remove; a page per group.

    Seed 000: "click + create, name your group, open it and add members". Every change
    goes through ``clinicdesk.services.groups``; the tab re-lists on ``groups_changed``
    and keeps the chosen group open.
    """

    icon_name = "group"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("GroupsTab")
        self.dialog: GroupDialog | None = None
        self._wanted: uuid.UUID | None = None  # keep/choose this group after a reload

        # -- filters
        self.search = SearchField(self.tr("Filter groups by name"))
        self.kind: ChoiceCombo[GroupKind | None] = ChoiceCombo()
        self.kind.setAccessibleName(self.tr("Kind of group"))
        self.kind.add_choice(self.tr("All kinds"), None)
        for kind in GroupKind:
            self.kind.add_choice(labels.kind(kind), kind)
        self.visibility: ChoiceCombo[Visibility | None] = ChoiceCombo()
        self.visibility.setAccessibleName(self.tr("What members see"))
        self.visibility.add_choice(self.tr("Any visibility"), None)
        for level in Visibility:
            self.visibility.add_choice(labels.visibility(level), level)
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))

        # -- list and its buttons
        self.model = GroupsModel(parent=self)
        self.view = make_table(
            "groups.list", self.model, accessible_name=self.tr("Groups"), sortable=True
        )
        self.view.horizontalHeader().setStretchLastSection(False)
        self._set_column_modes()
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._fit_columns)
        self.new_button = QPushButton(self.tr("+ &New group"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Create a group (Ctrl+N)"))
        self.compare_button = QPushButton(self.tr("Compare &outcomes…"))
        self.compare_button.setToolTip(
            self.tr("Compare groups on an outcome measure (PHQ-9, GAD-7 …)")
        )
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.setProperty("role", "danger")
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.list_empty = EmptyState(
            "group",
            self.tr("No groups yet"),
            self.tr("Create your first group, then add clients to it."),
            action_text=self.tr("Create your first group"),
        )
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.list_empty)

        left = QWidget(objectName="GroupsListPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 8, 8)
        left_layout.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Groups"))
        title.setProperty("role", "title")
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.compare_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.visibility, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.archive_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        left_layout.addLayout(buttons)

        # -- the chosen group (its page is built when the first group is opened: ``page``)
        self._page: GroupPage | None = None
        self.page_empty = EmptyState(
            "group",
            self.tr("Choose a group"),
            self.tr("Pick a group on the left to see its members, staff and actions."),
        )
        self.right = QStackedWidget()
        self.right.addWidget(self.page_empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="groups.splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 860])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.busy = BusyOverlay(self.list_stack)
        self.busy.track(ctx.executor, LIST_KEY, self.tr("Loading groups…"))

        # -- wiring
        self.search.search_changed.connect(lambda _text: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.visibility.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_group)
        self.compare_button.clicked.connect(self.compare_outcomes)
        self.list_empty.action_triggered.connect(self.new_group)
        self.rename_button.clicked.connect(self.edit_group)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.remove_button.clicked.connect(self.ask_remove)
        ctx.hub.groups_changed.connect(self._groups_changed)
        # Window context: Ctrl+N works wherever the focus is in the window, and only
        # for the tab on show (Qt ignores shortcuts of hidden widgets).
        QShortcut(QKeySequence.StandardKey.New, self, self.new_group)
        view_shortcut(self.view, Qt.Key.Key_F2, self.edit_group)
        self._fit_columns()
        self._update_buttons()

    @property
    def page(self) -> GroupPage:
        """The chosen group's page; built on first use (start-up shows only the list)."""
        if self._page is None:
            from ui.views.group_page import GroupPage

            self._page = GroupPage(self.ctx)
            self._page.edit_requested.connect(self.edit_group)
            self.right.addWidget(self._page)
            self.ctx.workstation.restore_layout(self._page)  # its named table headers
        return self._page

    def _shown_group(self) -> GroupRecord | None:
        return self._page.group if self._page is not None else None

    # ---------------------------------------------------------- TabPage hooks

    def activated(self) -> None:
        if not self.loaded:
            self._set_column_modes()  # a header layout saved by an older version resets them
            self.refresh()
        super().activated()

    @classmethod
    def prefetch(cls, ctx: AppContext) -> None:
        """The list as a new tab asks for it: no filter (see ``_list_filter``)."""
        ctx.prefetch(*cls._list_call())

    @staticmethod
    def _list_call(
        text: str = "",
        kind: GroupKind | None = None,
        visibility: Visibility | None = None,
        archived: bool = False,
    ) -> tuple[Hashable, ServiceCall[list[GroupRecord]]]:
        """The list query for a filter, and its name (what a prefetch is matched by)."""
        name = (LIST_KEY, text, kind, visibility, archived)
        return name, lambda db, actor: groups.list_groups(
            db, actor, text=text, kind=kind, visibility=visibility, include_archived=archived
        )

    def refresh(self) -> None:
        name, call = self._list_call(
            self.search.query(),
            self.kind.value(),
            self.visibility.value(),
            self.show_archived.isChecked(),
        )
        self.ctx.run(
            call, on_done=self._groups_arrived, key=LIST_KEY, supersede=True, prefetched_as=name
        )

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def open_record(self, record_id: object) -> None:
        self._wanted = record_id  # type: ignore[assignment]
        row = self.model.row_of(record_id)  # type: ignore[arg-type]
        if row is not None:
            self.view.selectRow(row)
        else:
            self.refresh()

    # --------------------------------------------------------------- columns

    def _set_column_modes(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(GroupsModel.Column.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)

    def _fit_columns(self, *_changed: object) -> None:
        """Kind and Members as wide as their widest text, as ``ResizeToContents`` would.

        ``ResizeToContents`` measures up to 1,000 rows per column, ten item roles each,
        on every layout change (the first load of 2,000 groups: half a second). Cells
        whose texts are equally wide are the same size and a cell grows with its text,
        so one cell per text width, near the widest, is measured (a handful) and the
        section fixed to fit.
        """
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        slack = metrics.averageCharWidth()  # item fonts and kerning may differ a little
        grid = 1 if self.view.showGrid() else 0  # what QTableView adds for the grid line
        for column in FITTED_COLUMNS:
            by_advance: dict[int, int] = {}  # text width -> a row with such a text
            for text, row in self.model.rows_by_text(column).items():
                by_advance.setdefault(metrics.horizontalAdvance(text), row)
            widest = max(by_advance, default=0)
            width = header.sectionSizeHint(column)
            for advance, row in by_advance.items():
                if advance >= widest - slack:
                    hint = self.view.sizeHintForIndex(self.model.index(row, column))
                    width = max(width, hint.width() + grid)
            width = min(max(width, header.minimumSectionSize()), header.maximumSectionSize())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    # --------------------------------------------------------------- loading

    def _groups_arrived(self, records: list[GroupRecord]) -> None:
        shown = self._shown_group()
        keep = self._wanted or (shown.id if shown else None)
        self.model.set_records(records)
        filtered = bool(self.search.query() or self.kind.value() or self.visibility.value())
        if records:
            self.list_stack.setCurrentIndex(0)
        else:
            if filtered:
                self.list_empty.set_content(
                    "search",
                    self.tr("No group matches"),
                    self.tr("No group matches '{text}' with these filters.").format(
                        text=self.search.query()
                    )
                    if self.search.query()
                    else self.tr("No group matches these filters."),
                )
            else:
                self.list_empty.set_content(
                    "group",
                    self.tr("No groups yet"),
                    self.tr("Create your first group, then add clients to it."),
                    action_text=self.tr("Create your first group"),
                )
            self.list_stack.setCurrentIndex(1)
        n = len(records)
        self.count.setText(self.tr("%n group(s)", "", n))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._wanted = None
            if self.view.selectionModel().currentIndex().row() == row:
                self.page.show_group(self.model.record_at(row))
            else:
                self.view.selectRow(row)
        elif shown is not None and self.model.row_of(shown.id) is None:
            self.right.setCurrentIndex(0)
            self.page.group = None
        self._update_buttons()

    def _groups_changed(self) -> None:
        if self.loaded:
            self.refresh()

    def _current_changed(self, current, _previous) -> None:
        group = current.data(RecordRole) if current.isValid() else None
        if group is None:
            self.right.setCurrentIndex(0)
        else:
            self.page.show_group(group)
            self.right.setCurrentIndex(1)
        self._update_buttons()

    def selected_group(self) -> GroupRecord | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        group = self.selected_group()
        for button in (self.rename_button, self.archive_button, self.remove_button):
            button.setEnabled(group is not None)
        self.archive_button.setText(
            self.tr("Un&archive") if group and group.archived else self.tr("&Archive")
        )

    # --------------------------------------------------------------- actions

    def compare_outcomes(self):
        """The outcome comparison window, with the chosen group ticked."""
        from ui.dialogs.outcome_comparison_dialog import OutcomeComparisonDialog

        group = self.selected_group()
        dialog = OutcomeComparisonDialog(
            self.ctx, preselect=[group.id] if group is not None else [], parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    def new_group(self) -> None:
        self.dialog = GroupDialog(self.ctx, parent=self)
        self.dialog.accepted.connect(self._dialog_saved)
        self.dialog.open()

    def edit_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        self.dialog = GroupDialog(self.ctx, group, parent=self)
        self.dialog.accepted.connect(self._dialog_saved)
        self.dialog.open()
        self.dialog.name.selectAll()

    def _dialog_saved(self) -> None:
        if self.dialog is not None and self.dialog.record is not None:
            self._wanted = self.dialog.record.id  # groups_changed re-lists; open it then

    def toggle_archived(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        service = groups.unarchive_group if group.archived else groups.archive_group
        if not group.archived and not self.show_archived.isChecked():
            self._wanted = None  # it leaves the list
        else:
            self._wanted = group.id
        self.ctx.run(
            lambda db, actor: service(db, actor, group.id, expected_version=group.version),
            on_done=self._archived_changed,
            key=("group.archive", group.id),
        )

    def _archived_changed(self, group: GroupRecord) -> None:
        text = (
            self.tr("Group {name} archived.")
            if group.archived
            else self.tr("Group {name} is back in use.")
        )
        self.ctx.hub.status_message.emit(text.format(name=group.name))
        self.ctx.hub.groups_changed.emit()

    def ask_remove(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        confirm(
            self,
            self.tr("Remove group"),
            self.tr("Remove the group {name}?").format(name=group.name),
            informative=self.tr(
                "Its %n current member(s) leave the group today and it disappears from the "
                "lists. The client(s), their file(s) and all their history stay; nothing is "
                "deleted.",
                "",
                group.member_count,
            ),
            yes_text=self.tr("Remove group"),
            danger=True,
            on_yes=lambda: self._remove(group),
        )

    def _remove(self, group: GroupRecord) -> None:
        self.ctx.run(
            lambda db, actor: groups.remove_group(
                db, actor, group.id, expected_version=group.version
            ),
            on_done=partial(self._removed, group),
            key=("group.remove", group.id),
        )

    def _removed(self, group: GroupRecord, result: RemoveResult) -> None:
        self.ctx.hub.status_message.emit(
            self.tr(
                "Group {name} removed; %n client(s) left it and keep their files.",
                "",
                result.members_closed,
            ).format(name=group.name)
        )
        self.ctx.hub.groups_changed.emit()
