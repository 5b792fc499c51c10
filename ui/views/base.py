"""The base classes of the main tabs (``TabPage``, with the hooks the shell calls) and
of the list pages inside them (``ListPage``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

from clinicdesk.domain.errors import ClinicDeskError
from ui import errors
from ui.context import AppContext, ServiceCall
from ui.models.base import RecordTableModel
from ui.models.columns import RecordRole
from ui.widgets.busy import BusyOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import make_table

R = TypeVar("R")


class TabPage(QWidget):
    """A main-window tab. Subclass it and override the hooks you need.

    The shell calls:
      * ``activated()`` every time the tab becomes the current one — load data on
        the first call (``self.loaded`` tells), so start-up stays fast;
      * ``refresh()`` on View ▸ Refresh (F5);
      * ``focus_search()`` on Edit ▸ Find (Ctrl+F);
      * ``can_close()`` before log-out or quit — return False (after asking the user)
        to keep unsaved work;
      * ``open_record(record_id)`` when another tab emits ``hub.open_requested`` for
        this tab's kind of record (the shell switches to the tab first).

    Name splitters and table headers (``setObjectName("members.splitter")``) and the
    shell remembers their layout per workstation.
    """

    icon_name = "empty"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False

    @classmethod
    def prefetch(cls, ctx: AppContext) -> None:
        """Start loading what the tab shows first, before it is built (the tab the main
        window opens on, while the window is built): ``ctx.prefetch(name, call)`` the
        call ``activated()`` will make with ``ctx.run(call, prefetched_as=name)``. The
        base prefetches nothing."""

    def activated(self) -> None:
        """Called when the tab is shown; the base just records the first activation."""
        self.loaded = True

    def refresh(self) -> None:
        """Reload what the tab shows from its services."""

    def focus_search(self) -> bool:
        """Put the keyboard in the tab's search field; False when it has none."""
        return False

    def open_record(self, record_id: object) -> None:
        """Select / open one record (a client, group or session id)."""

    def can_close(self) -> bool:
        """False keeps the application open (e.g. the user chose to keep editing)."""
        return True


class ListPage(QWidget, Generic[R]):
    """The base of the list pages inside a tab (session templates, schedules, staff,
    practitioner groups, outcome measures, the review queue) — Vorta's pattern.

    A list page shows one list from one service call: in a table, or in an
    ``EmptyState`` when there is nothing to list or the service refused (its sentence
    is shown where the list would be). A subclass passes its model and table name,
    sets the table's accessible name and ``self.empty``'s content (translated texts
    need the widget built first), lays out ``self.list_stack()`` with its title row and
    buttons, and implements ``list_call()``; ``reload()``, the busy overlay, keeping the selection
    across reloads, ``selected()`` and ``failed()`` come from here. Override
    ``show_records`` / ``show_refusal`` to add to them, ``selection_changed`` to
    enable buttons.
    """

    # The executor key of the list query (one at a time; a newer one supersedes).
    list_key: ClassVar[str] = ""
    # Size the columns to their contents after each load (off: the widths are the user's).
    fit_columns: ClassVar[bool] = True

    def __init__(
        self,
        ctx: AppContext,
        model: RecordTableModel[R],
        table_name: str,
        *,
        stretch_column: int | None = None,
        empty: EmptyState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        model.setParent(self)
        self.view = make_table(
            table_name,
            model,
            sortable=True,
            sorted_by=0,
            stretch_column=stretch_column,
        )
        self.empty = empty if empty is not None else EmptyState("document", "", "")
        self.stack = QStackedWidget()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())

    # ------------------------------------------------------------ for subclasses

    def list_call(self) -> ServiceCall[Sequence[R]]:  # pragma: no cover - abstract
        """The service call that lists the records (read the filters here, on the GUI
        thread, and close over their values)."""
        raise NotImplementedError

    def list_stack(self, content: QWidget | None = None) -> QStackedWidget:
        """The table (or ``content``, a widget holding it) and the empty state, one at a
        time, covered by a busy overlay while the list loads. Put it in the layout."""
        self.stack.addWidget(content if content is not None else self.view)
        self.stack.addWidget(self.empty)
        BusyOverlay(self.stack).track(self.ctx.executor, self.list_key)
        return self.stack

    def show_records(self, records: Sequence[R]) -> None:
        """Put a fresh list on screen (the table, or the empty state when there is none)."""
        current = self.selected()
        self.model.set_records(records)
        if self.fit_columns:
            self.view.resizeColumnsToContents()
        self.stack.setCurrentIndex(0 if records else 1)
        row = self.model.row_of(self.model.id_of(current)) if current is not None else None
        if row is not None:
            self.view.selectRow(row)

    def show_refusal(self, exc: ClinicDeskError) -> None:
        """The service refused the list: say why where the list would be."""
        self.model.set_records([])
        self.empty.set_content("lock", self.refused_title(), exc.message)
        self.stack.setCurrentIndex(1)

    def refused_title(self) -> str:
        return self.tr("Not available")

    def selection_changed(self) -> None:
        """Enable or disable the page's buttons for ``selected()``."""

    # ------------------------------------------------------------------ common

    def reload(self) -> None:
        self.ctx.run(
            self.list_call(),
            on_done=self._arrived,
            on_error=self._refused,
            key=self.list_key,
            supersede=True,
        )

    def selected(self) -> R | None:
        """The selected record (None when no row is selected)."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return index.data(RecordRole)

    def failed(self, exc: BaseException) -> None:
        """An action on a listed record failed: say why, then show what is there now."""
        errors.show_error(self, exc)
        self.reload()

    def _arrived(self, records: Sequence[R]) -> None:
        self.show_records(records)
        self.selection_changed()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ClinicDeskError):
            raise exc
        self.show_refusal(exc)
        self.selection_changed()
