"""The one label table per vocabulary for printouts.

Qt-free (printing runs in the core): marked with ``N_`` for the core's gettext
catalogue and translated with ``clinicdesk.i18n`` when printed, so a printout made
inside ``with i18n.language("nl"):`` is in Dutch whatever the screen's language. The
English is the same as the screen's tables in ``ui.labels`` (translated through Qt);
``tests/ui/test_labels.py`` checks both have a label for every member and agree.
"""

from __future__ import annotations

from clinicdesk.domain.disclosure import NEUTRAL_SESSION_TITLE, session_title_for_client
from clinicdesk.domain.enums import (
    AttendanceStatus,
    GroupActionKind,
    SessionStatus,
    SignatureMeaning,
    Visibility,
)
from clinicdesk.i18n import N_, _

__all__ = [
    "TABLES",
    "attendance_label",
    "client_session_title",
    "meaning_label",
    "shared_kind_label",
    "status_label",
]


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
    if minutes is None:
        return label
    return _("{status} \u00b7 {minutes} min attended").format(status=label, minutes=minutes)


def meaning_label(meaning: SignatureMeaning) -> str:
    """What a signature attests: "Leader", "Co-signer" or "Reviewer"."""
    return _(_MEANING_LABELS[SignatureMeaning(meaning)])


# What a group shared into a client's file, as the handout's "What" column prints it
# (``HandoutItem.kind`` holds the capitalised stored value, "Document").
_SHARED_KIND_LABELS = {
    GroupActionKind.DOCUMENT.value.capitalize(): N_("Document"),
    GroupActionKind.PROGRAM.value.capitalize(): N_("Program"),
    GroupActionKind.ACTIVITY.value.capitalize(): N_("Activity"),
    GroupActionKind.OBJECTIVE.value.capitalize(): N_("Objective"),
    GroupActionKind.NOTE.value.capitalize(): N_("Note"),
}
# ``clinicdesk.domain.disclosure.NEUTRAL_SESSION_TITLE``: a hidden group's session.
_NEUTRAL_SESSION_TITLE = N_("Appointment")


def shared_kind_label(kind: str) -> str:
    """The kind of a shared item in the current language ("Document"); an unknown
    kind prints as given."""
    label = _SHARED_KIND_LABELS.get(kind)
    return _(label) if label else kind


def client_session_title(title: str, visibility: Visibility | str | None) -> str:
    """A session's title as a client may read it, the neutral title of a hidden group's
    session in the current language (``disclosure.session_title_for_client``)."""
    shown = session_title_for_client(title, visibility)
    hidden = visibility is not None and Visibility(visibility) is Visibility.HIDDEN
    return _(_NEUTRAL_SESSION_TITLE) if hidden and shown == NEUTRAL_SESSION_TITLE else shown
