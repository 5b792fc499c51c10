"""The one table factory: how every list in ClinicDesk is set up (one look, one keyboard)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_table(
    object_name: str,
    model,
    *,
    accessible_name: str = "",
    multi: bool = False,
    sortable: bool = False,
    sorted_by: int | None = None,
    stretch_column: int | None = None,
) -> QTableView:
    """A read-only, row-selecting table over ``model``, without grid lines.

    ``object_name`` also names the header, so the shell remembers column widths per
    workstation (``"<name>.header"``). ``sortable``: header clicks sort (in the model);
    ``sorted_by`` is the column shown sorted at first (None: the service's order, no
    indicator). ``stretch_column`` takes the spare width (else the last column does).
    The model is set before the header is configured: section resize modes only stick
    once the header has its columns. A table whose cells are edited sets its own edit
    triggers afterwards (the session roster does).
    """
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    if accessible_name:
        view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setObjectName(f"{object_name}.header")
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    if sortable:
        header.setSortIndicator(-1 if sorted_by is None else sorted_by, header.sortIndicatorOrder())
        view.setSortingEnabled(True)
    return view


def selected_rows(view: QTableView) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


def view_shortcut(view: QTableView, key, slot) -> QShortcut:
    """A key that acts on the table only while it has focus (Enter = edit, Del = remove).

    Widget context, not window context: a dialog opened from the tab must get its own
    Enter and Delete even before the window system has made it the active window.
    """
    shortcut = QShortcut(QKeySequence(key), view, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    return shortcut


def fit_columns_once(view: QTableView) -> None:
    """Size the columns to their contents the first time rows arrive.

    Only once: afterwards the widths are the user's (and the shell remembers them).
    """
    if view.property("columns_fitted") or not view.model().rowCount():
        return
    view.resizeColumnsToContents()  # the style's cell padding already gives air
    view.setProperty("columns_fitted", True)
