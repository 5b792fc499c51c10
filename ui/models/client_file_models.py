"""The two lists in a client's file: file entries and completed group sessions."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from clinicdesk.services.client_file import FileEntryRecord
from clinicdesk.services.session_history import SessionInFile
from ui import labels
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec, Index
from ui.models.formatting import display_text


def _source(entry: FileEntryRecord) -> str:
    # Which group action wrote it: the file must say where an entry came from.
    if entry.group_name:
        return QCoreApplication.translate("FileEntriesModel", "Group: {name}").format(
            name=entry.group_name
        )
    if entry.group_action_id is not None:
        return QCoreApplication.translate("FileEntriesModel", "A removed group")
    return QCoreApplication.translate("FileEntriesModel", "Added to this file")


class FileEntriesModel(RecordTableModel[FileEntryRecord]):
    """Documents, programs, activities, objectives and notes, newest first."""

    class Column(IntEnum):
        COL_WHEN = 0
        COL_KIND = 1
        COL_TITLE = 2
        COL_SOURCE = 3
        COL_BY = 4

    columns = {
        Column.COL_WHEN: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), lambda e: e.created_at),
        Column.COL_KIND: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: labels.action_kind(e.kind)
        ),
        Column.COL_TITLE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Title"), lambda e: e.title, tooltip=lambda e: e.filename
        ),
        Column.COL_SOURCE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "From"), _source),
        Column.COL_BY: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.created_by_name),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Issue 18: a retracted entry stays in the list, struck through, with who,
        # when and why in its tooltip.
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            entry = self.record_at(index.row())
            if entry is not None and entry.retracted_at is not None:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return retraction_text(entry)
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)


def retraction_text(entry: FileEntryRecord) -> str:
    """ "Retracted by Maria Okafor on 6 Dec 2026: Shared the wrong file." """
    return QCoreApplication.translate(
        "FileEntriesModel", "Retracted by {name} on {when}: {reason}"
    ).format(
        name=entry.retracted_by_name or "",
        when=display_text(entry.retracted_at),
        reason=entry.retraction_reason or "",
    )


def _minutes(session: SessionInFile) -> str:
    return QCoreApplication.translate("SessionsInFileModel", "{n} min").format(
        n=session.duration_minutes
    )


def _status(session: SessionInFile) -> str:
    status = labels.session_status(session.status)
    if session.seal_intact:
        return status
    # The signed content no longer matches its seal: say so in the list, too.
    return QCoreApplication.translate("SessionsInFileModel", "{status} ⚠ integrity warning").format(
        status=status
    )


class SessionsInFileModel(RecordTableModel[SessionInFile]):
    """Completed group sessions the client attended, read-only, newest first."""

    class Column(IntEnum):
        COL_DATE = 0
        COL_TITLE = 1
        COL_GROUP = 2
        COL_ATTENDANCE = 3
        COL_DURATION = 4
        COL_STATUS = 5

    columns = {
        Column.COL_DATE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), lambda s: s.date),
        Column.COL_TITLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Session"), lambda s: s.title),
        Column.COL_GROUP: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Group"), lambda s: s.group_name),
        Column.COL_ATTENDANCE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Attendance"), lambda s: labels.attendance(s.attendance)
        ),
        Column.COL_DURATION: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Duration"),
            _minutes,
            sort_key=lambda s: s.duration_minutes,
            align=RIGHT,
        ),
        Column.COL_STATUS: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Status"), _status),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, id_of=lambda s: s.session_id)
