"""The preview of a schedule assignment: one row per session that gains someone."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.services.schedule_assignment import PreviewSession
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec


def _group(p: PreviewSession) -> str:
    name = p.group_name or QCoreApplication.translate("AssignmentPreviewModel", "(no group)")
    return (
        QCoreApplication.translate("AssignmentPreviewModel", "{name} — another group").format(
            name=name
        )
        if p.other_group
        else name
    )


def _places(p: PreviewSession) -> str:
    after = p.enrolled + len(p.gains)
    if p.capacity is None:
        return QCoreApplication.translate("AssignmentPreviewModel", "{n} (no limit)").format(
            n=after
        )
    text = QCoreApplication.translate("AssignmentPreviewModel", "{n} of {cap}").format(
        n=after, cap=p.capacity
    )
    if not p.over_capacity:
        return text
    return (
        text
        + " "
        + QCoreApplication.translate("AssignmentPreviewModel", "⚠ {over} over").format(
            over=p.over_capacity
        )
    )


def _session(p: PreviewSession) -> str:
    return (
        QCoreApplication.translate("AssignmentPreviewModel", "{title} (new)").format(title=p.title)
        if p.new
        else p.title
    )


class AssignmentPreviewModel(RecordTableModel[PreviewSession]):
    class Column(IntEnum):
        COL_WHEN = 0
        COL_SESSION = 1
        COL_GROUP = 2
        COL_JOINING = 3
        COL_PLACES = 4

    columns = {
        Column.COL_WHEN: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "When"), lambda p: p.starts_at),
        Column.COL_SESSION: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Session"), _session),
        Column.COL_GROUP: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Group"), _group),
        Column.COL_JOINING: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Joining"),
            lambda p: ", ".join(c.name for c in p.gains) or "—",
            tooltip=lambda p: "\n".join(c.name for c in p.gains),
        ),
        Column.COL_PLACES: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Places after"), _places, align=RIGHT
        ),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda p: (p.session_id, p.starts_at, p.title))
