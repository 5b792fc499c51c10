"""The one label table per vocabulary for the screen (translated, context "labels").

The domain enums store stable lowercase values; screen text must go through Qt's
translator, so the GUI's wording for every enum lives here — one table per vocabulary,
one place for every tab, dialog, model and delegate. Printouts have the same tables in
``clinicdesk.printing.labels`` (Qt-free, same English, translated by the core's gettext
catalogue so a printout can be in another language than the screen — docs/TRANSLATING.md);
``tests/ui/test_labels.py`` checks that every member of each enum has a label in both
and that they agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import (
    AttendanceStatus,
    ClientStatus,
    EnrolmentSource,
    GroupActionKind,
    GroupKind,
    SessionStatus,
    SignatureMeaning,
    Visibility,
)

_CTX = "labels"

_KIND = {
    GroupKind.THERAPY: QT_TRANSLATE_NOOP("labels", "Therapy"),
    GroupKind.PSYCHOEDUCATION: QT_TRANSLATE_NOOP("labels", "Psychoeducation"),
    GroupKind.SUPPORT: QT_TRANSLATE_NOOP("labels", "Support"),
    GroupKind.PROGRAM: QT_TRANSLATE_NOOP("labels", "Program"),
    GroupKind.LOCATION: QT_TRANSLATE_NOOP("labels", "Location"),
    GroupKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

_VISIBILITY = {
    Visibility.HIDDEN: QT_TRANSLATE_NOOP("labels", "Hidden from members"),
    Visibility.MEMBERS_SEE_GROUP: QT_TRANSLATE_NOOP("labels", "Members see the group"),
    Visibility.MEMBERS_SEE_EACH_OTHER: QT_TRANSLATE_NOOP("labels", "Members see each other"),
}

# Seed 000: confidentiality first, so each level says plainly what a client learns.
_VISIBILITY_HELP = {
    Visibility.HIDDEN: QT_TRANSLATE_NOOP(
        "labels",
        "Clients are not told they are in this group and see nothing about it. Recommended.",
    ),
    Visibility.MEMBERS_SEE_GROUP: QT_TRANSLATE_NOOP(
        "labels",
        "Each client knows they are in the group and sees its name and staff, "
        "but not who the other members are.",
    ),
    Visibility.MEMBERS_SEE_EACH_OTHER: QT_TRANSLATE_NOOP(
        "labels",
        "Clients see the group, its staff and the names of the other members.",
    ),
}

_CLIENT_STATUS = {
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    ClientStatus.INACTIVE: QT_TRANSLATE_NOOP("labels", "Inactive"),
    ClientStatus.DISCHARGED: QT_TRANSLATE_NOOP("labels", "Discharged"),
}

_ACTION_KIND = {
    GroupActionKind.DOCUMENT: QT_TRANSLATE_NOOP("labels", "Document"),
    GroupActionKind.PROGRAM: QT_TRANSLATE_NOOP("labels", "Program"),
    GroupActionKind.ACTIVITY: QT_TRANSLATE_NOOP("labels", "Activity"),
    GroupActionKind.OBJECTIVE: QT_TRANSLATE_NOOP("labels", "Objective"),
    GroupActionKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
}

# The verb the group-action dialog offers for each kind.
_ACTION_VERB = {
    GroupActionKind.DOCUMENT: QT_TRANSLATE_NOOP("labels", "Share a document"),
    GroupActionKind.PROGRAM: QT_TRANSLATE_NOOP("labels", "Assign a program"),
    GroupActionKind.ACTIVITY: QT_TRANSLATE_NOOP("labels", "Add an activity"),
    GroupActionKind.OBJECTIVE: QT_TRANSLATE_NOOP("labels", "Create an objective"),
    GroupActionKind.NOTE: QT_TRANSLATE_NOOP("labels", "Add a note"),
}

_SESSION_STATUS = {
    SessionStatus.UPCOMING: QT_TRANSLATE_NOOP("labels", "Upcoming"),
    SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
    SessionStatus.PENDING_REVIEW: QT_TRANSLATE_NOOP("labels", "Pending review"),
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

_ATTENDANCE = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("labels", "Excused"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("labels", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("labels", "Left early"),
}

# Shown for an attendee whose attendance is not recorded yet (screen and print agree).
NOT_RECORDED: str = QT_TRANSLATE_NOOP("labels", "Not recorded")  # type: ignore[assignment]

_SIGNATURE = {
    SignatureMeaning.LEADER: QT_TRANSLATE_NOOP("labels", "Leader"),
    SignatureMeaning.CO_SIGNER: QT_TRANSLATE_NOOP("labels", "Co-signer"),
    SignatureMeaning.REVIEWER: QT_TRANSLATE_NOOP("labels", "Reviewer"),
}

_ENROLMENT_SOURCE = {
    EnrolmentSource.SCHEDULE: QT_TRANSLATE_NOOP("labels", "Schedule"),
    EnrolmentSource.GROUP_SCHEDULE: QT_TRANSLATE_NOOP("labels", "Group schedule"),
    EnrolmentSource.AD_HOC: QT_TRANSLATE_NOOP("labels", "Ad hoc"),
}

# Every vocabulary's table, by enum (the label test walks this).
TABLES: dict[type, dict] = {
    GroupKind: _KIND,
    Visibility: _VISIBILITY,
    ClientStatus: _CLIENT_STATUS,
    GroupActionKind: _ACTION_KIND,
    SessionStatus: _SESSION_STATUS,
    AttendanceStatus: _ATTENDANCE,
    SignatureMeaning: _SIGNATURE,
    EnrolmentSource: _ENROLMENT_SOURCE,
}

# The attendance choices in the order the roster's editor offers them.
ATTENDANCE_ORDER = tuple(AttendanceStatus)


def _tr(table: dict, value: object) -> str:
    return QCoreApplication.translate(_CTX, table[value]) if value in table else str(value)


def kind(value: GroupKind) -> str:
    return _tr(_KIND, value)


def visibility(value: Visibility) -> str:
    return _tr(_VISIBILITY, value)


def visibility_help(value: Visibility) -> str:
    return _tr(_VISIBILITY_HELP, value)


def client_status(value: ClientStatus) -> str:
    return _tr(_CLIENT_STATUS, value)


def action_kind(value: GroupActionKind) -> str:
    return _tr(_ACTION_KIND, value)


def action_verb(value: GroupActionKind) -> str:
    return _tr(_ACTION_VERB, value)


def session_status(value: SessionStatus) -> str:
    return _tr(_SESSION_STATUS, value)


def attendance(value: AttendanceStatus | None) -> str:
    """The attendance label; "Not recorded" while there is none (as on printouts)."""
    if value is None:
        return QCoreApplication.translate(_CTX, NOT_RECORDED)
    return _tr(_ATTENDANCE, value)


def signature_meaning(value: SignatureMeaning) -> str:
    return _tr(_SIGNATURE, value)


def enrolment_source(value: EnrolmentSource) -> str:
    return _tr(_ENROLMENT_SOURCE, value)
