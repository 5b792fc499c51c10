"""The one label table per vocabulary for printouts.

Qt-free (printing runs in the core): marked with ``N_`` for the core's gettext
catalogue and translated with ``clinicdesk.i18n`` when printed, so a printout made
inside ``with i18n.language("nl"):`` is in Dutch whatever the screen's language. The
English is the same as the screen's tables in ``ui.labels`` (translated through Qt);
``tests/ui/test_labels.py`` checks both have a label for every member and agree.
"""

from __future__ import annotations

from clinicdesk.domain.enums import AttendanceStatus, SessionStatus, SignatureMeaning
from clinicdesk.i18n import N_, _

__all__ = ["TABLES", "attendance_label", "meaning_label", "status_label"]


_STATUS_LABELS = {
    SessionStatus.UPCOMING: N_("Upcoming"),
    SessionStatus.IN_PROGRESS: N_("In progress"),
    SessionStatus.PENDING_REVIEW: N_("Pending review"),
    SessionStatus.COMPLETED: N_("Completed"),
    SessionStatus.CANCELLED: N_("Cancelled"),
}
_ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.ABSENT: N_("Absent"),
    AttendanceStatus.EXCUSED: N_("Excused"),
    AttendanceStatus.LATE: N_("Late"),
    AttendanceStatus.LEFT_EARLY: N_("Left early"),
}
NOT_RECORDED = N_("Not recorded")
_MEANING_LABELS = {
    SignatureMeaning.LEADER: N_("Leader"),
    SignatureMeaning.CO_SIGNER: N_("Co-signer"),
    SignatureMeaning.REVIEWER: N_("Reviewer"),
}

# Every vocabulary printouts show, by enum (the label test walks this).
TABLES: dict[type, dict] = {
    SessionStatus: _STATUS_LABELS,
    AttendanceStatus: _ATTENDANCE_LABELS,
    SignatureMeaning: _MEANING_LABELS,
}


def status_label(status: SessionStatus) -> str:
    """The label of a session status, e.g. "Pending review" for ``pending_review``."""
    return _(_STATUS_LABELS[SessionStatus(status)])


def attendance_label(status: AttendanceStatus | None) -> str:
    """The label of an attendance status ("Left early"); "Not recorded" for None."""
    return _(NOT_RECORDED if status is None else _ATTENDANCE_LABELS[AttendanceStatus(status)])


def attendance_with_minutes(status: AttendanceStatus | str | None, minutes: int | None) -> str:
    """ "Late · 35 min attended" when minutes were recorded, else the status label."""
    label = attendance_label(status)
    return label if minutes is None else f"{label} \u00b7 {minutes} min attended"


def meaning_label(meaning: SignatureMeaning) -> str:
    """What a signature attests: "Leader", "Co-signer" or "Reviewer"."""
    return _(_MEANING_LABELS[SignatureMeaning(meaning)])
