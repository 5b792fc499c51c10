"""The history of a group's actions (shared documents, programs, notes …)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clinicdesk.services.group_actions import GroupActionRecord
from ui import labels
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec


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
