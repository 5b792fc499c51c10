"""The one label table per vocabulary for printouts.

Qt-free (printing runs in the core), with the same English as the screen's tables in
``ui.labels`` and marked for the same translation context, "labels", so one translation
serves screen and paper (``pyside6-lupdate`` reads the ``QT_TRANSLATE_NOOP`` marks).
``tests/ui/test_labels.py`` checks both have a label for every member and agree.
"""

from __future__ import annotations

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning

__all__ = ["TABLES", "attendance_label", "meaning_label", "status_label"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation catalogue; the text itself is returned."""
    return text


_STATUS_LABELS = {
    SessionStatus.UPCOMING: QT_TRANSLATE_NOOP("labels", "Upcoming"),
    SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
    SessionStatus.PENDING_REVIEW: QT_TRANSLATE_NOOP("labels", "Pending review"),
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}
_ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("labels", "Excused"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("labels", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("labels", "Left early"),
}
NOT_RECORDED = QT_TRANSLATE_NOOP("labels", "Not recorded")
_MEANING_LABELS = {
    SignatureMeaning.LEADER: QT_TRANSLATE_NOOP("labels", "Leader"),
    SignatureMeaning.CO_SIGNER: QT_TRANSLATE_NOOP("labels", "Co-signer"),
    SignatureMeaning.REVIEWER: QT_TRANSLATE_NOOP("labels", "Reviewer"),
}

# Every vocabulary printouts show, by enum (the label test walks this).
TABLES: dict[type, dict] = {
    SessionStatus: _STATUS_LABELS,
    AttendanceStatus: _ATTENDANCE_LABELS,
    SignatureMeaning: _MEANING_LABELS,
}


def status_label(status: SessionStatus) -> str:
    """The label of a session status, e.g. "Pending review" for ``pending_review``."""
    return _STATUS_LABELS[SessionStatus(status)]


def attendance_label(status: AttendanceStatus | None) -> str:
    """The label of an attendance status ("Left early"); "Not recorded" for None."""
    return NOT_RECORDED if status is None else _ATTENDANCE_LABELS[AttendanceStatus(status)]


def attendance_with_minutes(status: AttendanceStatus | str | None, minutes: int | None) -> str:
    """ "Late · 35 min attended" when minutes were recorded, else the status label."""
    label = attendance_label(status)
    return label if minutes is None else f"{label} \u00b7 {minutes} min attended"


def meaning_label(meaning: SignatureMeaning) -> str:
    """What a signature attests: "Leader", "Co-signer" or "Reviewer"."""
    return _MEANING_LABELS[SignatureMeaning(meaning)]
