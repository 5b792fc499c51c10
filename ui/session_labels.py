"""The words the GUI shows for session statuses, attendance and signature meanings.

The domain's enums carry values, not translatable text; these tables are marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds them, and translated when shown.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning

_CONTEXT = "session_labels"

_STATUS = {
    SessionStatus.UPCOMING: QT_TRANSLATE_NOOP("session_labels", "Upcoming"),
    SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("session_labels", "In progress"),
    SessionStatus.PENDING_REVIEW: QT_TRANSLATE_NOOP("session_labels", "Pending review"),
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("session_labels", "Completed"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("session_labels", "Cancelled"),
}
_ATTENDANCE = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("session_labels", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("session_labels", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("session_labels", "Excused"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("session_labels", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("session_labels", "Left early"),
}
_MEANING = {
    SignatureMeaning.LEADER: QT_TRANSLATE_NOOP("session_labels", "Leader"),
    SignatureMeaning.CO_SIGNER: QT_TRANSLATE_NOOP("session_labels", "Co-signer"),
    SignatureMeaning.REVIEWER: QT_TRANSLATE_NOOP("session_labels", "Reviewer"),
}
NOT_RECORDED = QT_TRANSLATE_NOOP("session_labels", "Not recorded")

# Badge colours per status: ui.theme.status_colours (light and dark).


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: SessionStatus) -> str:
    return _tr(_STATUS[SessionStatus(status)])


def attendance_text(status: AttendanceStatus | None) -> str:
    return _tr(NOT_RECORDED) if status is None else _tr(_ATTENDANCE[AttendanceStatus(status)])


def meaning_text(meaning: SignatureMeaning) -> str:
    return _tr(_MEANING[SignatureMeaning(meaning)])


ATTENDANCE_ORDER = tuple(AttendanceStatus)


def py_date(value) -> date:
    """A ``datetime.date`` from a QDate, built field by field.

    Values from ``QDate.toPython()`` / ``QTime.toPython()`` end up in worker threads
    (service arguments); building them ourselves keeps them plain Python objects.
    """
    return date(value.year(), value.month(), value.day())


def py_time(value) -> time:
    """A ``datetime.time`` (minutes precision) from a QTime; see ``py_date``."""
    return time(value.hour(), value.minute())
