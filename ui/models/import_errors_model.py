"""Every row a CSV import refused, for the import report."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clinicdesk.services.client_import import RowError
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec


class ImportErrorsModel(RecordTableModel[RowError]):
    """Line, column and the sentence that says what to fix."""

    class Column(IntEnum):
        COL_LINE = 0
        COL_FIELD = 1
        COL_MESSAGE = 2

    columns = {
        Column.COL_LINE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Line"), lambda e: e.line, align=RIGHT
        ),
        Column.COL_FIELD: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Column"), lambda e: e.field or "—"
        ),
        Column.COL_MESSAGE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Problem"),
            lambda e: e.message,
            tooltip=lambda e: e.message,
        ),
    }

    def __init__(self, parent=None) -> None:
        # Several problems can share a line: the position in the report is the id.
        super().__init__(parent=parent, id_of=id)
