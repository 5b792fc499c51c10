"""The history of a group's actions (shared documents, programs, notes …)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from clinicdesk.services.group_actions import GroupActionRecord
from ui import labels
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec, Index
from ui.models.formatting import display_text


class GroupActionsModel(RecordTableModel[GroupActionRecord]):
    """Newest first: when, what kind, title, by whom, how many members received it."""

    class Column(IntEnum):
        COL_WHEN = 0
        COL_KIND = 1
        COL_TITLE = 2
        COL_BY = 3
        COL_RECIPIENTS = 4

    columns = {
        Column.COL_WHEN: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), lambda a: a.created_at),
        Column.COL_KIND: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Kind"), lambda a: labels.action_kind(a.kind)
        ),
        Column.COL_TITLE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Title"),
            lambda a: a.title,
            tooltip=lambda a: a.filename or a.body or None,
        ),
        Column.COL_BY: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "By"), lambda a: a.created_by_name),
        Column.COL_RECIPIENTS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Members"), lambda a: a.recipient_count, align=RIGHT
        ),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Issue 18: a retracted action (shown in the history) is struck through, and its
        # tooltip says who retracted it, when and why.
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            action = self.record_at(index.row())
            if action is not None and action.retracted_at is not None:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return QCoreApplication.translate(
                        "GroupActionsModel", "Retracted by {name} on {when}: {reason}"
                    ).format(
                        name=action.retracted_by_name or "",
                        when=display_text(action.retracted_at),
                        reason=action.retraction_reason or "",
                    )
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)
