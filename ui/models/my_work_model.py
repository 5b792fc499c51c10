"""My work: one row per session waiting for the logged-in person (``services.my_work``)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import SessionStatus
from clinicdesk.services.my_work import WorkItem, WorkKind
from ui.labels import session_status
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec

_KIND = {
    WorkKind.DOCUMENT: QT_TRANSLATE_NOOP("MyWorkModel", "To document"),
    WorkKind.SIGN: QT_TRANSLATE_NOOP("MyWorkModel", "To sign"),
    WorkKind.REVIEW: QT_TRANSLATE_NOOP("MyWorkModel", "To review"),
    WorkKind.ADDENDUM: QT_TRANSLATE_NOOP("MyWorkModel", "Addendum requested"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MyWorkModel", text, None, n)


def kind_text(kind: WorkKind) -> str:
    return _tr(_KIND[kind])


def age_text(days: int) -> str:
    """ "today", "1 day", "12 days" — how long the work has waited."""
    if days <= 0:
        return QCoreApplication.translate("MyWorkModel", "today")
    return _days(days)


def _days(days: int) -> str:
    # Alone in its function: lupdate files a class's tr under "QCoreApplication.<class>"
    # after a QCoreApplication.translate call in the same function.
    return MyWorkModel.tr("%n day(s)", "", days)


def _unmarked(n: int) -> str:
    return MyWorkModel.tr("%n attendee(s) without attendance", "", n)  # alone: see _days


def detail_text(item: WorkItem) -> str:
    if item.kind == WorkKind.ADDENDUM:
        return item.note
    if item.status == SessionStatus.UPCOMING:  # its start has passed
        return QCoreApplication.translate(
            "MyWorkModel", "Not started: start it to document it, or cancel it"
        )
    if item.missing_attendance:
        return _unmarked(item.missing_attendance)
    if item.kind == WorkKind.DOCUMENT:
        return QCoreApplication.translate("MyWorkModel", "Group note not written yet")
    return ""


class MyWorkModel(RecordTableModel[WorkItem]):
    class Column(IntEnum):
        COL_KIND = 0
        COL_DATE = 1
        COL_AGE = 2
        COL_TITLE = 3
        COL_GROUP = 4
        COL_STATUS = 5
        COL_DETAIL = 6

    columns = {
        Column.COL_KIND: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Waiting for"),
            lambda i: kind_text(i.kind),
            sort_key=lambda i: i.kind,
        ),
        Column.COL_DATE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), lambda i: i.date),
        Column.COL_AGE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Age"),
            lambda i: age_text(i.age_days),
            sort_key=lambda i: i.age_days,
            align=RIGHT,
        ),
        Column.COL_TITLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Session"), lambda i: i.title),
        Column.COL_GROUP: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Group"), lambda i: i.group_name or ""
        ),
        Column.COL_STATUS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda i: session_status(i.status),
            sort_key=lambda i: i.status,
        ),
        Column.COL_DETAIL: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "What is missing"),
            detail_text,
            tooltip=lambda i: detail_text(i) or None,
        ),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda i: (i.kind, i.session_id, i.note))
