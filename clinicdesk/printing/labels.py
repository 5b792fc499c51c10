"""The words printouts use for stored status values."""

from __future__ import annotations

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning

__all__ = ["attendance_label", "meaning_label", "status_label"]

_STATUS_LABELS = {
    SessionStatus.UPCOMING: "Upcoming",
    SessionStatus.IN_PROGRESS: "In progress",
    SessionStatus.PENDING_REVIEW: "Pending review",
    SessionStatus.COMPLETED: "Completed",
    SessionStatus.CANCELLED: "Cancelled",
}
_ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.ABSENT: "Absent",
    AttendanceStatus.EXCUSED: "Excused",
    AttendanceStatus.LATE: "Late",
    AttendanceStatus.LEFT_EARLY: "Left early",
}
_MEANING_LABELS = {
    SignatureMeaning.LEADER: "Leader",
    SignatureMeaning.CO_SIGNER: "Co-signer",
    SignatureMeaning.REVIEWER: "Reviewer",
}


def status_label(status: SessionStatus | str) -> str:
    """The label of a session status, e.g. "Pending review" for ``pending_review``."""
    return _STATUS_LABELS[SessionStatus(status)]


def attendance_label(status: AttendanceStatus | str | None) -> str:
    """The label of an attendance status ("Left early"); "Not recorded" for None."""
    return "Not recorded" if status is None else _ATTENDANCE_LABELS[AttendanceStatus(status)]


def attendance_with_minutes(status: AttendanceStatus | str | None, minutes: int | None) -> str:
    """ "Late · 35 min attended" when minutes were recorded, else the status label."""
    label = attendance_label(status)
    return label if minutes is None else f"{label} \u00b7 {minutes} min attended"


def meaning_label(meaning: SignatureMeaning | str) -> str:
    """What a signature attests: "Leader", "Co-signer" or "Reviewer"."""
    return _MEANING_LABELS[SignatureMeaning(meaning)]
